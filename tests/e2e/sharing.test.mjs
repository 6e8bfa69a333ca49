// Sharing between offices (issue 6): the bureau hands a department its items as a file; the
// department, in its own browser, fills them in and sends the whole plan back; the bureau drops
// the return onto the page, sees what it would change, resolves the one real conflict and merges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, waitReady, state, click, itemRect, screenshot } from './harness.mjs';
import { live, planAt, until, waitView, waitPlan, openWithClipboard, editCell, dropFiles, nameOffice } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const first = async (page) => live(live((await planAt(page, 0)).problems)[0].measures)[0];
const mergeState = async (page) => (await state(page)).merge;

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download'), (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

async function openPlan(page) {
  await click(page, 'open-0');
  await waitView(page, 'plan');
}

async function ledgerEditTitle(page, title, row = 0) {
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  await editCell(page, row, 3);
  await until(page, () => window.rectify.state().field.active);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(title);
  await page.keyboard.press('Enter');
  await until(page, () => !window.rectify.itemRect('cell-edit'));
}

test('hand items down, fill them in elsewhere, merge the return with a conflict resolved; a reload keeps it',
  () => withApp(async ({ browser, url }) => {
    // The bureau (its own browser profile) hands 基教科 its items.
    const { page: bureau } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    await openPlan(bureau);
    const handed = await download(bureau, 'export-plan', 'export-dept-0');
    assert.match(handed.name, /^整改方案-基教科-\d{4}-\d{2}-\d{2}\.rectify\.json$/);
    const sub = JSON.parse(handed.text).content.plans[0];
    assert.ok(live(sub.problems).length >= 1 && live(sub.problems).length < 5, 'only the problems with 基教科 items');

    // 基教科, in another profile: names itself, takes the file in, edits, sends the plan back.
    const { page: unit } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    await nameOffice(unit, '基教科');
    assert.equal(await dropFiles(unit, [handed]), true);
    await until(unit, () => window.rectify.state().merge.open);
    await click(unit, 'merge-cancel'); // the copy it already has is the same plan: nothing to take
    await until(unit, () => !window.rectify.state().merge.open);
    await openPlan(unit);
    await ledgerEditTitle(unit, '规范招生录取（基教科报送）');
    await editCell(unit, 0, 8);
    await click(unit, '已完成');
    await until(unit, () => !window.rectify.itemRect('cell-edit'));
    await click(unit, 'back-home');
    await openPlan(unit);
    const ret = await download(unit, 'export-plan', 'export-whole');
    assert.match(ret.name, /^整改方案-基教科-/, 'the return is signed by the unit');

    // Meanwhile the bureau changed the same title: a real conflict.
    await ledgerEditTitle(bureau, '规范招生录取（局里修改）');
    await click(bureau, 'back-home');
    assert.equal(await dropFiles(bureau, [ret]), true);
    await until(bureau, () => window.rectify.state().merge.open);
    const preview = await mergeState(bureau);
    assert.equal(preview.conflicts, 1, JSON.stringify(preview));
    assert.ok(preview.changed >= 1, 'the status came back without a question');
    await itemRect(bureau, 'take-theirs-0');
    await screenshot(bureau, 'merge-preview');
    assert.equal((await first(bureau)).title, '规范招生录取（局里修改）', 'nothing changes before the merge');
    await click(bureau, 'take-theirs-0');
    await click(bureau, 'merge-accept');
    await until(bureau, () => !window.rectify.state().merge.open);
    let m = await first(bureau);
    assert.equal(m.title, '规范招生录取（基教科报送）');
    assert.equal(m.status, 'done');

    // One undo step takes the merge back; redo brings it again.
    await bureau.keyboard.press('Control+z');
    await waitPlan(bureau, 0, (p) => live(live(p.problems)[0].measures)[0].title === '规范招生录取（局里修改）', 'merge undone');
    await bureau.keyboard.press('Control+Shift+z');
    await waitPlan(bureau, 0, (p) => live(live(p.problems)[0].measures)[0].title === '规范招生录取（基教科报送）', 'merge redone');

    // After a reload the merged plan is there; the same return again has nothing new.
    await until(bureau, () => window.rectify.state().save === 'saved');
    await bureau.reload();
    await waitReady(bureau);
    m = await first(bureau);
    assert.equal(m.title, '规范招生录取（基教科报送）');
    assert.equal(m.status, 'done');
    await dropFiles(bureau, [ret]);
    await until(bureau, () => window.rectify.state().merge.open);
    assert.deepEqual(await mergeState(bureau), { open: true, added: 0, changed: 0, deleted: 0, conflicts: 0, files: 1, merging: false });
    await click(bureau, 'merge-cancel');
    assert.deepEqual(bureau.errors, []);
    assert.deepEqual(unit.errors, []);
  }));

