// The 销号 chain and 回头看 (issue 22), as an office runs them: a plan's three levels set in its
// header; a measure submitted, passed at level one, 退回 at level two (the unit sees the reason),
// submitted again and passed at all three; the 对账销号单 printed with each level's opinion; a
// re-check date reached, the item listed under 待回头看, reopened with a reason, and its history
// showing the close and the reopening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, openApp, click, itemRect, scrollIntoView, screenshot, poll } from './harness.mjs';
import { live, content, until, waitView, retype, parseCsv } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const LEVELS = ['责任单位自查', '分管领导签字', '督查室复核'];

const samplePlan = async (page) => live((await content(page)).plans)[0];
const measureById = async (page, id) => {
  for (const q of live((await samplePlan(page)).problems)) for (const m of live(q.measures)) if (m.id === id) return m;
  return null;
};
const waitMeasure = (page, id, pred, what) => poll(() => measureById(page, id), (m) => m && pred(m), what);
// What an anchored item shows, once it shows what `want` is (the frame after a change draws it).
const shows = (page, id, want) => poll(
  () => page.evaluate((q) => { const r = window.rectify.itemRect(q); return r ? r.text || '' : null; }, id),
  (t) => t !== null && (want instanceof RegExp ? want.test(t) : t === want), `${id} shows ${want}`);

async function typeNote(page, id, text) {
  await scrollIntoView(page, id);
  await click(page, id);
  await page.keyboard.insertText(text);
}

async function pass(page, mid, opinion, expect) {
  await typeNote(page, 'level-opinion', opinion);
  await scrollIntoView(page, 'verify-closure');
  await click(page, 'verify-closure');
  return waitMeasure(page, mid, expect, `passed: ${opinion}`);
}

