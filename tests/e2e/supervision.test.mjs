// Issue 22 in the app: outcome fields typed in the editor reach the ledger's columns and the
// report's headline; 三色督办 colours a measure past a milestone yellow and an overdue one red (the
// ledger's colour filter lists exactly them); the overview shows the colours by department and
// prints a department's 督办单 listing exactly its red and yellow items; 下发 from the same row
// sends the department a file of its items, which the unit (another browser) answers with a
// progress entry and returns, and the office merges.
// The sample plan (assets/) on 2026-12-06: 规范高中阶段… (基教科) due 2026-11-30 and 增加主城区…
// (项目办, 财基科) due 2026-10-31 are red; 补充农村学校教师… (人教科, 基教科) has a milestone of
// 2026-11-15 not met: yellow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, click, itemRect, state, waitSettled, scrollIntoView } from './harness.mjs';
import { live, planAt, until, waitView, waitPlan, parseCsv, openWithClipboard, retype, dropFiles, nameOffice } from './plan_helpers.mjs';

const TODAY = '2026-12-06';

async function exportCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const records = parseCsv(fs.readFileSync(await download.path()).toString('utf8').slice(1));
  return { header: records[0], rows: records.slice(1) };
}

test('outcome fields: typed in the editor, in the ledger columns and the report headline', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-1'); // the first problem
  await retype(page, 'problem-amount', '20.50万元');
  await waitPlan(page, 0, (p) => live(p.problems)[0].amount === '20.50', 'the amount, kept as typed without its unit');
  await retype(page, 'problem-rules', '4');
  await retype(page, 'problem-accountable', '2人次');
  await waitPlan(page, 0, (p) => live(p.problems)[0].rules === 4 && live(p.problems)[0].accountable === 2, 'the counts');
  await retype(page, 'problem-amount', '二十');
  await itemRect(page, 'outcome-refused'); // not a number: said, and not saved
  assert.equal(live((await planAt(page, 0)).problems)[0].amount, '20.50');
  await click(page, 'problem-type');
  await click(page, 'problem-type-option-5'); // 作风建设 (after 未设置 and four others)
  await waitPlan(page, 0, (p) => live(p.problems)[0].problem_type === '作风建设', 'the problem type');

  // The report's headline: the sample's 1359.25万元, 7项, 3人次 plus what was typed.
  await click(page, 'report');
  const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'report-print')]);
  await report.waitForLoadState();
  assert.match(await report.locator('body').innerText(), /共整改问题金额1379\.75万元，制定完善规章制度11项，追责问责5人次。/);
  await report.close();

  // The ledger: the outcome columns, on each row of the problem.
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  const csv = await exportCsv(page);
  const col = (name) => csv.header.indexOf(name);
  for (const h of ['问题类型', '整改类型', '实际完成时间', '整改成效', '整改金额（万元）', '建章立制（项）', '追责问责（人次）'])
    assert.ok(col(h) >= 0, `column ${h}: ${csv.header}`);
  const first = csv.rows[0];
  assert.deepEqual([first[col('问题类型')], first[col('整改金额（万元）')], first[col('建章立制（项）')], first[col('追责问责（人次）')]],
    ['作风建设', '20.50', '4', '2']);
  assert.deepEqual(page.errors, []);
}));

test('三色督办: the ledger filter by colour, the overview by department, a 督办单 printed', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  const titles = (csv) => csv.rows.map((r) => r[csv.header.indexOf('整改措施')].split('\n')[0]).sort();
  await click(page, 'ledger-colour');
  await click(page, 'ledger-colour-option-3'); // 黄
  assert.deepEqual(titles(await exportCsv(page)), ['补充农村学校教师数量，做好支教走教工作。']);
  await click(page, 'ledger-colour');
  await click(page, 'ledger-colour-option-4'); // 红
  assert.deepEqual(titles(await exportCsv(page)), ['增加主城区教育学位，缓解“入学难”问题。', '规范高中阶段学校招生录取管理。']);

  // The overview: 基教科 first (one red, one yellow), then the red-only ones, then 人教科.
  await click(page, '视图');
  await click(page, '整改概况');
  await waitView(page, 'dashboard');
  await itemRect(page, 'outcome-headline');
  await itemRect(page, 'colour-red-0');
  await itemRect(page, 'colour-yellow-0');
  await itemRect(page, 'colour-row-3');
  const [sheet] = await Promise.all([context.waitForEvent('page'), click(page, 'print-sheet-0')]);
  await sheet.waitForLoadState();
  const text = await sheet.locator('body').innerText();
  assert.match(text, /督办单/);
  assert.match(text, /基教科：/);
  assert.match(text, /红色督办（已超过整改时限未完成）1项，黄色督办（滞后于序时进度）1项/);
  assert.match(text, /规范高中阶段学校招生录取管理/);
  assert.match(text, /补充农村学校教师数量/);
  assert.match(text, /确定支教走教人员名单/); // the milestone behind
  assert.doesNotMatch(text, /增加主城区教育学位/, 'another department\'s item is not on it');
  await sheet.close();
  assert.deepEqual(page.errors, []);
}));

