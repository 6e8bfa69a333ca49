// harness: what every end-to-end test needs. A local server for build/web/site, Debian's Chromium
// driven by playwright-core (headless, WebGL2 through SwiftShader), and helpers that act like a
// user: find a widget by its label through window.rectify.itemRect, then click it with the mouse.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = process.env.RECTIFY_SITE || path.join(ROOT, 'build/web/site'); // or a copy of it
export const ARTIFACTS = path.join(ROOT, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export async function startServer(root = SITE) {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/index.html missing: build the web preset first`);
  const server = createServer(root);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

// Lets navigator.storage.persist() succeed for the site in the page's context, as a browser does
// for an installed or bookmarked site (headless Chromium refuses it otherwise).
export async function grantPersistence(browser, page, url) {
  const session = await page.context().newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach();
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.setPermission', {
    permission: { name: 'persistent-storage' }, setting: 'granted', origin: new URL(url).origin,
    browserContextId: targetInfo.browserContextId,
  });
  // Left attached: Chromium drops a session's permission overrides when it detaches.
}

// Opens the app in a fresh context. opts: viewport, dpr, query ('?lang=en'), init (a function run
// before the page's scripts), storage (a context to reuse, to keep localStorage across pages),
// persist: false to leave persistent storage refused (by default it is granted).
export async function openApp(browser, url, opts = {}) {
  const context = opts.context || await browser.newContext({
    viewport: opts.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: opts.dpr || 1,
  });
  const page = await context.newPage();
  if (opts.persist !== false) await grantPersistence(browser, page, url);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.errors = errors;
  if (opts.init) await page.addInitScript(opts.init);
  if (opts.route) await opts.route(page);
  await page.goto(url + (opts.query || ''));
  if (opts.waitReady !== false) await waitReady(page);
  return { context, page };
}

export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => (window.rectify && window.rectify.ready) || (window.rectify && window.rectify.lastFatal),
    null, { timeout });
  const fatal = await page.evaluate(() => window.rectify.lastFatal);
  if (fatal) throw new Error(`app reported a fatal error: ${fatal}`);
  // The first frame comes before storage has answered; tests start from the loaded workspace.
  await page.waitForFunction(() => window.rectify.state().save !== 'loading', null, { timeout });
}

export const state = (page) => page.evaluate(() => window.rectify.state());

// Waits until a widget labelled `id` was drawn in a frame, and returns its rectangle (CSS px).
// 20 s: a dialog on a loaded 2-core machine can take many slow frames to lay out.
export async function itemRect(page, id, timeout = 20000) {
  const handle = await page.waitForFunction((q) => window.rectify.itemRect(q), id, { timeout, polling: 50 })
    .catch(() => { throw new Error(`no widget "${id}" on screen`); });
  return handle.jsonValue();
}

// The widget's rectangle once the picture has settled: a view's first frames still lay out (tables
// size their columns, windows fit their content), and a click must land where it aims.
export async function stableRect(page, id, timeout = 20000) {
  await itemRect(page, id, timeout);
  await waitSettled(page, timeout);
  return itemRect(page, id, timeout);
}

// Scrolls the widget's window with the mouse wheel, as a user would, until the widget is inside
// the window's visible region; returns its rectangle then.
// A few pixels cut off do not count (a selectable's box takes in the spacing around its text), and
// it stops when a turn of the wheel moved nothing (the window cannot scroll further).
export async function scrollIntoView(page, id) {
  let r = await stableRect(page, id);
  for (let i = 0; i < 30 && r.clip; i++) {
    const c = r.clip;
    const above = r.y < c.y - 3, below = r.y + r.h > c.y + c.h + 3;
    if (!above && !below) break;
    // A table wholly below the window's edge has a clip of no height at that edge: the wheel goes
    // just above it, inside the window that scrolls.
    await page.mouse.move(c.x + c.w / 2, c.h < 20 ? c.y - 20 : c.y + c.h / 2);
    const dy = above ? Math.max(r.y - c.y - 20, -400) : Math.min(r.y + r.h - (c.y + c.h) + 20, 400);
    await page.mouse.wheel(0, dy);
    const was = r;
    r = await stableRect(page, id);
    if (r.y === was.y && r.x === was.x) break;
  }
  return r;
}

// Clicks as a hand does: the pointer arrives, the button goes down and the app draws the press,
// then it comes up. ImGui needs the hover for a frame on items that allow overlap (tabs), which a
// zero-time click never gives. Then it waits until the app has taken the click and drawn what it
// does, as a user sees the result before going on; { settle: false } goes on at once (keys typed
// straight after a click).
export async function click(page, id, opts = {}) {
  const r = await scrollIntoView(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await waitSettled(page); // the app has seen the pointer arrive and drawn the hover
  await page.mouse.down();
  await waitSettled(page); // the press drawn
  await page.mouse.up();
  if (opts.settle !== false) await waitSettled(page);
  return r;
}

// Stops the app's frames (the page's animation frames) until the returned function is called:
// input given meanwhile reaches the app all at once, as on a busy phone or a slow frame. The
// frames held then run, in order, before the returned function's promise resolves.
export async function holdFrames(page) {
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame;
    const held = [];
    window.requestAnimationFrame = (f) => held.push(f);
    window.__releaseFrames = () => new Promise((done) => {
      window.requestAnimationFrame = raf;
      for (const f of held.splice(0)) raf(f);
      raf(() => done()); // after the held frames, in the same animation frame
    });
  });
  return () => page.evaluate(() => window.__releaseFrames());
}

// Waits until the app has taken the input given so far and its picture has stopped changing
// (window.rectify.settled()), even while it still draws during the settle time after input: what a
// test waits for after an action, before it looks at its effect.
export async function waitSettled(page, timeout = 20000) {
  await page.waitForFunction(() => window.rectify.settled(), null, { timeout, polling: 20 })
    .catch((e) => { throw new Error(`the app never settled: ${e.message}`); });
}

export async function screenshot(page, name, clip) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  const buf = await page.screenshot({ path: file, clip });
  return buf;
}

// PNG screenshots decoded in the browser (no image library needed): `measure(images, arg)` runs in
// the page with each PNG of `pngs` as ImageData (null for a null one) and returns what it found.
// `measure` is sent as its source: it can use nothing from around it but `arg`.
export async function pngPixels(page, pngs, measure, arg) {
  return page.evaluate(async ([list, source, a]) => {
    async function load(b64) {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height);
    }
    const images = await Promise.all(list.map((b64) => (b64 ? load(b64) : null)));
    return new Function(`return (${source})`)()(images, a); // eslint-disable-line no-new-func
  }, [pngs.map((p) => (p ? p.toString('base64') : null)), measure.toString(), arg === undefined ? null : arg]);
}

// Pixel statistics of PNG screenshots.
// ink: pixels darker than the background; solid: very dark pixels (glyph cores);
// colors: distinct colours; red / amber: pixels of the overdue and due-soon colours;
// diff (with a second image): pixels that differ.
export async function pixelStats(page, png, other) {
  return pngPixels(page, [png, other || null], ([A, B]) => {
    const lum = (d, i) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
    let ink = 0, solid = 0, red = 0, amber = 0, minY = Infinity, maxY = -1;
    const colors = new Set();
    for (let i = 0; i < A.data.length; i += 4) {
      const l = lum(A.data, i);
      if (l < 160) { ink++; const y = Math.floor(i / 4 / A.width); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
      if (l < 70) solid++;
      const [r, g, bl] = [A.data[i], A.data[i + 1], A.data[i + 2]];
      if (r > 150 && g < 80 && bl < 80) red++;
      if (r > 150 && g > 90 && g < 150 && bl < 60) amber++;
      if (colors.size < 4096) colors.add((A.data[i] << 16) | (A.data[i + 1] << 8) | A.data[i + 2]);
    }
    const out = { width: A.width, height: A.height, ink, solid, red, amber, colors: colors.size, inkHeight: maxY >= minY ? maxY - minY + 1 : 0 };
    if (B) {
      let diff = 0;
      if (B.width !== A.width || B.height !== A.height) diff = -1;
      else for (let i = 0; i < A.data.length; i += 4) if (Math.abs(lum(A.data, i) - lum(B.data, i)) > 40) diff++;
      out.diff = diff;
    }
    return out;
  });
}

// Waits until the app is idle: it would draw no frame now (window.rectify.idle()), and the frame
// counter agrees over a few polls. Returns the frame count. A build without idle() is judged by
// the counter alone: still for a second, well over its settle time.
export async function waitIdle(page, timeout = 20000) {
  const end = Date.now() + timeout;
  let last = -1, same = 0;
  while (Date.now() < end) {
    const { frames, idle } = await page.evaluate(() => ({
      frames: window.rectify.state().frames,
      idle: window.rectify.idle ? window.rectify.idle() : null,
    }));
    same = frames === last ? same + 1 : 0;
    last = frames;
    if (idle === null ? same >= 20 : idle && same >= 3) return frames;
    await page.waitForTimeout(50);
  }
  throw new Error('the app never went idle');
}

// One server and one browser for all the tests of a file (each test file is its own process):
// starting Chromium for every test cost a second or more each. Tests stay apart because each opens
// its own browser contexts (storage, permissions, service workers), closed when the test ends.
let shared = null;
function sharedApp() {
  if (!shared) {
    shared = (async () => {
      const server = await startServer();
      const browser = await launch();
      return { server, browser };
    })();
  }
  return shared;
}
// Registered as the module loads, so it belongs to the file, not to the test that first asked.
after(async () => {
  if (!shared) return;
  const { server, browser } = await shared;
  await browser.close();
  await server.close();
});

// Reads get() every 50 ms (a value the test side asks of the page: the workspace, a measure) until
// pred(value) holds, and returns that value; after `timeout` it fails naming `what` and the last value.
export async function poll(get, pred, what, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await get();
    if (pred(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Waits until the page's async fn(arg) resolves truthy (poll, above) and returns its value.
// page.waitForFunction cannot do it: it takes the Promise an async predicate returns as a truthy
// value and resolves at once, whatever the Promise later holds. A navigation during a poll (the
// context destroyed) counts as not yet.
export function waitAsync(page, fn, arg, what, timeout = 30000) {
  const get = () => page.evaluate(fn, arg).catch((e) => {
    if (!/Execution context was destroyed|navigat/i.test(String(e && e.message))) throw e;
    return null;
  });
  return poll(get, (v) => !!v, what, timeout);
}

// Runs fn with the file's browser and server; the contexts fn opened are closed whatever happens.
export async function withApp(fn) {
  const { server, browser } = await sharedApp();
  const before = new Set(browser.contexts());
  try {
    return await fn({ browser, url: server.url });
  } finally {
    await Promise.all(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close().catch(() => {})));
  }
}
