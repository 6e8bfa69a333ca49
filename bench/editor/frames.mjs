#!/usr/bin/env node
// The editor benchmark's browser half. Puts a 1,000-measure workspace into the app's storage,
// opens its plan in the editor with a measure selected, then acts like a user (hovering and
// clicking down the outline, scrolling it, typing in a field) and reads each frame's CPU time
// from the app (window.rectify.frameTimes(): views + ImGui + GL submission, measured in C++).
// Also: does a keystroke show in the very next frame, and how long after the key event.
// Usage: node bench/editor/frames.mjs --file PLAN.json [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startServer, waitReady, itemRect } from '../../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const FILE = path.resolve(arg('--file', path.join(ROOT, 'build/bench-editor/plan-1000.json')));
const RUNS = Math.max(1, Number(arg('--runs', '3')));
const TARGET_FRAME_MS = 4;

const text = fs.readFileSync(FILE, 'utf8');
const ws = JSON.parse(text).content;
const plan = ws.plans[0];
const measures = plan.problems.reduce((n, p) => n + p.measures.length, 0);
const problem = plan.problems[Math.floor(plan.problems.length / 2)];
const nav = `plan|${plan.id}|${problem.id}|${problem.measures[0].id}|0`;

const server = await startServer();
const browser = await launch();
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const all = [], keyLatency = [];
let nextFrame = 0, keys = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.route('**/__bench/plan.json', (r) => r.fulfill({ body: text, contentType: 'application/json' }));
    await page.goto(server.url);
    await waitReady(page);
    await page.evaluate(async (navValue) => {
      const body = await (await fetch('__bench/plan.json')).text();
      await new Promise((resolve, reject) => {
        const req = indexedDB.open('rectify', 1);
        req.onsuccess = () => {
          const tx = req.result.transaction('workspace', 'readwrite');
          tx.objectStore('workspace').put({ rev: 10, text: body }, 'current');
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        };
      });
      localStorage.setItem('rectify.nav', navValue);
    }, nav);
    await page.reload();
    await waitReady(page, 120000);
    const st = await page.evaluate(() => window.rectify.state());
    if (st.view !== 'plan') throw new Error(`the editor did not open: ${JSON.stringify(st)}`);
    await itemRect(page, 'measure-title');
    await page.waitForTimeout(800); // let the first frames settle
    await page.evaluate(() => window.rectify.frameTimes()); // drop them

    // Hover and click down the outline, scroll it: every event renders a frame.
    const rows = await itemRect(page, 'outline-3');
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(rows.x + 40, rows.y + (i % 20) * rows.h);
      if (i % 5 === 0) await page.mouse.click(rows.x + 40, rows.y + (i % 20) * rows.h);
    }
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? 300 : -300);
    // Type into the measure's title: each key's frame, and when it showed.
    await itemRect(page, 'measure-title');
    const title = await itemRect(page, 'measure-title');
    await page.mouse.click(title.x + title.w - 10, title.y + title.h / 2);
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    for (const ch of 'abcdefghij') {
      const before = await page.evaluate(() => ({ frames: window.rectify.state().frames, t: performance.now() }));
      await page.keyboard.type(ch);
      const seen = await page.waitForFunction((c) => {
        const t = window.rectify.activeText();
        return t !== null && t.endsWith(c) ? window.rectify.state().frames : false;
      }, ch, { polling: 'raf', timeout: 5000 });
      const at = await seen.jsonValue();
      const frames = await page.evaluate(() => window.rectify.frameTimes());
      all.push(...frames.map((f) => f[1]));
      const first = frames.find((f) => f[0] > before.frames);
      keys++;
      if (first && at === first[0]) nextFrame++;
      if (first) keyLatency.push(first[2] - before.t);
    }
    all.push(...(await page.evaluate(() => window.rectify.frameTimes())).map((f) => f[1]));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (x) => x.toFixed(2) + ' ms';
const median = pct(all, 0.5), p95 = pct(all, 0.95), max = Math.max(...all);
console.log(`editor frames, ${measures} measures, ${all.length} frames over ${RUNS} runs`);
console.log(`  frame CPU   median ${f(median)}  p95 ${f(p95)}  max ${f(max)}   target <= ${TARGET_FRAME_MS} ms (p95): ${p95 <= TARGET_FRAME_MS ? 'PASS' : 'MISS'}`);
console.log(`  keystrokes  ${nextFrame}/${keys} shown in the next frame: ${nextFrame === keys ? 'PASS' : 'MISS'}`);
console.log(`  key event to end of that frame: median ${f(pct(keyLatency, 0.5))}  max ${f(Math.max(...keyLatency))} (includes the test driver's round trip)`);
const out = path.join(ROOT, 'bench/results/editor.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ measures, frames: all.length, median, p95, max, nextFrame, keys,
  keyLatencyMedian: pct(keyLatency, 0.5) }, null, 2));
