#!/usr/bin/env node
// Writes src/app/split/startup-functions.txt: the functions rectify.wasm keeps when the build splits
// the program (scripts/split_wasm.py); everything else is in rectify.deferred.wasm. Until that module
// is in, the app only starts and draws its loading state, with no input (web/loader.js,
// platform::deferred_code_ready): those functions are the list. It comes from a profile of the
// running app: the build's instrumented module (build/web/split/rectify.instrumented.wasm records
// which functions ran) is served as rectify.wasm, the deferred module's request never answered, and
// headless Chromium starts the app on a desktop and a phone, new and returning (its settings and
// workspace stored by a first visit), clicks, taps and types on the loading
// screen (SDL's handlers take the events before the app drops them), resizes it, lets the full
// font arrive and asks what the tests' bridge asks (window.rectify.state() and the like); then the
// module writes its profile. Renew the list when the start changes (tests/e2e/split.test.mjs says so),
// then rebuild: `cmake --build --preset web --target rectify_site`.
// Usage: node scripts/split_profile.mjs [--site DIR] [--split DIR] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openApp, click } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const SITE = path.resolve(arg('--site', path.join(ROOT, 'build/web/site')));
const SPLIT = path.resolve(arg('--split', path.join(ROOT, 'build/web/split')));
const OUT = path.resolve(arg('--out', path.join(ROOT, 'src/app/split/startup-functions.txt')));
const FEATURES = ['--enable-mutable-globals', '--enable-exception-handling', '--enable-bulk-memory', '--enable-sign-ext'];

// The site with the instrumented module, and no deferred one (the instrumented module has it all).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-split-'));
const site = path.join(work, 'site');
fs.cpSync(SITE, site, { recursive: true });
fs.copyFileSync(path.join(SPLIT, 'rectify.instrumented.wasm'), path.join(site, 'rectify.wasm'));
fs.rmSync(path.join(site, 'rectify.deferred.wasm'), { force: true });

// The instance whose exports can write the profile (the page's other modules cannot).
function keepInstance() {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (...a) {
    const r = await instantiate.apply(this, a);
    const inst = r.instance || r;
    if (inst.exports && inst.exports.__write_profile) window.__profiled = inst;
    return r;
  };
}

// An empty module as the deferred half: the instrumented module has every function, and the app
// opens as usual once "the deferred half" is in.
const EMPTY_WASM = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]);

// `returning`: a first visit opens a plan and its ledger (the app keeps the view, the workspace,
// the window layout), and the profile is of the start after it.
async function profile(browser, url, name, options, query = '', returning = false) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  let hold = !returning;
  await context.route('**/rectify.deferred.wasm', (route) => {
    if (!hold) route.fulfill({ status: 200, contentType: 'application/wasm', body: EMPTY_WASM });
    // else never answered: the loading state stays
  });
  const { page } = await openApp(browser, url, { context, init: keepInstance, waitReady: !hold, query });
  if (returning) {
    for (const id of ['open-0', 'open-ledger']) await click(page, id);
    await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 30000, polling: 50 });
    hold = true;
    await page.reload({ waitUntil: 'commit' });
  }
  await page.waitForFunction(() => window.rectify && (window.rectify.ready || window.rectify.lastFatal), null, { timeout: 60000 });
  if (await page.evaluate(() => window.rectify.lastFatal)) throw new Error(`${name}: the app failed to start`);
  // What the tests' bridge asks while it waits, and the full font, merged in a frame.
  await page.waitForFunction(() => {
    const s = window.rectify.state();
    window.rectify.settled(); window.rectify.idle(); window.rectify.items(); window.rectify.frameTimes();
    return s.fullFont !== 'pending';
  }, null, { timeout: 60000, polling: 50 });
  const { width, height } = options.viewport;
  // Input on the loading screen: the app drops it, but SDL's handlers (wasm) take it first.
  if (options.hasTouch) {
    await page.touchscreen.tap(width / 2, height / 2);
  } else {
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.click(width / 3, height / 3);
    await page.mouse.click(width / 3, height / 3, { button: 'right' });
    await page.mouse.wheel(0, 120);
  }
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+V');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  // A phone turned, a window resized, and drawn (typed keys wait in their queue: never "settled").
  for (const size of [{ width: height, height: width }, { width, height }]) {
    const frames = await page.evaluate(() => window.rectify.state().frames);
    await page.setViewportSize(size);
    await page.waitForFunction((f) => window.rectify.state().frames > f + 2, frames,
      { timeout: 30000, polling: 50 });
  }
  if ((await page.evaluate(() => window.rectify.state().save)) !== 'loading') throw new Error(`${name}: the loading state ended`);
  const bytes = await page.evaluate(() => {
    const e = window.__profiled.exports;
    const size = 1 << 20, at = e.malloc(size);
    const n = e.__write_profile(at, size);
    return Array.from(new Uint8Array(e.memory.buffer, at, n));
  });
  await context.close();
  const file = path.join(work, `${name}.profile`);
  fs.writeFileSync(file, Buffer.from(bytes));
  console.log(`${name}: profile of ${bytes.length} bytes`);
  return file;
}

const server = await startServer(site);
const browser = await launch();
let files;
try {
  // The tests start the app on a given day (?today=): that is read at the start too.
  const desktop = { viewport: { width: 1280, height: 800 } };
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  files = [
    await profile(browser, server.url, 'desktop', desktop),
    await profile(browser, server.url, 'desktop-today', desktop, '?today=2026-11-23'), // as the tests start it
    await profile(browser, server.url, 'phone', phone, '?today=2026-11-23'),
    await profile(browser, server.url, 'desktop-returning', desktop, '', true),
    await profile(browser, server.url, 'phone-returning', phone, '', true),
  ];
} finally {
  await browser.close();
  await server.close();
}
const merged = path.join(work, 'merged.profile');
execFileSync('wasm-split', ['--merge-profiles', ...files, '-o', merged]);
const log = execFileSync('wasm-split', [...FEATURES, '--export-prefix=%', path.join(SPLIT, 'rectify.orig.wasm'),
  '-o1', path.join(work, 'p.wasm'), '-o2', path.join(work, 'd.wasm'), `--profile=${merged}`, '-v'],
{ encoding: 'utf8', maxBuffer: 1 << 28 });
const line = log.split('\n').find((l) => l.startsWith('Keeping functions: '));
if (!line) throw new Error('wasm-split printed no list of kept functions');
const names = line.slice('Keeping functions: '.length).split(', ').filter(Boolean).sort();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, [
  '# The functions rectify.wasm keeps (issue 23): written by scripts/split_profile.mjs from a profile of',
  '# the start and the loading state; scripts/split_wasm.py puts every other function in',
  '# rectify.deferred.wasm. Names as wasm-split prints them. Do not edit by hand.',
  ...names, ''].join('\n'));
console.log(`${path.relative(ROOT, OUT)}: ${names.length} functions kept, of ${fs.statSync(path.join(work, 'p.wasm')).size} bytes`);
fs.rmSync(work, { recursive: true, force: true });
