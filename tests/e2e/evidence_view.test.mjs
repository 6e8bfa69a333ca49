// Evidence files shown (issue 19): a measure with two photos (PNGs made here, real bytes), a PDF
// and a photo this browser does not have. The review strip beside 提交销号 shows them as
// thumbnails (their pixels on screen), a badge and 不在本浏览器; a photo opens in the app's viewer
// (its pixels, next/previous through the item's photos, zoom, 下载, Esc closes); the PDF opens in a
// browser tab; the ledger and the overview list the item submitted without evidence. At
// devicePixelRatio 2 thumbnails decode for the screen's pixels; a photo the browser cannot decode
// says so; a phone photo shows upright (EXIF orientation); textures over the budget are deleted
// and made again when needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { withApp, openApp, waitReady, state, click, itemRect, screenshot, waitSettled, poll, scrollIntoView, pixelStats, pngPixels, ROOT } from './harness.mjs';
import { waitView, waitSaved, parseCsv } from './plan_helpers.mjs';

// ---- files made here ---------------------------------------------------------------------------------
const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
// An RGB PNG of w × h whose pixel (x, y) is colour(x, y) = [r, g, b].
function png(w, h, colour) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) raw.set(colour(x, y), y * (w * 3 + 1) + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// A one-page PDF with its cross-reference table.
function pdf() {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let out = '%PDF-1.4\n';
  const offsets = objs.map((o, i) => { const at = out.length; out += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const RED = [220, 40, 40], BLUE = [40, 60, 200], GREEN = [40, 170, 70];
// Before: 1600 × 1200, red above and blue below (larger than the window: the viewer fits it).
const BEFORE = png(1600, 1200, (x, y) => (y < 600 ? RED : BLUE));
// After: 300 × 400, green.
const AFTER = png(300, 400, () => GREEN);
const PDF = pdf();
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');
const ref = (bytes, name, type) => ({ sha256: sha(bytes), name, type, size: bytes.length });
// A ".jpg" that is no image (a transfer cut short): the browser cannot decode it.
const BROKEN = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x03]);
// Seven photos of 2048 × 1536, each its own colour: the viewer's textures of them overrun the budget.
const BIG_COLOURS = [[200, 60, 60], [60, 200, 60], [60, 60, 200], [200, 200, 60], [200, 60, 200], [60, 200, 200], [120, 120, 120]];
const BIG = BIG_COLOURS.map((c) => png(2048, 1536, () => c));
const ABSENT = { sha256: 'ab'.repeat(32), name: '整改前照片.jpg', type: 'image/jpeg', size: 123456 };

// ---- the plan --------------------------------------------------------------------------------------
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
const META = { created: { at: 1662000000000, by: 'QSJY' } };
const item = (id, name, file) => ({ id, name, note: '', ...(file ? { file } : {}), meta: META });
const SUBMITTED = { state: 'submitted', submitted_by: '周文涛', submitted_on: '2022-09-01', decided_by: '', decided_on: '', reason: '' };

// The sample with evidence (tests/data/formats): the first measure submitted with a photo and a PDF
// of its own, a photo we lack, and a photo on its progress entry; the third submitted with nothing.
// A JPEG as a phone saves a photo taken upright: 200 × 100 pixels stored (red left, blue right)
// and an EXIF Orientation of 6 (turn 90° clockwise to show it), so it shows 100 × 200, red above
// blue. The browser's own JPEG encoder makes it (Node has none); the EXIF segment goes after SOI.
async function rotatedJpeg(page) {
  const bytes = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 200; c.height = 100;
    const g = c.getContext('2d');
    g.fillStyle = 'rgb(220,40,40)'; g.fillRect(0, 0, 100, 100);
    g.fillStyle = 'rgb(40,60,200)'; g.fillRect(100, 0, 100, 100);
    const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.95));
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const exif = Buffer.from([0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // APP1, 34 bytes, "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01,                        // big-endian TIFF, one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,            // Orientation (SHORT) = 6
    0x00, 0x00, 0x00, 0x00]);
  const jpeg = Buffer.from(bytes);
  return Buffer.concat([jpeg.subarray(0, 2), exif, jpeg.subarray(2)]);
}

