// Backups (issue 20): the menu bar's 上次备份 (从未备份 at first), a backup that downloads a package
// of the whole workspace with its evidence files and restores into another browser (replace: the
// same workspace, the files in its store, one undo step), the reminder after seven days of edits
// without a backup (moved by ?today=), the backup folder through a stand-in for the File System
// Access API (headless Chromium has no folder picker: an in-memory directory), and storage that
// may vanish: persistence refused with a small quota, the database deleted while the app is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { withApp, openApp, click, itemRect, waitReady, screenshot } from './harness.mjs';
import { live, until, dropFiles, unzipBytes } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const BACKUP = `整改通备份-${TODAY}.rectify.zip`;
const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');
const backupState = (page) => page.evaluate(() => window.rectify.state().backup);
const record = (page) => page.evaluate(() => localStorage.getItem('rectify.backup') || '');

// The content checksum of the format (core/format/checksum.cpp): compact, members sorted by name.
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
const withChecksum = (file) => JSON.stringify({ ...file, checksum: `sha256:${sha256(canonical(file.content))}` }, null, 1);

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }),
    (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

function photo(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}

// An edit with an evidence file: the workspace's first measure gets a photo (merged in as a return
// would be, the photo put in the store). Returns the photo.
async function addPhoto(page, seed) {
  const bytes = photo(50000, seed);
  const file = await page.evaluate(() => window.rectify.workspace());
  const measure = live(live(live(file.content.plans)[0].problems)[0].measures)[0];
  measure.evidence = measure.evidence || [];
  measure.evidence.push({
    id: `ev-backup-${seed}`, name: `照片${seed}.jpg`, note: '',
    file: { sha256: sha256(bytes), name: `照片${seed}.jpg`, type: 'image/jpeg', size: bytes.length },
    meta: { created: measure.meta.created },
  });
  // In the store first: a backup may start as soon as the edit is made (the backup folder's).
  await page.evaluate(async (b) => {
    const u = new Uint8Array(b);
    await rectifyEvidence.putBytes(await rectifyEvidence.sha256(u), u, 'image/jpeg');
  }, Array.from(bytes));
  assert.equal(await dropFiles(page, [{ name: `photo-${seed}.rectify.json`, bytes: Array.from(Buffer.from(withChecksum(file))) }]), true);
  await until(page, () => window.rectify.state().merge.open);
  await click(page, 'merge-accept');
  await until(page, () => !window.rectify.state().merge.open);
  return bytes;
}

test('a backup holds the whole workspace and its files, and restores into another browser', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
  assert.equal((await backupState(page)).status, '从未备份');
  const bytes = await addPhoto(page, 7);
  assert.match(await record(page), new RegExp(`edit=${TODAY}`)); // an edit since the (no) last backup

  // One click on the status line: the package, named for the day.
  const backup = await download(page, 'backup-status');
  assert.equal(backup.name, BACKUP);
  const entries = unzipBytes(backup.bytes);
  assert.deepEqual(Object.keys(entries).sort(), ['files/' + sha256(bytes), 'plan.rectify.json'].sort());
  assert.ok(entries['files/' + sha256(bytes)].equals(bytes));
  const saved = JSON.parse(entries['plan.rectify.json'].toString('utf8'));
  const mine = await page.evaluate(() => window.rectify.workspace());
  assert.deepEqual(saved.content, mine.content);
  await until(page, () => window.rectify.state().backup.status === '上次备份：今天');
  assert.match(await record(page), new RegExp(`last=${TODAY};edit=;`));

  // Another browser: 从备份恢复, the preview says what it holds, 替换当前工作区.
  const { page: other } = await openApp(browser, url, { query: `?today=${TODAY}` });
  const sample = await other.evaluate(() => window.rectify.workspace().content);
  await click(other, '编辑');
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), click(other, 'menu-restore')]);
  await chooser.setFiles({ name: backup.name, mimeType: 'application/zip', buffer: backup.bytes });
  await until(other, () => window.rectify.state().backup.restoreOpen);
  await screenshot(other, 'backup-restore-preview');
  const preview = await backupState(other);
  assert.equal(preview.plans, live(mine.content.plans).length);
  assert.equal(preview.files, 1);
  assert.ok(preview.measures > 0 && preview.problems > 0);
  await click(other, 'restore-replace');
  await until(other, () => !window.rectify.state().backup.restoreOpen);
  assert.deepEqual(await other.evaluate(() => window.rectify.workspace().content), mine.content);
  const stored = await other.evaluate(async (s) => {
    const blob = await rectifyEvidence.get(s);
    return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : null;
  }, sha256(bytes));
  assert.ok(stored && Buffer.from(stored).equals(bytes), 'the evidence file is in the new store');
  // One undo step puts the workspace it replaced back.
  await click(other, 'notice-undo');
  assert.deepEqual(await other.evaluate(() => window.rectify.workspace().content), sample);

  // 合并 instead: the merge preview of a return, which brings the backup's photo in.
  await click(other, '编辑');
  const [again] = await Promise.all([other.waitForEvent('filechooser'), click(other, 'menu-restore')]);
  await again.setFiles({ name: backup.name, mimeType: 'application/zip', buffer: backup.bytes });
  await until(other, () => window.rectify.state().backup.restoreOpen);
  await click(other, 'restore-merge');
  await until(other, () => window.rectify.state().merge.open);
  await click(other, 'merge-accept');
  await until(other, () => !window.rectify.state().merge.open);
  const merged = JSON.stringify(await other.evaluate(() => window.rectify.workspace().content));
  assert.ok(merged.includes(sha256(bytes)), 'the merged workspace references the backup\'s photo');
}));

