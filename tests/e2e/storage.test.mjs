// The workspace is never lost: edits survive a reload, a full or missing store is reported and
// the last good copy kept, a newer version's data is never overwritten, and two tabs on the same
// storage never silently overwrite each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, openApp, waitReady, state, click, itemRect, screenshot, ARTIFACTS, ROOT } from './harness.mjs';
import { storeWorkspace } from './plan_helpers.mjs';

const SAMPLE = '青山市教育局2025年度绩效考评公众评议意见建议整改落实工作方案';

// The stored record, read straight from IndexedDB (what a reload would find).
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rectify', 1);
  req.onsuccess = () => {
    const get = req.result.transaction('workspace').objectStore('workspace').get('current');
    get.onsuccess = () => {
      try {
        const rec = get.result;
        if (!rec) { resolve(null); return; }
        const ws = JSON.parse(rec.text).content;
        resolve({ rev: rec.rev, plans: ws.plans.filter((p) => !(p.meta.deleted && p.meta.deleted.at)).map((p) => p.title) });
      } catch (e) { reject(e); }
    };
    get.onerror = () => reject(get.error);
  };
  req.onerror = () => reject(req.error);
}));

// Polled on a timer, not on animation frames: a tab in the background gets none.
// Renames the plan in row `row` as a user does: 改名, select all, type, Enter.
async function renamePlan(page, row, title) {
  await click(page, `rename-${row}`);
  await itemRect(page, 'plan-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  // The user sees the new title before going on (a save that follows is the one with it).
  await page.waitForFunction(([r, t]) => window.rectify.state().plans[r] === t, [row, title], { timeout: 10000, polling: 50 });
}

const waitSave = (page, what = 'saved') =>
  page.waitForFunction((w) => window.rectify.state().save === w, what, { timeout: 10000, polling: 50 });
const waitPlans = (page, n) =>
  page.waitForFunction((k) => window.rectify.state().plans.length === k, n, { timeout: 10000, polling: 50 });

test('a new workspace opens with the sample plan, stored at once', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  assert.deepEqual((await state(page)).plans, [SAMPLE]);
  await waitSave(page);
  assert.deepEqual((await stored(page)).plans, [SAMPLE]);
  // Persistent storage was asked for (headless Chromium answers).
  await page.waitForFunction(() => window.rectifyStorage.persisted !== null);
  await screenshot(page, 'home-sample-plan');
}));

test('edits survive a reload, and undo/redo are edits too', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await click(page, '新建方案');
  await waitPlans(page, 2);
  await waitSave(page);

  await renamePlan(page, 1, 'Plan 2026 QA');
  await page.waitForFunction(() => window.rectify.state().plans.includes('Plan 2026 QA'));
  await waitSave(page);

  await page.reload();
  await waitReady(page);
  assert.deepEqual((await state(page)).plans, [SAMPLE, 'Plan 2026 QA']);

  // Undo twice (rename, then the add — but history is per session: after a reload there is
  // nothing to undo, so make a fresh edit and undo it).
  await click(page, '新建方案');
  await waitPlans(page, 3);
  await page.keyboard.press('Control+z');
  await waitPlans(page, 2);
  await page.keyboard.press('Control+Shift+z');
  await waitPlans(page, 3);
  await page.keyboard.press('Control+z');
  await waitPlans(page, 2);
  await waitSave(page);
  await page.reload();
  await waitReady(page);
  assert.deepEqual((await state(page)).plans, [SAMPLE, 'Plan 2026 QA']);
}));

test('an edit made just before the page closes is not lost', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await waitSave(page);
  // Reload at once, inside the autosave delay: the page's hide/close flush must store it. On a loaded
  // machine the 300 ms may pass before the test has read the state: then that edit was stored the
  // usual way, and another one is tried.
  let plans = 1;
  for (let tries = 0; ; tries++) {
    await click(page, '新建方案', { settle: false });
    await waitPlans(page, ++plans);
    if ((await state(page)).save === 'saving') break;
    assert.ok(tries < 5, 'every edit was stored before the reload could come: the autosave delay was never caught');
  }
  await page.reload();
  await waitReady(page);
  assert.equal((await state(page)).plans.length, plans);
}));

