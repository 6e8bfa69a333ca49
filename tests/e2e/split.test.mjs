// The split program (issue 23): rectify.wasm holds only the functions the start and the loading
// state run (src/app/split/startup-functions.txt); the rest is rectify.deferred.wasm, which the boot
// script fetches and compiles behind the first half and web/loader.js puts into the running
// program. These tests check that the start needs nothing from the deferred module (else the list
// is stale: renew it with `node scripts/split_profile.mjs`), that the app takes no input until it is
// in, that its code works once in, and that a deferred module that cannot be had is said in words,
// not as a wasm trap.
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

test('the start runs no deferred function; once the deferred module is in, the workspace opens and its code works', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?today=2026-11-23', init: keepWarnings });
  await waitSettled(page);
  const first = await mark(page, 'first-frame'), inAt = await mark(page, 'deferred-in'), shown = await mark(page, 'workspace');
  assert.ok(first !== null && inAt !== null && shown > inAt, `first frame ${first}, deferred in ${inAt}, workspace ${shown} ms`);
  let w = await warnings(page);
  assert.deepEqual(w.filter((s) => /placeholder function called|needed synchronously/.test(s)), [],
    'the start needed deferred functions: renew src/app/split/startup-functions.txt (node scripts/split_profile.mjs)');

  // The views, then code no start runs.
  for (const id of ['open-0', 'open-ledger', 'back-home']) await click(page, id);
  await openTextImport(page);
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
  assert.deepEqual(w.filter((s) => /placeholder function called|needed synchronously/.test(s)), [], w.join('\n'));
  assert.deepEqual(page.errors, []);
}));

test('until the deferred module is in, the app shows its loading state and takes no input; then it opens as usual', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/rectify.deferred.wasm', async (route) => { await held; await route.continue(); });
  // The page's load event waits on the held request: not openApp's goto.
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.addInitScript(keepWarnings);
  await page.goto(`${url}?today=2026-11-23`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.rectify && window.rectify.ready, null, { timeout: 60000 });
  const frames = (await page.evaluate(() => window.rectify.state())).frames;
  // A click and keys on the loading screen, where the home view's buttons will be.
  await page.mouse.click(640, 400);
  await page.keyboard.type('abc');
  await page.waitForFunction((f) => window.rectify.state().frames > f + 2, frames, { timeout: 30000, polling: 50 });
  let s = await page.evaluate(() => window.rectify.state());
  assert.equal(s.save, 'loading');
  assert.equal(await mark(page, 'deferred-in'), null);

  release();
  await page.waitForFunction(() => window.rectify.state().save !== 'loading', null, { timeout: 30000, polling: 50 });
  await waitSettled(page);
  s = await page.evaluate(() => window.rectify.state());
  assert.equal(s.plans.length, 1, 'the sample plan, nothing the early click could have made');
  const w = await warnings(page);
  assert.deepEqual(w.filter((x) => /placeholder function called|needed synchronously/.test(x)), [], w.join('\n'));
  await openTextImport(page);
  assert.equal(await page.evaluate(() => window.rectify.lastFatal), null);
  assert.deepEqual(page.errors, []);
}));

test('a deferred module that cannot be had: the page says the program could not be loaded', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.route('**/rectify.deferred.wasm', (route) => route.abort('failed'));
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23', init: keepWarnings, waitReady: false });
  await until(page, () => window.rectify.lastFatal);
  const fatal = await page.evaluate(() => window.rectify.lastFatal);
  assert.match(fatal, /无法下载或启动整改通。/);
  assert.match(fatal, /Rectify could not be downloaded or started\./);
}));
