// 一问题一档案 in the app (issue 19): the 报告 menu's item builds the archive's manifest (core/report/
// evidence_archive.h) and hands it to platform/zip_stream.h, which streams the ZIP from the evidence
// store. The plan (with two evidence files) is put where a previous session left it, and its files
// in the store (attaching is tested in evidence_attach.test.mjs). The downloaded ZIP is read back:
// folders, names, bytes, the UTF-8 flag, the index page's links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, ROOT, state, click, waitReady, screenshot } from './harness.mjs';
import { until, waitView, openWithClipboard, storeWorkspace } from './plan_helpers.mjs';

const PLAN = path.join(ROOT, 'tests/data/formats/evidence-files.rectify.json');
const EVIDENCE = path.join(ROOT, 'tests/data/evidence');
const TITLE = '青山县教育局2021年度绩效考评公众评议意见建议整改落实工作方案';

const files = fs.readdirSync(EVIDENCE).map((name) => {
  const bytes = fs.readFileSync(path.join(EVIDENCE, name));
  return { name, bytes: [...bytes], sha: crypto.createHash('sha256').update(bytes).digest('hex') };
});

// The central directory of a ZIP: name, UTF-8 flag, and the entry's bytes (stored or deflated).
async function readZip(buf) {
  const zlib = await import('node:zlib');
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a ZIP archive');
  const out = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50);
    const flags = buf.readUInt16LE(at + 8), method = buf.readUInt16LE(at + 10), size = buf.readUInt32LE(at + 20);
    const nlen = buf.readUInt16LE(at + 28), xlen = buf.readUInt16LE(at + 30), clen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nlen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.push({ name, utf8: (flags & 0x800) !== 0, bytes: method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data) });
    at += 46 + nlen + xlen + clen;
  }
  return out;
}

test('报告 → 一问题一档案（ZIP）: a folder per problem with its evidence files, and the index page', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-05-01');
  // The plan where a previous session would have left it, then its files in the store.
  await storeWorkspace(page, { text: fs.readFileSync(PLAN, 'utf8') });
  await page.reload();
  await waitReady(page);
  await page.evaluate(() => window.rectifyEvidence.ready || window.rectifyEvidence.init());
  for (const f of files)
    await page.evaluate(({ sha, bytes }) => window.rectifyEvidence.putBytes(sha, new Uint8Array(bytes), ''), f);
  assert.equal((await state(page)).plans[0], TITLE);

  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'report');
  await screenshot(page, 'archive-menu');
  const download = page.waitForEvent('download', { timeout: 60000 }).catch(() => null);
  await click(page, 'report-archive');
  const outcome = await Promise.race([
    download.then((d) => d && { download: d }),
    until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; }).then(() => ({ refused: true })),
  ]);
  const zipName = `${TITLE}-一问题一档案.zip`;
  if (outcome.refused) assert.fail(`the archive was refused: ${(await state(page)).notice.text}`);
  assert.equal(outcome.download.suggestedFilename(), zipName);
  const entries = await readZip(fs.readFileSync(await outcome.download.path()));
  const names = entries.map((e) => e.name);
  assert.equal(names[0], 'index.html');
  for (const e of entries) if (/[^\x00-\x7f]/.test(e.name)) assert.ok(e.utf8, `UTF-8 flag on ${e.name}`);
  assert.ok(names.includes('01-县城初中学位紧张/措施1-进展2022-08-30-整改后照片.jpg'), names.join(', '));
  for (const f of files) {
    const e = entries.find((x) => x.name !== 'index.html' && crypto.createHash('sha256').update(x.bytes).digest('hex') === f.sha);
    assert.ok(e, `${f.name} is in the archive`);
    assert.equal(path.extname(e.name), path.extname(f.name));
  }
  const index = entries[0].bytes.toString('utf8');
  assert.match(index, /size: A4/);
  const links = [...index.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1].replace(/&amp;/g, '&')));
  assert.deepEqual(links.sort(), names.slice(1).sort());
  assert.deepEqual(page.errors, []);
}));
