// A first visit that explains itself (issue 15): 帮助 → 使用指南 opens a guide in sections that
// scrolls, and every view with nothing to show says what to do next (home without plans, a plan
// without problems, an empty ledger or one whose filters hide everything, the returns before any file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, openApp, state, click, itemRect, scrollIntoView, screenshot, ROOT } from './harness.mjs';
import { until, waitView, dropFiles } from './plan_helpers.mjs';

const SECTIONS = ['guide-plan', 'guide-import', 'guide-ledger', 'guide-share', 'guide-data', 'guide-backup'];
const visible = (r) => r.y >= r.clip.y - 1 && r.y + r.h <= r.clip.y + r.clip.h + 1;
const shown = (page, name) => until(page, (n) => !!window.rectify.itemRect(n), name);
const gone = (page, name) => until(page, (n) => !window.rectify.itemRect(n), name);

// Waits for the view, then moves the pointer off the button, as a hand does. (Until every change
// is drawn without input — issue 15, item 1 — a busy machine can leave the frame before it.)
async function waitViewMoved(page, view) {
  await waitView(page, view);
  await page.mouse.move(2, 300);
}

async function viewMenu(page, item, view) {
  await click(page, '视图');
  await click(page, item);
  await waitViewMoved(page, view);
}

test('帮助 → 使用指南: a guide in sections that scrolls, and its contents jump to a section', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await click(page, '帮助');
  await click(page, '使用指南');
  const guide = await itemRect(page, 'guide');
  for (const name of SECTIONS) await itemRect(page, name);
  // The last section is further down than the window shows: it is reached by scrolling.
  const last = await itemRect(page, 'guide-backup');
  assert.ok(!visible(last), `the guide is longer than its window (${JSON.stringify(last)})`);
  assert.ok(last.clip.y >= guide.y - 1 && last.clip.y + last.clip.h <= guide.y + guide.h + 1, 'the sections scroll inside the guide');
  assert.ok(visible(await scrollIntoView(page, 'guide-backup')), 'the wheel scrolls to it');
  assert.ok(visible(await scrollIntoView(page, 'guide-export')), 'and it offers the backup at once');
  await screenshot(page, 'guide-backup');
  // The contents on the left jump back to the first section.
  await click(page, 'guide-toc-0');
  await page.mouse.move(guide.x + guide.w / 2, guide.y + guide.h / 2); // the pointer moves on (see waitViewMoved)
  await page.waitForFunction(() => {
    const r = window.rectify.itemRect('guide-plan');
    return r && r.y >= r.clip.y - 1 && r.y + r.h <= r.clip.y + r.clip.h + 1;
  }, null, { timeout: 10000, polling: 50 });
  await screenshot(page, 'guide');
  await click(page, 'guide-close');
  await gone(page, 'guide');
  assert.deepEqual(page.errors, []);
}));

test('the backup the guide describes: 导出文件 from the guide, restored in a fresh browser by dropping the file', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await click(page, '新建方案');
  await until(page, () => window.rectify.state().plans.length === 2);
  await until(page, () => window.rectify.state().save === 'saved');
  await click(page, '帮助');
  await click(page, '使用指南');
  await click(page, 'guide-toc-5');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'guide-export')]);
  assert.match(download.suggestedFilename(), /\.rectify\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');

  const other = await openApp(browser, url); // another browser profile: only the sample plan
  assert.equal((await state(other.page)).plans.length, 1);
  assert.equal(await dropFiles(other.page, [{ name: download.suggestedFilename(), text }]), true);
  await until(other.page, () => window.rectify.state().merge.open);
  await click(other.page, 'merge-accept');
  await until(other.page, () => window.rectify.state().plans.length === 2);
  assert.deepEqual((await state(other.page)).plans, (await state(page)).plans);
  assert.deepEqual([...page.errors, ...other.page.errors], []);
}));

test('empty views say what to do next: filtered-out ledger, returns, home without plans, a new plan, its ledger', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  // The ledger of every plan, filtered down to nothing: it says so and offers 清除筛选.
  await viewMenu(page, '整改台账', 'ledger');
  await itemRect(page, 'ledger-row-0');
  assert.equal(await page.evaluate(() => !!window.rectify.itemRect('ledger-empty-filtered')), false);
  await click(page, 'ledger-text');
  await page.keyboard.insertText('没有这样的措施');
  await shown(page, 'ledger-empty-filtered');
  await gone(page, 'ledger-row-0');
  await screenshot(page, 'empty-ledger-filtered');
  await click(page, 'ledger-empty-clear');
  await shown(page, 'ledger-row-0');
  await gone(page, 'ledger-empty-filtered');

  // 汇总报送 before any file: how returns come in.
  await viewMenu(page, '汇总报送', 'returns');
  await itemRect(page, 'returns-empty');
  await screenshot(page, 'empty-returns');

  // Home without plans: delete the only one.
  await click(page, 'back-home');
  await waitViewMoved(page, 'home');
  await click(page, 'delete-0');
  await click(page, 'delete-confirm');
  await until(page, () => window.rectify.state().plans.length === 0);
  await itemRect(page, 'home-empty');
  await screenshot(page, 'empty-home');
  // 打开文件… takes a plan file from another office (or a backup): its merge preview opens.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'home-open-file')]);
  await chooser.setFiles(path.join(ROOT, 'tests/data/merge/other-office-short-ids.rectify.json'));
  await until(page, () => window.rectify.state().merge.open);
  await click(page, 'merge-cancel');
  await until(page, () => !window.rectify.state().merge.open);
  await click(page, 'home-guide'); // the guide from there too
  await itemRect(page, 'guide');
  await click(page, 'guide-close');
  await gone(page, 'guide');

  // No plan, no measure: the ledger says how measures get there.
  await viewMenu(page, '整改台账', 'ledger');
  await itemRect(page, 'ledger-empty');
  await click(page, 'back-home');
  await waitViewMoved(page, 'home');

  // A new plan has no problems: its outline says how to add one.
  await click(page, '新建方案');
  await until(page, () => window.rectify.state().plans.length === 1);
  if ((await state(page)).view !== 'plan') await click(page, 'open-0');
  await waitViewMoved(page, 'plan');
  await itemRect(page, 'outline-empty');
  await screenshot(page, 'empty-plan');
  await click(page, 'open-ledger');
  await waitViewMoved(page, 'ledger');
  await itemRect(page, 'ledger-empty');
  assert.equal(await page.evaluate(() => !!window.rectify.itemRect('ledger-empty-filtered')), false);
  assert.deepEqual(page.errors, []);
}));
