// A ledger as offices really export it from Excel: a title row above the header, the problem cell
// merged over its measure rows (blank in the CSV), a date as an Excel serial, status wordings and
// a column whose header the app reads as something else. Dropped on the home view, the preview
// shows what it found; the user changes that column's field, and the rows go into a new plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

// The same office's quarterly return, as Chinese Excel saves it (GBK), with a header over two rows
// (责任 over 责任单位|责任人, 整改情况 over 完成情况|完成时间): imported into an existing plan chosen
// in the preview.
const TWO_ROW_HEADER = [
  '序号,问题,整改措施,责任,,整改情况,',
  ',,,责任单位,责任人,完成情况,完成时间',
  '1,食堂从业人员健康证过期,补办健康证,总务处,张三,已整改,2025/5/8',
  '2,校门口上下学交通拥堵,设置护学岗,政教处,王五,整改中,',
].join('\r\n') + '\r\n';

test('a GBK ledger with a header over two rows goes into an existing plan chosen in the preview',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    const before = await content(page);
    const target = before.plans[0];
    const gbk = [...execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: TWO_ROW_HEADER })];
    assert.equal(await dropFiles(page, [{ name: '二季度.csv', bytes: gbk }]), true);
    await until(page, () => window.rectify.state().import.open);
    const pv = await ledgerImport(page);
    assert.equal(pv.headerLine, 1);
    assert.equal(pv.headerRows, 2);
    assert.deepEqual(pv.headers, ['序号', '问题', '整改措施', '责任单位', '责任人', '完成情况', '完成时间']);
    assert.deepEqual(pv.mapping, ['seq', 'problem', 'measure', 'departments', 'people', 'status', 'done']);
    assert.deepEqual(pv.rows.map((r) => [r.line, r.ok]), [[3, true], [4, true]]);
    await click(page, 'import-header');

    await click(page, 'import-target');
    await click(page, `import-plan-${target.id}`);
    await until(page, (id) => window.rectify.state().ledgerImport.target === id, target.id);
    await click(page, 'import-accept');
    await until(page, () => !window.rectify.state().import.open);
    await until(page, (id) => {
      const plan = window.rectify.workspace().content.plans.find((p) => p.id === id);
      return plan.problems.some((q) => q.text === '校门口上下学交通拥堵');
    }, target.id);
    const ws = await content(page);
    assert.equal(ws.plans.length, before.plans.length, 'no plan added');
    const plan = ws.plans.find((p) => p.id === target.id);
    const measures = live(plan.problems).flatMap((q) => live(q.measures));
    const fixed = measures.find((m) => m.title === '补办健康证');
    assert.equal(fixed.status, 'done');
    assert.deepEqual(live(fixed.progress).map((e) => [e.date, e.text]), [['2025-05-08', '完成情况：已整改']], 'dated the day it was done');
    assert.equal(measures.find((m) => m.title === '设置护学岗').status, 'in_progress');
    const dept = Object.fromEntries(ws.departments.map((d) => [d.id, d.name]));
    assert.deepEqual(fixed.lead_departments.map((id) => dept[id]), ['总务处']);
    assert.deepEqual(page.errors, []);
  }));