test('a milestone ticked in the editor: recorded with the day, and the measure is no longer yellow', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  await click(page, 'ledger-colour');
  await click(page, 'ledger-colour-option-3'); // 黄: the one measure behind its milestone
  const row = await itemRect(page, 'ledger-row-0');
  await page.mouse.dblclick(row.x + 8, row.y + row.h / 2); // 序号: opens it in the editor
  await waitView(page, 'plan');
  const behind = live(live((await planAt(page, 0)).problems)[3].measures)[0];
  assert.equal((await state(page)).nav.measure, behind.id);
  await itemRect(page, 'measure-colour'); // 黄色督办 on its form
  await click(page, 'milestone-done-1');
  const plan = await waitPlan(page, 0, (p) => live(live(p.problems)[3].measures)[0].milestones[1].done, 'the milestone ticked');
  assert.equal(live(live(plan.problems)[3].measures)[0].milestones[1].done_on, TODAY);
  await waitSettled(page);
  assert.ok(!(await page.evaluate(() => window.rectify.itemRect('measure-colour'))), 'no colour once the milestone is met');
  assert.deepEqual(page.errors, []);
}));

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download'), (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('下发督办单: the department gets a file of its items, answers with progress, and the return merges', () => withApp(async ({ browser, url }) => {
  const { page: office } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(office, '视图');
  await click(office, '整改概况');
  await waitView(office, 'dashboard');
  await itemRect(office, 'colour-red-0'); // 基教科's row: one red, one yellow
  const handed = await download(office, 'send-sheet-0');
  assert.match(handed.name, /^整改方案-基教科-\d{4}-\d{2}-\d{2}\.rectify\.json$/);
  const sub = JSON.parse(handed.text).content.plans[0];
  const titles = live(sub.problems).flatMap((p) => live(p.measures).map((m) => m.title));
  assert.ok(titles.includes('规范高中阶段学校招生录取管理。'), `the red item is handed down: ${titles}`);
  assert.ok(titles.some((t) => t.startsWith('补充农村学校教师数量')), `the yellow item is handed down: ${titles}`);
  assert.ok(!titles.some((t) => t.startsWith('增加主城区教育学位')), 'not another department\'s item');
  const red = live(live((await planAt(office, 0)).problems)[0].measures)[0];
  assert.equal(red.title, '规范高中阶段学校招生录取管理。');

  // 基教科, in its own browser: names itself, takes the file in, reports progress on the red item.
  const { page: unit } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await nameOffice(unit, '基教科');
  assert.equal(await dropFiles(unit, [handed]), true);
  await until(unit, () => window.rectify.state().merge.open);
  await click(unit, 'merge-cancel'); // its copy is the same plan: nothing to take
  await until(unit, () => !window.rectify.state().merge.open);
  await click(unit, 'open-0');
  await waitView(unit, 'plan');
  await click(unit, 'outline-2'); // the first problem's measure: the red one
  await until(unit, (id) => window.rectify.state().nav.measure === id, red.id);
  await scrollIntoView(unit, 'add-progress');
  await click(unit, 'add-progress', { settle: false });
  await unit.keyboard.insertText('刘科长'); // the first entry asks who is writing
  await itemRect(unit, 'user-name');
  await unit.keyboard.press('Enter');
  await unit.waitForFunction(() => window.rectify.textInput().area.open, null, { polling: 50 });
  await unit.keyboard.insertText('已完成招生录取复核，整改材料已补齐');
  await unit.keyboard.press('Tab');
  await waitPlan(unit, 0, (p) => live(live(p.problems)[0].measures)[0].progress.some((e) => e.text === '已完成招生录取复核，整改材料已补齐'), 'the unit\'s entry');
  await click(unit, 'back-home');
  await click(unit, 'open-0');
  await waitView(unit, 'plan');
  const ret = await download(unit, 'export-plan', 'export-whole');
  assert.match(ret.name, /^整改方案-基教科-/, 'the return is signed by the unit');

  // The office drops the return: the entry comes in without a question and is kept.
  await click(office, 'back-home');
  assert.equal(await dropFiles(office, [ret]), true);
  await until(office, () => window.rectify.state().merge.open);
  const preview = (await state(office)).merge;
  assert.equal(preview.conflicts, 0, JSON.stringify(preview));
  assert.ok(preview.added >= 1, JSON.stringify(preview));
  await click(office, 'merge-accept');
  await until(office, () => !window.rectify.state().merge.open);
  const merged = live(live((await planAt(office, 0)).problems)[0].measures)[0];
  const entry = live(merged.progress).find((e) => e.text === '已完成招生录取复核，整改材料已补齐');
  assert.ok(entry, 'the unit\'s progress entry is in the office\'s plan');
  assert.equal(entry.author, '刘科长');
  assert.equal(entry.date, TODAY);
  assert.deepEqual(office.errors, []);
  assert.deepEqual(unit.errors, []);
}));
