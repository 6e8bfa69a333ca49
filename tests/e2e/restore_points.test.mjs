// Restore points and 历史版本 (issue 20 item 1): the app keeps a version of the workspace by itself
// before the first change of each day, a merge, a text import, a bulk delete and a format migration; 历史版本 lists
// them with their reasons and counts, restores one as one undoable step, copies a plan back from one,
// and takes one deleted problem back from one alone (查看); at most 20 are kept; a reload keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { withApp, ROOT, waitReady, click, itemRect, scrollIntoView, screenshot } from './harness.mjs';
import { live, content, until, waitView, openWithClipboard, dropFiles, editCell, nameOffice } from './plan_helpers.mjs';

// A ledger (core/ledger) for the plan open in 台账: two new measures of a new problem.
const LEDGER = ['问题编号,问题,整改措施,责任单位,责任人,分管领导,整改时限,状态,备注',
  '120260070100901,校园周边交通安全隐患,设置上下学护学岗,安信科,黄德明,刘建国,12月31日前,整改中,',
  '120260070100901,校园周边交通安全隐患,协调交警增设标志标线,安信科,黄德明,刘建国,2027年3月底前,未开始,'].join('\r\n') + '\r\n';
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

test('查看 a point: a deleted problem taken back alone, with its measures, in one undo step', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-06-01');
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-1'); // the plan's first problem
  await until(page, () => !!window.rectify.state().nav.problem);
  const { plan: planId, problem: problemId } = (await page.evaluate(() => window.rectify.state().nav));
  const planOf = async () => (await content(page)).plans.find((x) => x.id === planId);
  const livePlan = await planOf();
  const problem = livePlan.problems.find((q) => q.id === problemId);
  const others = live(livePlan.problems).filter((q) => q.id !== problemId).map((q) => q.id);
  // Its row in the point's outline: the live problems of the live plans, in order.
  const row = live((await content(page)).plans).flatMap((x) => live(x.problems)).findIndex((q) => q.id === problemId);
  assert.ok(live(problem.measures).length > 0, 'a problem with measures');

  // Deleted: a point before it, holding the problem.
  await click(page, 'delete-problem');
  await until(page, ([p, q]) => window.rectify.workspace().content.plans.find((x) => x.id === p).problems
    .find((x) => x.id === q).meta.deleted, [planId, problemId]);
  assert.equal((await points(page)).at(-1).reason, 'delete');

  // 查看 that point: its plan read-only, problem by problem; only the deleted one taken back.
  await openHistory(page);
  await until(page, () => /批量删除前/.test((window.rectify.itemRect('history-when-0') || {}).text || ''));
  await until(page, () => /^此后/.test((window.rectify.itemRect('history-since-0') || {}).text || '')); // its text read
  await click(page, 'history-view-0');
  await until(page, ([n, t]) => (window.rectify.itemRect(`history-problem-${n}`) || {}).text === t, [row, problem.number + problem.text]);
  await screenshot(page, 'history-view-problems');
  await click(page, `history-take-problem-${row}`);
  await until(page, ([p, t]) => window.rectify.workspace().content.plans.find((x) => x.id === p).problems
    .some((x) => x.text === t && !(x.meta.deleted && x.meta.deleted.at)), [planId, problem.text]);
  const after = await planOf();
  const back = live(after.problems).find((q) => q.text === problem.text);
  assert.notEqual(back.id, problemId, 'a fresh ID beside the tombstone');
  assert.deepEqual(live(back.measures).map((m) => m.title), live(problem.measures).map((m) => m.title), 'with its measures');
  assert.deepEqual(live(after.problems).map((q) => q.id).filter((id) => id !== back.id), others, 'the other problems as they were');
  assert.match((await page.evaluate(() => window.rectify.state().notice)).text, /已从 .* 的版本取回/);

  // One Ctrl+Z takes it out again.
  await page.keyboard.press('Control+z');
  await until(page, ([p, t]) => !window.rectify.workspace().content.plans.find((x) => x.id === p).problems
    .some((x) => x.text === t && !(x.meta.deleted && x.meta.deleted.at)), [planId, problem.text]);
  assert.deepEqual(live((await planOf()).problems).map((q) => q.id), others);
  assert.deepEqual(page.errors, []);
}));

