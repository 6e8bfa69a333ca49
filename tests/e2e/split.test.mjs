// The split program (issue 23): rectify.wasm holds only the functions the start and the views a
// start shows run (src/app/split/startup-functions.txt); the rest is rectify.deferred.wasm, whose
// bytes the boot script fetches once the first half is compiled and web/loader.js compiles after the first
// frame and joins to the running program. These tests check that the start and those views need
// nothing from the deferred module (else the list is stale: renew it with
// `node scripts/split_profile.mjs`), that its code works once in, that a deferred function reached
// before it is in is loaded at once, and that a module that cannot be had is said in words, not as
// a wasm trap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, waitReady, waitSettled, click } from './harness.mjs';
import { until } from './plan_helpers.mjs';

// Every console.warn of the page (Emscripten's "placeholder function called: N" goes there, through
// loader.js's printErr), kept from the first script on.
function keepWarnings() {
  window.__warns = [];
  const warn = console.warn;
  console.warn = (...a) => { window.__warns.push(a.map(String).join(' ')); warn.apply(console, a); };
}
const warnings = (page) => page.evaluate(() => window.__warns.slice());
const mark = (page, name) => page.evaluate((n) => {
  const m = performance.getEntriesByName(`rectify:${n}`)[0];
  return m ? m.startTime : null;
}, name);

// Opens 从文本导入… from the home view: code no start runs, so in the deferred module.
async function openTextImport(page) {
  await click(page, 'text-import-open');
  await until(page, () => window.rectify.state().textImport.open);
}

test('the start and the views a start shows run no deferred function; the deferred module comes after the first frame and its code works', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?today=2026-11-23', init: keepWarnings });
  await waitSettled(page);
  for (const id of ['open-0', 'open-ledger', 'back-home']) await click(page, id);
  let w = await warnings(page);
  assert.deepEqual(w.filter((s) => /placeholder function called|needed at once/.test(s)), [],
    'the start needed deferred functions: renew src/app/split/startup-functions.txt (node scripts/split_profile.mjs)');
  await page.waitForFunction(() => performance.getEntriesByName('rectify:deferred-in').length > 0, null, { timeout: 30000 });
  const first = await mark(page, 'first-frame'), inAt = await mark(page, 'deferred-in');
  assert.ok(first !== null && inAt > first, `the deferred module came after the first frame (${first}, ${inAt} ms)`);

  await openTextImport(page); // code no start runs
  w = await warnings(page);
  assert.deepEqual(w.filter((s) => /placeholder function called/.test(s)), [], 'every call went to the loaded module');

  // A returning user's start (settings, layout, the ledger view and the workspace stored) needs none either.
  await page.keyboard.press('Escape');
  await click(page, 'open-0');
  await click(page, 'open-ledger');
  await until(page, () => window.rectify.state().save === 'saved');
  await page.reload();
  await waitReady(page);
  await waitSettled(page);
  w = await warnings(page);
  assert.deepEqual(w.filter((s) => /placeholder function called|needed at once/.test(s)), [], w.join('\n'));
  assert.deepEqual(page.errors, []);
}));

test('a deferred function reached before the module is in: read synchronously, and the call goes on', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  let asked = 0;
  // The boot's request fails; the synchronous one after it is served.
  await context.route('**/rectify.deferred.wasm', (route) => (++asked === 1 ? route.abort('failed') : route.continue()));
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23', init: keepWarnings });
  await waitSettled(page);
  await until(page, () => window.__warns.some((s) => s.includes('not loaded ahead')));
  assert.equal(await mark(page, 'deferred-in'), null);

  await openTextImport(page);
  const w = await warnings(page);
  assert.ok(w.some((s) => /placeholder function called/.test(s)), w.join('\n'));
  assert.ok(w.some((s) => /rectify\.deferred\.wasm needed at once/.test(s)), w.join('\n'));
  assert.notEqual(await mark(page, 'deferred-in'), null);
  assert.equal(asked, 2);
  assert.equal(await page.evaluate(() => window.rectify.lastFatal), null);
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), [], 'only the failed request');
}));

test('a deferred module that cannot be had: the page says the program could not be loaded when its code is needed', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.route('**/rectify.deferred.wasm', (route) => route.abort('failed'));
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23', init: keepWarnings });
  await waitSettled(page);
  await until(page, () => window.__warns.some((s) => s.includes('not loaded ahead')));
  await click(page, 'text-import-open', { settle: false });
  await until(page, () => window.rectify.lastFatal);
  const fatal = await page.evaluate(() => window.rectify.lastFatal);
  assert.match(fatal, /无法下载或启动整改通。/);
  assert.match(fatal, /Rectify could not be downloaded or started\./);
}));
