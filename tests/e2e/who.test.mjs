// Who did it, and when: 填报人, 提交人 and 审核人 name the person using the app (当前使用人, asked once
// and kept), not the office; 提交销号 on an item with nothing to show asks first; and exported files
// carry the same date as the app shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, state, click, itemRect, scrollIntoView, screenshot, waitIdle, poll } from './harness.mjs';
import { live, content, until, waitView, openDirectory, retype } from './plan_helpers.mjs';

const TODAY = '2026-11-23';

const measureById = async (page, id) => {
  for (const p of live((await content(page)).plans)) for (const q of live(p.problems)) for (const m of live(q.measures)) if (m.id === id) return m;
  return null;
};
const waitMeasure = (page, id, pred, what) => poll(() => measureById(page, id), (m) => m && pred(m), what);
const shown = async (page, id) => (await page.evaluate((q) => window.rectify.itemRect(q), id)) !== null;

async function openMeasure(page) {
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-2');
  await until(page, () => !!window.rectify.state().nav.measure);
  return (await state(page)).nav.measure;
}

test('the current user is asked once, fills 填报人/提交人/审核人, is kept, and can be changed', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport: { width: 1366, height: 768 } });
  const mid = await openMeasure(page);

  // The first 添加进展 asks for the name; typed at once, it lands in the dialog's field.
  await scrollIntoView(page, 'add-progress');
  await click(page, 'add-progress', { settle: false });
  await page.keyboard.insertText('李明');
  await itemRect(page, 'user-name');
  await screenshot(page, 'who-asked');
  await page.keyboard.press('Enter');
  // Then the entry is there, under that name, and its text takes what is typed next.
  await page.waitForFunction(() => window.rectify.textInput().area.open, null, { polling: 50 });
  await page.keyboard.insertText('召开专题会议');
  await page.keyboard.press('Tab');
  let m = await waitMeasure(page, mid, (x) => live(x.progress).some((e) => e.text === '召开专题会议'), 'the new entry');
  assert.equal(live(m.progress).find((e) => e.text === '召开专题会议').author, '李明');
  assert.equal(await page.evaluate(() => localStorage.getItem('rectify.user')), '李明', 'kept in the browser');

  // Not asked again, across a reload: 提交销号 and 审核通过 are recorded under the same person.
  await page.reload();
  await page.waitForFunction(() => window.rectify && window.rectify.ready && window.rectify.state().save !== 'loading');
  await until(page, (id) => window.rectify.state().nav.measure === id, mid);
  await scrollIntoView(page, 'submit-closure');
  await click(page, 'submit-closure');
  m = await waitMeasure(page, mid, (x) => x.closure && x.closure.state === 'submitted', 'submitted');
  assert.equal(m.closure.submitted_by, '李明');
  assert.equal(m.closure.submitted_on, TODAY);
  assert.equal(await shown(page, 'user-name'), false, 'no question the second time');
  // The sample's 销号 chain has two levels (责任单位自查 → 督查室复核): each is passed in turn.
  await scrollIntoView(page, 'verify-closure');
  await click(page, 'verify-closure');
  m = await waitMeasure(page, mid, (x) => x.closure.level === 2, 'level 1 passed');
  assert.equal(live(m.reviews).find((r) => r.action === 'pass').who, '李明');
  await click(page, 'verify-closure');
  m = await waitMeasure(page, mid, (x) => x.closure.state === 'verified', 'verified');
  assert.equal(m.closure.decided_by, '李明');

  // Each entry's name stays editable: the reviewer was somebody else this time.
  await scrollIntoView(page, 'decided-by');
  await retype(page, 'decided-by', '张丽华');
  m = await waitMeasure(page, mid, (x) => x.closure.decided_by === '张丽华', 'the reviewer changed');
  assert.equal(m.closure.submitted_by, '李明');

  // The setting itself, in 科室和人员.
  await openDirectory(page);
  await retype(page, 'current-user', '赵强');
  await page.waitForFunction(() => localStorage.getItem('rectify.user') === '赵强', null, { polling: 50 });
  await screenshot(page, 'who-setting');
}));

test('提交销号 on an item with no progress and no evidence asks first', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport: { width: 1366, height: 768 } });
  await openMeasure(page);
  await click(page, 'add-measure'); // a new measure: nothing done yet
  await page.keyboard.press('Enter');
  await until(page, () => !window.rectify.state().field.active);
  const mid = (await state(page)).nav.measure;
  assert.equal(live((await measureById(page, mid)).progress).length, 0);

  await scrollIntoView(page, 'submit-closure');
  await click(page, 'submit-closure');
  await itemRect(page, 'confirm-text');
  await screenshot(page, 'who-confirm-empty');
  await click(page, 'confirm-no');
  await waitIdle(page);
  assert.equal((await measureById(page, mid)).closure.state, 'open', 'cancelled: not submitted');

  await scrollIntoView(page, 'submit-closure');
  await click(page, 'submit-closure');
  await click(page, 'confirm-yes');
  // Nobody named yet: confirmed, it asks who, then submits under that name.
  await itemRect(page, 'user-name');
  await page.keyboard.insertText('王芳');
  // OK is enabled once the name is in the field, as the user sees it there before clicking.
  await until(page, () => window.rectify.state().field.text === '王芳');
  await click(page, 'user-ok');
  const m = await waitMeasure(page, mid, (x) => x.closure.state === 'submitted', 'submitted after the question');
  assert.equal(m.closure.submitted_by, '王芳');
}));

test('an exported file is named with the date the app shows, ?today= included', () => withApp(async ({ browser, url }) => {
  const download = async (page, ...clicks) => {
    const [file] = await Promise.all([page.waitForEvent('download'), (async () => { for (const c of clicks) await click(page, c); })()]);
    return file.suggestedFilename();
  };
  // A date far from the real one: a name taken from the clock cannot match it by chance.
  let { page } = await openApp(browser, url, { query: '?today=2031-12-05' });
  await click(page, 'open-0');
  await waitView(page, 'plan');
  assert.match(await download(page, 'export-plan', 'export-whole'), /-2031-12-05\.rectify\.json$/);
  assert.match(await download(page, '编辑', '导出文件'), /-2031-12-05\.rectify\.json$/);

  // Without the override: the local date of the browser's own time zone, not China's.
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  ({ page } = await openApp(browser, url, { context }));
  await click(page, 'open-0');
  await waitView(page, 'plan');
  const name = await download(page, 'export-plan', 'export-whole');
  const local = await page.evaluate(() => new Date().toLocaleDateString('sv')); // YYYY-MM-DD, local
  assert.ok(name.endsWith(`-${local}.rectify.json`), `${name} carries the local date ${local}`);
}));
