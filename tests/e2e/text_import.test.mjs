// A plan from the text of an official document (issue 8): a .txt dropped on the page, or the
// text pasted from another program; the recognised plan is previewed with every line marked and
// the lines it could not place listed; nothing is added before 导入为新方案, which is one undo step.
// Each line of the text is tagged in its margin with what it was taken as, the preview follows the
// typing (not only the end of the edit), names 责任人, and wraps long lines (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, ROOT, state, click, itemRect, screenshot, pixelStats } from './harness.mjs';
import { live, content, until, waitView, openWithClipboard, dropFiles } from './plan_helpers.mjs';

const fixture = (name) => fs.readFileSync(path.join(ROOT, 'tests/data/text', name), 'utf8');
const textImport = async (page) => (await state(page)).textImport;
const planTitles = async (page) => live((await content(page)).plans).map((p) => p.title);

// The margin left of the source text, where each line's tag is drawn.
async function gutter(page, name) {
  const r = await itemRect(page, 'text-import-source');
  const bottom = Math.min(r.y + r.h, r.clip.y + r.clip.h);
  return pixelStats(page, await screenshot(page, name, { x: r.clip.x, y: r.y, width: r.x - r.clip.x, height: bottom - r.y }));
}

// Opens 从文本导入…, puts the caret in the source text and pastes `text` there, as a clerk does.
async function pasteText(page, text) {
  await click(page, 'text-import-open');
  await until(page, () => window.rectify.state().textImport.open);
  await click(page, 'text-import-source');
  await until(page, () => window.rectify.state().field.area);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+v');
}

// A plan whose responsibility lines name 责任人; the first problem is long enough to wrap.
const EXPECTED_LINES = ['title', 'section', 'problem', 'measure', 'responsibility', 'problem', 'measure', 'responsibility'];
const LONG_PROBLEM = '部分学校课后服务覆盖面不足，课程内容单一，家长反映课后服务时间与下班时间衔接不上，农村学校尤其突出，需要统筹师资和场地加以解决';
const WITH_PEOPLE = [
  '河东区教育局关于督导评估反馈问题的整改方案',
  '一、存在问题及整改措施',
  `（一）${LONG_PROBLEM}。`,
  '整改措施：扩大课后服务覆盖面，每校至少开设三类课程。',
  '责任科室：基教科，责任人：周敏，分管领导：孙立，整改时限：2024年6月底前。',
  '（二）校园食堂管理制度不健全。',
  '整改措施：修订食堂管理办法，每学期开展一次检查。',
  '责任科室：后勤中心，责任人：刘洋，分管领导：孙立，整改时限：长期坚持。',
].join('\n');

test('a dropped .txt plan: previewed, imported as a new plan in one undo step', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await planTitles(page);
  assert.equal(await dropFiles(page, [{ name: '整改方案.txt', text: fixture('plan-yishi.txt') }]), true);
  await until(page, () => window.rectify.state().textImport.open);
  const found = await textImport(page);
  assert.equal(found.problems, 3, JSON.stringify(found));
  assert.ok(found.measures >= 3 && found.deadlines >= 3, JSON.stringify(found));
  assert.equal(found.unplaced, 0);
  await itemRect(page, 'text-import-counts');
  await screenshot(page, 'text-import');
  assert.deepEqual(await planTitles(page), before, 'nothing is added before the user accepts');

  await click(page, 'text-import-accept');
  await waitView(page, 'plan');
  const titles = await planTitles(page);
  assert.equal(titles.length, before.length + 1);
  assert.equal(titles[titles.length - 1], '青山县教育局关于县委第二巡察组反馈意见的整改方案');
  const plan = live((await content(page)).plans).at(-1);
  assert.equal(live(plan.problems).length, 3);
  assert.equal(live(plan.problems)[0].measures[0].deadline.text, '2023年6月底前');

  await page.keyboard.press('Control+z');
  await until(page, (n) => window.rectify.workspace().content.plans.filter((p) => !(p.meta.deleted && p.meta.deleted.at)).length === n, before.length);
  assert.deepEqual(page.errors, []);
}));