test('a ledger import takes a point first; a file only that point references stays in the store until the point goes',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openWithClipboard(browser, url, '?today=2026-07-01');
    await click(page, 'open-0');
    await waitView(page, 'plan');
    await click(page, 'outline-2'); // the first problem's first measure
    await itemRect(page, 'measure-title');
    const measureId = await page.evaluate(() => window.rectify.state().nav.measure);
    const photo = Buffer.alloc(20000);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo);
    for (let i = 4, x = 7; i < photo.length; i++) { x = (x * 1103515245 + 12345) >>> 0; photo[i] = x >>> 24; }
    const hash = crypto.createHash('sha256').update(photo).digest('hex');
    await scrollIntoView(page, 'attach-files');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'attach-files')]);
    await chooser.setFiles([{ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photo }]);
    await until(page, (h) => JSON.stringify(window.rectify.workspace()).includes(h) && rectifyEvidence.known.has(h), hash);
    const measures = async () => live((await content(page)).plans).reduce((n, p) => n + live(p.problems).reduce((k, q) => k + live(q.measures).length, 0), 0);
    const before = await measures();

    // A ledger imported into the plan: a point before it, holding the workspace with the photo.
    await click(page, 'open-ledger');
    await waitView(page, 'ledger');
    assert.equal(await dropFiles(page, [{ name: '台账.csv', text: `\ufeff${LEDGER}` }]), true);
    await until(page, () => window.rectify.state().import.open);
    await click(page, 'import-accept');
    await until(page, () => !window.rectify.state().import.open);
    await until(page, (n) => {
      const c = window.rectify.workspace().content;
      const alive = (e) => !(e.meta && e.meta.deleted && e.meta.deleted.at);
      return c.plans.filter(alive).reduce((a, p) => a + p.problems.filter(alive).reduce((b, q) => b + q.measures.filter(alive).length, 0), 0) > n;
    }, before);
    const p = await points(page);
    assert.equal(p.at(-1).reason, 'ledger');
    assert.equal(p.at(-1).measures, before, 'the point holds the workspace before the import');
    assert.match(await page.evaluate(() => rectifyPoints.list.at(-1).files.join(',')), new RegExp(hash));

    // The photo removed from the measure: only the point references it now.
    await click(page, 'back-home');
    await click(page, 'open-0');
    await waitView(page, 'plan');
    await click(page, 'outline-2');
    await itemRect(page, 'measure-title');
    assert.equal(await page.evaluate(() => window.rectify.state().nav.measure), measureId);
    const row = await page.evaluate(([m, h]) => {
      for (const plan of window.rectify.workspace().content.plans) for (const q of plan.problems) for (const x of q.measures)
        if (x.id === m) return x.evidence.filter((e) => !(e.meta && e.meta.deleted && e.meta.deleted.at)).findIndex((e) => e.file && e.file.sha256 === h);
      return -1;
    }, [measureId, hash]);
    assert.ok(row >= 0);
    await click(page, `evidence-${row}-remove`);
    await until(page, ([m, h]) => {
      for (const plan of window.rectify.workspace().content.plans) for (const q of plan.problems) for (const x of q.measures)
        if (x.id === m) return !x.evidence.some((e) => e.file && e.file.sha256 === h && !(e.meta && e.meta.deleted && e.meta.deleted.at));
      return false;
    }, [measureId, hash]);

    // Collection forced, the workspace keeping nothing and no grace for recent files: the point
    // keeps the photo. Dropped, the point no longer does, and the photo goes.
    const collect = () => page.evaluate(async () => {
      rectifyEvidence.collectGraceMs = 0;
      for (;;) { // null while attach outcomes wait for the app
        const r = rectifyEvidence.collect(new Set());
        if (r) return r;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const inStore = () => page.evaluate((h) => rectifyEvidence.get(h).then((b) => (b ? b.size : 0)), hash);
    await collect();
    assert.equal(await inStore(), photo.length, 'kept for the point');
    await page.evaluate(() => { rectifyPoints.drop(rectifyPoints.list.filter((x) => x.reason === 'ledger').map((x) => x.id).join(',')); return rectifyPoints.settled(); });
    assert.equal(await page.evaluate((h) => rectifyPoints.files().has(h), hash), false, 'only the ledger point held it');
    const r = await collect();
    assert.equal(r.files, 1, JSON.stringify(r));
    assert.equal(await inStore(), 0, 'collected once no point holds it');
    assert.equal(await page.evaluate((h) => rectifyEvidence.known.has(h), hash), false);
    assert.deepEqual(page.errors, []);
  }));
