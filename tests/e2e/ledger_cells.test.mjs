// Every ledger cell readable (issue 15) on a 1366×768 office laptop: long texts wrap within the row
// (up to three lines, the rest in a tooltip and in the cell's editor), an 18-digit 问题编号 shows
// whole, the last column can be scrolled to, the in-place editor stays inside the window, the
// ledger of every plan has a 方案 column and 序号 that never repeat, and each plan's ledger keeps
// its own sort and scroll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, openApp, click, itemRect, stableRect, scrollIntoView, screenshot, waitSettled } from './harness.mjs';
import { until, waitView, waitPlan, live, parseCsv, editCell } from './plan_helpers.mjs';

const VIEWPORT = { width: 1366, height: 768 };
const CODE = '120250070800026118'; // 18 digits
const TITLE = '规范高中阶段学校招生录取管理，严格执行招生计划和录取规则，全面公开招生信息和录取结果，主动接受社会和家长监督，确保招生工作公平公正';

const anchorRect = (page, name) => page.evaluate((q) => window.rectify.itemRect(q), name);
const cellText = async (page, row, col) => (await itemRect(page, `ledger-cell-${row}-${col}`)).text;
const inside = (r, w, h) => r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5;

async function openPlanLedger(page, index) {
  if ((await page.evaluate(() => window.rectify.state().view)) !== 'home') {
    await click(page, 'back-home');
    await waitView(page, 'home');
  }
  await click(page, `open-${index}`);
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  await stableRect(page, 'ledger-row-0');
}

const openApp1366 = (browser, url) => openApp(browser, url, { viewport: VIEWPORT, query: '?today=2026-11-23' });

async function openEveryPlanLedger(page) {
  await click(page, '视图');
  await click(page, '整改台账');
  await waitView(page, 'ledger');
  await stableRect(page, 'ledger-row-0');
}

async function closeEditor(page) {
  await page.keyboard.press('Escape');
  await until(page, () => !window.rectify.itemRect('cell-edit'));
}

// Types a new value into a text cell through its in-place editor.
async function typeCell(page, row, col, text) {
  await editCell(page, row, col);
  await until(page, () => window.rectify.state().field.active);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await until(page, () => !window.rectify.itemRect('cell-edit'));
}

// Scrolls the ledger sideways with the wheel (right, or left with dir -1), as a user does, until
// the header `col` is wholly shown; returns its rectangle.
async function scrollToColumn(page, col, dir = 1) {
  for (let i = 0; i < 20; i++) {
    const r = await anchorRect(page, `ledger-col-${col}`);
    if (r && r.x >= r.clip.x - 0.5 && r.x + r.w <= r.clip.x + r.clip.w + 0.5 && r.w > 0) return stableRect(page, `ledger-col-${col}`);
    const row = await itemRect(page, 'ledger-row-0');
    await page.mouse.move(row.clip.x + row.clip.w / 2, row.y + row.h / 2);
    await page.mouse.wheel(300 * dir, 0);
    await waitSettled(page);
  }
  throw new Error(`column ${col} never came into view`);
}

test('long texts wrap in their row, codes and dates whole, the rest on hover and in the editor', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp1366(browser, url);
  await openPlanLedger(page, 0);
  await typeCell(page, 0, 1, CODE); // 问题编号
  await typeCell(page, 0, 3, TITLE); // 整改措施
  await waitPlan(page, 0, (p) => live(live(p.problems)[0].measures)[0].title === TITLE, 'the long title stored');

  // The 18-digit code on one line, whole; the long title wrapped within the row, cut with "…".
  assert.equal(await cellText(page, 0, 1), CODE);
  const title = await cellText(page, 0, 3);
  const lines = title.split('\n');
  assert.equal(lines.length, 3, `three lines: ${JSON.stringify(title)}`);
  assert.ok(TITLE.startsWith(lines[0]) && lines[0].length > 4, 'the title starts on the first line');
  assert.ok(lines[2].endsWith('…'), 'the cut shows');
  const titleCell = await itemRect(page, 'ledger-cell-0-3');
  const status = await itemRect(page, 'ledger-cell-0-8'); // one line: 整改中
  assert.ok(titleCell.h >= status.h * 2.5, `the title takes three lines (${titleCell.h} vs ${status.h})`);
  const row = await itemRect(page, 'ledger-row-0');
  assert.ok(row.h >= titleCell.h, 'the row is as high as its tallest cell');
  // A deadline on a day: the date whole, on one line.
  await editCell(page, 1, 7);
  await click(page, 'deadline-button');
  await click(page, 'day-30');
  await until(page, () => !window.rectify.itemRect('cell-edit'));
  await until(page, () => /^2026年1[01]月30日前$/.test((window.rectify.itemRect('ledger-cell-1-7') || {}).text));
  await screenshot(page, 'ledger-cells-wrapped');

  // Hovering the cut title shows all of it.
  await page.mouse.move(titleCell.x + titleCell.w / 2, titleCell.y + titleCell.h / 2);
  const tip = await itemRect(page, 'cell-tooltip');
  assert.ok(tip.text.startsWith(TITLE), `tooltip: ${tip.text.slice(0, 80)}`);
  assert.ok(inside(tip, VIEWPORT.width, VIEWPORT.height), 'the tooltip is inside the window');
  await screenshot(page, 'ledger-cells-tooltip');

  // The editor of the last row's latest progress, right of the screen and low on it: inside the
  // window, with the latest entry shown whole above the new one.
  await scrollToColumn(page, 10);
  await editCell(page, 4, 9);
  await until(page, () => window.rectify.state().field.active);
  const editor = await stableRect(page, 'cell-edit');
  assert.ok(inside(editor, VIEWPORT.width, VIEWPORT.height), `the editor ${JSON.stringify(editor)} is inside the window`);
  const latest = await itemRect(page, 'cell-latest');
  assert.ok(latest.text.length > 0 && !latest.text.includes('…'), latest.text);
  await screenshot(page, 'ledger-cells-editor');
  await closeEditor(page);

  // The measure's editor shows the steps under the title (the rest of the cell).
  const ws = await page.evaluate(() => window.rectify.workspace().content);
  const steps = live(live(live(ws.plans)[0].problems)[0].measures)[0].steps;
  assert.ok(steps.length > 0);
  await scrollToColumn(page, 3, -1);
  await editCell(page, 0, 3);
  assert.equal((await itemRect(page, 'cell-rest')).text, steps.join('\n'));
  assert.equal((await page.evaluate(() => window.rectify.state().field.text)), TITLE);
  await closeEditor(page);
  assert.deepEqual(page.errors, []);
}));

