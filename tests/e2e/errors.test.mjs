// Never a white screen: an unsupported browser, a failed download and a crash inside the app each
// end in the bilingual error panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, screenshot } from './harness.mjs';

async function fatalText(page) {
  await page.waitForSelector('#fatal:not([hidden])', { timeout: 30000 });
  return page.locator('#fatal').innerText();
}

test('a browser without WebAssembly gets a clear message', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { waitReady: false, init: () => { delete window.WebAssembly; } });
  const text = await fatalText(page);
  assert.match(text, /不支持 WebAssembly/);
  assert.match(text, /does not support WebAssembly/);
  await screenshot(page, 'error-no-wasm');
}));

test('a browser without WebGL2 gets a clear message', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, {
    waitReady: false,
    init: () => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : orig.call(this, kind, ...rest); };
    },
  });
  const text = await fatalText(page);
  assert.match(text, /不支持 WebGL2/);
  assert.match(text, /does not support WebGL2/);
}));

test('a failed download is reported, not a blank page', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, {
    waitReady: false,
    route: (p) => p.route('**/rectify.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })),
  });
  const text = await fatalText(page);
  assert.match(text, /无法下载或启动整改通/);
  assert.match(text, /rectify\.wasm: HTTP 404/);
  // The panel's button reloads the page (here the download fails again, and says so again).
  const reloaded = page.waitForEvent('framenavigated');
  await page.click('#fatal-reload');
  await reloaded;
  assert.match(await fatalText(page), /rectify\.wasm: HTTP 404/);
}));

test('the loading screen shows progress until the first frame', () => withApp(async ({ browser, url }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page } = await openApp(browser, url, {
    waitReady: false,
    route: (p) => p.route('**/rectify.wasm', async (r) => { await held; await r.continue(); }),
  });
  await page.waitForSelector('#loading .bar');
  assert.equal(await page.locator('#loading').isVisible(), true);
  assert.match(await page.locator('#loading-text').innerText(), /正在加载/);
  release();
  await page.waitForFunction(() => window.rectify.ready, null, { timeout: 60000 });
  assert.equal(await page.locator('#loading').isHidden(), true);
  assert.equal(await page.locator('#bar-fill').evaluate((e) => e.style.width), '100%');
}));

for (const kind of ['exception', 'abort']) {
  test(`a C++ ${kind} shows the error panel`, () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url, { waitReady: false, query: `?crash=${kind}` });
    const text = await fatalText(page);
    assert.match(text, /整改通遇到了问题/);
    assert.match(text, /Rectify hit a problem/);
    if (kind === 'exception') assert.match(text, /test crash requested by \?crash=exception/);
    else assert.match(text, /abort/i);
    await screenshot(page, `error-${kind}`);
  }));
}
