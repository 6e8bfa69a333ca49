// The ledger (整改台账) as a supervising office uses it: filter and sort every measure, export it for
// Excel, import a ledger an office kept in Excel (GBK, as Excel on Chinese Windows saves it), and
// edit cells in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, waitReady, state, click, itemRect, scrollIntoView, screenshot, waitSettled } from './harness.mjs';
import { live, content, planAt, until, waitView, waitPlan, parseCsv, openWithClipboard, editCell, dropFiles } from './plan_helpers.mjs';

const TODAY = '2026-11-23';

async function openLedger(browser, url) {
  const opened = await openWithClipboard(browser, url, `?today=${TODAY}`);
  const { page } = opened;
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'open-ledger');
  await waitView(page, 'ledger');
  return opened;
}

async function exportCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM, so Excel and WPS keep the Chinese');
  const records = parseCsv(bytes.toString('utf8').slice(1));
  return { header: records[0], rows: records.slice(1) };
}

// Picks an entry of a filter combo by its visible text.
async function pickFilter(page, combo, text) {
  await click(page, combo);
  await click(page, text);
}

test('the ledger: filter and sort the measures, export them as a CSV that Excel opens', () => withApp(async ({ browser, url }) => {
  const { page } = await openLedger(browser, url);
  await screenshot(page, 'ledger');
  let csv = await exportCsv(page);
  assert.deepEqual(csv.header.slice(0, 4), ['序号', '问题编号', '问题', '整改措施']);
  assert.equal(csv.rows.length, 5);

  // Sort by deadline: click its header; the dated deadlines come out in date order.
  await click(page, 'ledger-col-7'); // 整改时限
  csv = await exportCsv(page);
  const dates = csv.rows.map((r) => (r[7].match(/(\d{4})年(\d{1,2})月/) || []).slice(1).map(Number)).filter((d) => d.length)
    .map(([y, m]) => y * 100 + m);
  assert.ok(dates.length >= 3, JSON.stringify(csv.rows));
  assert.deepEqual(dates, [...dates].sort((a, b) => a - b), 'ascending by deadline');

  // Filter by person, then by leader: each keeps only the rows naming them; the filters combine.
  const people = csv.rows.map((r) => r[5]).filter(Boolean);
  const person = people[0].split('、')[0];
  await pickFilter(page, 'ledger-person', person);
  csv = await exportCsv(page);
  assert.ok(csv.rows.length >= 1 && csv.rows.length < 5, `by ${person}: ${csv.rows.length}`);
  for (const r of csv.rows) assert.match(r[5], new RegExp(person));
  const leader = csv.rows[0][6].split('、')[0];
  await pickFilter(page, 'ledger-leader', leader);
  const both = await exportCsv(page);
  for (const r of both.rows) { assert.match(r[5], new RegExp(person)); assert.match(r[6], new RegExp(leader)); }
  await click(page, 'ledger-clear');
  assert.equal((await exportCsv(page)).rows.length, 5, 'clearing the filters shows every row again');

  // Filter by any text: only the measures that mention it remain.
  await click(page, 'ledger-text');
  await page.keyboard.insertText('学位');
  await waitSettled(page);
  csv = await exportCsv(page);
  assert.ok(csv.rows.length >= 1 && csv.rows.length < 5, `filtered: ${csv.rows.length}`);
  for (const r of csv.rows) assert.match(r.join(' '), /学位/);

  // A double click on a row's 序号 opens its measure in the editor.
  await page.keyboard.press('Escape');
  const row = await scrollIntoView(page, 'ledger-row-0');
  await page.mouse.move(row.x + 10, row.y + row.h / 2);
  await waitSettled(page);
  await page.mouse.dblclick(row.x + 10, row.y + row.h / 2);
  await waitView(page, 'plan');
  assert.notEqual((await state(page)).nav.measure, '');
  assert.deepEqual(page.errors, []);
}));

// A ledger as an office keeps it in Excel: its own column order and names, one column the app does
// not know, a row without a measure (an error), a deadline without a year (the plan's year).
const LEDGER_CSV = [
  '问题编号,问题,整改措施,责任单位,责任人,分管领导,整改时限,状态,备注',
  '120250070900101,校车接送安全隐患,"开展校车安全专项检查\n一是全面排查\n二是建立台账",安信科（牵头）、基教科,黄德明,刘建国,12月31日前,整改中,导入测试',
  '120250070900101,校车接送安全隐患,组织驾驶员安全培训,安信科,新来的人,刘建国,2027年3月底前,未开始,',
  '120250070900102,食堂价格公示不及时,,财基科,何志强,,长期坚持,,缺少措施',
  '120250070900102,食堂价格公示不及时,每月公示食堂收支,财基科、新设的后勤科,何志强,王晓燕,长期坚持,已完成,',
].join('\r\n') + '\r\n';

function gbkFile(name, text) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-')), name);
  fs.writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }));
  return file;
}

