// Evidence files in the app (issue 19): a clerk attaches files to a measure by the picker, by
// dropping them on its 佐证材料 list and by pasting a screenshot, and to a progress entry; the rows
// survive a reload with their bytes in the browser's store; remove and undo; a file over the limit
// and a full disk are refused with their message and change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, openApp, waitReady, click, itemRect, scrollIntoView, waitSettled, poll, screenshot } from './harness.mjs';
import { live, content, waitView, openWithClipboard, storedBytes } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

// Bytes that look like their type (a header), padded with pseudo-random bytes: different per seed.
function fileBytes(header, size, seed) {
  const b = Buffer.alloc(size);
  Buffer.from(header).copy(b);
  let x = seed * 2654435761 >>> 0;
  for (let i = header.length; i < size; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}
const JPG = fileBytes([0xff, 0xd8, 0xff, 0xe0], 48 * 1024, 1);
const PDF = fileBytes(Buffer.from('%PDF-1.7\n'), 150 * 1024, 2);
const DOCX = fileBytes([0x50, 0x4b, 0x03, 0x04], 20 * 1024, 3);
const PNG = fileBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 6 * 1024, 4);
const PHOTO = fileBytes([0xff, 0xd8, 0xff, 0xe1], 30 * 1024, 5);
const RECEIPT = fileBytes(Buffer.from('%PDF-1.4\n'), 12 * 1024, 6);

// The measure open in the detail, as the workspace holds it.
async function openMeasure(page) {
  const id = await page.evaluate(() => window.rectify.state().nav.measure);
  const ws = await content(page);
  for (const plan of ws.plans) for (const q of plan.problems) for (const m of q.measures) if (m.id === id) return m;
  return null;
}
const liveEvidence = async (page) => live((await openMeasure(page)).evidence);
const waitEvidence = (page, pred, what) => poll(() => liveEvidence(page), pred, what, 30000);

async function openFirstMeasure(page) {
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-2'); // the first problem's first measure
  await itemRect(page, 'measure-title');
}

async function pick(page, anchor, files) {
  await scrollIntoView(page, anchor);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, anchor)]);
  assert.ok(chooser.isMultiple(), 'several files at once');
  await chooser.setFiles(files);
}

// Drops files at the middle of an anchored zone, as a drag from the desktop does.
async function dropOn(page, anchor, files) {
  const r = await scrollIntoView(page, anchor);
  return page.evaluate(({ list, x, y }) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const at = { dataTransfer: dt, clientX: x, clientY: y, bubbles: true, cancelable: true };
    document.elementFromPoint(x, y).dispatchEvent(new DragEvent('dragover', at));
    const ev = new DragEvent('drop', at);
    document.elementFromPoint(x, y).dispatchEvent(ev);
    return ev.defaultPrevented;
  }, { list: files.map((f) => ({ ...f, bytes: Array.from(f.bytes) })), x: r.x + r.w / 2, y: r.y + r.h / 2 });
}

