#!/usr/bin/env node
// The core benchmark's browser half and its report (bench/core/run.sh runs the native half first).
// Serves build/web/bench-site/core (index.html + the wasm core + the plan file), opens it in
// headless Debian Chromium, reads window.benchResult, and prints the issue-3 targets side by side
// with the native figures: PASS or MISS per target. Writes everything to result.json in the site.
// Usage: node bench/core/browser.mjs --native-load FILE --native-save FILE [--site DIR] [--runs N]
//   FILE: the "RESULT {…}" line of rectify_bench_load (10,000 and 1,000 measures).
// Exit 0 also on a missed target (figures, not a gate); 1 only when the measurement broke.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const SITE = path.resolve(arg('--site', path.join(ROOT, 'build/web/bench-site/core')));
const RUNS = Math.max(1, Number(arg('--runs', '5')));
const readResult = (file) => JSON.parse(fs.readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('RESULT ')).slice(7));
const nativeLoad = readResult(arg('--native-load'));
const nativeSave = readResult(arg('--native-save'));

// Issue 3's targets, and issue 23's: load no slower than the browser's own JSON.parse of the same
// file, native load at 150 MB/s or more.
const TARGETS = { loadMs: 1000, loadRatio: 2.5, saveMs: 20, heapBytes: 128 * 1024 * 1024, mergeMs: 5000, parseRatio: 1.0, nativeMBps: 150 };
const CHROMIUM_ARGS = [ // TOOLCHAIN.md; no WebGL needed here
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const server = createServer(SITE);
await new Promise((resolve, reject) => { server.on('error', reject); server.listen(0, '127.0.0.1', resolve); });
const url = `http://127.0.0.1:${server.address().port}/index.html?file=plan-10000.json&runs=${RUNS}&save_measures=1000`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
let r;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 600000, polling: 200 });
  r = await page.evaluate(() => window.benchResult);
  if (r.error || errors.length) {
    console.error('bench: the page failed:', r.error || '', errors.join('\n'));
    process.exit(1);
  }
} finally {
  await browser.close();
  server.close();
}

const MB = (b) => (b / 1e6).toFixed(1) + ' MB';
const MiB = (b) => (b / 1048576).toFixed(1) + ' MiB';
const ms = (x) => x.toFixed(1) + ' ms';
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const ratio = r.loadMs / nativeLoad.load_ms;
const nativeMBps = nativeLoad.bytes / 1e6 / (nativeLoad.load_ms / 1e3); // decimal MB, as the target
if (nativeLoad.bytes !== r.fileBytes) console.error(`bench: warning: native file ${nativeLoad.bytes} bytes, browser ${r.fileBytes}`);

console.log(`\nCore benchmark (issue 3) — ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
console.log(`browser: ${r.userAgent}`);
console.log(`plan file: ${r.measures} measures, ${MB(r.fileBytes)}; medians over ${RUNS} runs (browser), ${nativeLoad.runs} (native)\n`);
const rows = [
  ['load 10,000-measure file, browser (wasm)', ms(r.loadMs), `≤ ${TARGETS.loadMs} ms`, verdict(r.loadMs <= TARGETS.loadMs)],
  ['load, native (same code, g++ -O2)', ms(nativeLoad.load_ms), '', ''],
  ['load, native, MB/s', nativeMBps.toFixed(0) + ' MB/s', `≥ ${TARGETS.nativeMBps} MB/s`, verdict(nativeMBps >= TARGETS.nativeMBps)],
  ['load, browser / native', ratio.toFixed(2) + '×', `≤ ${TARGETS.loadRatio}×`, verdict(ratio <= TARGETS.loadRatio)],
  ["the browser's JSON.parse of the same file", ms(r.jsonParseMs), '(comparison)', ''],
  ['load, wasm / JSON.parse', (r.loadMs / r.jsonParseMs).toFixed(2) + '×', `≤ ${TARGETS.parseRatio}×`, verdict(r.loadMs <= TARGETS.parseRatio * r.jsonParseMs)],
  [`save ${r.saveMeasures}-measure workspace, browser (${MB(r.saveBytes)}, median of ${r.saveRuns})`, ms(r.saveMs), `≤ ${TARGETS.saveMs} ms`, verdict(r.saveMs <= TARGETS.saveMs)],
  ['  the first of them (before V8 optimises the code)', ms(r.firstSaveMs), '', ''],
  ['save, native', ms(nativeSave.save_ms), '', ''],
  ['wasm heap after loading 10,000 measures', MiB(r.heapAfterLoad), `≤ ${MiB(TARGETS.heapBytes)}`, verdict(r.heapAfterLoad <= TARGETS.heapBytes)],
  ['  of which in use (mallinfo)', MiB(r.liveAfterLoad), '', ''],
  [`  after all ${RUNS} loads`, MiB(r.heapAfterAllLoads), '', ''],
  [`merge 100 returns x 100 measures, browser (load + merge, ${r.mergeChanged} changes, ${r.mergeConflicts} conflicts)`,
    ms(r.mergeMs), `≤ ${TARGETS.mergeMs} ms`, verdict(r.mergeMs <= TARGETS.mergeMs)],
];
const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(`${row[0].padEnd(w[0])}  ${row[1].padStart(w[1])}  ${row[2].padEnd(w[2])}  ${row[3]}`);
console.log(`\nbrowser load runs: ${r.loadRunsMs.map((x) => x.toFixed(0)).join(', ')} ms; JSON.parse runs: ${r.parseRunsMs.map((x) => x.toFixed(0)).join(', ')} ms`);

const out = path.join(SITE, 'result.json');
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, loadavg: os.loadavg(), browser: r, nativeLoad, nativeSave, targets: TARGETS }, null, 1));
console.log(`written: ${path.relative(ROOT, out)}`);
