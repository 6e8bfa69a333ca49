// Word and Excel files given to the app (issue 18). The files are made at test time by LibreOffice
// (tests/office/make_fixtures.sh: the project's HTML sources saved as .xlsx and .docx), so they are
// what office software really writes: merged cells, automatic numbering. Reading them is the office
// module's (site/office/, loaded on first use, not at startup); its result opens the ledger preview
// or the text import. Hostile and unreadable files are refused with their reason and change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { withApp, ROOT, state, screenshot, click } from './harness.mjs';
import { content, live, until, waitView, openWithClipboard, dropFiles, unzip } from './plan_helpers.mjs';

// The fixtures, made once for this file; null (and the tests skipped) without LibreOffice.
const FX = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-office-'));
  const r = spawnSync('bash', [path.join(ROOT, 'tests/office/make_fixtures.sh'), dir], { encoding: 'utf8' });
  if (r.status === 77) return null;
  assert.equal(r.status, 0, r.stderr);
  return dir;
})();
const skip = FX ? false : 'LibreOffice (soffice) is not installed: scripts/deps.sh installs it';
const bytes = (name) => [...fs.readFileSync(path.join(FX, name))];
const notice = async (page) => (await state(page)).notice;

// The notice after a drop: an error, naming the file, saying `why`.
async function refused(page, name, why) {
  await until(page, (n) => { const s = window.rectify.state().notice; return s && s.kind === 'error' && s.text.includes(n); }, name);
  const n = await notice(page);
  assert.match(n.text, why, n.text);
  return n;
}

test('a Word plan dropped on the page: its automatically numbered problems in the text import', { skip }, () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const loaded = [];
  page.on('request', (r) => { if (r.url().includes('/office/')) loaded.push(r.url()); });
  assert.equal(await page.evaluate(() => typeof window.createRectifyOffice), 'undefined', 'not loaded at startup');
  const before = await content(page);
  assert.equal(await dropFiles(page, [{ name: '城南中学整改方案.docx', bytes: bytes('plan.docx') }]), true);
  await until(page, () => window.rectify.state().textImport.open);
  await until(page, () => window.rectify.state().textImport.problems > 0);
  const ti = (await state(page)).textImport;
  assert.equal(ti.problems, 3, JSON.stringify(ti));
  // The numbers are Word's (numbering.xml), not typed: read all the same.
  assert.deepEqual(ti.problemTexts.map((t) => t.replace(/。$/, '')),
    ['1.食堂从业人员健康证过期未及时更换', '2.校服采购未按规定公开招标', '3.图书室借阅登记不完整']);
  assert.ok(ti.responsible.includes('王明') && ti.responsible.includes('赵强'), JSON.stringify(ti.responsible));
  assert.ok(loaded.some((u) => u.endsWith('/office/office.wasm')), `module loaded: ${loaded.join(', ')}`);
  await screenshot(page, 'office-docx-import');
  assert.deepEqual(await content(page), before, 'nothing is added before the user accepts');
  assert.deepEqual(page.errors, []);
}));

