// phone_helpers: what the phone tests (phone.test.mjs) share: Playwright's phone emulation (touch,
// isMobile) at 390×844 and 360×780, a tap and a swipe as a finger gives them, the checks that
// every widget is finger-sized and within the width, a stubbed on-screen keyboard
// (visualViewport), and the staff member's steps: a progress entry typed through the keyboard
// path and a photo attached through 相册.
import assert from 'node:assert/strict';
import { openApp, itemRect, stableRect, waitSettled, poll } from './harness.mjs';
import { live, content } from './plan_helpers.mjs';

export const TODAY = '2026-11-23';
export const PHONES = [
  { name: '390', viewport: { width: 390, height: 844 }, dpr: 3 },
  { name: '360', viewport: { width: 360, height: 780 }, dpr: 3 },
];
export const FINGER = 44;
export const WECHAT_UA = 'Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

// Records, for the test, the event during which the page focused an element: a phone opens its
// keyboard only for a focus given inside a tap's own handler.
export function recordFocus() {
  window.__focusLog = [];
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    window.__focusLog.push({ id: this.id, during: window.event ? window.event.type : null });
    return focus.apply(this, args);
  };
}

export async function openPhone(browser, url, phone, opts = {}) {
  const context = await browser.newContext({
    viewport: phone.viewport, deviceScaleFactor: phone.dpr, hasTouch: true, isMobile: true,
    ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
  });
  return openApp(browser, url, { context, query: `?today=${TODAY}`, init: opts.init || recordFocus });
}

// A tap as a finger gives it: touchstart and touchend at the widget's middle, with no mouse
// moving there first (no hover frame). Then the app has taken it and drawn what it does.
export async function tap(page, id, opts = {}) {
  const r = await stableRect(page, id);
  await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
  if (opts.settle !== false) await waitSettled(page);
  return r;
}

// A finger held on the middle of `r` until the app opens what a right click would (the widget
// `menu` drawn), then lifted: as a person holds until the menu shows. The page times the press
// in real time (web/textinput.js), so the app's own drawing says when it was taken.
export async function longPress(page, r, menu) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: r.x + r.w / 2, y: r.y + r.h / 2, id: 1 }] });
  try {
    await itemRect(page, menu);
  } finally {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}

// A finger dragged from (x, y) by dy (negative: up, the content moves up), in steps, then lifted.
// Each step goes past the 8 px a finger may wander in a tap or a long press, as a swipe's first
// move does: a first step under it would leave the page's long-press timer running until the next
// one, which a busy machine can delay past half a second.
export async function swipe(page, x, y, dy, steps = 8) {
  steps = Math.max(1, Math.min(steps, Math.floor(Math.abs(dy) / 12)));
  const cdp = await page.context().newCDPSession(page);
  const point = (py) => [{ x, y: py, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(y) });
  // Moving at once, as a swipe does (a finger still for half a second would be a long press).
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y + (dy * i) / steps) });
    if (i > 1) await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Swipes the widget's scrolling window until the widget is wholly inside it; returns its rectangle.
export async function swipeIntoView(page, id) {
  let r = await stableRect(page, id);
  for (let i = 0; i < 30; i++) {
    const c = r.clip;
    const above = r.y < c.y, below = r.y + r.h > c.y + c.h;
    if (!above && !below) return r;
    const dy = below ? -Math.min(r.y + r.h - (c.y + c.h) + 40, c.h * 0.6) : Math.min(c.y - r.y + 40, c.h * 0.6);
    await swipe(page, c.x + c.w * 0.7, c.y + c.h / 2, dy);
    await waitSettled(page);
    const was = r;
    r = await stableRect(page, id);
    if (r.y === was.y) break;
  }
  return r;
}

// The widgets of the last frame wholly in view (inside their window's visible part and the
// viewport) that are smaller than a finger: what a phone user could not hit reliably.
export async function smallTargets(page, viewport) {
  await waitSettled(page);
  const items = await page.evaluate(() => window.rectify.items());
  const small = [];
  for (const { name, widget, rect: r } of items) {
    if (!widget || r.w <= 0 || r.h <= 0) continue;
    const c = r.clip;
    const inView = r.y >= c.y - 1 && r.y + r.h <= c.y + c.h + 1 && r.x >= c.x - 1 && r.x + r.w <= c.x + c.w + 1 &&
                   r.y + r.h <= viewport.height && r.x + r.w <= viewport.width;
    if (inView && (r.w < FINGER - 0.5 || r.h < FINGER - 0.5)) small.push(`${name} ${r.w}×${r.h}`);
  }
  return small;
}

// The whole of a scrolling screen finger-sized, not only what shows first: the screen that holds
// widget `id` is scrolled back to its top, then half a screen at a time to its end, each stop checked
// (a row narrow only further down went unseen by a check at one position); left at its top.
export async function assertFingerSizedThroughout(page, phone, screen, id) {
  const c = (await stableRect(page, id)).clip;
  const at = async () => JSON.stringify((await page.evaluate(() => window.rectify.items()))
    .filter(({ rect: r }) => r.clip && r.clip.y === c.y && r.clip.h === c.h).slice(0, 3).map(({ name, rect: r }) => [name, r.y]));
  // The wheel, not a finger: a swipe that starts on a field edits it rather than scrolling, and
  // where the fields are differs at every stop.
  const scrollBy = async (dy) => {
    const was = await at();
    await page.mouse.move(c.x + c.w / 2, c.y + c.h / 2);
    await page.mouse.wheel(0, -dy);
    await waitSettled(page);
    return (await at()) !== was;
  };
  for (let i = 0; i < 30 && await scrollBy(c.h * 0.6); i++); // to the top
  const small = new Set();
  for (let i = 0; i < 80; i++) {
    for (const s of await smallTargets(page, phone.viewport)) small.add(s);
    if (!await scrollBy(-c.h * 0.5)) break;
  }
  for (let i = 0; i < 30 && await scrollBy(c.h * 0.6); i++); // back to the top, as it was
  assert.deepEqual([...small], [], `${screen} at ${phone.name}, scrolled through: widgets under ${FINGER} px`);
}

