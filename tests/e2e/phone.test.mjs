// On a phone (issue 21): Playwright's phone emulation (touch, isMobile) at 390×844 with
// devicePixelRatio 3 and at 360×780 (an Android size). A staff member taps home → plan → a
// measure, adds a progress entry typed through the keyboard path (the hidden element focused
// inside the tap's own handler, as a phone's keyboard needs), attaches a photo through 相册 (the
// file chooser: image/*, no capture; 拍照 asks for the camera), and goes back. Every widget on
// each narrow screen is at least 44 px both ways, a drag scrolls a list without opening what it
// started on, a long press opens a context menu, the field typed in stays above a keyboard, and
// inside WeChat (its user agent) the banner says what does not work there and an export is sent
// through the share sheet instead of downloaded. Screenshots of every narrow screen go to
// test-results/phone-*.png. The ledger is a card per measure with its filters in a sheet. A large
// photo is stored scaled down to 2560 px, or as it came with 保留原图, its progress moving while it
// is scaled. The canvas follows the visual viewport (a stubbed keyboard) with the field typed in
// kept above it; closing the keyboard (the viewport whole again, or the element's blur) commits
// the field. The delete confirmation fills the phone's screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, itemRect, stableRect, waitSettled, poll, screenshot } from './harness.mjs';
import { live, content, waitView } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const PHONES = [
  { name: '390', viewport: { width: 390, height: 844 }, dpr: 3 },
  { name: '360', viewport: { width: 360, height: 780 }, dpr: 3 },
];
const FINGER = 44;
const WECHAT_UA = 'Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

// Records, for the test, the event during which the page focused an element: a phone opens its
// keyboard only for a focus given inside a tap's own handler.
function recordFocus() {
  window.__focusLog = [];
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    window.__focusLog.push({ id: this.id, during: window.event ? window.event.type : null });
    return focus.apply(this, args);
  };
}

async function openPhone(browser, url, phone, opts = {}) {
  const context = await browser.newContext({
    viewport: phone.viewport, deviceScaleFactor: phone.dpr, hasTouch: true, isMobile: true,
    ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
  });
  return openApp(browser, url, { context, query: `?today=${TODAY}`, init: opts.init || recordFocus });
}

// A tap as a finger gives it: touchstart and touchend at the widget's middle, with no mouse
// moving there first (no hover frame). Then the app has taken it and drawn what it does.
async function tap(page, id, opts = {}) {
  const r = await stableRect(page, id);
  await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
  if (opts.settle !== false) await waitSettled(page);
  return r;
}