test('the roll-up: several returns at once, a bad file explained, who has not returned yet', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await openPlan(page);
  const whole = await download(page, 'export-plan', 'export-whole');
  await click(page, 'back-home');
  await dropFiles(page, [whole, { name: '坏文件.rectify.json', text: '{"format": "rectify-plan", "version": 2, "content": ' }]);
  await waitView(page, 'returns');
  await itemRect(page, 'return-state-1'); // the bad file's row, with the loader's message
  await itemRect(page, 'returns-missing');
  // Each file is compared with the workspace in the office module: its row says so until then.
  await until(page, () => !window.rectify.state().returns.states.includes('comparing'));
  const rows = (await state(page)).returns;
  assert.deepEqual(rows.files, [whole.name, '坏文件.rectify.json']);
  assert.deepEqual(rows.units, ['青山市教育局', '']);
  assert.equal(rows.states[0], 'nothing', 'this workspace already has everything its own export holds');
  assert.match(rows.states[1], /^error: .*(不完整|截断)/, 'a damaged file says what is wrong with it');
  // The plan's lead departments, none of which has sent a return (the file came from the bureau).
  for (const d of ['基教科', '项目办', '人教科', '安信科']) assert.match(rows.missing, new RegExp(d));
  await screenshot(page, 'returns');

  // A unit's return among them: it is recognised by its office name and leaves the missing list.
  const { page: unit } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await nameOffice(unit, '项目办');
  await openPlan(unit);
  await ledgerEditTitle(unit, '增加主城区学位（项目办报送）');
  await click(unit, 'back-home');
  await openPlan(unit);
  const ret = await download(unit, 'export-plan', 'export-whole');
  // A second unit's return, another item edited: 合并全部无冲突 takes both, one after the other.
  const { page: unit2 } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await nameOffice(unit2, '安信科');
  await openPlan(unit2);
  await ledgerEditTitle(unit2, '安信科报送的措施', 1);
  await click(unit2, 'back-home');
  await openPlan(unit2);
  const ret2 = await download(unit2, 'export-plan', 'export-whole');
  await dropFiles(page, [ret, ret2]);
  await until(page, () => window.rectify.state().returns.states.length === 4 && !window.rectify.state().returns.states.includes('comparing'));
  const after = (await state(page)).returns;
  assert.deepEqual(after.units.slice(2), ['项目办', '安信科']);
  assert.deepEqual(after.states.slice(2), ['pending', 'pending']);
  assert.doesNotMatch(after.missing, /项目办|安信科/);
  await click(page, 'returns-merge-clean');
  await until(page, () => window.rectify.state().returns.states.slice(2).every((s) => s === 'merged'));
  assert.equal((await first(page)).title, '增加主城区学位（项目办报送）');
  const measures = live(live((await planAt(page, 0)).problems).flatMap((p) => live(p.measures)));
  assert.ok(measures.some((m) => m.title === '安信科报送的措施'), 'the second return merged too');
  // Each merge is one undo step: the last undone, the first stays.
  await page.keyboard.press('Control+z');
  await waitPlan(page, 0, (p) => !live(p.problems).flatMap((q) => live(q.measures)).some((m) => m.title === '安信科报送的措施'), 'second merge undone');
  assert.equal((await first(page)).title, '增加主城区学位（项目办报送）');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(unit.errors, []);
  assert.deepEqual(unit2.errors, []);
}));

test('a large file being read shows a progress bar until it is in', () => withApp(async ({ browser, url }) => {
  // The browser reads a dropped file in chunks and reports progress; here the page's FileReader
  // is slowed down (half the bytes, then a pause) so the app's progress line can be seen.
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await page.evaluate(() => {
    const Real = window.FileReader;
    window.FileReader = class extends Real {
      readAsArrayBuffer(blob) {
        setTimeout(() => this.onprogress && this.onprogress({ loaded: blob.size / 2, total: blob.size }), 10);
        setTimeout(() => super.readAsArrayBuffer(blob), 1500);
      }
    };
  });
  await openPlan(page);
  const whole = await download(page, 'export-plan', 'export-whole');
  await click(page, 'back-home');
  await dropFiles(page, [whole]);
  const bar = await itemRect(page, 'reading-files', 1400); // drawn while the file is read
  assert.ok(bar.w > 0);
  await until(page, () => window.rectify.state().merge.open); // then it goes to the merge preview
  assert.equal(await page.evaluate(() => window.rectify.itemRect('reading-files')), null, 'the bar is gone once read');
  assert.deepEqual(page.errors, []);
}));

// The outline's row for a problem or measure: area headings, problems and their measures, as
// plan_outline.cpp lays them out.
function outlineRow(plan, id) {
  let row = 0, area = null;
  for (const p of live(plan.problems)) {
    if (area === null || area !== p.area) { row++; area = p.area; }
    if (p.id === id) return row;
    row++;
    for (const m of live(p.measures)) { if (m.id === id) return row; row++; }
  }
  throw new Error(`no row for ${id}`);
}

