#!/usr/bin/env node
// The plan package benchmark (issue 19): 200 evidence files of 3 MB (random bytes, 600 MB) in the
// store of one browser profile; the plan that references them exported as a package (导出 → 计划包)
// and imported into a second profile (dropped as a return, merged). For each it prints the time
// and the peaks of the page's JS heap (CDP Performance.getMetrics, sampled) and of the wasm heaps
// (the office module's HEAP8.length as web/office.js records it; the app's own), showing the
// package is not held twice. Also the time of the workspace's save (its serialisation through
// the test bridge, what autosave writes) with and without the 200 references.
// Usage: node bench/package/package.mjs [--files 200] [--mb 3]   (bench/package/run.sh builds first)
// Profiles are on disk (launchPersistentContext): an in-memory context's quota is too small.
// Headless Chromium cancels downloads of blobs over about 512 MB: the export is then measured up
// to the download, and the package imported is written by the CLI (build/native rectify pack).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import http from 'node:http';
import { chromium } from 'playwright-core';
import { startServer, waitReady, click, CHROMIUM_ARGS } from '../../tests/e2e/harness.mjs';
import { execFileSync } from 'node:child_process';
import { arg, ROOT } from '../browser_seed.mjs';

const FILES = Number(arg('--files', '200'));
const MB = Number(arg('--mb', '3'));
const TODAY = '2026-11-23';
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const live = (xs) => xs.filter((e) => !(e.meta && e.meta.deleted && e.meta.deleted.at));
const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const server = await startServer();
const dirs = [], contexts = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-bench-pkg-files-'));
dirs.push(work);
const filesDir = path.join(work, 'files');
fs.mkdirSync(filesDir);
let pkgPath = path.join(work, 'package.rectify.zip');
const side = http.createServer((req, res) => {
  const f = req.url === '/package.zip' ? pkgPath : path.join(filesDir, path.basename(req.url));
  if (!fs.existsSync(f)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*', 'content-length': fs.statSync(f).size });
  fs.createReadStream(f).pipe(res);
});
await new Promise((r) => side.listen(0, '127.0.0.1', r));
const sideUrl = `http://127.0.0.1:${side.address().port}/`;
async function profile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-bench-pkg-'));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, acceptDownloads: true,
    viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1,
  });
  contexts.push(context);
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', String(e)));
  await page.goto(server.url + `?today=${TODAY}`);
  await waitReady(page, 120000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

// Runs fn while sampling the JS heap (CDP) every 100 ms; returns [result, ms, peak JS heap].
async function measured(p, fn) {
  let peak = 0, running = true;
  const sample = async () => {
    while (running) {
      const { metrics } = await p.cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
      if (used) peak = Math.max(peak, used.value);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sampler = sample();
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  running = false;
  await sampler;
  return [result, ms, peak];
}

const appHeap = (page) => page.evaluate(() => rectifyHost.module.HEAP8.length);
// What autosave writes: the workspace serialised (median of 5, through the test bridge).
const saveMs = (page) => page.evaluate(() => {
  const t = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    rectifyHost.module.ccall('rectify_workspace_json', 'string', [], []);
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[2];
});

try {
  const a = await profile();
  await click(a.page, 'open-0');
  const [plainDl] = await Promise.all([a.page.waitForEvent('download'), (async () => { await click(a.page, 'export-plan'); await click(a.page, 'export-whole'); })()]);
  const file = JSON.parse(fs.readFileSync(await plainDl.path(), 'utf8'));
  await click(a.page, 'back-home');

  // The files: random bytes written here, served by a server of its own (a route through the
  // DevTools pipe is limited to 100 MB), fetched by the page one at a time into the store.
  const t0 = performance.now();
  const refs = [];
  for (let i = 0; i < FILES; i++) {
    const b = crypto.randomBytes(MB << 20);
    const sha = sha256(b);
    fs.writeFileSync(path.join(filesDir, sha), b);
    refs.push({ sha, size: b.length });
  }
  await a.page.evaluate(async ({ base, list }) => {
    await new Promise((r) => { const w = () => (rectifyEvidence.ready ? r() : setTimeout(w, 50)); w(); });
    for (const { sha } of list) await rectifyEvidence.putBytes(sha, await (await fetch(base + 'files/' + sha)).blob(), 'image/jpeg');
  }, { base: sideUrl, list: refs });
  console.log(`store: ${FILES} files of ${MB} MB made and put in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const saveWithout = await saveMs(a.page);
  // The plan file with the references (on the first measure), merged in as a return would be.
  const measure = live(live(file.content.plans[0].problems)[0].measures)[0];
  refs.forEach((r, i) => measure.evidence.push({ id: `bench-${i}`, name: `照片${i}.jpg`, note: '',
    file: { sha256: r.sha, name: `照片${i}.jpg`, type: 'image/jpeg', size: r.size }, meta: { created: measure.meta.created } }));
  const text = JSON.stringify({ ...file, checksum: `sha256:${sha256(canonical(file.content))}` });
  await a.page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'refs.rectify.json'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, text);
  await a.page.waitForFunction(() => window.rectify.state().merge.open, null, { timeout: 60000 });
  await click(a.page, 'merge-accept');
  await a.page.waitForFunction(() => !window.rectify.state().merge.open);
  const saveWith = await saveMs(a.page);
  console.log(`autosave (serialisation through the bridge, median of 5): ${saveWithout.toFixed(1)} ms without, ${saveWith.toFixed(1)} ms with ${FILES} references`);

  // Export.
  await click(a.page, 'open-0');
  const [dl, exportMs, exportJs] = await measured(a, async () => {
    const [d] = await Promise.all([a.page.waitForEvent('download', { timeout: 600000 }),
      (async () => { await click(a.page, 'export-plan'); await click(a.page, 'export-package'); })()]);
    return d;
  });
  const stream = await a.page.evaluate(() => rectifyOffice.streams[rectifyOffice.streams.length - 1]);
  console.log(`export: ${mb(stream.size)} package made in ${(exportMs / 1000).toFixed(1)} s from the click to the download ` +
    `(module ${(stream.ms / 1000).toFixed(1)} s); peak JS heap ${mb(exportJs)}, office module heap ${mb(stream.peak)}, ` +
    `app heap ${mb(await appHeap(a.page))}`);
  const failure = await dl.failure();
  if (failure) {
    // Headless Chromium cancels the download of a blob over about 512 MB (a browser limit, not the
    // page's: a plain Blob of 530 MB made of 1 MB parts is canceled the same way). The package to
    // import is then written by the CLI from the same plan and files.
    console.log(`  (the browser's download was ${failure}: the package to import is written by rectify pack)`);
    fs.writeFileSync(path.join(work, 'plan.rectify.json'), text);
    execFileSync(path.join(ROOT, 'build/native/src/cli/rectify'), ['pack', path.join(work, 'plan.rectify.json'), '--files', filesDir, '-o', pkgPath]);
  } else {
    pkgPath = await dl.path();
  }
  const pkgSize = fs.statSync(pkgPath).size;

  // Import into a second profile: the package dropped as a return, then merged.
  const b = await profile();
  const pkgUrl = sideUrl + 'package.zip';
  const [, importMs, importJs] = await measured(b, async () => {
    await b.page.evaluate(async (u) => {
      const blob = await (await fetch(u)).blob(); // a Blob: not in the JS heap
      const dt = new DataTransfer();
      dt.items.add(new File([blob], 'bench.rectify.zip'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, pkgUrl);
    await b.page.waitForFunction(() => window.rectify.state().merge.open, null, { timeout: 600000, polling: 200 });
  });
  const last = await b.page.evaluate(() => rectifyOffice.last);
  await click(b.page, 'merge-accept');
  await b.page.waitForFunction(() => !window.rectify.state().merge.open);
  const storedB = await b.page.evaluate(() => rectifyEvidence.known.size);
  console.log(`import: ${(importMs / 1000).toFixed(1)} s to the merge preview (module ${(last.ms / 1000).toFixed(1)} s, ${last.files} files stored, ` +
    `${storedB} in the store after the merge); peak JS heap ${mb(importJs)}, office module heap ${mb(last.peak)} ` +
    `(the package is ${mb(pkgSize)}: held once), app heap ${mb(await appHeap(b.page))}`);
} catch (e) {
  console.error('bench: failed:', e);
  for (const c of contexts)
    for (const p of c.pages())
      console.error('  page state:', JSON.stringify(await p.evaluate(() => ({ streams: rectifyOffice.streams, last: rectifyOffice.last,
        notice: window.rectify.state().notice })).catch((x) => String(x))));
  process.exitCode = 1;
} finally {
  for (const c of contexts) await c.close().catch(() => {});
  await server.close();
  side.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}
