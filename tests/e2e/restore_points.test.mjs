// Restore points and 历史版本 (issue 20 item 1): the app keeps a version of the workspace by itself
// before the first change of each day, a merge, a text import, a bulk delete and a format migration; 历史版本 lists
// them with their reasons and counts, restores one as one undoable step, and copies a plan back
// from one; at most 20 are kept; a reload keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, ROOT, waitReady, click, itemRect, screenshot } from './harness.mjs';
import { live, content, until, waitView, openWithClipboard, dropFiles, editCell, nameOffice } from './plan_helpers.mjs';

const fixture = (name) => fs.readFileSync(path.join(ROOT, 'tests/data/text', name), 'utf8');
const planTitles = async (page) => live((await content(page)).plans).map((p) => p.title);
// The points as the page keeps them, once every write has reached IndexedDB.
const points = (page) => page.evaluate(() => window.rectifyPoints.settled().then(() =>
  window.rectifyPoints.list.map((p) => ({ reason: p.reason, day: p.day, plans: p.plans, problems: p.problems, measures: p.measures }))));
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rectify-history');
  req.onsuccess = () => {
    const r = req.result.transaction('points').objectStore('points').count();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  };
  req.onerror = () => reject(req.error);
}));
const anchorText = (page, name) => page.evaluate((n) => (window.rectify.itemRect(n) || {}).text, name);

async function openHistory(page) {
  await click(page, '编辑');
  await click(page, '历史版本…');
  await itemRect(page, 'history-window');
}

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download'), (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('points before the day\'s first change, a merge, a text import and a delete; a restore brings the plan back in one undo step',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openWithClipboard(browser, url, '?today=2026-03-02');
    assert.deepEqual(await points(page), [], 'opening changes nothing: no point');
    await nameOffice(page, '青山市教育局');
    await nameOffice(page, '青山市教育局办公室');
    let p = await points(page);
    assert.deepEqual(p.map((x) => [x.reason, x.day]), [['day', '2026-03-02']], 'one point for the day, before its first change');

    // The next day: another day's point.
    await page.goto(`${url}?today=2026-03-03`);
    await waitReady(page);
    await nameOffice(page, '青山市教育局');
    p = await points(page);
    assert.deepEqual(p.map((x) => x.reason), ['day', 'day']);
    assert.equal(p[1].day, '2026-03-03');

    // A return from another office (its own browser), merged: a point before it.
    const { page: unit } = await openWithClipboard(browser, url, '?today=2026-03-03');
    await click(unit, 'open-0');
    await waitView(unit, 'plan');
    await click(unit, 'open-ledger');
    await waitView(unit, 'ledger');
    await editCell(unit, 0, 3);
    await until(unit, () => window.rectify.state().field.active);
    await unit.keyboard.press('Control+a');
    await unit.keyboard.insertText('规范招生录取（科室报送）');
    await unit.keyboard.press('Enter');
    await until(unit, () => !window.rectify.itemRect('cell-edit'));
    await click(unit, 'back-home');
    await click(unit, 'open-0');
    await waitView(unit, 'plan');
    const ret = await download(unit, 'export-plan', 'export-whole');
    assert.equal(await dropFiles(page, [ret]), true);
    await until(page, () => window.rectify.state().merge.open);
    await click(page, 'merge-accept');
    await until(page, () => !window.rectify.state().merge.open);
    p = await points(page);
    assert.equal(p.at(-1).reason, 'merge');

    // A text import: a point before it.
    const before = await planTitles(page);
    assert.equal(await dropFiles(page, [{ name: '整改方案.txt', text: fixture('plan-yishi.txt') }]), true);
    await until(page, () => window.rectify.state().textImport.open);
    await click(page, 'text-import-accept');
    await waitView(page, 'plan');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, before.length + 1);
    p = await points(page);
    assert.equal(p.at(-1).reason, 'text');
    assert.equal(p.at(-1).plans, before.length, 'the point holds the workspace before the import');

    // Deleting a plan: a point before it, holding the plan.
    await click(page, 'back-home');
    const withImport = await planTitles(page);
    await click(page, 'delete-0');
    await click(page, 'delete-confirm');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, withImport.length - 1);
    p = await points(page);
    assert.deepEqual(p.map((x) => x.reason), ['day', 'day', 'merge', 'text', 'delete']);
    assert.equal(p.at(-1).plans, withImport.length);

    // 历史版本: newest first, with the reason and the counts, and what changed since.
    await openHistory(page);
    await until(page, () => /批量删除前/.test((window.rectify.itemRect('history-when-0') || {}).text || ''));
    assert.match(await anchorText(page, 'history-when-2'), /合并报送前/);
    assert.match(await anchorText(page, 'history-when-3'), /当天第一次修改前/);
    assert.match(await anchorText(page, 'history-when-1'), /导入文本前/);
    assert.match(await anchorText(page, 'history-counts-0'), new RegExp(`^${withImport.length} 个方案，\\d+ 个问题，\\d+ 项措施$`));
    await until(page, () => /方案 \+0 -1/.test((window.rectify.itemRect('history-since-0') || {}).text || ''));
    await screenshot(page, 'history');

    // 恢复: the deleted plan is back; one Ctrl+Z undoes the whole restore.
    await click(page, 'history-restore-0');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, withImport.length);
    assert.deepEqual(await planTitles(page), withImport);
    p = await points(page);
    assert.equal(p.at(-1).reason, 'restore', 'a point of what was there, before the restore');
    await page.keyboard.press('Control+z');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, withImport.length - 1);
    await page.keyboard.press('Control+Shift+z');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, withImport.length);
    await page.keyboard.press('Control+z');
    await until(page, (n) => window.rectify.workspace().content.plans.filter((x) => !(x.meta.deleted && x.meta.deleted.at)).length === n, withImport.length - 1);

    // 查看 the point before the delete (now the second): its deleted plan copied back as a new plan.
    await until(page, () => /批量删除前/.test((window.rectify.itemRect('history-when-1') || {}).text || ''));
    await click(page, 'history-view-1');
    await click(page, 'history-copy-0');
    await until(page, (t) => window.rectify.workspace().content.plans.some((x) => x.title === t), `${withImport[0]}（历史版本）`);

    // A reload keeps the points.
    const kept = await points(page);
    await until(page, () => window.rectify.state().save === 'saved');
    await page.reload();
    await waitReady(page);
    assert.deepEqual(await points(page), kept);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(unit.errors, []);
  }));