function workspaceText(rotated) {
  const envelope = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/formats/evidence-files.rectify.json'), 'utf8'));
  const measures = envelope.content.plans[0].problems.map((p) => p.measures[0]).filter(Boolean);
  const [first, second, third] = measures;
  first.evidence = [item('ev-before', '整改前后对比', ref(BEFORE, '整改前后对比.png', 'image/png')),
    item('ev-pdf', '陪餐记录表', ref(PDF, '陪餐记录表.pdf', 'application/pdf')), item('ev-absent', '', ABSENT)];
  const entry = first.progress.find((e) => e.id === 'pg-2');
  entry.evidence = [item('ev-after', '', ref(AFTER, '食堂整改后.png', 'image/png'))];
  first.closure = SUBMITTED;
  second.evidence.push(item('ev-broken', '', ref(BROKEN, '现场照片.jpg', 'image/jpeg')),
    ...BIG.map((b, i) => item(`ev-big-${i}`, '', ref(b, `大图${i + 1}.png`, 'image/png'))),
    item('ev-rotated', '', ref(rotated, 'IMG_0412.JPG', 'image/jpeg')));
  third.evidence = [];
  for (const e of third.progress) delete e.evidence;
  third.closure = SUBMITTED;
  envelope.checksum = 'sha256:' + crypto.createHash('sha256').update(canonical(envelope.content), 'utf8').digest('hex');
  return { text: JSON.stringify(envelope), first, second, third };
}

// Opens the app with the plan stored as the workspace and the three files in the evidence store.
async function openSeeded(browser, url, dpr = 1) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: dpr, acceptDownloads: true });
  const { page } = await openApp(browser, url, { context });
  await waitSaved(page);
  const rotated = await rotatedJpeg(page);
  const { text, first, second, third } = workspaceText(rotated);
  await page.evaluate(async ({ text, files }) => {
    for (const f of files) await rectifyEvidence.putBytes(f.sha, new Uint8Array(f.bytes), f.type);
    await new Promise((resolve) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put({ rev: 50, text }, 'current');
        tx.oncomplete = resolve;
      };
    });
  }, { text, files: [[BEFORE, 'image/png'], [AFTER, 'image/png'], [PDF, 'application/pdf'], [BROKEN, 'image/jpeg'],
    ...BIG.map((b) => [b, 'image/png']), [rotated, 'image/jpeg']].map(([b, type]) => ({ sha: sha(b), bytes: [...b], type })) });
  await page.reload();
  await waitReady(page);
  return { page, context, first, second, third };
}

// Selects the measure `id` in the open plan's outline, as a user clicks its row.
async function selectMeasure(page, id) {
  await itemRect(page, 'outline-1');
  for (let i = 0; i < 12; i++) {
    if (!(await page.evaluate((q) => window.rectify.itemRect(q), `outline-${i}`))) continue; // an area's row
    await click(page, `outline-${i}`);
    if ((await state(page)).nav.measure === id) return;
  }
  throw new Error(`no outline row selects ${id}`);
}

// The seeded app with the plan open and its `which` measure ('first', 'second', 'third') selected.
async function openMeasure(browser, url, which, dpr = 1) {
  const opened = await openSeeded(browser, url, dpr);
  await click(opened.page, 'open-0');
  await waitView(opened.page, 'plan');
  await selectMeasure(opened.page, opened[which].id);
  return opened;
}

// The share of a screenshot's pixels within 40 of each colour.
async function shares(page, buf, colours) {
  return pngPixels(page, [buf], ([img], cs) => {
    const d = img.data;
    const n = cs.map(() => 0);
    for (let i = 0; i < d.length; i += 4)
      cs.forEach((k, j) => { if (Math.abs(d[i] - k[0]) < 40 && Math.abs(d[i + 1] - k[1]) < 40 && Math.abs(d[i + 2] - k[2]) < 40) n[j]++; });
    return n.map((x) => x / (d.length / 4));
  }, colours);
}
async function shot(page, anchor, name) {
  const r = await itemRect(page, anchor);
  return screenshot(page, name, { x: r.x, y: r.y, width: r.w, height: r.h });
}
const evidence = async (page) => (await state(page)).evidence;

