#!/usr/bin/env node
// Writes src/app/split/startup-functions.txt: the functions rectify.wasm keeps when the build splits
// the program (scripts/split_wasm.py); everything else is in rectify.deferred.wasm, compiled after
// the first frame (web/loader.js). The list comes from a profile of the running app: the build's
// instrumented module (build/web/split/rectify.instrumented.wasm records which functions ran) is
// served as rectify.wasm, and headless Chromium starts the app on a desktop and a phone, new and
// returning, and walks the views a start can show (home, a plan, its ledger); then the module
// writes its profile. Renew the list when the start or those views change (tests/e2e/split.test.mjs
// says so), then rebuild: `cmake --build --preset web --target rectify_site`.
// Usage: node scripts/split_profile.mjs [--site DIR] [--split DIR] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openApp, waitReady, waitSettled, click } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const SITE = path.resolve(arg('--site', path.join(ROOT, 'build/web/site')));
const SPLIT = path.resolve(arg('--split', path.join(ROOT, 'build/web/split')));
const OUT = path.resolve(arg('--out', path.join(ROOT, 'src/app/split/startup-functions.txt')));

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

// An empty module as the deferred half: the instrumented module has every function.
const EMPTY_WASM = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]);

// A start, and the views a start can show (the app reopens the view it was left on): home, a
// plan, its ledger. `returning`: after a first visit that left the ledger open (the workspace,
// the view and the window layout stored), the profile is of the next start.
async function profile(browser, url, name, options, query = '', returning = false) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  await context.route('**/rectify.deferred.wasm', (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: EMPTY_WASM }));
  const { page } = await openApp(browser, url, { context, init: keepInstance, query });
  await waitSettled(page);
  if (returning) {
    for (const id of ['open-0', 'open-ledger']) await click(page, id);
    await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 30000, polling: 50 });
    await page.reload();
    await waitReady(page);
    await waitSettled(page);
  } else {
    for (const id of ['open-0', 'open-ledger', 'back-home']) await click(page, id);
  }
  // A phone turned, a window resized.
  const { width, height } = options.viewport;
  for (const size of [{ width: height, height: width }, { width, height }]) {
    await page.setViewportSize(size);
    await waitSettled(page);
  }
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
// The names this profile keeps, split as the build splits (scripts/split_wasm.py: features, prefix).
const kept = execFileSync('python3', [path.join(ROOT, 'scripts/split_wasm.py'), '--kept', path.join(SPLIT, 'rectify.orig.wasm'),
  merged, 'wasm-split'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const names = kept.split('\n').filter(Boolean).sort();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, [
  '# The functions rectify.wasm keeps (issue 23): written by scripts/split_profile.mjs from a profile of',
  '# the start and the views a start shows; scripts/split_wasm.py puts every other function in',
  '# rectify.deferred.wasm. Names as wasm-split prints them. Do not edit by hand.',
  ...names, ''].join('\n'));
console.log(`${path.relative(ROOT, OUT)}: ${names.length} functions kept`);
fs.rmSync(work, { recursive: true, force: true });