const importState = async (page) => (await state(page)).import;

test('import a ledger from a GBK CSV: a preview with the bad row, nothing added until accepted, one undo',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openLedger(browser, url);
    const file = gbkFile('台账.csv', LEDGER_CSV);
    const before = await planAt(page, 0);
    const measures = (plan) => live(plan.problems).flatMap((p) => live(p.measures));

    // Choose the file: the preview opens with three good rows and the bad one explained.
    const choose = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'ledger-import')]);
      await chooser.setFiles(file);
      await until(page, () => window.rectify.state().import.open);
    };
    await choose();
    assert.deepEqual(await importState(page), { open: true, ok: 3, bad: 1 });
    await itemRect(page, 'import-result-2'); // the row without a measure: its error is listed
    await screenshot(page, 'ledger-import-preview');

    // Cancel: nothing changed.
    await click(page, 'import-cancel');
    await until(page, () => !window.rectify.state().import.open);
    assert.deepEqual(await planAt(page, 0), before, 'a cancelled import changes nothing');

    // Again, and accept: three measures under two problems, the new names in the directory.
    await choose();
    await click(page, 'import-accept');
    await until(page, () => !window.rectify.state().import.open);
    let plan = await waitPlan(page, 0, (p) => measures(p).length === measures(before).length + 3, 'three imported measures');
    const ws = await content(page);
    const dept = Object.fromEntries(ws.departments.map((d) => [d.id, d.name]));
    const person = Object.fromEntries(ws.people.map((p) => [p.id, p.name]));
    const checked = measures(plan).find((m) => m.title === '开展校车安全专项检查');
    assert.ok(checked, 'the first imported measure');
    assert.deepEqual(checked.steps, ['一是全面排查', '二是建立台账']);
    assert.deepEqual(checked.lead_departments.map((id) => dept[id]), ['安信科']);
    assert.deepEqual(checked.support_departments.map((id) => dept[id]), ['基教科']);
    assert.deepEqual(checked.responsible.map((id) => person[id]), ['黄德明']);
    assert.equal(checked.deadline.date, '2026-12-31', '12月31日前 takes the plan\'s year');
    assert.equal(checked.status, 'in_progress');
    assert.ok(Object.values(person).includes('新来的人') && Object.values(dept).includes('新设的后勤科'),
      'names not in the directory were added to it');
    const problems = live(plan.problems).filter((p) => p.code.startsWith('1202500709001'));
    assert.equal(problems.length, 2, 'one problem per code');
    await screenshot(page, 'ledger-imported');

    // One undo step takes the whole import back.
    await page.keyboard.press('Control+z');
    plan = await waitPlan(page, 0, (p) => measures(p).length === measures(before).length, 'the import undone');
    await page.keyboard.press('Control+Shift+z');
    await waitPlan(page, 0, (p) => measures(p).length === measures(before).length + 3, 'the import redone');

    // After a reload it is all still there.
    await until(page, () => window.rectify.state().save === 'saved');
    await page.reload();
    await waitReady(page);
    assert.equal(measures(await planAt(page, 0)).length, measures(before).length + 3);
    assert.deepEqual(page.errors, []);
  }));

test('a file dropped on the page: a CSV opens the preview; another kind of file is refused with a message',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openLedger(browser, url);
    const drop = (name, text) => dropFiles(page, [{ name, text }]);
    assert.equal(await drop('notes.docx', 'PK…'), true);
    await itemRect(page, 'notice');
    assert.equal((await importState(page)).open, false);
    assert.equal(await drop('ledger.csv', '\ufeff' + LEDGER_CSV), true);
    await until(page, () => window.rectify.state().import.open);
    assert.deepEqual(await importState(page), { open: true, ok: 3, bad: 1 });
    await click(page, 'import-cancel');
    await until(page, () => !window.rectify.state().import.open);
    assert.deepEqual(page.errors, []);
  }));