test('the review strip shows the item\'s evidence; photos open in the viewer, the PDF in a tab', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openMeasure(browser, url, 'first');

  // The strip: the measure's own three, then the progress entry's photo; the photos drawn as textures.
  await scrollIntoView(page, 'strip-name-3');
  await poll(() => evidence(page), (e) => e.thumbs >= 2 && e.pending === 0, 'both thumbnails drawn');
  await waitSettled(page);
  const e0 = await evidence(page);
  assert.ok(e0.textures >= 2 && e0.created >= 2, JSON.stringify(e0));
  assert.ok(e0.thumbPx >= (await itemRect(page, 'strip-thumb-0')).w, `decoded for the screen's pixels: ${e0.thumbPx}`);
  await screenshot(page, 'evidence-strip');
  const [red0, blue0] = await shares(page, await shot(page, 'strip-thumb-0', 'evidence-thumb-before'), [RED, BLUE]);
  assert.ok(red0 > 0.15 && blue0 > 0.15, `the before photo, red above blue: ${red0} ${blue0}`);
  const [green3] = await shares(page, await shot(page, 'strip-thumb-3', 'evidence-thumb-after'), [GREEN]);
  assert.ok(green3 > 0.2, `the progress entry's photo: ${green3}`);
  const [green0] = await shares(page, await shot(page, 'strip-thumb-0', 'evidence-thumb-before'), [GREEN]);
  assert.equal(green0, 0, 'each thumbnail shows its own photo');
  const [badgeRed] = await shares(page, await shot(page, 'strip-thumb-1', 'evidence-thumb-pdf'), [[196, 48, 43]]);
  assert.ok(badgeRed > 0.02, `a PDF badge: ${badgeRed}`);
  assert.equal((await itemRect(page, 'strip-name-1')).text, '陪餐记录表');

  // The photo we lack: 不在本浏览器, and a click opens nothing.
  await click(page, 'strip-thumb-2');
  assert.equal((await evidence(page)).viewer.open, false);

  // A photo opens in the viewer, fitted (1600 px wide in a 1400 px window), its pixels on screen.
  await click(page, 'strip-thumb-0');
  let v = (await poll(() => evidence(page), (e) => e.viewer.open && e.viewer.state === 'ready' && !e.viewer.standIn, 'the viewer\'s image')).viewer;
  assert.equal(v.name, '整改前后对比.png');
  assert.deepEqual([v.index, v.count], [0, 3]);
  assert.deepEqual([v.width, v.height], [1600, 1200]);
  assert.ok(v.zoom < 1, `fitted: ${v.zoom}`);
  await waitSettled(page);
  await screenshot(page, 'evidence-viewer');
  const img = await itemRect(page, 'viewer-image');
  assert.ok(img.w > 600 && Math.abs(img.w / img.h - 4 / 3) < 0.02, JSON.stringify(img));
  const top = await screenshot(page, 'evidence-viewer-top', { x: img.x + 10, y: img.y + 10, width: img.w - 20, height: img.h / 2 - 20 });
  const bottom = await screenshot(page, 'evidence-viewer-bottom', { x: img.x + 10, y: img.y + img.h / 2 + 10, width: img.w - 20, height: img.h / 2 - 20 });
  assert.ok((await shares(page, top, [RED]))[0] > 0.95, 'red above');
  assert.ok((await shares(page, bottom, [BLUE]))[0] > 0.95, 'blue below');

  // Zoom: 100%, then the wheel over the image.
  await click(page, 'viewer-actual');
  assert.equal((await evidence(page)).viewer.zoom, 1);
  await page.mouse.move(img.x + img.w / 2, img.y + img.h / 2);
  await page.mouse.wheel(0, -100);
  await poll(() => evidence(page), (e) => e.viewer.zoom > 1, 'zoomed in by the wheel');
  await click(page, 'viewer-fit');
  assert.ok((await evidence(page)).viewer.zoom < 1);

  // 下载 gives the file itself.
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'viewer-download')]);
  assert.equal(download.suggestedFilename(), '整改前后对比.png');
  assert.ok(fs.readFileSync(await download.path()).equals(BEFORE));

  // Next: the photo we lack says so; next again: the progress entry's photo; previous, previous: back.
  await click(page, 'viewer-next');
  v = (await poll(() => evidence(page), (e) => e.viewer.index === 1, 'the second photo')).viewer;
  assert.equal(v.state, 'missing');
  await itemRect(page, 'viewer-message'); // says the file is not in this browser
  await click(page, 'viewer-next');
  v = (await poll(() => evidence(page), (e) => e.viewer.index === 2 && e.viewer.state === 'ready' && !e.viewer.standIn, 'the third photo')).viewer;
  assert.equal(v.name, '食堂整改后.png');
  assert.equal(v.zoom, 1, 'a small photo is shown at 100%, not blown up');
  await waitSettled(page);
  const after = await shot(page, 'viewer-image', 'evidence-viewer-after');
  assert.ok((await shares(page, after, [GREEN]))[0] > 0.95, 'the green photo');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await poll(() => evidence(page), (e) => e.viewer.index === 0, 'back to the first with ←');

  // Esc closes.
  await page.keyboard.press('Escape');
  await poll(() => evidence(page), (e) => !e.viewer.open, 'the viewer closed');
  await waitSettled(page);
  await itemRect(page, 'verify-closure'); // the review's buttons again

  // The PDF opens in a new tab.
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, 'strip-thumb-1')]);
  assert.match(tab.url(), /^blob:/);
  assert.equal((await evidence(page)).viewer.open, false, 'not in the image viewer');
  assert.deepEqual(page.errors, []);
}));

