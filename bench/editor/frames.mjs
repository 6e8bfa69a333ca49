#!/usr/bin/env node
// The editor benchmark's browser half. Puts a 1,000-measure workspace into the app's storage,
// opens its plan in the editor with a measure selected, then acts like a user (hovering and
// clicking down the outline, scrolling it, typing in a field) and reads each frame's CPU time
// from the app (window.rectify.frameTimes(): views + ImGui + GL submission, measured in C++).
// Also: does a keystroke show in the very next frame, and how long after the key event.
// Usage: node bench/editor/frames.mjs --file PLAN.json [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, waitReady, itemRect } from '../../tests/e2e/harness.mjs';
import { ROOT, arg, pct, newBenchPage, openSeeded } from '../browser_seed.mjs';

const FILE = path.resolve(arg('--file', path.join(ROOT, 'build/bench-editor/plan-1000.json')));
const RUNS = Math.max(1, Number(arg('--runs', '3')));
const TARGET_FRAME_MS = 4;

const text = fs.readFileSync(FILE, 'utf8');
const ws = JSON.parse(text).content;
const plan = ws.plans[0];
const measures = plan.problems.reduce((n, p) => n + p.measures.length, 0);
const problem = plan.problems[0];
const nav = `plan|${plan.id}|${problem.id}|${problem.measures[0].id}|0`;

const server = await startServer();
const browser = await launch();
const cold = [], warm = [], keyLatency = [], views = [], baseline = [];
let nextFrame = 0, keys = 0;

// One pass of what a user does: hover and click down the outline, scroll it, type in a field.
async function pass(page, out, typed) {
  await page.evaluate(() => window.rectify.frameTimes()); // drop what came before
  const rows = await itemRect(page, 'outline-3');
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(rows.x + 40, rows.y + (i % 20) * rows.h);
    if (i % 5 === 0) await page.mouse.click(rows.x + 40, rows.y + (i % 20) * rows.h);
  }
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? 300 : -300);
  await page.waitForTimeout(100);
  const title = await itemRect(page, 'measure-title');
  await page.mouse.click(title.x + title.w - 10, title.y + title.h / 2);
  await page.keyboard.press('End');
  await page.waitForTimeout(100);
  const settled = await page.evaluate(() => window.rectify.frameTimes());
  out.push(...settled.map((f) => f[1]));
  views.push(...settled.map((f) => f[4]));
  let len = settled.length ? settled[settled.length - 1][3] : -1; // bytes in the field so far
  for (const ch of typed) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(60);
    const keyAt = await page.evaluate(() => window.__benchKeyAt);
    const frames = await page.evaluate(() => window.rectify.frameTimes());
    out.push(...frames.map((f) => f[1]));
    views.push(...frames.map((f) => f[4]));
    // The first frame that started after the key event: did the field already hold one more
    // character? (A frame already under way when the key came cannot show it.)
    const first = frames.find((f) => f[2] - f[1] >= keyAt);
    keys++;
    if (first && len >= 0 && first[3] === len + 1) nextFrame++;
    if (first) keyLatency.push(first[2] - keyAt);
    if (frames.length) len = frames[frames.length - 1][3];
  }
}

// The floor: the same browser drawing the home view (a few widgets) while the mouse moves.
// Whatever this costs is the browser's and WebGL's share, not the editor's.
async function baselinePass() {
  const { context, page } = await newBenchPage(browser);
  await page.goto(server.url);
  await waitReady(page);
  await page.waitForTimeout(800);
  await page.evaluate(() => window.rectify.frameTimes());
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(300 + (i % 10) * 40, 300 + (i % 7) * 30);
    await page.waitForTimeout(15);
  }
  baseline.push(...(await page.evaluate(() => window.rectify.frameTimes())).map((f) => f[1]));
  await context.close();
}

try {
  for (let run = 0; run < RUNS; run++) {
    await baselinePass();
    const { context, page } = await newBenchPage(browser);
    // When each key reached the page (before the app saw it).
    await page.addInitScript(() => window.addEventListener('keydown', () => { window.__benchKeyAt = performance.now(); }, true));
    await openSeeded(page, server.url, text, { nav, view: 'plan', name: 'editor' });
    await itemRect(page, 'measure-title');
    await page.waitForTimeout(800); // let the first frames settle
    // Cold: glyphs seen for the first time are rasterised in the frame that shows them (ImGui
    // 1.92 bakes on demand). Warm: the same things again, as in a working session.
    await pass(page, cold, 'abcde');
    await pass(page, warm, 'abcde');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (x) => x.toFixed(2) + ' ms';
const line = (name, xs) => `  ${name} median ${f(pct(xs, 0.5))}  p95 ${f(pct(xs, 0.95))}  max ${f(Math.max(...xs))}  (${xs.length} frames)`;
const median = pct(warm, 0.5), p95 = pct(warm, 0.95);
console.log(`editor frames, a plan of ${measures} measures, ${RUNS} run(s)`);
console.log(line('frame CPU, first pass (new glyphs rasterised)', cold));
console.log(line('frame CPU, working session               ', warm) +
  `   target (a typical frame, the median) <= ${TARGET_FRAME_MS} ms: ${median <= TARGET_FRAME_MS ? 'PASS' : 'MISS'}`);
console.log(line('of which the views (both passes)        ', views));
console.log(line('floor: the home view, same browser       ', baseline));
console.log(`  keystrokes shown in the next frame: ${nextFrame}/${keys}: ${nextFrame === keys ? 'PASS' : 'MISS'}`);
console.log(`  key event to the end of that frame: median ${f(pct(keyLatency, 0.5))}  max ${f(Math.max(...keyLatency))}`);
const out = path.join(ROOT, 'bench/results/editor.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ measures, runs: RUNS, cold: { median: pct(cold, 0.5), p95: pct(cold, 0.95) },
  warm: { median, p95, max: Math.max(...warm) },
  views: { median: pct(views, 0.5), p95: pct(views, 0.95) }, baseline: { median: pct(baseline, 0.5), p95: pct(baseline, 0.95) }, nextFrame, keys, keyLatencyMedian: pct(keyLatency, 0.5) }, null, 2));
