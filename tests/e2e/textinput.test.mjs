// Chinese text input, as clerks type it: through an input method (composition), plain typing,
// the system clipboard (paste, copy, cut), select all, Tab between fields, and multi-line fields
// that wrap and grow (the page's overlay). Real mouse and keyboard; CDP for the IME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, state, click, itemRect, screenshot } from './harness.mjs';

const SAMPLE = '青山市教育局2025年度绩效考评公众评议意见建议整改落实工作方案';
const PARAGRAPH = '针对公众评议中反映的问题,我局高度重视。针对公众评议中反映的问题,局党组高度重视,成立整改工作领导小组,逐条研究制定整改措施,明确责任领导、责任科室和完成时限,确保件件有落实、事事有回音。整改完成后,及时向社会公开整改结果,接受群众监督。';

const textInput = (page) => page.evaluate(() => window.rectify.textInput());
const field = async (page) => (await state(page)).field;
const waitField = (page, text) =>
  page.waitForFunction((t) => window.rectify.state().field.text === t, text, { timeout: 5000, polling: 50 })
    .catch(async () => { throw new Error(`field text is ${JSON.stringify((await field(page)).text)}, not ${JSON.stringify(text)}`); });
const waitDebug = (page, i, text) =>
  page.waitForFunction(([k, t]) => window.rectify.state().debugValues[k] === t, [i, text], { timeout: 5000, polling: 50 })
    .catch(async () => { throw new Error(`debug value ${i} is ${JSON.stringify((await state(page)).debugValues[i])}`); });

async function openRename(page) {
  await click(page, 'rename-0');
  await itemRect(page, 'plan-title');
  await page.waitForFunction(() => window.rectify.state().field.active, null, { timeout: 5000 });
}

async function withClipboard(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(opts.context || {}) });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
  return openApp(browser, url, { context, query: opts.query, init: opts.init });
}

for (const dpr of [1, 2]) test(`Chinese through an input method: preedit at the caret, committed once (devicePixelRatio ${dpr})`, () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { dpr });
  await openRename(page);
  assert.equal((await textInput(page)).focus, 'input', 'the hidden element has keyboard focus');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitField(page, '');
  const r = await itemRect(page, 'plan-title');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zh', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'zheng', selectionStart: 5, selectionEnd: 5 });
  const t = await textInput(page);
  assert.equal(t.composing, true);
  assert.equal(t.preeditVisible, true, 'the preedit is shown');
  // At the caret: inside the field's rectangle (an empty field: its left edge).
  assert.ok(t.inputRect.x >= r.x && t.inputRect.x < r.x + 40, `preedit x ${t.inputRect.x} near field x ${r.x}`);
  assert.ok(t.inputRect.y >= r.y - 4 && t.inputRect.y < r.y + r.h, `preedit y ${t.inputRect.y} in field ${r.y}..${r.y + r.h}`);
  assert.ok(t.inputRect.w > 20, 'as wide as its text');
  await screenshot(page, `ime-preedit-dpr-${dpr}`);
  assert.equal((await field(page)).text, '', 'nothing reaches the field before the commit');
  await cdp.send('Input.insertText', { text: '整改' });
  await waitField(page, '整改');
  assert.equal((await textInput(page)).preeditVisible, false);
  // A second composition right after: still exactly once each.
  await cdp.send('Input.imeSetComposition', { text: 'luo', selectionStart: 3, selectionEnd: 3 });
  await page.waitForTimeout(100);
  const t2 = await textInput(page);
  assert.ok(t2.inputRect.x > t.inputRect.x + 20, `the preedit moved with the caret (${t.inputRect.x} -> ${t2.inputRect.x})`);
  await cdp.send('Input.insertText', { text: '落实' });
  await waitField(page, '整改落实');
  await page.waitForTimeout(200);
  assert.equal((await field(page)).text, '整改落实', 'no doubled characters');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.rectify.state().plans[0] === '整改落实', null, { timeout: 5000 });
}));

