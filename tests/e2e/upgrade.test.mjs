// Old formats (issue 23): the migration of a version-1 file and the repair of a stored copy's
// repeated IDs are not in the startup download (core/format/old_formats.h); the office module puts
// such a file in today's format when one comes (platform::upgrade_in_module). Offline, the page
// says why it cannot read it and changes nothing; online, the file opens as it always did.
// Offline is the page's own requests for the module failing; where the page reloads, service workers
// are blocked, so that none serves the module from its cache (the page then says it cannot work
// offline, in a bar at the bottom).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, ROOT, waitReady, state, click, itemRect } from './harness.mjs';
import { live, content, until, dropFiles, storeWorkspace } from './plan_helpers.mjs';

const V1 = fs.readFileSync(path.join(ROOT, 'tests/data/formats/v1-sample.rectify.json'), 'utf8');
const V1_TITLE = JSON.parse(V1).plan.title;
const TODAY = '2026-04-01';

// A page whose requests for the office module fail while `net.offline` is set.
async function openOffline(browser, url, net, { noWorker = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
    serviceWorkers: noWorker ? 'block' : 'allow' });
  await context.route('**/office/office.js', (route) => (net.offline ? route.abort('internetdisconnected') : route.continue()));
  const { openApp } = await import('./harness.mjs');
  return openApp(browser, url, { context, query: `?today=${TODAY}` });
}

const storedText = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rectify');
  req.onsuccess = () => {
    const g = req.result.transaction('workspace').objectStore('workspace').get('current');
    g.onsuccess = () => resolve(g.result && g.result.text);
    g.onerror = () => reject(g.error);
  };
  req.onerror = () => reject(req.error);
}));

test('a stored workspace of format version 1: offline the page says why, read-only, and keeps it; online it opens migrated', () => withApp(async ({ browser, url }) => {
  const net = { offline: false };
  const { page } = await openOffline(browser, url, net, { noWorker: true });
  await until(page, () => window.rectify.state().save === 'saved');
  await storeWorkspace(page, { text: V1, rev: 50 }); // what an app of 2022 left in this browser

  net.offline = true;
  await page.reload();
  await waitReady(page);
  let s = await state(page);
  assert.equal(s.save, 'needs-upgrade');
  assert.equal(s.readOnly, true);
  const banner = (await itemRect(page, 'banner')).text || '';
  assert.match(banner, /旧版整改通.*联网/, banner);
  assert.equal(await storedText(page), V1, 'the stored copy is kept as it was');
  assert.equal(await page.evaluate(() => typeof window.createRectifyOffice), 'undefined', 'the module never came');

  net.offline = false;
  await page.reload();
  await waitReady(page);
  await until(page, () => window.rectify.state().save === 'saved');
  s = await state(page);
  assert.equal(s.readOnly, false);
  assert.deepEqual(live((await content(page)).plans).map((p) => p.title), [V1_TITLE]);
  const stored = JSON.parse(await storedText(page));
  assert.ok(stored.version > 1, 'stored again in today\'s format');
  // The point kept before the migration is read through the module too.
  await page.evaluate(() => window.rectifyPoints.settled());
  await click(page, '编辑');
  await click(page, '历史版本…');
  await itemRect(page, 'history-window');
  await until(page, () => /^此后/.test((window.rectify.itemRect('history-since-0') || {}).text || ''));
  assert.deepEqual(page.errors.filter((e) => !/office|Failed to load resource/i.test(e)), []);
}));

test('a plan file of format version 1 dropped on the page: offline it says why and nothing changes; online it merges', () => withApp(async ({ browser, url }) => {
  const net = { offline: true };
  const { page } = await openOffline(browser, url, net);
  const before = live((await content(page)).plans).map((p) => p.title);
  const file = { name: '青山县整改方案（2022）.rectify.json', text: V1 };

  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
  const notice = (await state(page)).notice.text;
  assert.match(notice, /青山县整改方案（2022）/);
  assert.match(notice, /旧版整改通/);
  assert.equal((await state(page)).merge.open, false);
  assert.deepEqual(live((await content(page)).plans).map((p) => p.title), before, 'nothing changed');

  net.offline = false;
  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => window.rectify.state().merge.open);
  const m = (await state(page)).merge;
  assert.ok(m.added > 0, JSON.stringify(m));
  await click(page, 'merge-accept');
  await until(page, (t) => window.rectify.workspace().content.plans.some((p) => p.title === t), V1_TITLE);
  assert.deepEqual(page.errors.filter((e) => !/office|Failed to load resource/i.test(e)), []);
}));