test('an Excel ledger with a title row and merged cells: previewed, a column remapped, imported as a new plan', { skip }, () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await content(page);
  assert.equal(await dropFiles(page, [{ name: '整改台账.xlsx', bytes: bytes('ledger.xlsx') }]), true);
  await until(page, () => window.rectify.state().import.open);
  assert.deepEqual((await state(page)).import, { open: true, ok: 3, bad: 0 });
  let pv = (await state(page)).ledgerImport;
  assert.equal(pv.title, '城南中学巡察反馈问题整改台账', 'the merged title row');
  assert.equal(pv.headerLine, 2);
  assert.deepEqual(pv.mapping, ['seq', 'problem', 'measure', 'departments', 'people', 'deadline', 'status']);
  assert.deepEqual(pv.rows.map((r) => [r.line, r.ok]), [[3, true], [4, true], [5, true]]);
  await screenshot(page, 'office-xlsx-preview');
  assert.deepEqual(await content(page), before, 'nothing is added before 导入');

  // 责任人 is not wanted here: the user maps that column to nothing; the preview follows.
  await click(page, 'import-map-4');
  await click(page, 'map-field-none');
  await until(page, () => window.rectify.state().ledgerImport.mapping[4] === 'none');
  await click(page, 'import-accept');
  await until(page, () => !window.rectify.state().import.open);
  await until(page, (n) => window.rectify.workspace().content.plans.length === n, before.plans.length + 1);
  const ws = await content(page);
  const plan = ws.plans[ws.plans.length - 1];
  assert.equal(plan.title, '城南中学巡察反馈问题整改台账');
  const problems = live(plan.problems);
  assert.deepEqual(problems.map((p) => p.text), ['食堂从业人员健康证过期未及时更换。', '校服采购未按规定公开招标。'],
    'the problem merged over two rows is one problem');
  assert.deepEqual(problems.map((p) => live(p.measures).map((m) => m.status)), [['done', 'in_progress'], ['not_started']]);
  const dept = Object.fromEntries(ws.departments.map((d) => [d.id, d.name]));
  for (const m of problems.flatMap((p) => live(p.measures))) {
    assert.deepEqual(m.lead_departments.map((id) => dept[id]), ['总务处'], 'the department merged over three rows');
    assert.deepEqual(m.responsible, [], '责任人 mapped to nothing');
  }
  assert.deepEqual(page.errors, []);
}));

test('unreadable office files are refused with their reason; the workspace is unchanged', { skip }, () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await content(page);
  const ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ...new Array(600).fill(0)];
  const encrypted = [...ole, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])];
  const cases = [
    { name: '旧台账.xls', bytes: ole, why: /旧版.*另存为/ },
    { name: '加密方案.docx', bytes: encrypted, why: /打开密码/ },
    { name: '半截台账.xlsx', bytes: bytes('ledger.xlsx').slice(0, 2500), why: /已损坏或不完整/ },
    { name: '改名方案.docx', bytes: bytes('ledger.xlsx'), why: /Excel \(\.xlsx\)，不是 Word \(\.docx\)/ },
  ];
  for (const c of cases) {
    assert.equal(await dropFiles(page, [{ name: c.name, bytes: c.bytes }]), true);
    await refused(page, c.name, c.why);
    const s = await state(page);
    assert.equal(s.textImport.open, false, c.name);
    assert.equal(s.import.open, false, c.name);
  }
  await screenshot(page, 'office-refused');
  assert.deepEqual(await content(page), before);
  assert.deepEqual(page.errors.filter((e) => !/office/i.test(e)), []);
}));

test('offline, the module cannot load: the app says so; online again the same file opens', { skip }, () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  let offline = true;
  await context.route('**/office/office.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const { openApp } = await import('./harness.mjs');
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23' });
  const file = { name: '整改方案.docx', bytes: bytes('plan.docx') };
  assert.equal(await dropFiles(page, [file]), true);
  await refused(page, file.name, /无法加载读取 Word\/Excel 文件的模块/);
  offline = false;
  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => window.rectify.state().textImport.open);
  assert.deepEqual(page.errors.filter((e) => !/office|Failed to load resource/i.test(e)), []);
}));

test('the progress report leaves as a Word document: GB/T 9704 page, fonts, numbering, every problem', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const plan = live((await content(page)).plans)[0];
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'report');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click(page, 'report-docx')]);
  assert.match(download.suggestedFilename(), /-整改情况报告\.docx$/);
  const files = unzip(fs.readFileSync(await download.path()));
  const docXml = files['word/document.xml'];
  assert.ok(docXml && files['word/styles.xml'] && files['word/numbering.xml'], Object.keys(files).join(', '));
  assert.match(docXml, /<w:pgSz w:w="11906" w:h="16838"\/>/, 'A4');
  assert.match(files['word/styles.xml'], /仿宋_GB2312/);
  assert.match(files['word/numbering.xml'], /chineseCounting/);
  const text = docXml.replace(/<[^>]+>/g, '');
  for (const p of live(plan.problems)) assert.ok(text.includes(p.text.slice(0, 12)), `problem in the report: ${p.text}`);
  assert.deepEqual(page.errors, []);
}));