test('deleting asks first, and undo brings the plan back', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await click(page, 'delete-0');
  await itemRect(page, 'delete'); // the confirmation
  await screenshot(page, 'home-delete-confirm');
  await click(page, '取消');
  await page.waitForFunction(() => !window.rectify.itemRect('delete'));
  assert.equal((await state(page)).plans.length, 1);
  await click(page, 'delete-0');
  await click(page, 'delete-confirm');
  await waitPlans(page, 0);
  await waitSave(page);
  assert.deepEqual((await stored(page)).plans, []);
  await click(page, '编辑');
  await click(page, '撤销');
  await waitPlans(page, 1);
  await waitSave(page);
  assert.deepEqual((await stored(page)).plans, [SAMPLE]);
}));

test('a full store shows the banner and keeps the last good copy', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, {
    // Simulated quota: IndexedDB refuses writes while window.__full is set.
    init: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    },
  });
  await waitSave(page);
  const good = await stored(page);
  await page.evaluate(() => { window.__full = true; });
  await click(page, '新建方案');
  await waitSave(page, 'quota');
  await itemRect(page, 'banner');
  await screenshot(page, 'banner-quota');
  assert.deepEqual(await stored(page), good, 'the stored copy is still the last good one');
  assert.equal((await state(page)).plans.length, 2, 'the edit is still on screen');

  // Export is offered and produces the whole workspace.
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '导出文件')]);
  assert.match(download.suggestedFilename(), /^整改通工作区-\d{4}-\d{2}-\d{2}\.rectify\.json$/);

  // Space is back: the next edit stores everything, and the banner goes.
  await page.evaluate(() => { window.__full = false; });
  await click(page, '新建方案');
  await waitSave(page);
  assert.equal((await stored(page)).plans.length, 3);
}));

test('a browser without storage says changes are not saved, and still works', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, {
    init: () => { Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError'); } }); },
  });
  assert.equal((await state(page)).save, 'unavailable');
  await itemRect(page, 'banner');
  await click(page, '新建方案');
  await waitPlans(page, 2);
  assert.equal((await state(page)).save, 'unavailable');
}));

test('a workspace written by a newer version is not overwritten', () => withApp(async ({ browser, url }) => {
  const { context, page } = await openApp(browser, url);
  await waitSave(page);
  // A newer app version stored this (format version 99).
  await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('rectify', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('workspace', 'readwrite');
      tx.objectStore('workspace').put({ rev: 7, text: JSON.stringify({ format: 'rectify-plan', version: 99, content: {} }) }, 'current');
      tx.oncomplete = resolve;
    };
  }));
  await page.reload();
  await waitReady(page);
  const s = await state(page);
  assert.equal(s.save, 'newer');
  assert.equal(s.readOnly, true);
  await page.waitForTimeout(800); // over twice the autosave's 300 ms delay: a write would have come
  const rec = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('rectify', 1);
    req.onsuccess = () => { const g = req.result.transaction('workspace').objectStore('workspace').get('current'); g.onsuccess = () => resolve(g.result); };
  }));
  assert.equal(rec.rev, 7);
  assert.match(rec.text, /"version":99/);
  await screenshot(page, 'banner-newer');
  await context.close();
}));

// A slow disk: the page's storage writes wait until window.__release() lets them go.
function holdWrites(page) {
  return page.evaluate(() => {
    const write = window.rectifyStorage.write;
    window.__held = [];
    window.rectifyStorage.write = (...args) => { if (window.__hold) window.__held.push(args); else write(...args); };
    window.__release = () => { window.__hold = false; for (const args of window.__held.splice(0)) write(...args); };
    window.__hold = true;
  });
}

// A background tab's frames are throttled by the browser, as in real use; act on the tab in front.
async function act(page, label) {
  await page.bringToFront();
  await click(page, label);
}

test('two tabs: a save in one is picked up by the other', () => withApp(async ({ browser, url }) => {
  const { context, page: a } = await openApp(browser, url);
  await waitSave(a);
  const { page: b } = await openApp(browser, url, { context });
  assert.equal((await state(b)).plans.length, 1);
  await act(a, '新建方案');
  await waitSave(a);
  await b.bringToFront();
  await waitPlans(b, 2); // b had nothing unsaved: it loads a's version
  await b.waitForFunction(() => window.rectify.itemRect('notice'));
  await act(b, '新建方案');
  await waitSave(b);
  await a.bringToFront();
  await waitPlans(a, 3);
  assert.equal((await stored(a)).plans.length, 3);
  await context.close();
}));

