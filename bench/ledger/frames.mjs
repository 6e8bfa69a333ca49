#!/usr/bin/env node
// The ledger benchmark's browser half (issue 5). In one browser, for a workspace of 100 measures
// and one of 10,000: puts it into the app's storage, opens the ledger of every plan, then scrolls
// it and moves the mouse over its rows, reading each frame's CPU time from the app
// (window.rectify.frameTimes(), measured in C++: views + ImGui + GL submission). Then it sorts by
// three columns and filters by text, timing the work itself (in C++) and the frame that did it.
// Targets: a ledger frame at 10,000 rows ≤ 1.3 × one at 100 rows (same run); a sort or a filter
// of 10,000 rows ≤ 30 ms in the browser.
// Usage: node bench/ledger/frames.mjs --small PLAN.json --large PLAN.json [--runs N]
// (bench/ledger/run.sh makes workspaces with 101 and 10,075 live rows: the generator's plans keep
// some deleted measures, as real ones do.)
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, itemRect } from '../../tests/e2e/harness.mjs';
import { ROOT, arg, pct, newBenchPage, openSeeded } from '../browser_seed.mjs';

const FILES = { small: arg('--small'), large: arg('--large') };
const RUNS = Math.max(1, Number(arg('--runs', '3')));
const RATIO_TARGET = 1.3, WORK_TARGET_MS = 30;

const frames = (page) => page.evaluate(() => window.rectify.frameTimes());
const server = await startServer();
const browser = await launch();
const scroll = { small: [], large: [] }, work = { sort: [], filter: [] }, frame = { sort: [], filter: [] };
const counts = {};

async function openLedger(kind) {
  const text = fs.readFileSync(FILES[kind], 'utf8');
  // Ledger rows: live measures of live problems of live plans (the generator leaves tombstones).
  const live = (xs) => xs.filter((e) => !(e.meta && e.meta.deleted && e.meta.deleted.at));
  counts[kind] = live(JSON.parse(text).content.plans)
    .reduce((n, plan) => n + live(plan.problems).reduce((k, p) => k + live(p.measures).length, 0), 0);
  const { context, page } = await newBenchPage(browser);
  // 'ledger||||0': the ledger of every plan.
  await openSeeded(page, server.url, text, { nav: 'ledger||||0', view: 'ledger', name: 'ledger' });
  await itemRect(page, 'ledger-row-0');
  await page.waitForTimeout(800);
  return { context, page };
}

// Scrolling down and back up, the mouse passing over rows: what a user reading the ledger does.
// Two passes; the second is measured (the first rasterises glyphs seen for the first time).
async function scrollPass(page, out) {
  const row = await itemRect(page, 'ledger-row-0');
  for (let pass = 0; pass < 2; pass++) {
    await frames(page);
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(row.x + 200, row.y + (i % 15) * row.h * 2);
      await page.mouse.wheel(0, i < 15 ? 400 : -400);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(100);
    if (pass === 1) out.push(...(await frames(page)).map((f) => f[1]));
  }
}

// The sort or filter itself (timed in C++ around the ledger's re-derivation of its rows), and the
// CPU time of the frame that did it (the longest frame after the action: the work, drawing the
// rows now on top, and rasterising any glyphs seen for the first time).
async function timed(page, kind, action) {
  await page.waitForTimeout(300);
  await frames(page);
  await action();
  await page.waitForTimeout(400);
  const f = await frames(page);
  work[kind].push((await page.evaluate(() => window.rectify.state())).ledgerMs);
  frame[kind].push(Math.max(...f.map((x) => x[1])));
}

try {
  for (let run = 0; run < RUNS; run++) {
    for (const kind of ['small', 'large']) {
      const { context, page } = await openLedger(kind);
      await scrollPass(page, scroll[kind]);
      if (kind === 'large') {
        for (const col of [3, 7, 2]) { // 整改措施 (text), 整改时限 (dates), 问题 (text)
          const head = await itemRect(page, `ledger-col-${col}`);
          const x = head.x + head.w / 2, y = head.y + head.h / 2;
          await page.mouse.move(x, y);
          await timed(page, 'sort', () => page.mouse.click(x, y));
        }
        const box = await itemRect(page, 'ledger-text');
        await page.mouse.click(box.x + 20, box.y + box.h / 2);
        for (const ch of ['学', '校', 'a']) await timed(page, 'filter', () => page.keyboard.insertText(ch));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (x) => x.toFixed(2) + ' ms';
const line = (name, xs) => `  ${name} median ${f(pct(xs, 0.5))}  p95 ${f(pct(xs, 0.95))}  (${xs.length} frames)`;
const ratio = pct(scroll.large, 0.5) / pct(scroll.small, 0.5);
const worst = (xs) => Math.max(...xs);
console.log(`ledger frames, ${RUNS} run(s), all plans' ledger, scrolled with the wheel and hovered`);
console.log(line(`frame CPU, ${counts.small} rows   `, scroll.small));
console.log(line(`frame CPU, ${counts.large} rows`, scroll.large));
console.log(`  ratio of the medians ${ratio.toFixed(2)}x   target <= ${RATIO_TARGET}x: ${ratio <= RATIO_TARGET ? 'PASS' : 'MISS'}`);
for (const kind of ['sort', 'filter']) {
  const what = kind === 'sort' ? `sort ${counts.large} rows by a column` : `filter ${counts.large} rows by text`;
  console.log(`  ${what}: median ${f(pct(work[kind], 0.5))}  worst ${f(worst(work[kind]))}` +
    `   target <= ${WORK_TARGET_MS} ms: ${worst(work[kind]) <= WORK_TARGET_MS ? 'PASS' : 'MISS'}`);
  console.log(`    the whole frame that did it: median ${f(pct(frame[kind], 0.5))}  worst ${f(worst(frame[kind]))}`);
}
const out = path.join(ROOT, 'bench/results/ledger.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ runs: RUNS, counts, small: { median: pct(scroll.small, 0.5), p95: pct(scroll.small, 0.95) },
  large: { median: pct(scroll.large, 0.5), p95: pct(scroll.large, 0.95) }, ratio, sort: work.sort, filter: work.filter, sortFrame: frame.sort, filterFrame: frame.filter }, null, 2));