test('an item submitted without evidence: 无佐证材料 beside the buttons, and the ledger lists it', () => withApp(async ({ browser, url }) => {
  const { page, third } = await openMeasure(browser, url, 'third');
  await scrollIntoView(page, 'verify-closure');
  await itemRect(page, 'strip-none');
  const warn = await shot(page, 'strip-none', 'evidence-none');
  const { amber } = await pixelStats(page, warn);
  assert.ok(amber > 10, `in the warning colour: ${amber}`);

  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  await click(page, 'ledger-without-evidence');
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const rows = parseCsv(fs.readFileSync(await file.path(), 'utf8').slice(1)).slice(1);
  assert.equal(rows.length, 1, JSON.stringify(rows));
  assert.ok(rows[0].some((cell) => cell.startsWith(third.title)), JSON.stringify(rows[0]));

  // The overview counts it (the first item has evidence on its progress entry: not counted); a
  // click on the figure lists it in the ledger of every plan.
  await click(page, 'ledger-without-evidence'); // off again: the overview's click turns it on
  await click(page, '视图');
  await click(page, '整改概况');
  await waitView(page, 'dashboard');
  await screenshot(page, 'evidence-dashboard');
  await click(page, 'stat-without-evidence');
  await waitView(page, 'ledger');
  assert.equal((await state(page)).nav.plan, '', 'every plan\'s ledger');
  const [again] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const listed = parseCsv(fs.readFileSync(await again.path(), 'utf8').slice(1)).slice(1);
  assert.equal(listed.length, 1, JSON.stringify(listed));
  assert.ok(listed[0].some((cell) => cell.startsWith(third.title)), JSON.stringify(listed[0]));
  assert.deepEqual(page.errors, []);
}));

test('at devicePixelRatio 2 thumbnails decode at twice the size, and 100% is one image pixel per screen pixel', () => withApp(async ({ browser, url }) => {
  const { page } = await openMeasure(browser, url, 'first', 2);
  await scrollIntoView(page, 'strip-name-3');
  const e = await poll(() => evidence(page), (x) => x.thumbs >= 2 && x.pending === 0, 'both thumbnails drawn');
  const w = (await itemRect(page, 'strip-thumb-0')).w;
  assert.ok(e.thumbPx >= 2 * w, `${e.thumbPx} device px for a ${w} px square`);
  await waitSettled(page);
  const [red, blue] = await shares(page, await shot(page, 'strip-thumb-0', 'evidence-thumb-dpr2'), [RED, BLUE]);
  assert.ok(red > 0.15 && blue > 0.15, `${red} ${blue}`);

  await click(page, 'strip-thumb-0');
  await poll(() => evidence(page), (x) => x.viewer.state === 'ready' && !x.viewer.standIn, 'the viewer\'s image');
  await click(page, 'viewer-actual');
  await waitSettled(page);
  const img = await itemRect(page, 'viewer-image');
  assert.ok(Math.abs(img.w - 800) <= 2 && Math.abs(img.h - 600) <= 2, `1600 × 1200 at 100% on a 2× screen: ${JSON.stringify(img)}`);
  await page.keyboard.press('Escape');
  await poll(() => evidence(page), (x) => !x.viewer.open, 'the viewer closed');
  assert.deepEqual(page.errors, []);
}));