test('two tabs editing at once: both edits are kept', () => withApp(async ({ browser, url }) => {
  const { context, page: a } = await openApp(browser, url);
  await waitSave(a);
  const { page: b } = await openApp(browser, url, { context });
  // b's disk is slow, so a saves first while b has an unsaved edit of its own.
  await holdWrites(b);
  await act(b, '新建方案');
  await b.waitForFunction(() => window.__held.length === 1);
  await a.bringToFront();
  await renamePlan(a, 0, 'Renamed in A');
  await waitSave(a);
  assert.deepEqual((await stored(a)).plans, ['Renamed in A']);

  // b's write now meets a's newer version: b replays its edit on top of a's and saves that.
  await b.bringToFront();
  await b.evaluate(() => window.__release());
  await b.waitForFunction(() => window.rectify.state().plans.length === 2 && window.rectify.state().plans[0] === 'Renamed in A');
  await waitSave(b);
  await b.waitForFunction(() => window.rectify.itemRect('notice'));
  await screenshot(b, 'two-tabs-merged');
  assert.deepEqual((await stored(b)).plans, ['Renamed in A', '未命名整改方案']);
  await a.bringToFront();
  await waitPlans(a, 2);
  assert.deepEqual((await state(a)).plans, ['Renamed in A', '未命名整改方案']);
  await context.close();
}));

// Two tabs; b's disk is slow: b's rename of the sample plan is committed but not yet stored.
async function renamedInBUnsaved(browser, url) {
  const { context, page: a } = await openApp(browser, url);
  await waitSave(a);
  const { page: b } = await openApp(browser, url, { context });
  await holdWrites(b);
  await b.bringToFront();
  await renamePlan(b, 0, 'Renamed in B');
  await b.waitForFunction(() => window.__held.length === 1);
  return { context, a, b };
}

test('two tabs whose edits cannot be combined: the user chooses, nothing is overwritten before', () => withApp(async ({ browser, url }) => {
  // a deletes the plan b renamed, so b's rename has nothing to apply to.
  const { context, a, b } = await renamedInBUnsaved(browser, url);
  await act(a, 'delete-0');
  await click(a, 'delete-confirm');
  await waitPlans(a, 0);
  await waitSave(a);
  assert.deepEqual((await stored(a)).plans, []);

  await b.bringToFront();
  await b.evaluate(() => window.__release());
  await waitSave(b, 'conflict');
  await itemRect(b, 'banner');
  await screenshot(b, 'banner-conflict');
  assert.deepEqual((await stored(b)).plans, [], 'a\'s delete is still what is stored');
  await click(b, '保留本页的修改');
  await waitSave(b);
  assert.deepEqual((await stored(b)).plans, ['Renamed in B']);
  await a.bringToFront();
  await waitPlans(a, 1);
  await context.close();
}));

test('a workspace with 10,000 measures saves and reloads', () => withApp(async ({ browser, url }) => {
  // The benchmark's generator writes a realistic 10,000-measure workspace (about 15 MB).
  const tool = path.join(ROOT, 'build/native/tests/rectify_bench_load');
  assert.ok(fs.existsSync(tool), `${tool} missing: build the native preset first (scripts/test.sh does)`);
  const file = path.join(ARTIFACTS, 'workspace-10000.rectify.json');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(tool, ['--measures', '10000', '--runs', '1', '--out', file], { stdio: 'ignore' });
  const { context, page } = await openApp(browser, url, {
    route: (p) => p.route('**/__fixture/big.json', (r) => r.fulfill({ path: file, contentType: 'application/json' })),
  });
  await waitSave(page);
  // Put it where a previous session would have left it, then reload.
  await storeWorkspace(page, { url: '__fixture/big.json', rev: 50 });
  await page.reload();
  await waitReady(page, 120000);
  const s = await state(page);
  assert.equal(s.save, 'saved');
  assert.equal(s.plans.length, 1, 'the big workspace is loaded');
  const bigTitle = s.plans[0];
  // An edit is stored as a new revision of the whole workspace.
  await click(page, '新建方案');
  await waitPlans(page, 2);
  await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 60000, polling: 100 });
  const rec = await stored(page);
  assert.equal(rec.rev, 51);
  assert.deepEqual(rec.plans, [bigTitle, '未命名整改方案']);
  const measures = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('rectify', 1);
    req.onsuccess = () => {
      const g = req.result.transaction('workspace').objectStore('workspace').get('current');
      g.onsuccess = () => {
        const ws = JSON.parse(g.result.text).content;
        resolve(ws.plans.reduce((n, p) => n + p.problems.reduce((k, pr) => k + pr.measures.length, 0), 0));
      };
    };
  }));
  assert.equal(measures, 10000);
  await page.reload();
  await waitReady(page, 120000);
  assert.deepEqual((await state(page)).plans, [bigTitle, '未命名整改方案']);
  await context.close();
}));