test('typed text, Backspace, arrows and select all reach the field', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await openRename(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('落实');
  await waitField(page, '落实');
  await page.keyboard.type('ab');
  await waitField(page, '落实ab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.insertText('整改');
  await waitField(page, '落整改实a');
  await page.keyboard.press('Escape'); // cancels the popup: the title stays
  await page.waitForFunction(() => !window.rectify.state().field.active);
  assert.equal((await state(page)).plans[0], SAMPLE);
}));

test('fast typing and back-to-back compositions lose and double nothing', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  await openRename(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const cdp = await page.context().newCDPSession(page);
  let expected = '';
  for (let i = 0; i < 8; i++) {
    await page.keyboard.type('ab c');
    await cdp.send('Input.imeSetComposition', { text: 'zhengg', selectionStart: 6, selectionEnd: 6 });
    await cdp.send('Input.insertText', { text: '整改' });
    await page.keyboard.insertText('落实。');
    expected += 'ab c整改落实。';
  }
  await waitField(page, expected);
}));

test('paste from the system clipboard: one line field gets spaces for newlines', () => withApp(async ({ browser, url }) => {
  const { page } = await withClipboard(browser, url);
  await openRename(page);
  await page.keyboard.press('Control+A');
  await page.evaluate(() => navigator.clipboard.writeText('第一行\r\n第二行\n第三行'));
  await page.keyboard.press('Control+V');
  await waitField(page, '第一行 第二行 第三行');
  // A synthetic paste event on the focused element behaves the same.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '甲\n乙');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await waitField(page, '第一行 第二行 第三行甲 乙');
  // A right click in the field opens the browser's edit menu on the text element (Paste there).
  const r = await itemRect(page, 'plan-title');
  const menuOn = page.evaluate(() => new Promise((resolve) => document.addEventListener('contextmenu', (e) => {
    e.preventDefault(); // no real menu in a test
    resolve(e.target.id);
  }, { once: true, capture: true })));
  await page.mouse.click(r.x + 40, r.y + r.h / 2, { button: 'right' });
  assert.equal(await menuOn, 'text-input');
  assert.equal((await textInput(page)).focus, 'input');
  // One paste, one undo step.
  await page.keyboard.press('Control+Z');
  await waitField(page, '第一行 第二行 第三行');
}));

test('select all and copy, cut', () => withApp(async ({ browser, url }) => {
  const { page } = await withClipboard(browser, url);
  await openRename(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SAMPLE);
  // Select the last two characters and cut them.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+X');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '方案');
  await waitField(page, SAMPLE.slice(0, -2));
  // Windows' clipboard keys too: Shift+Insert pastes the cut text back.
  await page.keyboard.press('Shift+Insert');
  await waitField(page, SAMPLE);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+Delete');
  await waitField(page, SAMPLE.slice(0, -2));
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => window.rectify.state().plans[0] === t, SAMPLE.slice(0, -2));
}));

test('on a Mac, Cmd+A and Cmd+C copy', () => withApp(async ({ browser, url }) => {
  const { page } = await withClipboard(browser, url, {
    context: { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36' },
    init: () => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }),
  });
  await openRename(page);
  await page.keyboard.press('Meta+A');
  await page.keyboard.press('Meta+C');
  await page.waitForFunction((t) => navigator.clipboard.readText().then((c) => c === t), SAMPLE, { timeout: 5000 });
  await page.keyboard.insertText('新标题');
  await waitField(page, '新标题');
  await page.keyboard.press('Meta+V');
  await waitField(page, `新标题${SAMPLE}`);
  await page.keyboard.press('Meta+Z'); // the paste was one edit
  await waitField(page, '新标题');
  await page.keyboard.press('Meta+A');
  await page.keyboard.press('Meta+X');
  await waitField(page, '');
  await page.waitForFunction(() => navigator.clipboard.readText().then((c) => c === '新标题'), null, { timeout: 5000 });
}));

