// Every frame right: the app draws only when something changes, but whatever it last drew is what
// the state says, fully laid out. After each transition a user makes (open a plan, select a
// problem or a measure, each tab, the ledger, home, the report menu, the menus, a delete
// confirmation) the picture left on screen with the pointer still must equal a fresh one drawn
// after the pointer moves a little; and an idle app draws nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, state, click, screenshot, pixelStats, waitIdle } from './harness.mjs';

const TODAY = '2026-11-23';

// The picture left after `act` with the pointer still, and a fresh one after the pointer moved a
// couple of pixels (the same widget under it, so hover looks the same): equal, within noise.
async function settledAfter(page, name, act) {
  await act();
  await waitIdle(page);
  const still = await screenshot(page, `frames-${name}-still`);
  const { x, y } = await page.evaluate(() => window.rectifyText.lastDown);
  await page.mouse.move(x + 2, y + 1);
  await waitIdle(page);
  const fresh = await screenshot(page, `frames-${name}-fresh`);
  if (still.equals(fresh)) return 0; // the same pixels: no need to decode them in the slowed page
  const st = await pixelStats(page, still, fresh);
  return st.diff;
}

const TRANSITIONS = [
  ['open-plan', (page) => click(page, 'open-0'), (s) => s.view === 'plan'],
  ['select-problem', (page) => click(page, 'outline-1'), (s) => s.nav.problem && !s.nav.measure],
  ['select-measure', (page) => click(page, 'outline-2'), (s) => !!s.nav.measure],
  ['tab-header', (page) => click(page, 'tab-header'), (s) => s.nav.tab === 1],
  ['tab-phases', (page) => click(page, 'tab-phases'), (s) => s.nav.tab === 2],
  ['tab-sections', (page) => click(page, 'tab-sections'), (s) => s.nav.tab === 3],
  ['tab-group', (page) => click(page, 'tab-group'), (s) => s.nav.tab === 4],
  ['tab-timeline', (page) => click(page, 'tab-timeline'), (s) => s.nav.tab === 5],
  ['tab-problems', (page) => click(page, 'tab-problems'), (s) => s.nav.tab === 0],
  ['report-menu', (page) => click(page, 'report'), null, 'Escape'],
  ['ledger', (page) => click(page, 'open-ledger'), (s) => s.view === 'ledger'],
  ['home', (page) => click(page, 'back-home'), (s) => s.view === 'home'],
  ['menu-edit', (page) => click(page, '编辑'), null, 'Escape'],
  ['menu-view', (page) => click(page, '视图'), null, 'Escape'],
  ['menu-language', (page) => click(page, 'lang'), null, 'Escape'],
  ['menu-help', (page) => click(page, '帮助'), null, 'Escape'],
  ['delete-confirmation', (page) => click(page, 'delete-0'), null, 'Escape'],
];

for (const [label, viewport, dpr, throttle] of [
  ['1366×768 at devicePixelRatio 2, a slow office laptop', { width: 1366, height: 768 }, 2, 4],
]) {
  test(`a frame left on screen is never stale (${label})`, () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport, dpr });
    await page.waitForFunction(() => window.rectify.state().fullFont !== 'pending', null, { timeout: 30000 });
    const cdp = await page.context().newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const stale = [];
    for (const [name, act, reached, close] of TRANSITIONS) {
      const diff = await settledAfter(page, name, () => act(page));
      const s = await state(page);
      if (reached) assert.ok(reached(s), `${name}: the state followed (${JSON.stringify({ view: s.view, ...s.nav })})`);
      console.log(`${name}: ${diff} pixels differ`);
      if (diff > 40) stale.push(`${name} (${diff} pixels)`);
      if (close) {
        await page.keyboard.press(close);
        await waitIdle(page);
      }
    }
    assert.deepEqual(stale, [], 'pictures left on screen that a fresh frame changes');
  }));
}

test('an idle app draws no frames, and wakes for input', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
  await page.waitForFunction(() => window.rectify.state().fullFont !== 'pending', null, { timeout: 30000 });
  await click(page, 'open-0');
  const a = await waitIdle(page);
  await page.waitForTimeout(1500); // an idle period: nothing may be drawn in it
  assert.equal((await state(page)).frames, a, 'no frames while idle');
  const before = await state(page);
  await page.mouse.move(300, 300);
  await page.waitForFunction((f) => window.rectify.state().frames > f, a, { timeout: 5000 });
  // It renders on through its settle time after the input, but a frame that would draw the
  // picture already on screen is not drawn again.
  await waitIdle(page);
  const after = await state(page);
  const frames = after.frames - before.frames, drawn = after.drawn - before.drawn;
  console.log(`after one pointer move: ${frames} frames, ${drawn} drawn`);
  assert.ok(frames >= 5, `frames through the settle time (${frames})`);
  assert.ok(drawn <= 3 && drawn < frames, `only the frames that changed the picture are drawn (${drawn} of ${frames})`);
}));