test('edit cells in place: the measure, its status, who is responsible, a new progress entry; undo',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openLedger(browser, url);
    const first = async () => live(live((await planAt(page, 0)).problems)[0].measures)[0];
    const dblCell = (row, col) => editCell(page, row, col);
    const closed = () => until(page, () => !window.rectify.itemRect('cell-edit'));

    // 整改措施: the title, typed over; Enter stores it and closes the editor.
    await dblCell(0, 3);
    await until(page, () => window.rectify.state().field.active);
    assert.equal((await state(page)).field.text, (await first()).title);
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('规范招生录取管理（台账中修改）');
    await page.keyboard.press('Enter');
    await closed();
    assert.equal((await first()).title, '规范招生录取管理（台账中修改）');
    await screenshot(page, 'ledger-edited');

    // 状态: the list opens at once; a pick stores it.
    await dblCell(0, 8);
    await click(page, '已完成');
    await closed();
    assert.equal((await first()).status, 'done');

    // 责任人: add a name from the directory with the type-ahead.
    await dblCell(0, 5);
    await click(page, 'cell-people-input');
    await page.keyboard.insertText('周慧');
    await click(page, '周慧敏');
    const ws = await content(page);
    const zhou = ws.people.find((p) => p.name === '周慧敏').id;
    await waitPlan(page, 0, (p) => live(live(p.problems)[0].measures)[0].responsible.includes(zhou), 'a responsible person added');
    await page.keyboard.press('Escape');
    await closed();

    // 最近进展: a new entry, dated today, shown in the cell.
    await dblCell(0, 9);
    await until(page, () => window.rectify.state().field.active);
    await page.keyboard.insertText('已完成招生录取检查');
    await page.keyboard.press('Control+Enter');
    await closed();
    const m = await first();
    const entry = live(m.progress).find((e) => e.text === '已完成招生录取检查');
    assert.ok(entry, JSON.stringify(m.progress));
    assert.equal(entry.date, TODAY);

    // Each edit is one undo step: the progress entry goes first, then the person.
    await page.keyboard.press('Control+z');
    await waitPlan(page, 0, (p) => !live(live(live(p.problems)[0].measures)[0].progress).some((e) => e.text === '已完成招生录取检查'), 'progress undone');
    await page.keyboard.press('Control+z');
    await waitPlan(page, 0, (p) => !live(live(p.problems)[0].measures)[0].responsible.includes(zhou), 'person undone');
    assert.equal((await first()).status, 'done', 'earlier edits stay');
    assert.deepEqual(page.errors, []);
  }));

// Cells a hostile sender writes so Excel runs them (=HYPERLINK, =1+1, @…, -5), and a text that
// really begins with '=: imported as their texts, exported behind a ' so Excel and WPS keep them
// as text, and read back the same. A file larger than any reader takes is not even read.
test('CSV formula injection: exported as text, imported back as written; an over-size file is not read',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openLedger(browser, url);
    const titles = async () => live((await planAt(page, 0)).problems).flatMap((p) => live(p.measures)).map((m) => m.title);

    // Over the page's limit (lowered here; the app's is 64 MB): a notice, no preview, nothing read.
    await page.evaluate(() => { window.rectifyFiles.maxBytes = 100; });
    assert.equal(await dropFiles(page, [{ name: 'big.csv', text: '整改措施\r\n' + '大'.repeat(100) }]), true);
    await itemRect(page, 'notice');
    assert.equal((await importState(page)).open, false);
    await page.evaluate(() => { window.rectifyFiles.maxBytes = 64 * 1024 * 1024; });

    const hostile = ['问题编号,问题,整改措施,责任单位',
      '-5,"=HYPERLINK(""http://example.com"",""点我"")",=1+1,@基教科',
      ",+86 0777,''=原文以撇号开头,"].join('\r\n') + '\r\n';
    const importDropped = async (name, text, rows) => {
      assert.equal(await dropFiles(page, [{ name, text }]), true);
      await until(page, () => window.rectify.state().import.open);
      assert.deepEqual(await importState(page), { open: true, ok: rows, bad: 0 });
      await click(page, 'import-accept');
      await until(page, () => !window.rectify.state().import.open);
    };
    await importDropped('hostile.csv', hostile, 2);
    await waitPlan(page, 0, (p) => live(p.problems).some((q) => q.code === '-5'), 'the hostile rows imported');
    let t = await titles();
    assert.ok(t.includes('=1+1') && t.includes("'=原文以撇号开头"), JSON.stringify(t));

    // Export: every such cell behind one ' (two for the text that begins with '=).
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'ledger-export')]);
    const text = fs.readFileSync(await download.path()).toString('utf8').slice(1);
    const rows = parseCsv(text);
    for (const r of rows) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `a cell Excel would run: ${cell}`);
    const cells = rows.flat();
    for (const want of ["'-5", "'=HYPERLINK(\"http://example.com\",\"点我\")", "'=1+1", "'@基教科", "'+86 0777", "''=原文以撇号开头"])
      assert.ok(cells.includes(want), `${want} in ${JSON.stringify(rows.slice(-2))}`);

    // Import the exported file again: the same texts come back.
    const count = (list, x) => list.filter((v) => v === x).length;
    await importDropped('exported.csv', '\ufeff' + text, rows.length - 1);
    await waitPlan(page, 0, (p) => live(p.problems).flatMap((q) => live(q.measures)).filter((m) => m.title === '=1+1').length === 2,
      'the exported rows imported again');
    t = await titles();
    assert.equal(count(t, '=1+1'), 2, JSON.stringify(t));
    assert.equal(count(t, "'=原文以撇号开头"), 2, JSON.stringify(t));
    const ws = await content(page);
    const problems = live(ws.plans[0].problems);
    assert.ok(problems.some((p) => p.text === '=HYPERLINK("http://example.com","点我")' && p.code === '-5'));
    assert.ok(ws.departments.some((d) => d.name === '@基教科'));
    assert.deepEqual(page.errors, []);
  }));
