// Offline and installable (web/sw.js, web/update.js, web/manifest.webmanifest): after one visit
// the app and the user's plans open with no network; edits made offline are kept; a new deploy is
// offered as 新版本可用 and applied only when the user agrees, with nothing lost; an app still open
// at the old version never overwrites what the new one stored; Chrome finds the app installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, launch, openApp, waitReady, waitAsync, state, click, itemRect, screenshot, SITE, ROOT } from './harness.mjs';

// One origin (so one service worker and one IndexedDB) whose content can change under the page:
// serve(name) switches to another build, serve('down') makes every request a network error.
async function startSwitchable(roots) {
  const handlers = {};
  for (const [name, root] of Object.entries(roots)) handlers[name] = createServer(root).listeners('request')[0];
  let current = Object.keys(roots)[0];
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(`${current} ${req.url}`);
    if (current === 'down') { req.socket.destroy(); return; }
    handlers[current](req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    serve(name) { current = name; server.closeAllConnections(); },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

// A copy of the built site that is a different deploy: one file changed, so a new build id.
function changedBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-site-'));
  fs.cpSync(SITE, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- the next release -->\n</body>'));
  execFileSync('python3', [path.join(ROOT, 'scripts/site_version.py'), dir, path.join(ROOT, 'web/sw.js')]);
  return dir;
}
const buildOf = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'version.json'), 'utf8')).build;

const waitSave = (page) =>
  page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 10000, polling: 50 });
const waitPlans = (page, n) =>
  page.waitForFunction((k) => window.rectify.state().plans.length === k, n, { timeout: 10000, polling: 50 });
// The page is controlled by the worker and the worker has the full font (it is fetched after the
// first frame, maybe before the worker took over: the worker then fetches it itself).
async function waitOfflineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 60000 });
  await waitAsync(page, async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('rectify-font-') && await (await caches.open(name)).match(new URL('fonts/rectify-full.otf', location.href).href)) return true;
    }
    return false;
  }, null, 'the full font in the worker\'s cache', 60000);
}
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rectify', 1);
  req.onsuccess = () => {
    const get = req.result.transaction('workspace').objectStore('workspace').get('current');
    get.onsuccess = () => resolve(get.result || null);
    get.onerror = () => reject(get.error);
  };
  req.onerror = () => reject(req.error);
}));

async function withSites(roots, fn) {
  const server = await startSwitchable(roots);
  const browser = await launch();
  try { return await fn({ browser, server }); } finally { await browser.close(); await server.close(); }
}

test('after one visit the app and its plans open with no network; an edit made offline is kept', () =>
  withSites({ a: SITE }, async ({ browser, server }) => {
    const { context, page } = await openApp(browser, server.url);
    await click(page, '新建方案');
    await waitPlans(page, 2);
    await waitSave(page);
    await waitOfflineReady(page);
    assert.match(await page.evaluate(() => window.rectifyUpdate.build()), /^[0-9a-f]{12}$/);

    // No network at all: the browser is offline and the server drops every connection.
    await context.setOffline(true);
    server.serve('down');
    const seen = server.requests.length;
    const res = await page.reload();
    assert.ok(res.fromServiceWorker(), 'the page came from the service worker');
    await waitReady(page);
    assert.equal((await state(page)).plans.length, 2, 'the plans are there');
    // Rare characters need the full font: it comes from the worker's cache too.
    await page.waitForFunction(() => window.rectify.state().fullFont !== 'pending', null, { timeout: 30000 });
    assert.equal((await state(page)).fullFont, 'loaded');
    assert.equal(await page.evaluate(() => navigator.onLine), false);

    // Edit offline, reload offline: the edit is kept.
    await click(page, '新建方案');
    await waitPlans(page, 3);
    await waitSave(page);
    await page.reload();
    await waitReady(page);
    assert.equal((await state(page)).plans.length, 3);
    await screenshot(page, 'offline-reloaded');
    // Whatever reached the server while "down" was dropped: the app never needed it.
    assert.deepEqual(server.requests.slice(seen).filter((r) => !/sw\.js/.test(r)), []);
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|sw\.js|service worker/i.test(e)), []);
  }));

test('a new deploy is offered as 新版本可用 and applied only when the user agrees; nothing is lost', () => {
  const next = changedBuild();
  return withSites({ a: SITE, b: next }, async ({ browser, server }) => {
    const { page } = await openApp(browser, server.url);
    await waitOfflineReady(page);
    const oldBuild = await page.evaluate(() => window.rectifyUpdate.build());
    assert.equal(oldBuild, buildOf(SITE));
    assert.notEqual(buildOf(next), oldBuild);
    await click(page, '新建方案');
    await waitPlans(page, 2);
    await waitSave(page);

    // Deploy the next release; the user opens the app again (online).
    server.serve('b');
    await page.reload();
    await waitReady(page);
    await page.locator('#update').waitFor({ state: 'visible', timeout: 60000 });
    await screenshot(page, 'update-offered');
    // Still the old version, and nothing happens on its own.
    assert.equal(await page.evaluate(() => window.rectifyUpdate.build()), oldBuild);
    await page.evaluate(() => { window.__samePage = true; });
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload without the user');

    // An edit still inside the autosave delay when the user accepts: it is stored first.
    await click(page, '新建方案', { settle: false });
    await waitPlans(page, 3);
    assert.equal((await state(page)).save, 'saving');
    await page.click('#update-now');
    await page.waitForFunction(() => !window.__samePage && window.rectify && window.rectify.ready, null, { timeout: 30000 });
    await waitReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.rectifyUpdate.build()), buildOf(next));
    assert.equal((await state(page)).plans.length, 3, 'every plan is there, the last edit too');
    assert.equal(await page.locator('#update').isVisible(), false);
    // The old version's cache is gone; the full font was kept across the update.
    const names = await page.evaluate(() => caches.keys());
    assert.deepEqual(names.filter((n) => n.startsWith('rectify-shell-')), [`rectify-shell-${buildOf(next)}`]);
    assert.equal(names.filter((n) => n.startsWith('rectify-font-')).length, 1);
    // And the new version works offline too.
    server.serve('down');
    await page.context().setOffline(true);
    await page.reload();
    await waitReady(page);
    assert.equal((await state(page)).plans.length, 3);
  });
});