test('files attached by the picker, a drop and a paste, and to a progress entry; kept over a reload; remove and undo',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
    await openFirstMeasure(page);
    const before = (await liveEvidence(page)).length;

    // Two files at once by the picker: rows in the order chosen, each a reference to its bytes.
    await pick(page, 'attach-files', [
      { name: '整改前后对比.jpg', mimeType: 'image/jpeg', buffer: JPG },
      { name: '专题会议纪要.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    let ev = await waitEvidence(page, (l) => l.length === before + 2, 'two files attached');
    const [jpg, pdf] = ev.slice(before);
    assert.deepEqual([jpg.name, jpg.file.name, jpg.file.type, jpg.file.size, jpg.file.sha256],
      ['整改前后对比.jpg', '整改前后对比.jpg', 'image/jpeg', JPG.length, sha(JPG)]);
    assert.deepEqual([pdf.file.name, pdf.file.size, pdf.file.sha256], ['专题会议纪要.pdf', PDF.length, sha(PDF)]);
    assert.ok(jpg.meta && jpg.meta.created && jpg.meta.created.at > 0, 'who/when: the item\'s meta');
    await waitSettled(page);
    assert.equal((await itemRect(page, `evidence-${before}-kind`)).text, 'JPG');
    assert.equal((await itemRect(page, `evidence-${before + 1}-kind`)).text, 'PDF');
    assert.equal((await itemRect(page, `evidence-${before + 1}-size`)).text, '150 KB');

    // A file dropped on the evidence list is attached there, not opened as a plan.
    assert.ok(await dropOn(page, 'evidence-zone', [{ name: '整改方案.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: DOCX }]));
    ev = await waitEvidence(page, (l) => l.length === before + 3, 'the dropped file');
    assert.equal(ev[before + 2].file.sha256, sha(DOCX));
    assert.equal((await itemRect(page, `evidence-${before + 2}-kind`)).text, 'DOCX');

    // A screenshot pasted while the measure is open: named 截图 with the time.
    await page.evaluate((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, Array.from(PNG));
    ev = await waitEvidence(page, (l) => l.length === before + 4, 'the pasted screenshot');
    assert.match(ev[before + 3].name, /^截图 \d{4}-\d\d-\d\d \d{6}\.png$/);
    assert.equal(ev[before + 3].file.sha256, sha(PNG));

    // A progress entry's own file, under its text.
    const entries = async () => live((await openMeasure(page)).progress);
    const n = (await entries()).length;
    await click(page, 'add-progress');
    await itemRect(page, 'user-name'); // the first entry asks who is writing
    await page.keyboard.insertText('林思远');
    await page.keyboard.press('Enter');
    await poll(entries, (l) => l.length === n + 1, 'the entry');
    await page.keyboard.insertText('东门设置临时停车区');
    await page.keyboard.press('Tab');
    await poll(entries, (l) => l[n].text === '东门设置临时停车区', 'the entry\'s text');
    await pick(page, `progress-${n}-attach`, [{ name: '停车区照片.jpg', mimeType: 'image/jpeg', buffer: PHOTO }]);
    const entry = (await poll(entries, (l) => l[n].evidence && live(l[n].evidence).length === 1, 'the entry\'s file'))[n];
    assert.equal(entry.evidence[0].file.sha256, sha(PHOTO));
    assert.equal(live(await liveEvidence(page)).length, before + 4, 'not the measure\'s');
    assert.equal((await itemRect(page, `progress-${n}-file-0`)).text, '停车区照片.jpg');
    // A file dropped on the entry's row is the entry's.
    assert.ok(await dropOn(page, `progress-${n}-zone`, [{ name: '验收单.pdf', type: 'application/pdf', bytes: RECEIPT }]));
    const files = (await poll(entries, (l) => live(l[n].evidence || []).length === 2, 'the dropped file on the entry'))[n].evidence;
    assert.deepEqual(files.map((e) => e.file.sha256), [sha(PHOTO), sha(RECEIPT)]);
    assert.equal((await liveEvidence(page)).length, before + 4, 'still not the measure\'s');
    await screenshot(page, 'evidence-attached');

    // Reload: the rows are there, and each stored file reads back byte for byte.
    await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 20000 });
    await page.reload();
    await waitReady(page);
    await itemRect(page, 'measure-title');
    ev = await waitEvidence(page, (l) => l.length === before + 4, 'the rows after a reload');
    const originals = [JPG, PDF, DOCX, PNG];
    for (let i = 0; i < 4; i++) assert.ok((await storedBytes(page, ev[before + i].file.sha256)).equals(originals[i]), `file ${i} intact`);
    assert.ok((await storedBytes(page, sha(PHOTO))).equals(PHOTO));
    assert.ok((await storedBytes(page, sha(RECEIPT))).equals(RECEIPT));
    await itemRect(page, `evidence-${before + 3}-kind`);
    await assert.rejects(itemRect(page, `evidence-${before}-missing`, 1000), 'the file is in this browser');

    // Reorder: the PDF up one place; undo puts it back.
    const names = async () => (await liveEvidence(page)).map((e) => e.file && e.file.name).slice(before);
    await scrollIntoView(page, 'attach-files'); // the rows above it in view (a row's clip is its cell's)
    await click(page, `evidence-${before + 1}-up`);
    assert.deepEqual(await poll(names, (l) => l[0] === '专题会议纪要.pdf', 'the PDF moved up'),
      ['专题会议纪要.pdf', '整改前后对比.jpg', '整改方案.docx', ev[before + 3].file.name]);
    await page.keyboard.press('Control+Z');
    await poll(names, (l) => l[0] === '整改前后对比.jpg', 'the move undone');

    // Remove the JPG, then undo: the reference (and its stored file) come back.
    await click(page, `evidence-${before}-remove`);
    await waitEvidence(page, (l) => l.length === before + 3 && !l.some((e) => e.file && e.file.sha256 === sha(JPG)), 'the JPG removed');
    await page.keyboard.press('Control+Z');
    ev = await waitEvidence(page, (l) => l.length === before + 4, 'the JPG back');
    assert.equal(ev[before].file.sha256, sha(JPG));
    assert.ok((await storedBytes(page, sha(JPG))).equals(JPG));

    // The store in View → 文件存储空间.
    await click(page, '视图');
    await click(page, '文件存储空间…');
    assert.match((await itemRect(page, 'storage-files')).text, /^本机保存的佐证文件：6 个，共 0\.3 MB$/);
    assert.deepEqual(page.errors, []);
  }));

test('a file over 100 MB is refused with its size, and nothing changes', () => withApp(async ({ browser, url }) => {
  const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-')), '全程录像.mp4');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 100 * 1024 * 1024 + 1); // sparse: no disk used
  try {
    const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
    await openFirstMeasure(page);
    const before = await openMeasure(page);
    await pick(page, 'attach-files', [big]);
    const msg = await itemRect(page, 'attach-message', 30000);
    assert.match(msg.text, /^“全程录像\.mp4”未添加：文件大小 100\.1 MB，超过 100 MB 的上限。/);
    await waitSettled(page);
    assert.deepEqual(await openMeasure(page), before, 'the measure unchanged');
    assert.equal(await page.evaluate(() => window.rectifyEvidence.known.size), 0, 'nothing stored');
  } finally {
    fs.rmSync(path.dirname(big), { recursive: true, force: true });
  }
}));

test('a full browser store refuses the file with its usage and quota, and nothing changes', () => withApp(async ({ browser, url }) => {
  const init = () => {
    const tiny = () => Promise.resolve({ usage: 3 * 1024 * 1024, quota: 5 * 1024 * 1024 });
    Object.defineProperty(navigator.storage, 'estimate', { value: tiny, configurable: true });
  };
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, init });
  await openFirstMeasure(page);
  const before = await openMeasure(page);
  await pick(page, 'attach-files', [{ name: '整改前后对比.jpg', mimeType: 'image/jpeg', buffer: JPG }]);
  const msg = await itemRect(page, 'attach-message', 30000);
  assert.equal(msg.text, '“整改前后对比.jpg”未添加：浏览器存储空间不足（已用 3 MB，上限 5 MB）。请导出计划包后清理不需要的文件。');
  await waitSettled(page);
  assert.deepEqual(await openMeasure(page), before, 'the measure unchanged');
  assert.equal(await page.evaluate(() => window.rectifyEvidence.known.size), 0, 'nothing stored');
}));

test('at start the store keeps referenced files and recent ones, and collects the rest', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
  await openFirstMeasure(page);
  // Stored earlier: a file the measure will reference, one nothing references, both old; and one
  // just stored (another tab may be about to save its reference).
  const put = (list) => page.evaluate(async (files) => {
    for (const f of files) await window.rectifyEvidence.putBytes(f.sha, new Uint8Array(f.bytes), f.type);
  }, list.map(([buf, type]) => ({ sha: sha(buf), bytes: Array.from(buf), type })));
  await put([[JPG, 'image/jpeg'], [PDF, 'application/pdf'], [DOCX, '']]);
  await page.evaluate((old) => new Promise((resolve, reject) => {
    const req = indexedDB.open('rectify-files');
    req.onsuccess = () => {
      const t = req.result.transaction('files', 'readwrite');
      const s = t.objectStore('files');
      for (const h of old) s.get(h).onsuccess = (e) => s.put({ ...e.target.result, added: 0 }, h);
      t.oncomplete = () => { req.result.close(); resolve(); };
      t.onerror = () => reject(t.error);
    };
    req.onerror = () => reject(req.error);
  }), [sha(JPG), sha(PDF)]);
  await pick(page, 'attach-files', [{ name: '整改前后对比.jpg', mimeType: 'image/jpeg', buffer: JPG }]);
  await waitEvidence(page, (l) => l.some((e) => e.file && e.file.sha256 === sha(JPG)), 'the JPG referenced');
  await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 20000 });

  await page.reload();
  await waitReady(page);
  const known = () => page.evaluate(() => Array.from(window.rectifyEvidence.known.keys()).sort());
  const left = await poll(known, (k) => !k.includes(sha(PDF)), 'the unreferenced old file collected', 30000);
  assert.deepEqual(left, [sha(JPG), sha(DOCX)].sort(), 'the referenced and the recent file stay');
  assert.equal(await storedBytes(page, sha(PDF)), null);
  assert.ok((await storedBytes(page, sha(JPG))).equals(JPG));
}));