test('pasted text from a web page: chrome ignored, the line it cannot place listed; cancel adds nothing', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await planTitles(page);
  await click(page, 'text-import-open');
  await until(page, () => window.rectify.state().textImport.open);
  await click(page, 'text-import-source');
  await until(page, () => window.rectify.state().field.area);
  await page.evaluate((t) => navigator.clipboard.writeText(t), fixture('web-page-mixed.txt'));
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Control+Enter'); // ends the edit: the text is recognised
  await until(page, () => window.rectify.state().textImport.problems > 0);
  const found = await textImport(page);
  assert.ok(found.measures >= 1, JSON.stringify(found));
  assert.ok(found.unplaced >= 1, 'the fixture has a line that belongs nowhere, and it is listed');
  await itemRect(page, 'text-import-unplaced');
  assert.ok(found.lines.includes('unplaced'), JSON.stringify(found.lines));
  assert.ok((await gutter(page, 'text-import-pasted-marks')).red > 20, 'the line not placed is tagged in red');
  await screenshot(page, 'text-import-pasted');
  await click(page, 'text-import-cancel');
  await until(page, () => !window.rectify.state().textImport.open);
  assert.deepEqual(await planTitles(page), before);
  assert.deepEqual(page.errors, []);
}));

test('a dropped .txt that is not text is refused with the reason, nothing to import', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await planTitles(page);
  // A Word file renamed .txt is named for what it is, in an error notice, before any reader.
  assert.equal(await dropFiles(page, [{ name: '整改方案.txt', text: 'PK\u0003\u0004' + '\u0000'.repeat(22) + '\u0011\u0000\u0000\u0000word/document.xml' }]), true);
  await until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
  assert.match((await page.evaluate(() => window.rectify.state().notice)).text, /Word/);
  assert.equal((await page.evaluate(() => window.rectify.state().textImport)).open, false);
  // Binary bytes of no known kind (NUL bytes): the text import opens and says it is not text.
  assert.equal(await dropFiles(page, [{ name: '导出.txt', text: '整改\u0000\u0000\u0001\u0002问题\u0000一' }]), true);
  await until(page, () => window.rectify.state().textImport.open);
  const found = await textImport(page);
  assert.equal(found.refused, true, JSON.stringify(found));
  assert.equal(found.problems, 0);
  await itemRect(page, 'text-import-refused');
  await screenshot(page, 'text-import-refused');
  await click(page, 'text-import-cancel');
  await until(page, () => !window.rectify.state().textImport.open);
  assert.deepEqual(await planTitles(page), before);
  assert.deepEqual(page.errors, []);
}));

test('the preview follows the typing: each line tagged, 责任人 named, long lines wrapped, a new problem counted before leaving the field', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  await pasteText(page, WITH_PEOPLE);
  // Recognised while the field is still being edited: no click elsewhere, no Ctrl+Enter.
  await until(page, () => window.rectify.state().textImport.problems === 2);
  let s = await state(page);
  assert.equal(s.field.area, true, 'still typing in the text');
  assert.deepEqual(s.textImport.lines, EXPECTED_LINES);
  assert.deepEqual(s.textImport.responsible, ['周敏', '刘洋']);
  await itemRect(page, 'text-import-people');
  // The tags are drawn by the app in the margin, one beside each line (8 lines, in colour).
  const marks = await gutter(page, 'text-import-marks');
  assert.ok(marks.ink > 100 && marks.colors > 8, JSON.stringify(marks));
  assert.ok(marks.inkHeight > 6 * 18, `tags down the margin (${marks.inkHeight} px)`);
  // The long problem wraps inside the preview instead of running off its right edge.
  const long = await itemRect(page, 'text-import-problem-0');
  assert.ok(long.x + long.w <= long.clip.x + long.clip.w + 1, `inside the pane: ${JSON.stringify(long)}`);
  const one = await itemRect(page, 'text-import-problem-1');
  assert.ok(long.h >= 2 * one.h - 2, `wrapped onto several lines: ${long.h} px against ${one.h}`);
  await screenshot(page, 'text-import-live');

  // A new problem typed at the end: counted once the typing pauses, the field still open.
  await page.keyboard.insertText('\n（三）教师培训经费落实不到位。\n整改措施：按标准安排培训经费。');
  await until(page, () => window.rectify.state().textImport.problems === 3);
  s = await state(page);
  assert.equal(s.field.area, true, 'recognised while typing, not on leaving the field');
  assert.equal(s.textImport.lines.length, EXPECTED_LINES.length + 2);

  await click(page, 'text-import-accept');
  await waitView(page, 'plan');
  const ws = await content(page);
  const plan = live(ws.plans).at(-1);
  assert.equal(live(plan.problems).length, 3, 'the problem typed last is imported too');
  assert.ok(ws.people.some((p) => p.name === '周敏'));
  assert.deepEqual(page.errors, []);
}));

// The reading corrected in the preview (issue 17): the level of the problems chosen, a line marked
// as noise, the corrections undone; what is imported is what the preview shows. Then a text with
// no item: it says so, imports nothing, until a line is marked as a problem.
const shape = (name) => fixture(`shapes/${name}.txt`);

