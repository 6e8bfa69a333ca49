// The plan editor as an office clerk uses it: write a plan with problems and measures, assign
// departments and people, set deadlines, record progress, close items; find text; keep the
// directory; and find everything again after a reload. Screenshots of each view go to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, waitReady, state, click, itemRect, scrollIntoView, screenshot, pixelStats, waitSettled, poll } from './harness.mjs';
import { live, content, planAt, measuresOf, until, waitView, waitSaved, waitPlan, parseCsv, openWithClipboard, newPlanWithProblem } from './plan_helpers.mjs';

const TODAY = '2026-11-23';

// Types Chinese as an input method does: a composition (pinyin shown at the caret), then the commit.
async function imeType(page, pinyin, text) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

test('a clerk writes a plan: a problem, two measures, who and by when, progress, closing; all there after a reload',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
    // A new plan and a problem, its text typed in Chinese.
    let plan = await newPlanWithProblem(page, '校园周边交通拥堵，上下学接送秩序混乱。');
    assert.equal(live(plan.problems)[0].number, '（一）');

    // The first measure: its title typed through an input method's composition.
    await click(page, 'add-measure');
    await waitPlan(page, 1, (p) => measuresOf(p).length === 1, 'a measure');
    await itemRect(page, 'measure-title');
    await page.keyboard.press('Control+A');
    await imeType(page, 'guifanjiesongzhixu', '规范接送秩序');
    await page.keyboard.press('Enter');
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].title === '规范接送秩序', 'measure title');

    // Steps: a multi-line paste from another program, through the system clipboard.
    await page.evaluate(() => navigator.clipboard.writeText('一是错峰放学。\r\n二是设置临时停车区。\n三是家长志愿者值守。'));
    await click(page, 'measure-steps');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Tab');
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].steps.length === 3, 'three steps');
    assert.deepEqual(measuresOf(plan)[0].steps, ['一是错峰放学。', '二是设置临时停车区。', '三是家长志愿者值守。']);

    // Responsibility: an existing department by type-ahead, and a new one created on the spot.
    await click(page, 'lead-input');
    await page.keyboard.insertText('基教');
    await page.keyboard.press('Enter');
    await click(page, 'support-input');
    await page.keyboard.insertText('家长委员会');
    await page.keyboard.press('Enter');
    const ws = await content(page);
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].support_departments.length === 1, 'support department');
    const names = Object.fromEntries((await content(page)).departments.map((d) => [d.id, d.name]));
    assert.deepEqual(measuresOf(plan)[0].lead_departments.map((id) => names[id]), ['基教科']);
    assert.deepEqual(measuresOf(plan)[0].support_departments.map((id) => names[id]), ['家长委员会']);
    assert.ok(ws.departments.length >= 6);

    // Deadline from the calendar: today's month, the 30th.
    await click(page, 'deadline-button');
    await click(page, 'day-30');
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].deadline.date === '2026-11-30', 'deadline');
    assert.equal(measuresOf(plan)[0].deadline.text, '2026年11月30日前');

    // Copy the title out to the clipboard.
    await click(page, 'measure-title');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Escape');
    await until(page, async () => (await navigator.clipboard.readText()) === '规范接送秩序');

    // A second measure, then reorder it above the first, undo and redo the move.
    await click(page, 'add-measure');
    await waitPlan(page, 1, (p) => measuresOf(p).length === 2, 'second measure');
    await itemRect(page, 'measure-title');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('加强校园周边巡逻');
    await page.keyboard.press('Enter');
    await waitPlan(page, 1, (p) => measuresOf(p)[1].title === '加强校园周边巡逻', 'second title');
    await click(page, 'move-up');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].title === '加强校园周边巡逻', 'moved up');
    await page.keyboard.press('Control+Z');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].title === '规范接送秩序', 'move undone');
    await page.keyboard.press('Control+Y');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].title === '加强校园周边巡逻', 'move redone');
    // Keyboard reorder in the outline: select the first measure's row, Alt+Down.
    const first = measuresOf(await planAt(page, 1))[0].id;
    await click(page, 'outline-2');
    await until(page, (id) => window.rectify.state().nav.measure === id, first);
    await page.keyboard.press('Alt+ArrowDown');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].title === '规范接送秩序', 'moved down by keyboard');

    // Progress: a dated entry; the item is now in progress.
    await click(page, 'outline-2');
    await until(page, () => window.rectify.itemRect('add-progress'));
    await click(page, 'add-progress');
    // The first entry asks once who is writing (当前使用人): entries name a person, not the office.
    await itemRect(page, 'user-name');
    await page.keyboard.insertText('林思远');
    await page.keyboard.press('Enter');
    await waitPlan(page, 1, (p) => live(measuresOf(p)[0].progress).length === 1, 'progress entry');
    assert.equal(live(measuresOf(await planAt(page, 1))[0].progress)[0].author, '林思远');
    await click(page, 'progress-0');
    await page.keyboard.insertText('已在东门设置临时停车区。');
    await page.keyboard.press('Tab');
    plan = await waitPlan(page, 1, (p) => live(measuresOf(p)[0].progress)[0].text === '已在东门设置临时停车区。', 'progress text');
    assert.equal(live(measuresOf(plan)[0].progress)[0].date, TODAY);
    assert.equal(measuresOf(plan)[0].status, 'in_progress');
    await screenshot(page, 'editor-measure');

    // Closing: submit; a return needs a reason; submit again; verify: done.
    await click(page, 'submit-closure');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].closure.state === 'submitted', 'submitted');
    await click(page, 'return-closure');
    await click(page, 'return-ok'); // no reason yet: refused (click waits until the app has taken it)
    assert.equal(measuresOf(await planAt(page, 1))[0].closure.state, 'submitted');
    await click(page, 'return-reason');
    await page.keyboard.insertText('缺少停车区照片。');
    await click(page, 'return-ok');
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].closure.state === 'returned', 'returned');
    assert.equal(measuresOf(plan)[0].closure.reason, '缺少停车区照片。');
    await click(page, 'submit-closure');
    await waitPlan(page, 1, (p) => measuresOf(p)[0].closure.state === 'submitted', 'resubmitted');
    await click(page, 'verify-closure');
    plan = await waitPlan(page, 1, (p) => measuresOf(p)[0].closure.state === 'verified', 'verified');
    assert.equal(measuresOf(plan)[0].status, 'done');
    assert.equal(measuresOf(plan)[0].closure.decided_on, TODAY);
    assert.equal(measuresOf(plan)[0].closure.decided_by, '林思远');
    await screenshot(page, 'editor-closed-item');

    // Reload: the plan and the place in it are back.
    await waitSaved(page);
    const before = await planAt(page, 1);
    const nav = (await state(page)).nav;
    await page.reload();
    await waitReady(page);
    const s = await state(page);
    assert.equal(s.view, 'plan');
    assert.equal(s.nav.measure, nav.measure);
    assert.deepEqual(await planAt(page, 1), before);
    assert.deepEqual(page.errors, []);
  }));