test('after seven days of edits without a backup a reminder shows, put off for the day by 稍后', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?today=2026-11-16' });
  await page.evaluate(() => localStorage.setItem('rectify.backup', 'last=2026-11-10;edit=2026-11-12;later=;folder='));
  const visit = async (day) => {
    await page.goto(`${url}?today=${day}`);
    await waitReady(page);
    return backupState(page);
  };
  let s = await visit('2026-11-16');
  assert.equal(s.status, '上次备份：6天前');
  assert.equal(s.reminder, false);
  s = await visit('2026-11-17');
  assert.equal(s.reminder, true);
  await itemRect(page, 'backup-reminder');
  await screenshot(page, 'backup-reminder');
  await click(page, 'reminder-later');
  await until(page, () => !window.rectify.state().backup.reminder);
  assert.match(await record(page), /later=2026-11-17/);
  assert.equal((await visit('2026-11-17')).reminder, false); // not again the same day
  s = await visit('2026-11-18');
  assert.equal(s.reminder, true);
  const backup = await download(page, 'reminder-backup');
  assert.equal(backup.name, '整改通备份-2026-11-18.rectify.zip');
  await until(page, () => !window.rectify.state().backup.reminder && window.rectify.state().backup.status === '上次备份：今天');

  assert.equal((await visit('2026-11-19')).status, '上次备份：昨天');

  // Nothing edited since a backup: no reminder, however long ago it was.
  await page.evaluate(() => localStorage.setItem('rectify.backup', 'last=2026-10-01;edit=;later=;folder='));
  s = await visit('2026-11-18');
  assert.equal(s.status, '上次备份：48天前');
  assert.equal(s.reminder, false);
}));

// An in-memory directory in place of window.showDirectoryPicker: files in window.__folder (name →
// bytes), the permission in window.__permission, writes failing while window.__failWrites.
function folderDouble() {
  window.__folder = new Map();
  window.__permission = 'granted';
  window.__failWrites = false;
  const file = (name) => ({
    kind: 'file', name,
    async createWritable() {
      if (window.__failWrites) throw new DOMException('The disk is full', 'QuotaExceededError');
      const parts = [];
      return {
        async write(b) { parts.push(new Uint8Array(b instanceof Blob ? await b.arrayBuffer() : b)); },
        async close() {
          const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let at = 0;
          for (const p of parts) { all.set(p, at); at += p.length; }
          window.__folder.set(name, all);
        },
        async abort() {},
      };
    },
  });
  const dir = {
    kind: 'directory', name: '整改备份',
    async getFileHandle(name, opts) {
      if (!window.__folder.has(name) && !(opts && opts.create)) throw new DOMException(name, 'NotFoundError');
      return file(name);
    },
    async removeEntry(name) { window.__folder.delete(name); },
    async *values() { for (const name of Array.from(window.__folder.keys())) yield file(name); },
    async queryPermission() { return window.__permission; },
    async requestPermission() { window.__permission = 'granted'; return 'granted'; },
  };
  window.showDirectoryPicker = async () => dir;
  // What the user already keeps in that folder: twelve older backups, and files that are not ours.
  for (let d = 1; d <= 12; d++) window.__folder.set(`整改通备份-2026-10-${String(d).padStart(2, '0')}.rectify.zip`, new Uint8Array([1]));
  window.__folder.set('整改通备份-2026-10-01 (1).rectify.zip', new Uint8Array([2]));
  window.__folder.set('会议纪要.docx', new Uint8Array([3]));
}