// Select a row in the outline and press its ↑/↓ button `times` times.
async function stepInOutline(page, id, button, times) {
  await click(page, `outline-${outlineRow(await planAt(page, 0), id)}`);
  await until(page, (x) => { const n = window.rectify.state().nav; return n.problem === x || n.measure === x; }, id);
  for (let i = 0; i < times; i++) {
    const before = JSON.stringify(await planAt(page, 0));
    await click(page, button);
    await waitPlan(page, 0, (p) => JSON.stringify(p) !== before, `${id} ${button} ${i + 1}`);
  }
}

const order = (plan) => live(plan.problems).map((p) => `${p.id}:${live(p.measures).map((m) => m.id).join(',')}`).join(' ');

test('two offices reorder the same plan at once; after each takes the other\'s file both have every move, in one order',
  () => withApp(async ({ browser, url }) => {
    const { page: bureau } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    const { page: unit } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    await nameOffice(unit, '基教科');
    await openPlan(bureau);
    await openPlan(unit);
    assert.equal(order(await planAt(bureau, 0)), 'pr-1:m-1 pr-2:m-2 pr-3:m-3 pr-4:m-4 pr-5:m-5');

    // The unit puts (五) first; the bureau moves m-1 on into (二), then (二) down one.
    await stepInOutline(unit, 'pr-5', 'move-up', 4);
    assert.equal(order(await planAt(unit, 0)), 'pr-5:m-5 pr-1:m-1 pr-2:m-2 pr-3:m-3 pr-4:m-4');
    await stepInOutline(bureau, 'm-1', 'move-down', 1);
    await stepInOutline(bureau, 'pr-2', 'move-down', 1);
    assert.equal(order(await planAt(bureau, 0)), 'pr-1: pr-3:m-3 pr-2:m-1,m-2 pr-4:m-4 pr-5:m-5');
    const fromUnit = await download(unit, 'export-plan', 'export-whole');
    const fromBureau = await download(bureau, 'export-plan', 'export-whole');

    // Each drops the other's file: the moves come in as changes, never as questions.
    const want = 'pr-5:m-5 pr-1: pr-3:m-3 pr-2:m-1,m-2 pr-4:m-4';
    for (const [page, file] of [[bureau, fromUnit], [unit, fromBureau]]) {
      await click(page, 'back-home');
      assert.equal(await dropFiles(page, [file]), true);
      await until(page, () => window.rectify.state().merge.open);
      const preview = await mergeState(page);
      assert.equal(preview.conflicts, 0, JSON.stringify(preview));
      assert.ok(preview.changed >= 1, JSON.stringify(preview));
      await click(page, 'merge-accept');
      await until(page, () => !window.rectify.state().merge.open);
      assert.equal(order(await planAt(page, 0)), want);
    }

    // The bureau's order survives a reload.
    await until(bureau, () => window.rectify.state().save === 'saved');
    await bureau.reload();
    await waitReady(bureau);
    assert.equal(order(await planAt(bureau, 0)), want);
    assert.deepEqual(bureau.errors, []);
    assert.deepEqual(unit.errors, []);
  }));

test('the merge is not in the startup download: offline a return says so and nothing changes; online again it merges', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  let offline = true;
  const moduleRequests = [];
  // The page's own requests (the service worker precaches the module for offline use meanwhile).
  context.on('request', (r) => { if (!r.serviceWorker() && /\/office\/office\.(js|wasm)$/.test(r.url())) moduleRequests.push(r.url()); });
  await context.route('**/office/office.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const { openApp } = await import('./harness.mjs');
  const { page } = await openApp(browser, url, { context, query: `?today=${TODAY}` });
  await openPlan(page);
  const ret = await download(page, 'export-plan', 'export-whole');
  await ledgerEditTitle(page, '规范招生录取（导出后改过）');
  await click(page, 'back-home');
  assert.deepEqual(moduleRequests, [], 'nothing of the module before a return comes in');
  assert.equal(await page.evaluate(() => typeof window.createRectifyOffice), 'undefined');

  assert.equal(await dropFiles(page, [ret]), true);
  await until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
  assert.match((await state(page)).notice.text, /无法加载合并模块/);
  assert.equal((await mergeState(page)).open, false, 'no preview without the module');
  assert.equal((await first(page)).title, '规范招生录取（导出后改过）', 'nothing changed');

  offline = false;
  assert.equal(await dropFiles(page, [ret]), true);
  await until(page, () => window.rectify.state().merge.open);
  // The file is the plan as exported: the title changed since is the newer, nothing comes back.
  assert.deepEqual(await mergeState(page), { open: true, added: 0, changed: 0, deleted: 0, conflicts: 0, files: 2, merging: false });
  await click(page, 'merge-cancel');
  await until(page, () => !window.rectify.state().merge.open);
  assert.ok(moduleRequests.some((u) => u.endsWith('office.wasm')), moduleRequests.join(', '));
  assert.equal((await first(page)).title, '规范招生录取（导出后改过）');
  assert.deepEqual(page.errors.filter((e) => !/office|merge|Failed to load resource/i.test(e)), []);
}));