test('the last column and the cell editor at the right and bottom edges stay reachable', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp1366(browser, url);
  await openEveryPlanLedger(page); // the widest: it has the 方案 column
  const last = await scrollToColumn(page, 10); // 销号
  assert.ok(inside(last, VIEWPORT.width, VIEWPORT.height), `销号 ${JSON.stringify(last)}`);
  await screenshot(page, 'ledger-cells-last-column');
  // The editor of the rightmost editable cell (最近进展) of the last row.
  await scrollIntoView(page, 'ledger-row-4');
  await editCell(page, 4, 9);
  const editor = await stableRect(page, 'cell-edit');
  assert.ok(inside(editor, VIEWPORT.width, VIEWPORT.height), `the editor ${JSON.stringify(editor)} is inside the window`);
  await closeEditor(page);
  assert.deepEqual(page.errors, []);
}));

test('every plan\'s ledger names the plan and numbers without repeats; each plan keeps its sort and scroll', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp1366(browser, url);
  // A second plan with the same measures (a copy).
  await click(page, 'duplicate-0');
  await itemRect(page, 'open-1');

  // Every plan's ledger: the 方案 column, 序号 as plan-number, none repeated.
  await openEveryPlanLedger(page);
  await itemRect(page, 'ledger-col-11'); // 方案
  assert.match(await cellText(page, 0, 0), /^1-1$/);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const csv = parseCsv(fs.readFileSync(await download.path(), 'utf8').slice(1));
  assert.deepEqual(csv[0].slice(0, 3), ['序号', '方案', '问题编号']);
  const rows = csv.slice(1);
  assert.equal(rows.length, 10);
  const seqs = rows.map((r) => r[0]);
  assert.equal(new Set(seqs).size, seqs.length, `distinct: ${seqs}`);
  assert.deepEqual(seqs, ['1-1', '1-2', '1-3', '1-4', '1-5', '2-1', '2-2', '2-3', '2-4', '2-5']);
  assert.equal(new Set(rows.map((r) => r[1])).size, 2, 'two plans named');
  assert.ok(rows[5][1].endsWith('（副本）'), rows[5][1]);

  // Plan 1's ledger sorted by 整改时限; plan 2's left as it is.
  await openPlanLedger(page, 0);
  await click(page, 'ledger-col-7');
  await until(page, () => window.rectify.itemRect('ledger-cell-0-0').text !== '1');
  const order = async () => {
    const out = [];
    for (let i = 0; i < 5; i++) {
      const r = await anchorRect(page, `ledger-cell-${i}-0`);
      if (r) out.push(r.text);
    }
    return out;
  };
  const byDeadline = await order();
  assert.notDeepEqual(byDeadline, ['1', '2', '3', '4', '5'].slice(0, byDeadline.length), 'sorted by deadline');
  // Scrolled down a little.
  const top = await itemRect(page, 'ledger-row-0');
  await page.mouse.move(top.x + 200, top.y + top.h / 2);
  await page.mouse.wheel(0, 120);
  const scrolled = await stableRect(page, 'ledger-row-2');
  const sorted = await order();

  await openPlanLedger(page, 1);
  assert.deepEqual((await order()).slice(0, 3), ['1', '2', '3'], 'the other plan\'s ledger keeps its own order');

  await openPlanLedger(page, 0);
  assert.deepEqual(await order(), sorted, 'back on the first plan: its sort as it was left');
  assert.equal((await stableRect(page, 'ledger-row-2')).y, scrolled.y, 'and its scroll');
  assert.deepEqual(page.errors, []);
}));