test('Tab moves between fields; a held modifier is released when the window blurs', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?debug=fields' });
  await click(page, 'dbg-one');
  await page.keyboard.insertText('一号');
  await page.keyboard.press('Tab');
  await waitDebug(page, 0, '一号');
  await page.keyboard.insertText('二号');
  await waitField(page, '二号');
  await page.keyboard.press('Shift+Tab');
  await waitDebug(page, 1, '二号');
  await waitField(page, '一号');
  // Ctrl goes down and the window loses focus before it comes up: the key-up never arrives.
  // A stuck Ctrl would make ImGui drop typed characters (it reads them as shortcuts).
  const ctrl = (type) => page.evaluate((t) => document.activeElement.dispatchEvent(
    new KeyboardEvent(t, { key: 'Control', code: 'ControlLeft', ctrlKey: t === 'keydown', bubbles: true, cancelable: true })), type);
  await page.keyboard.press('End');
  await ctrl('keydown');
  await page.keyboard.insertText('乙');
  await page.waitForTimeout(300);
  assert.equal((await field(page)).text, '一号', 'with Ctrl down, typing is not text (the check below means something)');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.keyboard.insertText('甲');
  await waitField(page, '一号甲');
  await ctrl('keyup');
}));

test('a text_area wraps, grows, keeps lines, commits once and reverts on Escape', () => withApp(async ({ browser, url }) => {
  const { page } = await withClipboard(browser, url, { query: '?debug=fields' });
  const before = await itemRect(page, 'dbg-area');
  assert.deepEqual(await itemRect(page, '##dbg-area'), before, 'found by its label too');
  await page.mouse.click(before.x + 30, before.y + 12);
  await page.waitForFunction(() => window.rectify.textInput().area.open && window.rectify.textInput().focus === 'area');
  let t = await textInput(page);
  assert.ok(Math.abs(t.area.rect.x - before.x) < 2 && Math.abs(t.area.rect.y - before.y) < 2, `overlay over the frame ${JSON.stringify(t.area.rect)} ${JSON.stringify(before)}`);
  assert.ok(Math.abs(t.area.rect.w - before.w) < 2, 'as wide as the frame');
  await page.keyboard.insertText(PARAGRAPH);
  await page.waitForFunction((h) => window.rectify.itemRect('dbg-area').h > h + 20, before.h, { timeout: 5000 });
  const grown = await itemRect(page, 'dbg-area');
  t = await textInput(page);
  assert.ok(Math.abs(t.area.rect.h - grown.h) < 2, `the overlay grows with the frame (${t.area.rect.h} vs ${grown.h})`);
  assert.equal((await field(page)).text, PARAGRAPH);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('第二段');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.insertText('第三段');
  await page.evaluate(() => navigator.clipboard.writeText('甲\r\n乙'));
  await page.keyboard.press('Control+V');
  const typed = `${PARAGRAPH}\n第二段\n第三段甲\n乙`;
  await waitField(page, typed);
  await screenshot(page, 'text-area-open');
  const open = await itemRect(page, 'dbg-area');
  // A click elsewhere commits, once.
  const commits = (await state(page)).debugCommits;
  await page.mouse.click(1200, 700);
  await waitDebug(page, 2, typed);
  await page.waitForFunction(() => !window.rectify.textInput().area.open);
  assert.equal((await state(page)).debugCommits, commits + 1, 'committed once');
  assert.equal((await textInput(page)).focus, 'input', 'focus back on the hidden element');
  const closed = await itemRect(page, 'dbg-area');
  assert.ok(closed.h > before.h + 40, `the closed frame shows all the wrapped lines (${closed.h})`);
  // Wrapped like the browser wraps it (between any two Chinese characters): no jump on closing.
  assert.ok(Math.abs(closed.h - open.h) < 2, `same height open and closed (${open.h} -> ${closed.h})`);
  await screenshot(page, 'text-area-closed');

  // Escape reverts.
  await page.mouse.click(closed.x + 20, closed.y + 12);
  await page.waitForFunction(() => window.rectify.textInput().area.open);
  await page.keyboard.insertText('不要');
  await waitField(page, await page.evaluate(() => window.rectify.textInput().area.value));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.rectify.textInput().area.open);
  await page.waitForTimeout(200);
  const s = await state(page);
  assert.equal(s.debugValues[2], typed, 'Escape keeps the committed value');
  assert.equal(s.debugCommits, commits + 1);

  // Tab from the one-line field opens the area; Tab from the area commits and moves on.
  await click(page, 'dbg-two');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.rectify.textInput().area.open && window.rectify.textInput().focus === 'area');
  await page.keyboard.insertText('尾');
  await page.keyboard.press('Tab');
  await waitDebug(page, 2, `${typed}尾`);
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => window.rectify.textInput().area.open, null, { timeout: 5000 });
}));