const folderNames = (page) => page.evaluate(() => Array.from(window.__folder.keys()).sort());

test('the backup folder gets the day\'s backup, keeps the newest ten, and asks again for permission', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, init: folderDouble });
  // A write that fails is said, in the status line.
  await page.evaluate(() => { window.__failWrites = true; });
  await click(page, '编辑');
  await click(page, 'menu-backup-folder');
  await itemRect(page, 'folder-failed');
  await screenshot(page, 'backup-folder-failed');
  assert.match((await backupState(page)).folderError, /QuotaExceededError/);
  assert.equal((await backupState(page)).status, '从未备份');

  // The disk has room again: the next edit writes the day's backup.
  await page.evaluate(() => { window.__failWrites = false; });
  const bytes = await addPhoto(page, 3);
  await until(page, () => window.__folder.has('整改通备份-2026-11-23.rectify.zip'));
  const names = await folderNames(page);
  const ours = names.filter((n) => /^整改通备份-\d{4}-\d{2}-\d{2}\.rectify\.zip$/.test(n));
  assert.equal(ours.length, 10);
  assert.equal(ours[0], '整改通备份-2026-10-04.rectify.zip'); // the oldest ones went
  assert.ok(names.includes('会议纪要.docx') && names.includes('整改通备份-2026-10-01 (1).rectify.zip'), 'other files stay');
  const zip = Buffer.from(await page.evaluate(() => Array.from(window.__folder.get('整改通备份-2026-11-23.rectify.zip'))));
  const entries = unzipBytes(zip);
  assert.ok(entries['files/' + sha256(bytes)].equals(bytes));
  await until(page, () => window.rectify.state().backup.status === '上次备份：今天' && !window.rectify.state().backup.folderError);

  // The browser forgot the permission: 重新授权 shows, and a click grants it again.
  await page.evaluate(() => { window.__permission = 'prompt'; window.dispatchEvent(new Event('focus')); });
  await click(page, 'folder-reauthorize');
  await until(page, () => window.rectify.state().backup.folderPermission === 'granted');
}));

test('where the browser may delete the data, a banner offers the backup; a deleted database is reported and saved again', () => withApp(async ({ browser, url }) => {
  const smallQuota = () => {
    navigator.storage.persist = async () => false;
    navigator.storage.estimate = async () => ({ quota: 60 * 1024 * 1024, usage: 1024 });
  };
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, persist: false, init: smallQuota });
  await itemRect(page, 'durability-banner');
  const backup = await download(page, 'durability-backup');
  assert.equal(backup.name, BACKUP);
  await until(page, () => window.rectify.state().save === 'saved');

  // The site's data cleared while the app is open: said, and the workspace stored again.
  const before = await page.evaluate(() => window.rectify.workspace().content);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase('rectify');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  }));
  await until(page, () => window.rectify.state().backup.cleared);
  await itemRect(page, 'storage-cleared');
  const storedAgain = () => page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('rectify', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('workspace');
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('workspace', 'readonly').objectStore('workspace').get('current');
      get.onsuccess = () => { db.close(); resolve(get.result ? JSON.parse(get.result.text).content : null); };
      get.onerror = () => { db.close(); resolve(null); };
    };
    req.onerror = () => resolve(null);
  }));
  const deadline = Date.now() + 20000;
  let again = null;
  while (!(again = await storedAgain()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(again, before);
  assert.equal(await page.evaluate(() => window.rectify.state().save), 'saved');
}));
