// Never a white screen: an unsupported browser, a failed download and a crash inside the app each
// end in the bilingual error panel. And a refusal looks like one: a file the app cannot use is
// named for what it is, in the error colour, until the user closes the notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, openApp, screenshot, state, itemRect, click, pixelStats, ROOT } from './harness.mjs';
import { dropFiles } from './plan_helpers.mjs';

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

test('a browser whose WebAssembly has no exception handling is told to update, not shown a compile error', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, {
    waitReady: false,
    init: () => {
      // An engine from before WebAssembly's exception handling (Chrome < 95, Safari < 15.2): it
      // rejects any module holding try (0x06) … catch_all (0x19), as it would the app's.
      const hasTry = (b) => {
        const a = b instanceof Uint8Array ? b : new Uint8Array(b.buffer || b);
        for (let i = 0; i + 2 < a.length; i++) if (a[i] === 6 && a[i + 1] === 64 && (a[i + 2] === 25 || a[i + 2] === 7)) return true;
        return false;
      };
      const validate = WebAssembly.validate;
      WebAssembly.validate = (b) => !hasTry(b) && validate(b);
      const refuse = () => Promise.reject(new WebAssembly.CompileError('invalid opcode 0x6'));
      WebAssembly.compileStreaming = refuse;
      WebAssembly.compile = refuse;
    },
  });
  const text = await fatalText(page);
  assert.match(text, /版本过旧/);
  assert.match(text, /Chrome 或 Edge 95 以上/);
  assert.match(text, /too old/);
  // The boot script's compile is refused later; the panel must still say what to do after it.
  assert.equal(await page.evaluate(() => window.rectifyBoot.wasm.then(() => 'compiled', () => 'refused')), 'refused');
  assert.match(await page.evaluate(() => window.rectify.lastFatal), /版本过旧/);
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

// ---- refusals: the error notice ------------------------------------------------------------------

const fixture = (name) => [...fs.readFileSync(path.join(ROOT, 'tests/data/hostile', name))];
const notice = (page) => page.evaluate(() => window.rectify.state().notice);
const waitNotice = (page, kind) => page.waitForFunction(
  (k) => { const n = window.rectify.state().notice; return n && n.kind === k; }, kind, { timeout: 10000, polling: 50 });

test('a PNG dropped on the page is refused as a picture, in the error colour, until closed', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  const before = await itemRect(page, '新建方案');
  assert.equal(await dropFiles(page, [{ name: '整改照片.png', bytes: fixture('image.png') }]), true);
  await waitNotice(page, 'error');
  const n = await notice(page);
  assert.match(n.text, /整改照片\.png/);
  assert.match(n.text, /这是 PNG 图片，不是整改通的方案文件/);
  assert.doesNotMatch(n.text, /UTF|编码/);
  assert.equal(n.until, null, 'an error has no deadline');
  // Over the page, not in it: nothing under the pointer moved.
  assert.deepEqual(await itemRect(page, '新建方案'), before);
  // The error colour: red text on the notice.
  const r = await itemRect(page, 'notice');
  const png = await screenshot(page, 'notice-error-png', { x: r.x, y: r.y, width: r.w, height: r.h });
  const stats = await pixelStats(page, png);
  assert.ok(stats.red > 40, `red pixels in the notice: ${stats.red}`);
  // Frames go on (the pointer moves about) and it stays.
  for (let i = 0; i < 6; i++) {
    const f = (await state(page)).frames;
    await page.mouse.move(200 + i * 30, 500);
    await page.waitForFunction((k) => window.rectify.state().frames > k, f, { polling: 20 });
  }
  assert.equal((await notice(page)).kind, 'error');
  await click(page, 'notice-close');
  await page.waitForFunction(() => window.rectify.state().notice === null, null, { polling: 50 });
  assert.deepEqual(page.errors, []);
}));

test('a ZIP or a Word file given as a plan file, and a damaged plan file: each an error saying why', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  const cases = [
    [{ name: '报送.rectify.json', bytes: fixture('archive.zip') }, /这是 ZIP 压缩包，不是整改通的方案文件/],
    // Given as a plan file (by its name): named as the Word document it is. (Dropped under its own
    // name, a .docx is a document to import: office.test.mjs.)
    [{ name: '整改方案.rectify.json', bytes: fixture('plan.docx') }, /这是 Word 文档（\.docx），不是整改通的方案文件/],
    [{ name: '坏文件.rectify.json', text: '{"format": "rectify-plan", "version": 2, "content": ' }, /不完整/],
  ];
  for (const [file, why] of cases) {
    await dropFiles(page, [file]);
    await page.waitForFunction((name) => {
      const n = window.rectify.state().notice;
      return n && n.kind === 'error' && n.text.includes(name);
    }, file.name, { timeout: 10000, polling: 50 });
    const n = await notice(page);
    assert.match(n.text, why);
    assert.equal(n.until, null);
  }
  await screenshot(page, 'notice-error-damaged');
  // A short notice still goes by itself: it has a deadline.
  await click(page, '新建方案');
  await page.waitForFunction(() => window.rectify.state().plans.length === 2, null, { polling: 50 });
  await click(page, 'delete-1');
  await click(page, 'delete-confirm');
  await waitNotice(page, 'undo');
  assert.equal(typeof (await notice(page)).until, 'number');
}));
