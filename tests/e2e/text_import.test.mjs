// A plan from the text of an official document (issue 8): a .txt dropped on the page, or the
// text pasted from another program; the recognised plan is previewed with every line marked and
// the lines it could not place listed; nothing is added before 导入为新方案, which is one undo step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, ROOT, state, click, itemRect, screenshot } from './harness.mjs';
import { live, content, until, waitView, openWithClipboard, dropFiles } from './plan_helpers.mjs';

const fixture = (name) => fs.readFileSync(path.join(ROOT, 'tests/data/text', name), 'utf8');
const textImport = async (page) => (await state(page)).textImport;
const planTitles = async (page) => live((await content(page)).plans).map((p) => p.title);

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
