// Plan packages in the app (issue 19): a plan whose measure has evidence files in the store is
// exported as a package (导出 → 计划包) and dropped, as a return, into another browser (its own
// IndexedDB), where the merge brings the references and the files arrive byte for byte. A file
// missing from the store stops the export with its name; hostile packages are refused with their
// message and change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withApp, click } from './harness.mjs';
import { live, until, waitView, openWithClipboard, dropFiles, content, unzipBytes } from './plan_helpers.mjs';

const TODAY = '2026-11-23';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'build/native/src/cli/rectify');
const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');

// ---- plan files and ZIPs written here ----------------------------------------------------------

// The content checksum of the format (core/format/checksum.cpp): compact, members sorted by name.
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
const withChecksum = (file) => JSON.stringify({ ...file, checksum: `sha256:${sha256(canonical(file.content))}` }, null, 1);

// A ZIP archive of [name, bytes] entries, stored (a hostile package is made by hand).
function zipStored(entries) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, 'utf8'), crc = zlib.crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0x800, 6); h.writeUInt16LE(0, 8);
    h.writeUInt32LE(0x210000, 10); h.writeUInt32LE(crc, 14); h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(data.length, 22); h.writeUInt16LE(n.length, 26); h.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(0, 10); c.writeUInt32LE(0x210000, 12); c.writeUInt32LE(crc, 16); c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24); c.writeUInt16LE(n.length, 28); c.writeUInt32LE(offset, 42);
    locals.push(h, n, data);
    centrals.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