test('打开 shows a PDF in a tab and downloads a Word file; a file not in this browser says so', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openApp(browser, url, { query: `?today=${TODAY}` });
  await openFirstMeasure(page);
  const before = (await liveEvidence(page)).length;
  await pick(page, 'attach-files', [
    { name: '专题会议纪要.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: '整改方案.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: DOCX },
  ]);
  await waitEvidence(page, (l) => l.length === before + 2, 'two files attached');
  await waitSettled(page);
  await scrollIntoView(page, 'attach-files');
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, `evidence-${before}-open`)]);
  assert.match(tab.url(), /^blob:/);
  await tab.close();
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, `evidence-${before + 1}-open`)]);
  assert.equal(download.suggestedFilename(), '整改方案.docx');
  assert.ok(fs.readFileSync(await download.path()).equals(DOCX), 'the stored bytes');

  // The PDF's bytes gone from this browser (a plan file came without its package): the row says so.
  await page.waitForFunction(() => window.rectify.state().save === 'saved', null, { timeout: 20000 });
  await page.evaluate((h) => new Promise((resolve, reject) => {
    const req = indexedDB.open('rectify-files');
    req.onsuccess = () => {
      const t = req.result.transaction('files', 'readwrite');
      t.objectStore('files').delete(h);
      t.oncomplete = () => { req.result.close(); resolve(); };
      t.onerror = () => reject(t.error);
    };
    req.onerror = () => reject(req.error);
  }), sha(PDF));
  await page.reload();
  await waitReady(page);
  await itemRect(page, 'measure-title');
  await scrollIntoView(page, 'attach-files');
  assert.ok(await itemRect(page, `evidence-${before}-missing`));
  await assert.rejects(itemRect(page, `evidence-${before + 1}-missing`, 1000), 'the Word file is here');
  await screenshot(page, 'evidence-missing');
  assert.deepEqual(page.errors, []);
}));

test('Ctrl+V with a screenshot on the system clipboard attaches it to the open measure', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await openFirstMeasure(page);
  const before = (await liveEvidence(page)).length;
  // A real PNG (a screenshot tool puts one there), drawn in the page.
  await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 40; c.height = 30;
    const g = c.getContext('2d');
    g.fillStyle = '#c33'; g.fillRect(0, 0, 40, 30);
    const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  });
  await click(page, 'measure-title'); // typing in a field: a screenshot still goes to the evidence
  await page.keyboard.press('Control+V');
  const ev = await waitEvidence(page, (l) => l.length === before + 1, 'the pasted screenshot');
  assert.match(ev[before].name, /^截图 .*\.png$/);
  assert.equal(ev[before].file.type, 'image/png');
  // The browser re-encodes a clipboard image: its bytes are whatever it handed over, stored whole.
  const stored = await storedBytes(page, ev[before].file.sha256);
  assert.equal(stored.length, ev[before].file.size);
  assert.equal(sha(stored), ev[before].file.sha256);
  assert.notEqual((await openMeasure(page)).title, '', 'the field kept its text');
}));