// The Word report's writers are the office module's (core/report/report_wire.h), not the app's:
// offline before the module was ever fetched the app says the file could not be made, and the next
// click, online again, fetches the module and downloads the report.
test('a report made as a file needs the office module: offline a notice, online again the file', () => withApp(async ({ browser, url }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  let offline = true;
  await context.route('**/office/office.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const { openApp } = await import('./harness.mjs');
  const { page } = await openApp(browser, url, { context, query: '?today=2026-11-23' });
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'report');
  await click(page, 'report-docx');
  await until(page, () => { const n = window.rectify.state().notice; return n && n.kind === 'error'; });
  assert.match((await notice(page)).text, /无法生成Word文件/);
  offline = false;
  await click(page, 'report');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click(page, 'report-docx')]);
  assert.match(download.suggestedFilename(), /-整改情况报告\.docx$/);
  assert.ok(unzip(fs.readFileSync(await download.path()))['word/document.xml'], 'a Word document');
  assert.deepEqual(page.errors.filter((e) => !/office|Failed to load resource/i.test(e)), []);
}));

test('按原表导出: the Excel form a ledger came in goes back filled with the plan\'s current rows', { skip }, () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await content(page);
  assert.equal(await dropFiles(page, [{ name: '整改台账.xlsx', bytes: bytes('ledger.xlsx') }]), true);
  await until(page, () => window.rectify.state().import.open);
  await click(page, 'import-accept');
  await until(page, (n) => window.rectify.workspace().content.plans.length === n, before.plans.length + 1);
  const plans = live((await content(page)).plans);
  assert.equal(plans[plans.length - 1].ledger_form.name, '整改台账.xlsx', 'the plan keeps its form');

  await click(page, `open-${plans.length - 1}`);
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click(page, 'ledger-export-form')]);
  assert.equal(download.suggestedFilename(), '整改台账.xlsx');
  const original = unzip(Buffer.from(bytes('ledger.xlsx')));
  const filled = unzip(fs.readFileSync(await download.path()));
  assert.equal(filled['xl/styles.xml'], original['xl/styles.xml'], 'the form\'s styles as received');
  const sheet = filled['xl/worksheets/sheet1.xml'];
  assert.deepEqual([...sheet.matchAll(/<mergeCell ref="([A-Z0-9:]+)"/g)].map((m) => m[1]), ['A1:G1', 'B3:B4', 'D3:D5']);
  const text = sheet.replace(/<[^>]+>/g, ' ');
  for (const t of ['组织从业人员体检，更换健康证。', '建立健康证到期提醒台账。', '重新按规定组织校服采购招标。', '已完成', '整改中', '未开始'])
    assert.ok(text.includes(t), `${t} in the filled form`);
  assert.deepEqual(page.errors, []);
}));

test('two workbooks of the same name dropped at once: the plan keeps the form its rows came from', { skip }, () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, '?today=2026-11-23');
  const before = await content(page);
  const files = { ledger: bytes('ledger.xlsx'), form: bytes('form.xlsx') };
  assert.equal(await dropFiles(page, [{ name: '整改台账.xlsx', bytes: files.ledger }, { name: '整改台账.xlsx', bytes: files.form }]), true);
  await until(page, () => window.rectify.state().import.open);
  await click(page, 'import-accept');
  await until(page, (n) => window.rectify.workspace().content.plans.length === n, before.plans.length + 1);
  const plans = live((await content(page)).plans);
  const plan = plans[plans.length - 1];
  const texts = JSON.stringify(plan.problems);
  const from = texts.includes('旧措施一') ? 'form' : 'ledger';
  assert.ok(texts.includes(from === 'form' ? '旧问题甲' : '组织从业人员体检'), texts);
  assert.ok(plan.ledger_form.xlsx === Buffer.from(files[from]).toString('base64'), `the form kept is ${from}.xlsx, whose rows were imported`);
}));