test('an edit in an open text_area is kept when the page hides; Ctrl+Enter commits', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?debug=fields' });
  const r = await itemRect(page, 'dbg-area');
  await page.mouse.click(r.x + 30, r.y + 12);
  await page.waitForFunction(() => window.rectify.textInput().area.open);
  await page.keyboard.insertText('未提交');
  await page.evaluate(() => window.rectifyHost.module._rectify_flush());
  await waitDebug(page, 2, '未提交');
  assert.equal((await textInput(page)).area.open, false);
  // Ctrl+Enter commits too, and leaves the field.
  await page.mouse.click(r.x + 30, r.y + 12);
  await page.waitForFunction(() => window.rectify.textInput().area.open);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('。');
  await page.keyboard.press('Control+Enter');
  await waitDebug(page, 2, '未提交。');
  assert.equal((await textInput(page)).focus, 'input');
}));

test('a text_area overlay follows its field when the view scrolls, and takes an IME', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?debug=fields' });
  const r = await itemRect(page, 'dbg-area');
  await page.mouse.click(r.x + 30, r.y + 12);
  await page.waitForFunction(() => window.rectify.textInput().area.open);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhenggai', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.insertText', { text: '整改' });
  await waitField(page, '整改');
  // Enough lines to make the window scroll.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Enter');
  await page.keyboard.insertText('末行');
  await page.waitForFunction(() => window.rectify.itemRect('dbg-area').h > 600);
  const t0 = await textInput(page);
  await page.mouse.move(t0.area.rect.x + 50, t0.area.rect.y + 50);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => window.rectify.itemRect('dbg-area').y < y - 50, r.y, { timeout: 5000 });
  await page.waitForTimeout(100);
  const moved = await itemRect(page, 'dbg-area');
  const t1 = await textInput(page);
  assert.equal(t1.area.open, true);
  assert.ok(Math.abs(t1.area.rect.y - moved.y) < 2, `the overlay follows (${t1.area.rect.y} vs ${moved.y})`);
  const clip = await page.evaluate(() => document.getElementById('text-area').style.clipPath);
  assert.match(clip, /^inset\(\d+(\.\d+)?px/, 'clipped to the view');
  assert.notEqual(clip, 'inset(0px)', `the part scrolled out of the view is clipped (${clip})`);
  await page.mouse.click(1200, 700);
  await waitDebug(page, 2, `整改${'\n'.repeat(30)}末行`);
}));

// The caret goes where the user clicked, also in browsers without caretPositionFromPoint for
// text controls (Chromium before 128, inside 360 and QQ browsers).
for (const old of [false, true]) {
  test(`a click puts the text_area caret where it lands${old ? ' (older Chromium)' : ''}`, () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url, {
      query: '?debug=fields',
      init: old ? () => { delete Document.prototype.caretPositionFromPoint; } : undefined,
    });
    assert.equal(await page.evaluate(() => typeof document.caretPositionFromPoint), old ? 'undefined' : 'function');
    const r = await itemRect(page, 'dbg-area');
    await page.mouse.click(r.x + 30, r.y + 12);
    await page.waitForFunction(() => window.rectify.textInput().area.open);
    await page.keyboard.insertText('第一行文字\n第二行文字');
    await page.keyboard.press('Control+Enter');
    await waitDebug(page, 2, '第一行文字\n第二行文字');
    // Between 第二 and 行 on the second line: offset 6 + 2.
    const glyph = 16; // CSS px per Chinese character at the body size
    await page.mouse.click(r.x + 8 + glyph * 2 + 1, r.y + 5 + 23 * 1.5);
    await page.waitForFunction(() => window.rectify.textInput().area.open);
    const at = await page.evaluate(() => document.getElementById('text-area').selectionStart);
    assert.ok(Math.abs(at - 8) <= 1, `caret at ${at}, near 8`);
    await page.keyboard.insertText('|');
    const text = '第一行文字\n第二行文字';
    await waitField(page, `${text.slice(0, at)}|${text.slice(at)}`);
  }));
}
