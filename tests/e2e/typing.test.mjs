// No keystroke lost: a button that makes something to type into puts the caret in its first field,
// and keys typed straight after the click — before the field, or the overlay that edits a
// multi-line field, exists — land there, in order. And Tab then Enter from a field never deletes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, state, click, scrollIntoView, screenshot, waitIdle, waitSettled, holdFrames } from './harness.mjs';
import { live, content, until, waitView, openDirectory } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const USER = '王芳';

// The app as a clerk has it: the current user known (asked once before), a slow office PC (the
// CPU slowed down, so that frames come late after a click, as they do there).
async function openTyping(browser, url) {
  const opened = await openApp(browser, url, {
    query: `?today=${TODAY}`, viewport: { width: 1366, height: 768 },
    init: `localStorage.setItem('rectify.user', ${JSON.stringify(USER)})`,
  });
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 3 });
  return opened;
}

// Types at once, without waiting for anything: ASCII through key presses (a mistake corrected with
// Backspace), then Chinese as an input method commits it.
async function typeNow(page) {
  await page.keyboard.type('ok 1x');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2 ');
  await page.keyboard.insertText('整改到位');
}
const TYPED = 'ok 12 整改到位';

// Polls the workspace until fn(content) returns a value; that value, or null once the app has
// gone idle without it (nothing more is coming).
async function waitWorkspace(page, fn) {
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    const found = fn(await content(page));
    if (found) return found;
    if (await page.evaluate(() => window.rectify.idle && window.rectify.idle())) return fn(await content(page)) || null;
    await page.waitForTimeout(50);
  }
  return null;
}

// Each button's case, its failures collected: one test says which of them lose keys.
async function cases(list) {
  const lost = [];
  for (const [name, run] of list) {
    const why = await run().catch((e) => String(e));
    if (why) lost.push(`${name}: ${why}`);
  }
  assert.deepEqual(lost, [], 'keys typed after these buttons did not all land in the new field');
}
const typedIn = (found, what) => (found ? '' : `no ${what} reading ${JSON.stringify(TYPED)}`);
const measureIn = (ws, id) => live(ws.plans)[0].problems.flatMap((q) => q.measures).find((x) => x.id === id);

const selectedMeasure = async (page) => {
  const s = await state(page);
  const ws = await content(page);
  for (const p of live(ws.plans)) for (const q of live(p.problems)) for (const m of live(q.measures)) if (m.id === s.nav.measure) return m;
  return null;
};