test('Tab moves between fields; header, phases, sections and group tabs edit the plan', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'outline-1'); // the first problem
  await click(page, 'problem-number');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('120210070800026');
  await page.keyboard.press('Enter');
  await waitPlan(page, 0, (p) => live(p.problems)[0].code === '120210070800026', 'problem code via Tab');

  await click(page, 'tab-header');
  await click(page, 'plan-docno');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('青教绩办〔2026〕3号');
  await page.keyboard.press('Enter');
  await waitPlan(page, 0, (p) => p.doc_number === '青教绩办〔2026〕3号', 'document number');
  await click(page, 'plan-addressees');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('各科室、各直属学校');
  await page.keyboard.press('Enter');
  await waitPlan(page, 0, (p) => p.addressees.join('|') === '各科室|各直属学校', 'addressees');
  await screenshot(page, 'editor-header');

  await click(page, 'tab-phases');
  await click(page, 'add-phase');
  await waitPlan(page, 0, (p) => live(p.phases).length === 4, 'a phase');
  await screenshot(page, 'editor-phases');
  await click(page, 'tab-sections');
  await click(page, 'add-section');
  await waitPlan(page, 0, (p) => live(p.sections).length === 3, 'a section');
  await screenshot(page, 'editor-sections');
  await click(page, 'tab-group');
  await click(page, 'group-leader');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('局长 钱明');
  await page.keyboard.press('Enter');
  await waitPlan(page, 0, (p) => p.leading_group.leader === '局长 钱明', 'group leader');
  await screenshot(page, 'editor-group');
  assert.deepEqual(page.errors, []);
}));