// ---- two tabs, the same field ------------------------------------------------------------------

// The first plan as stored (what a reload would find), or as a page holds it.
const storedPlan = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rectify', 1);
  req.onsuccess = () => {
    const get = req.result.transaction('workspace').objectStore('workspace').get('current');
    get.onsuccess = () => resolve(JSON.parse(get.result.text).content.plans[0]);
    get.onerror = () => reject(get.error);
  };
  req.onerror = () => reject(req.error);
}));
const heldPlan = (page) => page.evaluate(() => window.rectify.workspace().content.plans[0]);

// The sample plan's 方案信息 tab, in front.
async function openHeader(page) {
  await act(page, 'open-0');
  await page.waitForFunction(() => window.rectify.state().view === 'plan');
  await click(page, 'tab-header');
  await itemRect(page, 'plan-issuer');
}

// Types over a one-line field and leaves it open: the text is not committed.
async function typeOpen(page, field, text) {
  await page.bringToFront();
  await click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.waitForFunction((t) => window.rectify.state().field.text === t, text, { polling: 50 });
}

// Tab b types in a field and has not committed when tab a commits `aField` and saves; then b
// commits. Returns both pages, b's commit done.
async function typedWhileOtherSaved(browser, url, bField, aField) {
  const { context, page: a } = await openApp(browser, url);
  await waitSave(a);
  const { page: b } = await openApp(browser, url, { context });
  await openHeader(a);
  await openHeader(b);
  await typeOpen(b, bField, 'B 的值');
  await typeOpen(a, aField, 'A 的值');
  await a.keyboard.press('Enter');
  await waitSave(a);
  // b loads a's version while its own field is still open.
  await b.bringToFront();
  await b.waitForFunction((f) => window.rectify.workspace().content.plans[0][f] === 'A 的值', aField === 'plan-issuer' ? 'issuer' : 'doc_number', { polling: 50 });
  assert.equal((await state(b)).field.text, 'B 的值');
  await b.keyboard.press('Enter');
  return { context, a, b };
}

for (const choice of ['this tab', 'the other tab']) {
  test(`two tabs changed the same field: the user is asked, and keeps ${choice}'s value`, () => withApp(async ({ browser, url }) => {
    const { context, a, b } = await typedWhileOtherSaved(browser, url, 'plan-issuer', 'plan-issuer');
    await b.waitForFunction(() => window.rectify.state().tabConflicts.open, null, { polling: 50 });
    const plan = await heldPlan(b);
    assert.deepEqual((await state(b)).tabConflicts.fields, [`${plan.id}/issuer`]);
    await itemRect(b, 'tab-conflicts-intro');
    await screenshot(b, 'two-tabs-same-field');
    // Nothing is saved before the user has chosen: a's value is still what is stored.
    assert.equal((await storedPlan(b)).issuer, 'A 的值');
    assert.equal((await state(b)).save, 'saving');
    const kept = choice === 'this tab' ? 'B 的值' : 'A 的值';
    if (choice === 'the other tab') await click(b, 'take-theirs-0');
    await click(b, 'tab-conflicts-apply');
    await b.waitForFunction(() => !window.rectify.state().tabConflicts.open, null, { polling: 50 });
    await waitSave(b);
    assert.equal((await heldPlan(b)).issuer, kept);
    assert.equal((await storedPlan(b)).issuer, kept);
    // The other tab picks the choice up.
    await a.bringToFront();
    await a.waitForFunction((v) => window.rectify.workspace().content.plans[0].issuer === v, kept, { polling: 50 });
    assert.deepEqual(b.errors, []);
    await context.close();
  }));
}