test('the preview is corrected in a click: the problem level, a line ignored; a text with no items imports nothing until a line is marked', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await planTitles(page);
  assert.equal(await dropFiles(page, [{ name: '整改进展.txt', text: shape('two-level-lower-problems') }]), true);
  await until(page, () => window.rectify.state().textImport.open);
  let found = await textImport(page);
  assert.equal(found.problems, 5, JSON.stringify(found));
  assert.deepEqual(found.levels, ['一、', '1.', '（1）']);
  assert.equal(found.problemLevel, '（1）');
  assert.deepEqual(found.statuses, ['整改中', '已完成', '已完成', '整改中', '已完成·长期坚持']);

  // The categories 1. 2. 3. as the problems: three, the （1）（2） under them their measures.
  await click(page, 'text-import-level');
  await click(page, 'text-import-level-2');
  await until(page, () => window.rectify.state().textImport.problems === 3);
  found = await textImport(page);
  assert.equal(found.corrections, 1);
  assert.match(found.problemTexts[0], /^1\.学前教育资源布局/);
  await screenshot(page, 'text-import-level');
  await click(page, 'text-import-undo-corrections');
  await until(page, () => window.rectify.state().textImport.problems === 5);

  // The second problem's line marked as not part of the plan.
  found = await textImport(page);
  const line = found.lines.map((k, i) => [k, i]).filter(([k]) => k === 'problem')[1][1];
  await click(page, `text-import-line-${line}`);
  await itemRect(page, 'text-import-mark-3');
  await screenshot(page, 'text-import-line-menu');
  await click(page, 'text-import-mark-3'); // 无关内容（忽略）
  await until(page, () => window.rectify.state().textImport.problems === 4);
  found = await textImport(page);
  assert.ok(found.problemTexts.every((t) => !t.includes('服务半径')), JSON.stringify(found.problemTexts));

  await click(page, 'text-import-accept');
  await waitView(page, 'plan');
  const plan = live((await content(page)).plans).at(-1);
  assert.equal(live(plan.problems).length, 4, 'what the preview showed is what is imported');
  assert.equal(live(plan.problems)[0].number, '（1）');
  assert.equal(live(plan.problems)[1].measures[0].status, 'done');

  // A news article: no item, said plainly; 导入 stays disabled until a line is marked a problem.
  assert.equal(await dropFiles(page, [{ name: '新闻.txt', text: shape('no-items-news') }]), true);
  await until(page, () => window.rectify.state().textImport.open && window.rectify.state().textImport.lines.length > 0);
  found = await textImport(page);
  assert.equal(found.problems, 0);
  const plans = (await planTitles(page)).length;
  await click(page, 'text-import-accept');
  assert.equal((await textImport(page)).open, true, 'nothing to import: the dialog stays');
  const body = found.lines.indexOf('body');
  assert.ok(body >= 0, JSON.stringify(found.lines));
  await click(page, `text-import-line-${body}`);
  await click(page, 'text-import-mark-0'); // 一个问题
  await until(page, () => window.rectify.state().textImport.problems === 1);
  await click(page, 'text-import-accept');
  await waitView(page, 'plan');
  assert.equal((await planTitles(page)).length, plans + 1);
  assert.equal(before.length + 2, plans + 1);
  assert.deepEqual(page.errors, []);
}));

test('the importer is not in the startup download: loaded on first use; offline the app says so, online again the file opens', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  let offline = true;
  const moduleRequests = [];
  context.on('request', (r) => { if (/\/office\/office\.(js|wasm)$/.test(r.url())) moduleRequests.push(r.url()); });
  await context.route('**/office/office.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const { openApp } = await import('./harness.mjs');
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23' });
  assert.deepEqual(moduleRequests, [], 'nothing of the module before a text comes in');
  const file = { name: '整改方案.txt', text: fixture('plan-yishi.txt') };
  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
  assert.match((await page.evaluate(() => window.rectify.state().notice)).text, /无法加载文本识别模块/);
  assert.equal((await textImport(page)).open, false);
  offline = false;
  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => window.rectify.state().textImport.open);
  const found = await textImport(page);
  assert.equal(found.problems, 3, JSON.stringify(found));
  assert.equal(found.pending, false);
  assert.ok(moduleRequests.some((u) => u.endsWith('office.wasm')), moduleRequests.join(', '));
  assert.deepEqual(page.errors.filter((e) => !/office|text import|Failed to load resource/i.test(e)), []);
}));