test('Ctrl+F finds text across the plan and goes to it', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'tab-header');
  await page.keyboard.press('Control+F');
  await itemRect(page, 'find-input');
  await page.keyboard.insertText('学位');
  await until(page, () => window.rectify.itemRect('find-hit-0'));
  await page.keyboard.press('Enter');
  const s = await until(page, () => window.rectify.state().nav.measure !== '' && window.rectify.state().nav.tab === 0);
  assert.ok(s);
  await screenshot(page, 'editor-find');
  // Full-width and half-width letters match each other.
  await click(page, 'find-input');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('２０００');
  await until(page, () => window.rectify.itemRect('find-hit-0'));
}));

test('the directory: a renamed department is renamed in every measure, in one undo step', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, '视图');
  await click(page, '科室和人员');
  await waitView(page, 'directory');
  await click(page, 'dept-0');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('基础教育科');
  await page.keyboard.press('Enter');
  await until(page, () => window.rectify.workspace().content.departments[0].name === '基础教育科');
  await screenshot(page, 'directory');
  await click(page, 'directory-title');
  await page.keyboard.press('Control+Z');
  await until(page, () => window.rectify.workspace().content.departments[0].name === '基教科');
  assert.deepEqual(page.errors, []);
}));

test('overdue deadlines are red and those due soon amber, by the date of today', () => withApp(async ({ browser, url }) => {
  // The sample's first measure is due 2026年11月底前.
  const colourOf = async (today) => {
    const { page, context } = await openApp(browser, url, { query: `?today=${today}`, viewport: { width: 1400, height: 900 } });
    await click(page, 'open-0');
    await click(page, 'outline-2');
    const r = await scrollIntoView(page, 'deadline-button');
    const png = await screenshot(page, `deadline-${today}`, { x: r.x, y: r.y, width: r.w, height: r.h });
    const counts = await pixelStats(page, png);
    await context.close();
    return counts;
  };
  const overdue = await colourOf('2026-12-05');
  const soon = await colourOf('2026-11-26');
  const early = await colourOf('2026-09-01');
  assert.ok(overdue.red > 20, `overdue shows red: ${JSON.stringify(overdue)}`);
  assert.ok(soon.amber > 20 && soon.red < 5, `due soon shows amber: ${JSON.stringify(soon)}`);
  assert.ok(early.red < 5 && early.amber < 5, `not yet due: neither: ${JSON.stringify(early)}`);
}));