// A hand's click up to the press (drawn), then the app's frames held (harness holdFrames): the
// release and the keys typed after it reach the app together. Returns the function that lets the
// frames run again.
async function pressHolding(page, id) {
  const r = await scrollIntoView(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await waitSettled(page);
  await page.mouse.down();
  await waitSettled(page);
  return holdFrames(page);
}

async function openMeasure(page) {
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-2');
  await until(page, () => !!window.rectify.state().nav.measure);
}

test('keys typed right after 添加进展, 添加材料, 添加措施 land in the new field', () => withApp(async ({ browser, url }) => {
  const { page } = await openTyping(browser, url);
  await openMeasure(page);
  const measure = await selectedMeasure(page);

  await cases([
    // A multi-line field, edited in an overlay that does not exist yet when typing starts.
    ['添加进展', async () => {
      await scrollIntoView(page, 'add-progress');
      await click(page, 'add-progress', { settle: false });
      await typeNow(page);
      await page.keyboard.press('Tab'); // commits, as leaving any field does
      const entry = await waitWorkspace(page, (ws) => live(measureIn(ws, measure.id).progress).find((e) => e.text === TYPED));
      await screenshot(page, 'typing-progress');
      if (entry && entry.author !== USER) return `recorded under ${entry.author}, not the current user`;
      return typedIn(entry, 'progress entry');
    }],
    // A one-line field.
    ['添加材料', async () => {
      await scrollIntoView(page, 'add-evidence');
      await click(page, 'add-evidence', { settle: false });
      await typeNow(page);
      await page.keyboard.press('Enter');
      return typedIn(await waitWorkspace(page, (ws) => live(measureIn(ws, measure.id).evidence).find((e) => e.name === TYPED)), 'evidence');
    }],
    // The new measure's title, its placeholder replaced by what is typed.
    ['添加措施', async () => {
      await click(page, 'add-measure', { settle: false });
      await typeNow(page);
      await page.keyboard.press('Enter');
      const m = await waitWorkspace(page, (ws) => live(ws.plans)[0].problems.flatMap((q) => live(q.measures)).find((x) => x.title === TYPED));
      if (m && (await state(page)).nav.measure !== m.id) return 'not the measure selected';
      return typedIn(m, 'measure');
    }],
    // 添加进展 again with the app's frames held, so the click and every key reach it together, on
    // a CPU slowed 6×: the Tab that ends the entry can come before its overlay exists, and must
    // still end it (commit) as it would in the overlay. Last: the burst it leaves the page to
    // catch up on is not where the other cases start (issue 17's note: 添加材料 right after it
    // lost its keys in 2 of 4 full runs).
    ['添加进展 (frames held, slow CPU)', async () => {
      const now = await selectedMeasure(page); // 添加措施 selected the measure it made
      await scrollIntoView(page, 'add-progress');
      const before = new Set(live(measureIn(await content(page), now.id).progress).map((e) => e.id));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      try {
        const release = await pressHolding(page, 'add-progress');
        await page.mouse.up();
        await typeNow(page);
        await release();
        await page.keyboard.press('Tab');
        return typedIn(await waitWorkspace(page, (ws) => live(measureIn(ws, now.id).progress).find((e) => !before.has(e.id) && e.text === TYPED)), 'progress entry');
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
    }],
  ]);
  assert.deepEqual(page.errors.filter((e) => !/GL Driver|favicon/.test(e)), []);
}));

// The new problem's first field is a text_area: its overlay takes the keyboard as soon as it opens,
// so keys the app has not yet handed to ImGui by then must go to the overlay. Typed after a hand's
// click; once as fast as frames come, once with the frames held so that the release and every
// key reach the app together (the button and the new field are drawn in one frame, the keys
// still waiting behind the click).
test('keys typed right after 添加问题 land in the new problem\'s text', () => withApp(async ({ browser, url }) => {
  const { page } = await openTyping(browser, url);
  await openMeasure(page);
  await cases([['frames running', false], ['frames held', true]].map(([name, hold]) => [name, async () => {
    const problems = async () => live(live((await content(page)).plans)[0].problems);
    const before = new Set((await problems()).map((x) => x.id));
    const release = hold ? await pressHolding(page, 'add-problem') : null;
    if (!hold) await click(page, 'add-problem', { settle: false });
    else await page.mouse.up();
    await typeNow(page);
    if (release) await release();
    await page.keyboard.press('Tab');
    const q = await waitWorkspace(page, (ws) => live(live(ws.plans)[0].problems).find((x) => !before.has(x.id) && x.text === TYPED));
    if (!q) return `the new problems read ${JSON.stringify((await problems()).filter((x) => !before.has(x.id)).map((x) => x.text))}`;
    return (await state(page)).nav.problem === q.id ? '' : 'not the new problem selected';
  }]));
}));

test('keys typed right after 新建方案 and a new department or person land in its name', () => withApp(async ({ browser, url }) => {
  const { page } = await openTyping(browser, url);
  await cases([
    ['新建方案', async () => {
      await click(page, '新建方案', { settle: false });
      await typeNow(page);
      await page.keyboard.press('Enter');
      await waitIdle(page);
      const s = await state(page);
      await screenshot(page, 'typing-new-plan');
      if (s.plans.length !== 2) return `${s.plans.length} plans`;
      return typedIn(s.plans.includes(TYPED), 'plan title');
    }],
    ...[['添加科室/单位', 'add-department', 'departments'], ['添加人员', 'add-person', 'people']].map(([name, button, list]) => [name, async () => {
      if ((await state(page)).view !== 'directory') await openDirectory(page);
      await scrollIntoView(page, button);
      await click(page, button, { settle: false });
      await typeNow(page);
      await page.keyboard.press('Enter');
      return typedIn(await waitWorkspace(page, (ws) => live(ws[list]).find((e) => e.name === TYPED)), list);
    }]),
  ]);
}));

test('Tab from a progress text then Enter deletes nothing', () => withApp(async ({ browser, url }) => {
  const { page } = await openTyping(browser, url);
  await openMeasure(page);
  const before = live((await selectedMeasure(page)).progress).length;
  assert.ok(before >= 1, 'the sample measure has progress entries');
  await scrollIntoView(page, 'progress-0');
  await click(page, 'progress-0');
  await page.waitForFunction(() => window.rectify.textInput().area.open, null, { polling: 50 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => !window.rectify.textInput().area.open, null, { polling: 50 });
  await page.keyboard.press('Enter');
  await waitIdle(page);
  assert.equal(live((await selectedMeasure(page)).progress).length, before, 'every entry is still there');
  await page.keyboard.press('Escape'); // whatever Enter opened (the next entry's date) closes again
}));

test('Ctrl+Z straight after a button that made an item undoes the item, not typing that never was', () => withApp(async ({ browser, url }) => {
  const { page } = await openTyping(browser, url);
  await openMeasure(page);
  const problems = async () => live(live((await content(page)).plans)[0].problems).length;
  const measures = async () => live((await content(page)).plans)[0].problems.flatMap((q) => live(q.measures)).length;
  const counts = [await problems(), await measures()];
  for (const [button, field] of [['add-problem', 'area'], ['add-measure', 'field']]) {
    await click(page, 'outline-2'); // a measure selected: where the new item goes
    await click(page, button, { settle: false });
    await until(page, (f) => (f === 'area' ? window.rectify.textInput().area.open : window.rectify.state().field.active), field);
    await page.keyboard.press('Control+Z');
    await waitIdle(page);
    assert.deepEqual([await problems(), await measures()], counts, `${button} undone`);
  }
  await click(page, 'back-home');
  await waitView(page, 'home');
  await click(page, '新建方案');
  await until(page, () => window.rectify.state().field.active);
  await page.keyboard.press('Control+Z');
  await until(page, () => window.rectify.state().plans.length === 1);
}));