test('a three-level chain: 退回 at level two, resubmitted, passed at all three; 对账销号单; 回头看 reopens', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport: { width: 1366, height: 900 } });
  await click(page, 'open-0');
  await waitView(page, 'plan');

  // The header tab: the sample's two levels become three, named as the office names them.
  await click(page, 'tab-header');
  await scrollIntoView(page, 'chain-add-level');
  await click(page, 'chain-add-level');
  await poll(() => samplePlan(page), (p) => p.review_chain && p.review_chain.length === 3, 'a third level');
  await retype(page, 'chain-level-1', LEVELS[1]);
  await retype(page, 'chain-level-2', LEVELS[2]);
  const plan = await poll(() => samplePlan(page), (p) => JSON.stringify(p.review_chain) === JSON.stringify(LEVELS), 'three named levels');
  assert.deepEqual(plan.review_chain, LEVELS);

  // The first measure: submitted (the current user asked once), then level one passes.
  await click(page, 'tab-problems');
  await click(page, 'outline-2');
  await until(page, () => !!window.rectify.state().nav.measure);
  const mid = (await page.evaluate(() => window.rectify.state().nav.measure));
  await scrollIntoView(page, 'submit-closure');
  await click(page, 'submit-closure', { settle: false });
  await itemRect(page, 'user-name');
  await page.keyboard.insertText('李明');
  await page.keyboard.press('Enter');
  let m = await waitMeasure(page, mid, (x) => x.closure.state === 'submitted', 'submitted');
  assert.equal(m.closure.level, 1);
  await shows(page, 'closure-state', '第1级：责任单位自查 待审');
  m = await pass(page, mid, '已自查，材料齐全', (x) => x.closure.level === 2);
  await shows(page, 'closure-state', '第2级：分管领导签字 待审');

  // 退回 at level two: a reason is required; the unit sees it.
  await scrollIntoView(page, 'return-closure');
  await click(page, 'return-closure');
  await click(page, 'return-ok'); // no reason yet: refused
  assert.equal((await measureById(page, mid)).closure.state, 'submitted');
  await typeNote(page, 'return-reason', '缺少分管领导签字页');
  await click(page, 'return-ok');
  m = await waitMeasure(page, mid, (x) => x.closure.state === 'returned', 'returned at level two');
  assert.equal(m.closure.level, 2);
  assert.equal(m.closure.reason, '缺少分管领导签字页');
  await shows(page, 'return-reason-shown', '缺少分管领导签字页');
  await shows(page, 'closure-state', '第2级：分管领导签字 退回');
  await screenshot(page, 'review-chain-returned');

  // Submitted again: the chain restarts at level one, and passes all three.
  await scrollIntoView(page, 'submit-closure');
  await click(page, 'submit-closure');
  m = await waitMeasure(page, mid, (x) => x.closure.state === 'submitted' && x.closure.round === 2, 'resubmitted');
  assert.equal(m.closure.level, 1);
  await pass(page, mid, '已补齐签字页', (x) => x.closure.level === 2);
  await pass(page, mid, '同意销号', (x) => x.closure.level === 3);
  m = await pass(page, mid, '复核通过', (x) => x.closure.state === 'verified');
  assert.equal(m.status, 'done');
  const acts = live(m.reviews).map((r) => `${r.round}:${r.action}:${r.level}`);
  assert.deepEqual(acts, ['1:submit:0', '1:pass:1', '1:return:2', '2:submit:0', '2:pass:1', '2:pass:2', '2:pass:3']);
  await shows(page, 'review-2', /分管领导签字 退回：缺少分管领导签字页/);

  // The 对账销号单 of its problem: each level's opinion, and a signature line per level.
  await click(page, 'outline-1');
  await scrollIntoView(page, 'sheet-print');
  const [sheet] = await Promise.all([context.waitForEvent('page'), click(page, 'sheet-print')]);
  await sheet.waitForLoadState();
  const text = await sheet.locator('body').innerText();
  assert.match(text, /对账销号单/);
  for (const opinion of ['已补齐签字页', '同意销号', '复核通过']) assert.ok(text.includes(opinion), `the sheet has ${opinion}`);
  for (const level of LEVELS) assert.ok(text.includes(`${level}（签字）`), `a signature line for ${level}`);
  await sheet.emulateMedia({ media: 'print' });
  await screenshot(sheet, 'review-chain-sheet');
  await sheet.close();

  // 回头看: a date on the closed item; today it has come, so it is due.
  await click(page, 'outline-2');
  await scrollIntoView(page, 'recheck-date');
  await click(page, 'recheck-date');
  await click(page, 'day-23');
  m = await waitMeasure(page, mid, (x) => x.recheck === TODAY, 'a re-check date');
  await itemRect(page, 'recheck-due');

  // Listed: the ledger's 待回头看 filter keeps it (and the sample's own re-check, due since 11-20).
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  await click(page, 'ledger-recheck-due');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const rows = parseCsv(fs.readFileSync(await download.path()).toString('utf8').slice(1)).slice(1).filter((r) => r.length > 1);
  assert.equal(rows.length, 2, JSON.stringify(rows));
  assert.ok(rows.some((r) => r.some((c) => c.includes(m.title.slice(0, 8)))), 'the measure is listed');

  // Reopened with a reason: back to the unit, being rectified; the history shows close and reopen.
  await click(page, 'back-home');
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-2');
  await scrollIntoView(page, 'recheck-reopen');
  await click(page, 'recheck-reopen'); // no reason: refused
  assert.equal((await measureById(page, mid)).closure.state, 'verified');
  await typeNote(page, 'recheck-note', '回头看发现问题反弹');
  await click(page, 'recheck-reopen');
  m = await waitMeasure(page, mid, (x) => x.closure.state === 'returned', 'reopened');
  assert.equal(m.closure.reason, '回头看发现问题反弹');
  assert.equal(m.status, 'in_progress');
  assert.equal(m.recheck || '', '');
  await shows(page, 'closing-history', /通过 2026年11月23日 → 重新打开 2026年11月23日/);
  await screenshot(page, 'review-chain-reopened');
}));
