// Helpers shared by the tests that work on plans (editor, ledger): the workspace as the page holds
// it, waiting for the app's state, and reading CSV files the app writes.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { openApp, itemRect, scrollIntoView, click, waitSettled, poll } from './harness.mjs';

// The open workspace's content, as the plan file holds it; only live entities.
export const live = (list) => list.filter((e) => !(e.meta && e.meta.deleted && e.meta.deleted.at));
export const content = (page) => page.evaluate(() => window.rectify.workspace().content);
export async function planAt(page, index) {
  const ws = await content(page);
  return live(ws.plans)[index];
}
export const measuresOf = (plan) => live(live(plan.problems)[0].measures);

// Waits (polling, not rAF) until fn(page state) holds; fn runs in the page.
export const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 10000, polling: 50 });
export const waitView = (page, v) => until(page, (w) => window.rectify.state().view === w, v);
export const waitSaved = (page) => until(page, () => window.rectify.state().save === 'saved');
export const waitPlan = (page, index, pred, what) => poll(() => planAt(page, index), (plan) => plan && pred(plan), what);

// 新建方案, opened in the editor, with one problem whose text is `text` (typed as an input method
// commits it). Returns once the plan holds it.
export async function newPlanWithProblem(page, text) {
  await click(page, '新建方案');
  await until(page, () => window.rectify.state().plans.length === 2);
  await click(page, 'open-1');
  await waitView(page, 'plan');
  await click(page, 'add-problem');
  await waitPlan(page, 1, (p) => live(p.problems).length === 1, 'a problem');
  await click(page, 'problem-text');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
  return waitPlan(page, 1, (p) => live(p.problems)[0].text === text, 'problem text');
}

// 视图 → 科室和人员.
export async function openDirectory(page) {
  await click(page, '视图');
  await click(page, '科室和人员');
  await waitView(page, 'directory');
}

// 科室和人员 → 本单位名称: the name this office signs its files with (an ordinary edit).
export async function nameOffice(page, name) {
  await click(page, '视图');
  await click(page, '科室和人员');
  await click(page, 'office-name');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(name);
  await page.keyboard.press('Enter');
  await until(page, (n) => window.rectify.workspace().content.office.name === n, name);
  await click(page, 'back-home');
}

// Replaces a one-line field's text as a user does: a click in it, select all, the new text, Enter.
export async function retype(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

// RFC 4180: quoted fields, "" inside them, CRLF between records.
export function parseCsv(text) {
  const records = [];
  let field = '', record = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  if (field || record.length) { record.push(field); records.push(record); }
  return records;
}

export async function openWithClipboard(browser, url, query = '') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  return openApp(browser, url, { context, query });
}


// Double-clicks a ledger cell (row, column index) and waits for its in-place editor.
export async function editCell(page, row, col) {
  const r = await scrollIntoView(page, `ledger-row-${row}`);
  const c = await itemRect(page, `ledger-col-${col}`);
  const x = c.x + Math.min(c.w / 2, 40), y = r.y + r.h / 2;
  await page.mouse.move(x, y);
  await waitSettled(page);
  await page.mouse.dblclick(x, y);
  await itemRect(page, 'cell-edit');
}

// Puts a plan file where a previous session would have left it (IndexedDB rectify/workspace,
// record 'current' at revision `rev`): `text`, or with `url` the text the page fetches from there
// (a large file need not pass through the test). A reload then loads it.
export function storeWorkspace(page, { text, url, rev = 50 }) {
  return page.evaluate(async ({ text, url, rev }) => {
    if (url) text = await (await fetch(url)).text();
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put({ rev, text }, 'current');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    });
  }, { text, url, rev });
}

// Drops files on the page as a user drags them from the desktop: [{name, text}] or, for a binary
// file, [{name, bytes: [0x89, …]}].
export function dropFiles(page, files) {
  return page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.bytes ? new Uint8Array(f.bytes) : f.text], f.name));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    const ev = new DragEvent('drop', { dataTransfer: dt, cancelable: true });
    window.dispatchEvent(ev);
    return ev.defaultPrevented; // the browser must not open the files itself
  }, files);
}

// A stored evidence file's bytes (a Buffer), read back from the page's store; null when not there.
export const storedBytes = (page, hash) => page.evaluate(async (h) => {
  const blob = await window.rectifyEvidence.get(h);
  return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : null;
}, hash).then((a) => (a ? Buffer.from(a) : null));

// Every member of a ZIP archive by name, inflated, as text.
export function unzip(buf) {
  return Object.fromEntries(Object.entries(unzipBytes(buf)).map(([name, b]) => [name, b.toString('utf8')]));
}

// Every member of a ZIP archive by name, inflated, as bytes (a Buffer).
export function unzipBytes(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a ZIP archive');
  const files = {};
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50);
    const method = buf.readUInt16LE(at + 10), size = buf.readUInt32LE(at + 20);
    const nlen = buf.readUInt16LE(at + 28), xlen = buf.readUInt16LE(at + 30), clen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nlen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    at += 46 + nlen + xlen + clen;
  }
  return files;
}