test('a photo the browser cannot decode says so; a phone photo shows upright (EXIF); textures over the budget are deleted and made again', () => withApp(async ({ browser, url }) => {
  const { page } = await openMeasure(browser, url, 'second');
  await scrollIntoView(page, 'strip-name-1');
  // 陪餐记录表.pdf (not here), 现场照片.jpg (broken), the seven photos.
  await poll(() => evidence(page), (e) => e.failed >= 1 && e.thumbs >= 7 && e.pending === 0, 'the thumbnails decoded or failed');
  await waitSettled(page);
  const [badge] = await shares(page, await shot(page, 'strip-thumb-1', 'evidence-thumb-broken'), [[110, 118, 130]]);
  assert.ok(badge > 0.02, `the broken photo shows its type's badge: ${badge}`);
  await click(page, 'strip-thumb-1');
  let v = (await poll(() => evidence(page), (e) => e.viewer.open && e.viewer.state === 'failed', 'the viewer on the broken photo')).viewer;
  assert.deepEqual([v.index, v.count, v.name], [0, 9, '现场照片.jpg']);
  await itemRect(page, 'viewer-message');
  await itemRect(page, 'viewer-download'); // still offered

  // Through the seven large photos: each 2048 × 1536 texture is about 16 MB, the budget 96 MB.
  for (let i = 1; i <= 7; i++) {
    await click(page, 'viewer-next');
    v = (await poll(() => evidence(page), (e) => e.viewer.index === i && e.viewer.state === 'ready' && !e.viewer.standIn, `photo ${i}`)).viewer;
    assert.deepEqual([v.width, v.height], [2048, 1536]);
  }
  const e = await evidence(page);
  assert.ok(e.deleted >= 2, `textures deleted over the budget: ${JSON.stringify(e)}`);
  // At most: each file's thumbnail at two sizes (the evidence list's rows, the review strip) and
  // the viewer images the budget holds (fewer than the seven shown).
  assert.ok(e.textures <= e.created - e.deleted && e.textures < 2 * 9 + 7, JSON.stringify(e));

  // The phone's photo shows upright, as the browser shows it: EXIF orientation applied.
  await click(page, 'viewer-next');
  v = (await poll(() => evidence(page), (x) => x.viewer.index === 8 && x.viewer.state === 'ready' && !x.viewer.standIn, 'the phone photo')).viewer;
  assert.deepEqual([v.width, v.height], [100, 200], 'turned as its EXIF says');
  await waitSettled(page);
  const up = await itemRect(page, 'viewer-image');
  const upTop = await screenshot(page, 'evidence-exif-top', { x: up.x + 5, y: up.y + 5, width: up.w - 10, height: up.h / 2 - 10 });
  const upBottom = await screenshot(page, 'evidence-exif-bottom', { x: up.x + 5, y: up.y + up.h / 2 + 5, width: up.w - 10, height: up.h / 2 - 10 });
  assert.ok((await shares(page, upTop, [RED]))[0] > 0.9, 'red above');
  assert.ok((await shares(page, upBottom, [BLUE]))[0] > 0.9, 'blue below');

  // Back to the first large photo: its texture was deleted, so it is decoded again, in its colour.
  await click(page, 'viewer-next'); // around to the broken one
  await click(page, 'viewer-next');
  await poll(() => evidence(page), (x) => x.viewer.index === 1 && x.viewer.state === 'ready' && !x.viewer.standIn, 'the first large photo again');
  await waitSettled(page);
  const img = await itemRect(page, 'viewer-image');
  const buf = await screenshot(page, 'evidence-viewer-again', { x: img.x + 10, y: img.y + 10, width: img.w - 20, height: img.h - 20 });
  assert.ok((await shares(page, buf, [BIG_COLOURS[0]]))[0] > 0.95, 'its own colour');
  assert.ok((await evidence(page)).created > e.created, 'made again');
  await page.keyboard.press('Escape');
  await poll(() => evidence(page), (x) => !x.viewer.open, 'the viewer closed');
  assert.deepEqual(page.errors, []);
}));