test('two tabs changed different fields at once: both are kept, nobody is asked', () => withApp(async ({ browser, url }) => {
  const { context, a, b } = await typedWhileOtherSaved(browser, url, 'plan-docno', 'plan-issuer');
  await b.waitForFunction(() => window.rectify.workspace().content.plans[0].doc_number === 'B 的值', null, { polling: 50 });
  await waitSave(b);
  assert.equal((await state(b)).tabConflicts.open, false);
  const stored = await storedPlan(b);
  assert.equal(stored.issuer, 'A 的值');
  assert.equal(stored.doc_number, 'B 的值');
  await a.bringToFront();
  await a.waitForFunction(() => window.rectify.workspace().content.plans[0].doc_number === 'B 的值', null, { polling: 50 });
  assert.equal((await heldPlan(a)).issuer, 'A 的值');
  await context.close();
}));

test('an unsaved edit replayed on the other tab\'s save of the same field: asked, not overwritten', () => withApp(async ({ browser, url }) => {
  // a renames the same plan and saves first.
  const { context, a, b } = await renamedInBUnsaved(browser, url);
  await a.bringToFront();
  await renamePlan(a, 0, 'Renamed in A');
  await waitSave(a);
  await b.bringToFront();
  await b.evaluate(() => window.__release());
  await b.waitForFunction(() => window.rectify.state().tabConflicts.open, null, { polling: 50 });
  assert.deepEqual((await stored(b)).plans, ['Renamed in A'], 'stored only after the user chose');
  await click(b, 'take-theirs-0');
  await click(b, 'tab-conflicts-apply');
  await waitSave(b);
  assert.deepEqual((await stored(b)).plans, ['Renamed in A']);
  assert.deepEqual((await state(b)).plans, ['Renamed in A']);
  await context.close();
}));

// ---- how long the browser keeps the data ---------------------------------------------------------

// A private window as Chrome makes one: persistence refused, a quota of about 100 MB.
function privateWindow() {
  const st = navigator.storage;
  st.persist = () => Promise.resolve(false);
  st.persisted = () => Promise.resolve(false);
  st.estimate = () => Promise.resolve({ quota: 100 * 1024 * 1024, usage: 0 });
}

test('a private window: a banner says the data goes with the window, offers an export; 已保存（临时）', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { init: privateWindow, persist: false });
  await waitSave(page);
  await page.waitForFunction(() => window.rectify.state().durability === 'session', null, { polling: 50 });
  await itemRect(page, 'durability-banner');
  let s = await state(page);
  assert.equal(s.durabilityBanner, true);
  assert.equal(s.save, 'saved');
  assert.equal(s.saveText, '已保存（临时）');
  await screenshot(page, 'banner-private-window');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'durability-export')]);
  assert.match(download.suggestedFilename(), /\.rectify\.json$/);
  // Dismissed for the session; the save state still says the data is kept only for now.
  await click(page, 'durability-dismiss');
  await page.waitForFunction(() => !window.rectify.itemRect('durability-banner'), null, { polling: 50 });
  s = await state(page);
  assert.equal(s.durabilityBanner, false);
  assert.equal(s.saveText, '已保存（临时）');
}));

test('persistence refused in a normal window: the banner says the browser may clear the data', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { persist: false, query: '?lang=en' });
  await waitSave(page);
  await page.waitForFunction(() => window.rectify.state().durability === 'best-effort', null, { polling: 50 });
  await itemRect(page, 'durability-banner');
  assert.equal((await state(page)).saveText, 'Saved (temporarily)');
}));

test('a browser that keeps the data: no banner, 已保存', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await waitSave(page);
  await page.waitForFunction(() => window.rectify.state().durability === 'persistent', null, { polling: 50 });
  const s = await state(page);
  assert.equal(s.durabilityBanner, false);
  assert.equal(s.saveText, '已保存');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('durability-banner')), null);
}));