test('25 days of edits keep at most 20 points, the newest ones', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-05-01');
  for (let d = 1; d <= 25; d++) {
    const day = `2026-05-${String(d).padStart(2, '0')}`;
    if (d > 1) {
      await page.goto(`${url}?today=${day}`);
      await waitReady(page);
    }
    await nameOffice(page, `第${d}天`);
    await until(page, () => window.rectify.state().save === 'saved');
  }
  const p = await points(page);
  assert.equal(p.length, 20);
  assert.equal(p[0].day, '2026-05-06');
  assert.equal(p.at(-1).day, '2026-05-25');
  assert.equal(await stored(page), 20, 'the dropped ones are gone from IndexedDB too');
  assert.deepEqual(page.errors, []);
}));

test('a stored workspace of an older format version: a point of it as it was, before it is migrated', () => withApp(async ({ browser, url }) => {
  const v1 = fs.readFileSync(path.join(ROOT, 'tests/data/formats/v1-sample.rectify.json'), 'utf8');
  const { page } = await openWithClipboard(browser, url, '?today=2026-04-01');
  await until(page, () => window.rectify.state().save === 'saved');
  // What an older version of the app left in this browser.
  await page.evaluate((text) => new Promise((resolve, reject) => {
    const req = indexedDB.open('rectify');
    req.onsuccess = () => {
      const t = req.result.transaction('workspace', 'readwrite');
      const os = t.objectStore('workspace');
      const get = os.get('current');
      get.onsuccess = () => os.put({ ...get.result, rev: get.result.rev + 1, text }, 'current');
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error);
    };
    req.onerror = () => reject(req.error);
  }), v1);
  await page.reload();
  await waitReady(page);
  const p = await points(page);
  assert.deepEqual(p.map((x) => [x.reason, x.day]), [['migrate', '2026-04-01']]);
  const text = await page.evaluate(() => new Promise((resolve) => {
    const id = window.rectifyPoints.list[0].id;
    const req = indexedDB.open('rectify-history');
    req.onsuccess = () => {
      const g = req.result.transaction('texts').objectStore('texts').get(id);
      g.onsuccess = () => resolve(g.result);
    };
  }));
  assert.equal(text, v1, 'the point is the stored text as it was');
  assert.deepEqual(page.errors, []);
}));