// A finger dragged from (x, y) by dy (negative: up, the content moves up), in steps, then lifted.
async function swipe(page, x, y, dy, steps = 8) {
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
async function swipeIntoView(page, id) {
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
async function smallTargets(page, viewport) {
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

async function assertFingerSized(page, phone, screen) {
  const small = await smallTargets(page, phone.viewport);
  assert.deepEqual(small, [], `${screen} at ${phone.name}: widgets under ${FINGER} px`);
}

// Everything drawn lies within the phone's width (nothing off screen to the right).
async function assertFitsWidth(page, phone, screen) {
  const items = await page.evaluate(() => window.rectify.items());
  const out = items.filter(({ rect: r }) => r.w > 0 && !r.scrollX && r.x + r.w > phone.viewport.width + 0.5)
    .map(({ name, rect: r }) => `${name} ${r.x}+${r.w}`);
  assert.deepEqual(out, [], `${screen} at ${phone.name}: past the right edge`);
}

async function openMeasure(page) {
  const id = await page.evaluate(() => window.rectify.state().nav.measure);
  const ws = await content(page);
  for (const plan of ws.plans) for (const q of plan.problems) for (const m of q.measures) if (m.id === id) return m;
  return null;
}

// A JPEG-looking file (its header, then bytes): the store keeps what it is given.
function photoBytes(size) {
  const b = Buffer.alloc(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(b);
  for (let i = 4; i < size; i++) b[i] = (i * 31) & 0xff;
  return b;
}

for (const phone of PHONES) {
  test(`a phone ${phone.viewport.width}×${phone.viewport.height}: home → plan → measure, progress by the keyboard, a photo, back`,
    () => withApp(async ({ browser, url }) => {
      const { page } = await openPhone(browser, url, phone);
      const shot = (name) => screenshot(page, `phone-${phone.name}-${name}`);
      try { await walkThrough(page, phone, shot); } catch (e) { await shot('failed').catch(() => {}); throw e; }
    }));
}

// The walk of the first test, at one phone size.
async function walkThrough(page, phone, shot) {
  // Home: a card per plan, the whole title, 打开 on screen and finger-sized.
  const open = await stableRect(page, 'open-0');
  assert.ok(open.x >= 0 && open.x + open.w <= phone.viewport.width, `打开 on screen: ${JSON.stringify(open)}`);
  const title = await stableRect(page, 'plan-0');
  assert.ok(title.w > phone.viewport.width * 0.6, `the title has the card's width, not a column: ${title.w}`);
  await assertFitsWidth(page, phone, 'home');
  await assertFingerSized(page, phone, 'home');
  await shot('home');

  // 更多… holds 复制/改名/删除.
  await tap(page, 'more-0');
  await itemRect(page, 'rename-0');
  await assertFingerSized(page, phone, 'home menu');
  await shot('home-more');
  await tap(page, 'home-title'); // a tap outside closes the menu
  assert.equal(await page.evaluate(() => window.rectify.itemRect('rename-0')), null, 'the menu closed');

  // A tap on 打开 opens the plan: no hover needed.
  await tap(page, 'open-0');
  await waitView(page, 'plan');
  await itemRect(page, 'narrow-measure-0');
  await assertFitsWidth(page, phone, 'outline');
  await assertFingerSized(page, phone, 'outline');
  await shot('outline');

  // A drag on the outline scrolls it and opens nothing it started on.
  const before = await stableRect(page, 'narrow-measure-0');
  await swipe(page, before.x + before.w / 2, before.y + before.h / 2, -250);
  await waitSettled(page);
  const after = await stableRect(page, 'narrow-measure-0');
  assert.ok(after.y < before.y - 40, `the outline scrolled: ${before.y} → ${after.y}`);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'no item opened by the drag');
  await swipe(page, before.x + before.w / 2, before.y + 100, 600);
  await waitSettled(page);

  // The first measure on its own screen, the wide view's form stacked.
  await tap(page, 'narrow-measure-0');
  await itemRect(page, 'measure-title');
  await itemRect(page, 'narrow-back');
  await assertFitsWidth(page, phone, 'measure');
  await shot('measure');
  await assertFingerSized(page, phone, 'measure');

  // A tap on a field focuses the page's text element inside the touchend handler, now wanting
  // text (inputMode), so a phone opens its keyboard; a tap on nothing leaves the field.
  await page.evaluate(() => { window.__focusLog.length = 0; });
  await tap(page, 'measure-title');
  const focus = await page.evaluate(() => window.__focusLog);
  assert.ok(focus.some((f) => f.id === 'text-input' && f.during === 'touchend'),
    `the field's element focused inside the tap's handler: ${JSON.stringify(focus)}`);
  assert.deepEqual(await page.evaluate(() => ({ focus: window.rectify.textInput().focus, mode: window.rectifyText.ta.inputMode })),
    { focus: 'input', mode: 'text' });
  const back = await stableRect(page, 'narrow-back');
  const nothing = { x: back.x + back.w + 60, y: back.y + back.h / 2 }; // beside ← 返回: nothing there
  await page.touchscreen.tap(nothing.x, nothing.y);
  await waitSettled(page);
  assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'no keyboard outside a field');

  // A progress entry: 添加进展 asks once who writes; the name is typed through the keyboard path.
  const entriesBefore = live((await openMeasure(page)).progress).length;
  await swipeIntoView(page, 'add-progress');
  await tap(page, 'add-progress');
  await itemRect(page, 'user-name');
  await shot('user-dialog');
  await assertFingerSized(page, phone, 'user dialog');
  await page.keyboard.insertText('林思远');
  await tap(page, 'user-ok');
  await poll(async () => live((await openMeasure(page)).progress), (p) => p.length === entriesBefore + 1, 'a new entry');
  // The new entry's text has the caret (its multi-line editor over the field); a tap on it
  // keeps it there, the text is typed, and a tap on nothing commits it, as leaving a field does.
  const entry = `progress-${entriesBefore}`; // the new entry, after the others
  await swipeIntoView(page, entry);
  await tap(page, entry);
  assert.equal((await page.evaluate(() => window.rectify.textInput())).focus, 'area');
  await page.keyboard.insertText('东门围墙已修复，新公告栏已安装。');
  await waitSettled(page);
  await shot('progress-typing');
  await page.touchscreen.tap(nothing.x, nothing.y);
  await waitSettled(page);
  await poll(async () => live((await openMeasure(page)).progress), (p) => p.some((e) => e.text === '东门围墙已修复，新公告栏已安装。'),
    'the typed progress text');

  // 拍照 asks for the camera, 相册 for images without it; a photo chosen is attached.
  await swipeIntoView(page, 'attach-camera');
  await assertFingerSized(page, phone, 'evidence');
  const [camera] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-camera', { settle: false })]);
  assert.equal(await camera.element().getAttribute('capture'), 'environment');
  assert.equal(await camera.element().getAttribute('accept'), 'image/*');
  await camera.setFiles([]);
  const evBefore = live((await openMeasure(page)).evidence).length;
  const [album] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  assert.equal(await album.element().getAttribute('capture'), null);
  assert.equal(await album.element().getAttribute('accept'), 'image/*');
  await album.setFiles([{ name: 'IMG_20261123_101500.jpg', mimeType: 'image/jpeg', buffer: photoBytes(40 * 1024) }]);
  const ev = await poll(async () => live((await openMeasure(page)).evidence), (e) => e.length === evBefore + 1, 'the photo attached', 30000);
  assert.equal(ev[ev.length - 1].file.name, 'IMG_20261123_101500.jpg');
  await waitSettled(page);
  await shot('photo-attached');

  // ← 返回: the outline again, the measure still selected.
  await tap(page, 'narrow-back');
  await itemRect(page, 'narrow-measure-0');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null);
  assert.equal((await page.evaluate(() => window.rectify.state())).view, 'plan');

  // The plan's ledger: a card per measure; the filters in a sheet over the screen.
  await tap(page, 'open-ledger');
  await waitView(page, 'ledger');
  await itemRect(page, 'ledger-card-0');
  const cards = async () => (await page.evaluate(() => window.rectify.items())).filter((i) => /^ledger-card-\d+$/.test(i.name)).length;
  const all = await cards();
  assert.ok(all >= 2, `cards: ${all}`);
  await assertFitsWidth(page, phone, 'ledger');
  await assertFingerSized(page, phone, 'ledger');
  await shot('ledger');
  await tap(page, 'ledger-filters');
  const sheet = await stableRect(page, 'ledger-filters-done');
  assert.ok(sheet.w > phone.viewport.width * 0.8, 'the sheet fills the screen');
  await assertFingerSized(page, phone, 'filter sheet');
  await shot('ledger-filters');
  await tap(page, 'ledger-overdue');
  await tap(page, 'ledger-filters-done');
  await poll(cards, (n) => n >= 1 && n < all, 'fewer cards with 逾期 ticked');
  await shot('ledger-overdue');
  // A card opens its measure on its own screen.
  await tap(page, 'ledger-card-0');
  await waitView(page, 'plan');
  await itemRect(page, 'narrow-back');
  await itemRect(page, 'measure-title');
  assert.deepEqual(page.errors, []);
}

test('a phone: the field typed in stays in view when the keyboard takes half the screen', () => withApp(async ({ browser, url }) => {
  const phone = PHONES[0];
  const { page } = await openPhone(browser, url, phone);
  await tap(page, 'open-0');
  await tap(page, 'narrow-measure-0');
  await swipeIntoView(page, 'add-progress');
  const r = await swipeIntoView(page, 'measure-steps');
  // A field low on the screen: swipe until it is in the lower half.
  assert.ok(r.y >= 0);
  await tap(page, 'measure-title');
  const field = await stableRect(page, 'measure-title');
  await page.setViewportSize({ width: phone.viewport.width, height: 380 }); // the keyboard's share gone
  await waitSettled(page);
  const now = await stableRect(page, 'measure-title');
  assert.ok(now.y >= 0 && now.y + now.h <= 380, `the field in view above the keyboard: ${JSON.stringify(now)} (was ${field.y})`);
  await screenshot(page, 'phone-390-keyboard');
}));

// The page's visualViewport as a phone's keyboard makes it: `height` CSS px tall (null: the real
// one again), then its resize event, as the browser fires it.
async function keyboard(page, height) {
  await page.evaluate((h) => {
    const vv = window.visualViewport;
    if (h === null) delete vv.height;
    else Object.defineProperty(vv, 'height', { configurable: true, get: () => h });
    vv.dispatchEvent(new Event('resize'));
  }, height);
  await waitSettled(page);
}

test('a phone: the canvas follows the keyboard (visualViewport), and closing the keyboard commits the field',
  () => withApp(async ({ browser, url }) => {
    const phone = PHONES[0];
    const { page } = await openPhone(browser, url, phone);
    await tap(page, 'open-0');
    await tap(page, 'narrow-measure-0');
    const before = (await openMeasure(page)).title;
    await tap(page, 'measure-title');
    // A tall keyboard first (at that height the item's window starts higher up the screen, and the
    // field is still in view where it is in it),
    // then one leaving room for the field just below the top of the item's screen: unscrolled,
    // the field would be under it.
    await keyboard(page, 235);
    const field = await stableRect(page, 'measure-title');
    const offset = field.y - field.clip.y; // its place in its scrolling window
    const room = Math.round(field.clip.y + field.h + 24);
    assert.ok(offset > 24 + 1, `the field starts below the room left: ${JSON.stringify(field)}, ${room}`);
    await keyboard(page, room);
    const canvas = (await page.evaluate(() => window.rectify.state())).canvas;
    assert.equal(canvas.cssHeight, room, 'the canvas as tall as the visual viewport');
    const now = await stableRect(page, 'measure-title');
    assert.ok(now.y >= now.clip.y - 1 && now.y + now.h <= Math.min(room, now.clip.y + now.clip.h) + 1,
      `the field in view above the keyboard: ${JSON.stringify(now)}`);
    assert.ok(now.y - now.clip.y < offset - 1, `its window scrolled it up: ${now.y - now.clip.y} < ${offset}`);
    await screenshot(page, 'phone-390-keyboard-viewport');
    // Typed, not yet committed (a field commits when it is left), then the keyboard closed.
    await page.keyboard.insertText('（东门）');
    await waitSettled(page);
    assert.equal((await openMeasure(page)).title, before, 'not committed while the field is edited');
    await keyboard(page, null);
    assert.equal((await page.evaluate(() => window.rectify.state())).canvas.cssHeight, phone.viewport.height);
    const once = await poll(async () => (await openMeasure(page)).title, (t) => t !== before, 'the title committed by closing the keyboard');
    assert.ok(once.includes('（东门）') && once.length === before.length + 4, once);
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'the field was left');
    // iOS's 完成 blurs the element, focus going nowhere: the same.
    await tap(page, 'measure-title');
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'text');
    await page.keyboard.insertText('（西门）');
    await waitSettled(page);
    assert.equal((await openMeasure(page)).title, once, 'not committed while the field is edited');
    await page.evaluate(() => window.rectifyText.ta.blur());
    const twice = await poll(async () => (await openMeasure(page)).title, (t) => t !== once, 'the title committed by the blur');
    assert.ok(twice.includes('（西门）') && twice.includes('（东门）'), twice);
    await waitSettled(page);
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'the field was left');
    assert.deepEqual(page.errors, []);
  }));