export async function assertFingerSized(page, phone, screen) {
  const small = await smallTargets(page, phone.viewport);
  assert.deepEqual(small, [], `${screen} at ${phone.name}: widgets under ${FINGER} px`);
}

// Everything drawn lies within the phone's width (nothing off screen to the right).
export async function assertFitsWidth(page, phone, screen) {
  const items = await page.evaluate(() => window.rectify.items());
  const out = items.filter(({ rect: r }) => r.w > 0 && !r.scrollX && r.x + r.w > phone.viewport.width + 0.5)
    .map(({ name, rect: r }) => `${name} ${r.x}+${r.w}`);
  assert.deepEqual(out, [], `${screen} at ${phone.name}: past the right edge`);
}

export async function openMeasure(page) {
  const id = await page.evaluate(() => window.rectify.state().nav.measure);
  const ws = await content(page);
  for (const plan of ws.plans) for (const q of plan.problems) for (const m of q.measures) if (m.id === id) return m;
  return null;
}

// A JPEG-looking file (its header, then bytes): the store keeps what it is given.
export function photoBytes(size) {
  const b = Buffer.alloc(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(b);
  for (let i = 4; i < size; i++) b[i] = (i * 31) & 0xff;
  return b;
}

// The page's visualViewport as a phone's keyboard makes it: `height` CSS px tall (null: the real
// one again), then its resize event, as the browser fires it.
export async function keyboard(page, height) {
  await page.evaluate((h) => {
    const vv = window.visualViewport;
    if (h === null) delete vv.height;
    else Object.defineProperty(vv, 'height', { configurable: true, get: () => h });
    vv.dispatchEvent(new Event('resize'));
  }, height);
  await waitSettled(page);
}

// 添加进展 on the measure's screen, its text typed through the keyboard path: a tap on the new
// entry (its multi-line editor), the text, then a tap on `nothing` (a point with no widget) commits
// it, as leaving a field does. The first time, 添加进展 asks who writes: `who` is typed. hooks:
// asked(), typed() run at those moments (screenshots). Resolves with the entry's row name.
export async function addProgress(page, text, nothing, who = '林思远', hooks = {}) {
  const before = live((await openMeasure(page)).progress).length;
  await swipeIntoView(page, 'add-progress');
  await tap(page, 'add-progress');
  const asked = await poll(async () => (await page.evaluate(() => !!window.rectify.itemRect('user-name'))) ||
    live((await openMeasure(page)).progress).length > before, (x) => x, 'a new entry, or who writes it asked');
  if (asked === true && await page.evaluate(() => !!window.rectify.itemRect('user-name'))) {
    if (hooks.asked) await hooks.asked();
    await page.keyboard.insertText(who);
    await tap(page, 'user-ok');
  }
  await poll(async () => live((await openMeasure(page)).progress), (p) => p.length === before + 1, 'a new entry');
  const entry = `progress-${before}`; // the new entry, after the others
  await swipeIntoView(page, entry);
  await tap(page, entry);
  assert.equal((await page.evaluate(() => window.rectify.textInput())).focus, 'area');
  await page.keyboard.insertText(text);
  await waitSettled(page);
  if (hooks.typed) await hooks.typed();
  await page.touchscreen.tap(nothing.x, nothing.y);
  await waitSettled(page);
  await poll(async () => live((await openMeasure(page)).progress), (p) => p.some((e) => e.text === text), 'the typed progress text');
  return entry;
}

// A photo chosen through 相册 (the file chooser: image/*, no capture) is attached to the measure
// shown; resolves with its evidence list.
export async function attachPhoto(page, name, bytes = photoBytes(40 * 1024)) {
  await swipeIntoView(page, 'attach-album');
  const before = live((await openMeasure(page)).evidence).length;
  const [album] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  assert.equal(await album.element().getAttribute('capture'), null);
  assert.equal(await album.element().getAttribute('accept'), 'image/*');
  await album.setFiles([{ name, mimeType: 'image/jpeg', buffer: bytes }]);
  const ev = await poll(async () => live((await openMeasure(page)).evidence), (e) => e.length === before + 1, 'the photo attached', 30000);
  assert.equal(ev[ev.length - 1].file.name, name);
  await waitSettled(page);
  return ev;
}

// Where a tap lands on nothing on a measure's or a tab's screen: beside ← 返回.
export async function besideBack(page) {
  const back = await stableRect(page, 'narrow-back');
  return { x: back.x + back.w + 60, y: back.y + back.h / 2 };
}

// The measures of the workspace's first plan, live, in the outline's order, with their problem's id.
export async function outlineMeasures(page) {
  const plan = live((await content(page)).plans)[0];
  const rows = [];
  for (const q of live(plan.problems)) for (const m of live(q.measures)) rows.push({ id: m.id, problem: q.id, title: m.title });
  return rows;
}
