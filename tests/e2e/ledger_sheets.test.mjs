// A ledger as offices really export it from Excel: a title row above the header, the problem cell
// merged over its measure rows (blank in the CSV), a date as an Excel serial, status wordings and
// a column whose header the app reads as something else. Dropped on the home view, the preview
// shows what it found; the user changes that column's field, and the rows go into a new plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, state, click, screenshot } from './harness.mjs';
import { live, content, until, openWithClipboard, dropFiles } from './plan_helpers.mjs';

const TODAY = '2026-11-23';

const LEDGER = [
  '城南中学巡察整改台账',
  '序号,问题,整改措施,责任科室,责任人,整改时限,完成情况,情况说明',
  '1,食堂从业人员健康证过期,"组织从业人员体检\n一是联系体检机构\n二是建立健康证台账",总务处,张三,2025年6月30日,已完成,全部人员已换发新证',
  ',,每月检查健康证有效期,总务处,李四,45808,持续推进,已纳入每月检查',
  '2,校门口上下学交通拥堵,错峰放学,政教处,王五,2025/9/1,看情况再定,',
  '3,实验室危化品管理不规范,,,,,,',
].join('\r\n') + '\r\n';

const ledgerImport = async (page) => (await state(page)).ledgerImport;

test('a ledger with a title row and merged cells: the header found, a column remapped, imported as a new plan',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    const plansBefore = (await content(page)).plans.length;
    assert.equal(await dropFiles(page, [{ name: '城南中学台账.csv', text: '\ufeff' + LEDGER }]), true);
    await until(page, () => window.rectify.state().import.open);

    // What the preview read: the title above the header, the header on line 2, the merged
    // problem continued, the row without a measure left out, a new plan as the target (home view).
    let pv = await ledgerImport(page);
    assert.equal(pv.title, '城南中学巡察整改台账');
    assert.equal(pv.headerLine, 2);
    assert.equal(pv.target, '');
    assert.deepEqual(pv.mapping, ['seq', 'problem', 'measure', 'departments', 'people', 'deadline', 'status', 'note']);
    assert.deepEqual(pv.rows.map((r) => [r.line, r.ok, r.continues]), [[3, true, 0], [6, true, 3], [7, true, 0], [8, false, 0]]);
    assert.deepEqual((await state(page)).import, { open: true, ok: 3, bad: 1 });
    await click(page, 'import-title');
    await click(page, 'import-result-1'); // its cell says it continues the problem of line 3
    await screenshot(page, 'ledger-sheets-preview');

    // 情况说明 is what was done, not a note: the user says so; the preview follows at once.
    await click(page, 'import-map-7');
    await screenshot(page, 'ledger-sheets-fields');
    await click(page, 'map-field-situation');
    await until(page, () => window.rectify.state().ledgerImport.mapping[7] === 'situation');
    pv = await ledgerImport(page);
    assert.equal(pv.rows.length, 4, 'the same rows, read again');
    await screenshot(page, 'ledger-sheets-remapped');

    await click(page, 'import-accept');
    await until(page, () => !window.rectify.state().import.open);
    await until(page, (n) => window.rectify.workspace().content.plans.length === n, plansBefore + 1);
    const ws = await content(page);
    const plan = ws.plans[ws.plans.length - 1];
    assert.equal(plan.title, '城南中学巡察整改台账', 'titled by the title row');
    const problems = live(plan.problems);
    assert.deepEqual(problems.map((p) => p.text), ['食堂从业人员健康证过期', '校门口上下学交通拥堵'], 'never a problem without text');
    const [first, second] = live(problems[0].measures);
    const third = live(problems[1].measures)[0];
    assert.equal(first.title, '组织从业人员体检');
    assert.deepEqual(first.steps, ['一是联系体检机构', '二是建立健康证台账']);
    assert.equal(first.status, 'done');
    assert.equal(first.deadline.date, '2025-06-30');
    assert.deepEqual(live(first.progress).map((e) => e.text), ['全部人员已换发新证'], '整改情况 as a progress entry');
    assert.equal(second.title, '每月检查健康证有效期');
    assert.equal(second.status, 'in_progress', '持续推进');
    assert.equal(second.deadline.date, '2025-05-31', 'the Excel serial 45808');
    assert.deepEqual(live(second.progress).map((e) => e.text), ['已纳入每月检查\n完成情况：持续推进'], 'the wording kept');
    assert.equal(live(second.progress)[0].date, TODAY);
    assert.equal(third.status, 'not_started');
    assert.deepEqual(live(third.progress).map((e) => e.text), ['完成情况：看情况再定'], 'a wording not understood is kept');
    assert.equal(third.deadline.date, '2025-09-01');
    const person = Object.fromEntries(ws.people.map((p) => [p.id, p.name]));
    assert.deepEqual(second.responsible.map((id) => person[id]), ['李四']);
    await screenshot(page, 'ledger-sheets-imported');

    // One undo step takes the new plan back.
    await page.keyboard.press('Control+z');
    await until(page, (n) => window.rectify.workspace().content.plans.length === n, plansBefore);
    assert.deepEqual(page.errors, []);
  }));