test('a phone: the delete confirmation fills the screen', () => withApp(async ({ browser, url }) => {
  const phone = PHONES[1];
  const { page } = await openPhone(browser, url, phone);
  await tap(page, 'more-0');
  await tap(page, 'delete-0');
  const yes = await stableRect(page, 'delete-confirm');
  const c = yes.clip; // the dialog's inside
  assert.ok(c.x >= 0 && c.x + c.w <= phone.viewport.width, `within the width: ${JSON.stringify(c)}`);
  assert.ok(c.w > phone.viewport.width * 0.85 && c.h > phone.viewport.height * 0.8, `the whole screen: ${JSON.stringify(c)}`);
  await assertFingerSized(page, phone, 'delete dialog');
  await screenshot(page, 'phone-360-delete');
  await tap(page, 'delete-confirm');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('delete-confirm')), null, 'the dialog closed');
}));

// The app has no context menus yet; what a long press must already do is not click: the row held
// stays unopened (the left press is cancelled and a right click given instead).
test('a phone: a long press is a right click, not a tap', () => withApp(async ({ browser, url }) => {
  const { page } = await openPhone(browser, url, PHONES[0]);
  await tap(page, 'open-0');
  const r = await stableRect(page, 'narrow-measure-1');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: r.x + r.w / 2, y: r.y + r.h / 2, id: 1 }] });
  await page.waitForTimeout(900);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await waitSettled(page);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'the held row was not opened');
  // The same row tapped opens: the long press, not the row, made the difference.
  await tap(page, 'narrow-measure-1');
  await itemRect(page, 'narrow-back');
}));