test('home: open, duplicate, delete with a confirmation and undo', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}` });
  await screenshot(page, 'home');
  await click(page, 'duplicate-0');
  await until(page, () => window.rectify.state().plans.length === 2);
  const s = await state(page);
  assert.ok(s.plans[1].endsWith('（副本）'), s.plans[1]);
  const copy = await planAt(page, 1);
  const orig = await planAt(page, 0);
  assert.notEqual(copy.id, orig.id);
  assert.equal(live(copy.problems).length, live(orig.problems).length);
  await click(page, 'delete-1');
  await click(page, 'delete-confirm');
  await until(page, () => window.rectify.state().plans.length === 1);
  await click(page, 'notice-undo');
  await until(page, () => window.rectify.state().plans.length === 2);
  await click(page, 'plan-1');
  await waitView(page, 'plan');
  await click(page, 'back-home');
  await waitView(page, 'home');
}));

test('drag a measure onto another problem, move one from its form, add evidence; undo puts it back', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport: { width: 1400, height: 900 } });
  await click(page, 'open-0');
  await waitView(page, 'plan');
  const problems = async () => live((await planAt(page, 0)).problems).map((p) => live(p.measures).map((m) => m.id));
  const before = await problems(); // the sample: one measure under each problem
  // Rows: 0 area, 1 problem (一), 2 its measure, 3 problem (二), 4 its measure, …
  const from = await scrollIntoView(page, 'outline-2');
  const to = await scrollIntoView(page, 'outline-3');
  await page.mouse.move(from.x + 60, from.y + from.h / 2);
  await waitSettled(page);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + from.h / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + 60, to.y + to.h / 2, { steps: 10 });
  await waitSettled(page); // the drop target shows under the pointer
  await page.mouse.up();
  const after = await poll(problems, (p) => p[1].length === 2, 'the measure dropped on the second problem');
  assert.deepEqual(after[0], [], 'the first problem gave its measure away');
  assert.deepEqual(after[1], [before[1][0], before[0][0]], 'the second problem has it, last');
  await screenshot(page, 'editor-after-drag');
  await page.keyboard.press('Control+Z');
  assert.deepEqual(await poll(problems, (p) => p[0].length > 0, 'the undo'), before, 'undo puts it back');

  // The same move from the measure's form: 移到问题 → the fifth problem.
  await click(page, 'outline-2');
  await click(page, 'move-to-problem');
  await click(page, 'move-to-4');
  assert.deepEqual((await poll(problems, (p) => p[4].length >= 2, 'the move to the fifth problem'))[4], [before[4][0], before[0][0]]);
  assert.equal((await state(page)).nav.measure, before[0][0], 'the moved measure stays selected');

  // Evidence: a named item with a note.
  await click(page, 'add-evidence');
  await waitPlan(page, 0, (p) => live(live(p.problems)[4].measures)[1].evidence.length === 1, 'evidence item');
  await click(page, 'evidence-0');
  await page.keyboard.insertText('东门临时停车区照片');
  await page.keyboard.press('Enter');
  const plan = await waitPlan(page, 0, (p) => live(live(p.problems)[4].measures)[1].evidence[0].name === '东门临时停车区照片', 'evidence name');
  assert.ok(plan);
  assert.deepEqual(page.errors, []);
}));

test('the progress report: printable in a new tab, and copied as text for Word or WPS', () => withApp(async ({ browser, url }) => {
  const { page, context } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'report');
  const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'report-print')]);
  await report.waitForLoadState();
  const text = await report.locator('body').innerText();
  assert.match(text, /整改落实情况的报告/);
  assert.match(text, /共5个问题，已整改完成\d+个，正在整改\d+个/);
  assert.match(text, /一、聚焦群众急难愁盼问题方面/);
  await report.emulateMedia({ media: 'print' });
  await screenshot(report, 'report-print');
  await report.close();

  // The public notice as text: no people's names unless the setting says so.
  await click(page, 'report');
  await click(page, 'notice-copy');
  await until(page, async () => (await navigator.clipboard.readText()).includes('整改落实情况的公示'));
  const notice = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(notice, /整改进度：/);
  assert.doesNotMatch(notice, /林思远/, 'no names in the public notice by default');
  await click(page, 'report');
  await click(page, 'report-copy');
  await until(page, async () => (await navigator.clipboard.readText()).includes('整改落实情况的报告'));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /林思远/, 'the internal report names people');
  assert.deepEqual(page.errors, []);
}));

test('the overview: totals, who carries what, and a late item opens in the editor', () => withApp(async ({ browser, url }) => {
  const { page } = await openWithClipboard(browser, url, `?today=${TODAY}`);
  await click(page, '视图');
  await click(page, '整改概况');
  await waitView(page, 'dashboard');
  await itemRect(page, 'completion');
  await itemRect(page, 'dept-bar-0');
  await itemRect(page, 'progress-chart');
  await screenshot(page, 'dashboard');
  // The sample's measure due 2026年10月底前 is late on 2026-11-23: it is listed, and opens.
  await click(page, 'overdue-item-0');
  await waitView(page, 'plan');
  const s = await state(page);
  const plan = await planAt(page, 0);
  const late = live(plan.problems).flatMap((p) => live(p.measures)).find((m) => m.deadline.date === '2026-10-31');
  assert.ok(late, 'the sample has a measure due at the end of October');
  assert.equal(s.nav.measure, late.id);
  assert.deepEqual(page.errors, []);
}));

test('the timeline: phases and deadlines on one axis, with a line for today', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: `?today=${TODAY}`, viewport: { width: 1400, height: 900 } });
  await click(page, 'open-0');
  await waitView(page, 'plan');
  await click(page, 'tab-timeline');
  const phase = await itemRect(page, 'timeline-phase-0'); // 整改落实, 5月10日–10月30日
  const deadlines = await itemRect(page, 'timeline-deadlines');
  const today = await itemRect(page, 'timeline-today');
  assert.ok(deadlines.y > phase.y && today.y > deadlines.y);
  const png = await screenshot(page, 'editor-timeline');
  const stats = await pixelStats(page, png);
  assert.ok(stats.red > 50, `the today line and the overdue deadline are red: ${JSON.stringify(stats)}`);
  assert.deepEqual(page.errors, []);
}));
