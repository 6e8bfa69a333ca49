// The ledger as XLSX: 导出XLSX loads the office module (site/office/, not part of the startup download)
// on first use and downloads a real .xlsx; the file is unzipped here (central directory + raw
// inflate) and its sheet read back. Offline (the module cannot load) the app says so, and the
// next click tries again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, openApp, click, screenshot } from './harness.mjs';
import { unzip } from './plan_helpers.mjs';

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 20000, polling: 50 });
const waitView = (page, v) => until(page, (w) => window.rectify.state().view === w, v);

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// The sheet as rows of texts (shared strings resolved, numbers as written).
function readSheet(files) {
  const strings = [...files['xl/sharedStrings.xml'].matchAll(/<si>(.*?)<\/si>/gs)]
    .map((m) => [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1])).join(''));
  const rows = [...files['xl/worksheets/sheet1.xml'].matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map((row) =>
    [...row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map(([, , attrs, body]) => {
      const v = body ? (body.match(/<v>(.*?)<\/v>/s) || [])[1] : undefined;
      if (v === undefined) return '';
      return /t="s"/.test(attrs) ? strings[Number(v)] : v;
    }));
  return rows;
}

test('the ledger exports as XLSX: the module loads on demand, the sheet has the rows and the Chinese', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  let offline = true;
  await context.route('**/office/office.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23' });
  const loaded = [];
  page.on('request', (r) => { if (r.url().includes('/office/')) loaded.push(r.url()); });
  assert.equal(await page.evaluate(() => typeof window.createRectifyOffice), 'undefined', 'not loaded at startup');

  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');

  // Offline: the module cannot load; a notice says so (CSV still works), and nothing downloads.
  await click(page, 'ledger-export-xlsx');
  await until(page, () => window.rectifyXlsx.last && window.rectifyXlsx.last.ok === false);
  await page.waitForFunction(() => window.rectify.itemRect('notice'), null, { timeout: 10000, polling: 50 });
  await screenshot(page, 'xlsx-offline');

  // Back online: the next click loads the module and downloads the file.
  offline = false;
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click(page, 'ledger-export-xlsx')]);
  assert.match(download.suggestedFilename(), /-整改台账\.xlsx$/);
  assert.ok(loaded.some((u) => u.endsWith('/office/office.wasm')), `module loaded: ${loaded.join(', ')}`);
  const buf = fs.readFileSync(await download.path());
  assert.equal(buf.subarray(0, 2).toString(), 'PK');
  const files = unzip(buf);
  for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml'])
    assert.ok(files[part], `${part} in the file`);
  const rows = readSheet(files);
  assert.deepEqual(rows[0].slice(0, 4), ['序号', '问题编号', '问题', '整改措施']);
  assert.equal(rows.length - 1, 5, 'one row per measure of the sample plan, plus the header');
  assert.equal(rows[1][0], '1');
  assert.ok(rows.slice(1).every((r) => r[3].length > 0), 'every measure has its text');
  assert.ok(rows.slice(1).some((r) => /[\u4e00-\u9fff]/.test(r[2])), 'Chinese problem texts');
  assert.match(files['xl/worksheets/sheet1.xml'], /<col min="4" max="4" width="50\.[0-9]+" style="\d+" customWidth="1"\/>/);
  assert.match(files['xl/worksheets/sheet1.xml'], /<pane [^>]*ySplit="1"[^>]*state="frozen"/);

  // The file's cells are the ledger's: the same as the CSV export of the same view.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const csv = fs.readFileSync(await csvDownload.path()).toString('utf8');
  for (const r of rows.slice(1)) assert.ok(csv.includes(r[2]), `problem text in the CSV too: ${r[2]}`);
  assert.deepEqual(page.errors.filter((e) => !/xlsx|Failed to load resource/i.test(e)), []);
}));