// A photo as a phone takes it (3200×2400 JPEG) is stored scaled to 2560 px on its longer side;
// with 保留原图 ticked the next one is stored as it came.
test('a phone: a large photo is scaled down before it is stored, unless 保留原图', () => withApp(async ({ browser, url }) => {
  const { page } = await openPhone(browser, url, PHONES[0]);
  const jpeg = Buffer.from(await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 3200; c.height = 2400;
    const g = c.getContext('2d');
    for (let i = 0; i < 40; i++) { g.fillStyle = `hsl(${i * 9}, 60%, 50%)`; g.fillRect((i * 97) % 3000, (i * 53) % 2200, 400, 300); }
    const blob = await new Promise((done) => c.toBlob(done, 'image/jpeg', 0.95));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }));
  await tap(page, 'open-0');
  await tap(page, 'narrow-measure-0');
  const stored = async (name) => {
    const ev = await poll(async () => live((await openMeasure(page)).evidence), (e) => e.some((x) => x.file && x.file.name === name), `${name} attached`, 30000);
    const file = ev.find((x) => x.file && x.file.name === name).file;
    const dims = await page.evaluate(async (h) => {
      const b = await createImageBitmap(await window.rectifyEvidence.get(h));
      return [b.width, b.height];
    }, file.sha256);
    return { size: file.size, dims };
  };
  await swipeIntoView(page, 'attach-album');
  // The progress the app shows (done of all), sampled while the photo is scaled and stored.
  await page.evaluate(() => {
    window.__fractions = [];
    window.__sampler = setInterval(() => {
      const p = window.rectifyEvidence.progress();
      if (p.total > 0) window.__fractions.push(p.loaded / p.total);
    }, 4);
  });
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  await chooser.setFiles([{ name: 'big.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  const small = await stored('big.jpg');
  const fractions = await page.evaluate(() => { clearInterval(window.__sampler); return window.__fractions; });
  assert.ok(fractions.some((f) => f > 0 && f < 1), `the progress moved while the photo was scaled: ${[...new Set(fractions)]}`);
  assert.deepEqual(small.dims, [2560, 1920]);
  assert.ok(small.size < jpeg.length, `smaller than the original: ${small.size} < ${jpeg.length}`);

  await swipeIntoView(page, 'attach-keep-original');
  await tap(page, 'attach-keep-original');
  assert.equal(await page.evaluate(() => localStorage.getItem('rectify.keepOriginalPhotos')), '1');
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  await chooser.setFiles([{ name: 'kept.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  const kept = await stored('kept.jpg');
  assert.deepEqual(kept.dims, [3200, 2400]);
  assert.equal(kept.size, jpeg.length);
}));

test('inside WeChat: the banner says what does not work and offers 立即备份; an export is shared, not downloaded',
  () => withApp(async ({ browser, url }) => {
    const init = () => {
      window.__shared = [];
      navigator.canShare = (d) => !!(d && d.files && d.files.length);
      navigator.share = (d) => { window.__shared.push(d.files.map((f) => ({ name: f.name, size: f.size }))); return Promise.resolve(); };
    };
    const { page } = await openPhone(browser, url, PHONES[0], { userAgent: WECHAT_UA, init });
    const banner = await stableRect(page, 'wechat-banner');
    assert.ok(banner.w > 300, 'the banner across the screen');
    await itemRect(page, 'wechat-backup');
    await screenshot(page, 'phone-390-wechat');
    // Outside WeChat the same phone has no banner (checked in the first test's home: none drawn).
    // An export (编辑 → 导出文件) goes to the share sheet with the file.
    await page.evaluate(() => window.rectifyHost.download('整改通-导出.json', 'application/json', new TextEncoder().encode('{}')));
    const shared = await page.evaluate(() => window.__shared);
    assert.deepEqual(shared, [[{ name: '整改通-导出.json', size: 2 }]]);
    await tap(page, 'wechat-dismiss');
    assert.equal(await page.evaluate(() => window.rectify.itemRect('wechat-banner')), null);
  }));