// ---- the page ----------------------------------------------------------------------------------

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }),
    (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

async function openPlan(page) {
  await click(page, 'open-0');
  await waitView(page, 'plan');
}

// Drops a file and merges the plan it holds (its preview must open).
async function dropAndMerge(page, file) {
  assert.equal(await dropFiles(page, [{ name: file.name, bytes: Array.from(file.bytes) }]), true);
  await until(page, () => window.rectify.state().merge.open);
  await click(page, 'merge-accept');
  await until(page, () => !window.rectify.state().merge.open);
}

const stored = (page) => page.evaluate(() => rectifyEvidence.ready && Array.from(rectifyEvidence.known.keys()).sort());
// The SHA-256 and size of a stored file's bytes, as read back from IndexedDB.
const storedFile = (page, sha) => page.evaluate(async (s) => {
  const blob = await rectifyEvidence.get(s);
  if (!blob) return null;
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return { sha: Array.from(d, (b) => b.toString(16).padStart(2, '0')).join(''), size: blob.size };
}, sha);
const putBytes = (page, bytes) => page.evaluate(async (b) => {
  const u = new Uint8Array(b);
  const sha = await rectifyEvidence.sha256(u);
  await rectifyEvidence.putBytes(sha, u, 'image/jpeg');
  return sha;
}, Array.from(bytes));

// The files a plan file references (alive), by hash.
function references(planFile) {
  const out = new Map();
  const walk = (list) => { for (const e of live(list || [])) if (e.file) out.set(e.file.sha256, e.file); };
  for (const plan of live(planFile.content.plans))
    for (const p of live(plan.problems))
      for (const m of live(p.measures)) {
        walk(m.evidence);
        for (const g of live(m.progress || [])) walk(g.evidence);
      }
  return out;
}

function randomFile(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}

test('a plan with evidence goes out as a package and comes back, with its files, into another browser',
  () => withApp(async ({ browser, url }) => {
    const { page: bureau } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    await openPlan(bureau);
    const plain = await download(bureau, 'export-plan', 'export-whole');
    assert.match(plain.name, /\.rectify\.json$/);

    // Two photos on the first measure: the plan file with their references, merged in; only the
    // first photo in the store yet.
    const photos = [randomFile(300000, 1), randomFile(120000, 2)];
    const file = JSON.parse(plain.bytes.toString('utf8'));
    const measure = live(live(file.content.plans[0].problems)[0].measures)[0];
    photos.forEach((b, i) => measure.evidence.push({
      id: `ev-pkg-${i}`, name: `整改照片${i + 1}.jpg`, note: '',
      file: { sha256: sha256(b), name: `整改照片${i + 1}.jpg`, type: 'image/jpeg', size: b.length },
      meta: { created: measure.meta.created },
    }));
    const withRefs = { name: '带佐证.rectify.json', bytes: Buffer.from(withChecksum(file), 'utf8') };
    await dropAndMerge(bureau, withRefs);
    assert.equal(references(await bureau.evaluate(() => window.rectify.workspace())).size, 2);
    assert.equal(await putBytes(bureau, photos[0]), sha256(photos[0]));

    // A file missing from the store: the export names it, nothing is downloaded (the stream ended
    // without reaching its download: rectifyOffice.streams records how each one ended).
    let downloads = 0;
    bureau.on('download', () => downloads++);
    const streamsBefore = await bureau.evaluate(() => rectifyOffice.streams.length);
    await click(bureau, 'export-plan');
    await click(bureau, 'export-package');
    await until(bureau, (n) => rectifyOffice.streams.length > n, streamsBefore);
    const missing = await bureau.evaluate(() => rectifyOffice.streams[rectifyOffice.streams.length - 1]);
    assert.deepEqual([missing.ok, missing.size, missing.missing], [false, 0, 'files/' + sha256(photos[1])], 'ended before its download');
    await until(bureau, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
    const notice = (await bureau.evaluate(() => window.rectify.state().notice)).text;
    assert.match(notice, /整改照片2\.jpg/, notice);
    assert.equal(downloads, 0, 'no download');

    // A stored copy whose bytes are not the file's (damaged): refused the same way, named.
    const damaged = Buffer.from(photos[1]);
    damaged[7] ^= 1;
    await bureau.evaluate(({ sha, b }) => rectifyEvidence.putBytes(sha, new Uint8Array(b), 'image/jpeg'), { sha: sha256(photos[1]), b: Array.from(damaged) });
    const failures = await bureau.evaluate(() => rectifyOffice.streams.length);
    await click(bureau, 'export-plan');
    await click(bureau, 'export-package');
    await until(bureau, (n) => rectifyOffice.streams.length > n, failures);
    const refused = await bureau.evaluate(() => rectifyOffice.streams[rectifyOffice.streams.length - 1]);
    assert.equal(refused.ok, false);
    assert.equal(refused.missing, 'files/' + sha256(photos[1]));
    assert.match(refused.refused.zh, /SHA-256/, 'refused by the module: the bytes do not match the hash');
    await until(bureau, () => window.rectifyOffice.failures.length === 0); // the app took it
    assert.match((await bureau.evaluate(() => window.rectify.state().notice)).text, /整改照片2\.jpg/);
    assert.equal(refused.size, 0, 'ended before its download');
    assert.equal(downloads, 0, 'no download');
    // The damaged copy goes (collection spares files stored in the last minutes: not this one).
    await bureau.evaluate((keep) => { rectifyEvidence.collectGraceMs = 0; return rectifyEvidence.collect(new Set(keep)); }, [sha256(photos[0])]);

    // With both files stored: the package.
    await putBytes(bureau, photos[1]);
    const pkg = await download(bureau, 'export-plan', 'export-package');
    assert.match(pkg.name, /\.rectify\.zip$/);
    const entries = unzipBytes(pkg.bytes);
    assert.deepEqual(Object.keys(entries).sort(), ['files/' + sha256(photos[0]), 'files/' + sha256(photos[1]), 'plan.rectify.json'].sort());
    for (const b of photos) assert.ok(entries['files/' + sha256(b)].equals(b), 'the file byte for byte');
    assert.equal(references(JSON.parse(entries['plan.rectify.json'].toString('utf8'))).size, 2);
    if (fs.existsSync(CLI)) { // the native CLI reads it as a package too
      const tmp = path.join(fs.mkdtempSync('/tmp/rectify-pkg-'), pkg.name);
      fs.writeFileSync(tmp, pkg.bytes);
      execFileSync(CLI, ['validate', tmp]);
      assert.match(execFileSync(CLI, ['stats', tmp]).toString(), /\S/);
    }

    // 下发 a department's items: a package exactly when they carry files, with only theirs.
    const sub = await download(bureau, 'export-plan', 'export-dept-0');
    const subPlan = sub.name.endsWith('.zip') ? JSON.parse(unzipBytes(sub.bytes)['plan.rectify.json'].toString('utf8'))
      : JSON.parse(sub.bytes.toString('utf8'));
    const subRefs = references(subPlan);
    assert.equal(sub.name.endsWith('.rectify.zip'), subRefs.size > 0, sub.name);
    if (subRefs.size) assert.deepEqual(Object.keys(unzipBytes(sub.bytes)).filter((n) => n !== 'plan.rectify.json').sort(),
      [...subRefs.keys()].map((h) => 'files/' + h).sort());

    // Another browser (its own IndexedDB): the package, dropped as a return, merges; its files arrive.
    const { page: unit } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    assert.deepEqual(await stored(unit), []);
    await dropAndMerge(unit, pkg);
    const refs = references(await unit.evaluate(() => window.rectify.workspace()));
    assert.deepEqual([...refs.keys()].sort(), photos.map(sha256).sort(), 'the references are in the workspace');
    assert.deepEqual(await stored(unit), photos.map(sha256).sort());
    for (const b of photos) assert.deepEqual(await storedFile(unit, sha256(b)), { sha: sha256(b), size: b.length });
    const last = await unit.evaluate(() => rectifyOffice.last);
    assert.equal(last.op, 'package');
    assert.equal(last.files, 2);
    // The module's SHA-256 (evidence.js's fallback without WebCrypto) agrees with node's.
    assert.equal(await unit.evaluate((b) => rectifyOffice.sha256(new Uint8Array(b)), Array.from(photos[1])), sha256(photos[1]));
    assert.deepEqual(bureau.errors, []);
    assert.deepEqual(unit.errors, []);

    // ---- hostile packages: their message (in the UI's language), and nothing changes ------------
    const planText = Buffer.from(withChecksum(file), 'utf8');
    const spoiled = Buffer.from(photos[1]);
    spoiled[100] ^= 0xff; // same size, other bytes
    const hostile = [
      { name: '被改动.rectify.zip', lang: 'zh', why: /与其 SHA-256 不符/, bytes: zipStored([['plan.rectify.json', planText],
        ['files/' + sha256(photos[0]), photos[0]], ['files/' + sha256(photos[1]), spoiled]]) },
      { name: 'missing.zip', lang: 'en', why: /lacks the evidence file “整改照片2\.jpg”/, bytes: zipStored([['plan.rectify.json', planText],
        ['files/' + sha256(photos[0]), photos[0]]]) },
    ];
    for (const h of hostile) {
      const { page: other } = await openWithClipboard(browser, url, `?today=${TODAY}&lang=${h.lang}`);
      const before = JSON.stringify(await content(other));
      assert.equal(await dropFiles(other, [{ name: h.name, bytes: Array.from(h.bytes) }]), true);
      await until(other, (name) => { const n = window.rectify.state().notice; return n && n.kind === 'error' && n.text.includes(name); }, h.name);
      const text = (await other.evaluate(() => window.rectify.state().notice)).text;
      assert.match(text, h.why, text);
      assert.equal((await other.evaluate(() => window.rectify.state().merge)).open, false, 'no preview');
      assert.deepEqual(await stored(other), [], 'nothing stored');
      assert.equal(JSON.stringify(await content(other)), before, 'the workspace unchanged');
      assert.deepEqual(other.errors, []);
    }
  }));