test('an app still open at the old version never overwrites what the new version stored', () => {
  const next = changedBuild();
  return withSites({ a: SITE, b: next }, async ({ browser, server }) => {
    const { context, page: old } = await openApp(browser, server.url);
    await waitOfflineReady(old);
    await waitSave(old);
    server.serve('b');
    // A second window updates; the first keeps running the old version and only says so.
    const { page: fresh } = await openApp(browser, server.url, { context });
    await fresh.locator('#update').waitFor({ state: 'visible', timeout: 60000 });
    await old.evaluate(() => { window.__samePage = true; });
    await fresh.evaluate(() => { window.__beforeUpdate = true; });
    await fresh.click('#update-now');
    // The page that accepted reloads into the new version: wait for the new page, not the old one.
    await waitAsync(fresh, async () => !window.__beforeUpdate && window.rectify && window.rectify.ready &&
      (await window.rectifyUpdate.build()) !== null, null, 'the page reloaded into the new version, controlled');
    await waitReady(fresh);
    assert.equal(await fresh.evaluate(() => window.rectifyUpdate.build()), buildOf(next));
    await old.locator('#update').waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await old.evaluate(() => window.__samePage), true, 'the old window was not reloaded under the user');
    // 稍后 puts the banner away and gives the keys back to the app.
    await old.click('#update-later');
    assert.equal(await old.locator('#update').isVisible(), false);
    assert.equal(await old.evaluate(() => window.rectify.textInput().focus), 'input');

    // The new version stores the workspace in a format the old one does not know (as a later
    // format version would), and tells the other windows.
    await fresh.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const os = req.result.transaction('workspace', 'readwrite').objectStore('workspace');
        const get = os.get('current');
        get.onsuccess = () => {
          const rev = get.result.rev + 1;
          os.put({ rev, text: JSON.stringify({ format: 'rectify-plan', version: 99, content: {} }) }, 'current');
          os.transaction.oncomplete = () => { new BroadcastChannel('rectify-workspace').postMessage({ type: 'saved', rev, tab: 'newer' }); resolve(); };
        };
      };
    }));
    const rev = (await stored(fresh)).rev;
    await old.waitForFunction(() => window.rectify.state().save === 'newer', null, { timeout: 10000, polling: 50 });
    assert.equal((await state(old)).readOnly, true);
    await click(old, '新建方案'); // refused or kept on screen only: never written over the newer data
    await old.waitForTimeout(1000); // over three times the autosave's 300 ms delay: a write would have come
    const rec = await stored(old);
    assert.equal(rec.rev, rev);
    assert.match(rec.text, /"version":99/);
  });
});

test('a file opened with the installed app arrives like a dropped file', () =>
  withSites({ a: SITE }, async ({ browser, server }) => {
    const { page } = await openApp(browser, server.url, {
      // What Chrome does for a file_handlers launch: the page's consumer gets file handles.
      init: () => Object.defineProperty(window, 'launchQueue', { value: { setConsumer(fn) { window.__launch = fn; } }, configurable: true }),
    });
    await page.evaluate(() => window.__launch({
      files: [{ kind: 'file', getFile: async () => new File(['\ufeff问题,整改措施\r\n食堂价格公示不及时,每月公示\r\n'], 'ledger.csv') }],
    }));
    await page.waitForFunction(() => window.rectify.state().import.open, null, { timeout: 10000, polling: 50 });
  }));

test('Chrome can install it: the manifest parses and nothing stands in the way of installing', async () => {
  const server = await startSwitchable({ a: SITE });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-profile-'));
  // A normal profile (installing is never offered in an incognito-like context).
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitReady(page);
    await waitOfflineReady(page);
    const cdp = await context.newCDPSession(page);
    const m = await cdp.send('Page.getAppManifest');
    assert.ok(m.data, 'the page links a manifest');
    assert.deepEqual(m.errors, []);
    const manifest = JSON.parse(m.data);
    assert.equal(manifest.name, '整改通');
    assert.equal(manifest.lang, 'zh-CN');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.file_handlers[0].accept['application/json'].includes('.json'));
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, server.url).href);
      assert.equal(res.status(), 200, icon.src);
    }
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
