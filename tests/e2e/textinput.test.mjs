// Chinese text input in one-line fields, as clerks type it: through an input method
// (composition), plain typing, the system clipboard (paste, copy, cut), select all, Tab between
// fields, a Mac's Cmd keys. Real mouse and keyboard; CDP for the IME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, waitAsync, state, click, itemRect, screenshot, waitSettled } from './harness.mjs';
import { SAMPLE, textInput, field, waitField, waitDebug, withClipboard } from './text_helpers.mjs';

async function openRename(page) {
  await click(page, 'rename-0');
  await itemRect(page, 'plan-title');
  await page.waitForFunction(() => window.rectify.state().field.active, null, { timeout: 5000 });
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
  await waitSettled(page);
  const t2 = await textInput(page);
  assert.ok(t2.inputRect.x > t.inputRect.x + 20, `the preedit moved with the caret (${t.inputRect.x} -> ${t2.inputRect.x})`);
  await cdp.send('Input.insertText', { text: '落实' });
  await waitField(page, '整改落实');
  await waitSettled(page); // a doubled character would have come by now
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
  await page.evaluate(() => document.addEventListener('contextmenu', (e) => {
    e.preventDefault(); // no real menu in a test
    window.menuTarget = e.target.id;
  }, { once: true, capture: true }));
  await page.mouse.click(r.x + 40, r.y + r.h / 2, { button: 'right' });
  assert.equal(await (await page.waitForFunction(() => window.menuTarget, null, { timeout: 5000 })).jsonValue(), 'text-input');
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
  await waitAsync(page, (t) => navigator.clipboard.readText().then((c) => c === t), SAMPLE, 'the field copied to the clipboard', 5000);
  await page.keyboard.insertText('新标题');
  await waitField(page, '新标题');
  await page.keyboard.press('Meta+V');
  await waitField(page, `新标题${SAMPLE}`);
  await page.keyboard.press('Meta+Z'); // the paste was one edit
  await waitField(page, '新标题');
  await page.keyboard.press('Meta+A');
  await page.keyboard.press('Meta+X');
  await waitField(page, '');
  await waitAsync(page, () => navigator.clipboard.readText().then((c) => c === '新标题'), null, 'the field cut to the clipboard', 5000);
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
  // A click in another field during a composition: the composed text stays in this one.
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.press('End');
  await cdp.send('Input.imeSetComposition', { text: 'zheng', selectionStart: 5, selectionEnd: 5 });
  await click(page, 'dbg-two');
  await waitDebug(page, 0, '一号zheng');
  await waitField(page, '二号');
  assert.equal((await textInput(page)).composing, false);
  await click(page, 'dbg-one');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('一号');
  await waitField(page, '一号');
  // Ctrl goes down and the window loses focus before it comes up: the key-up never arrives.
  // A stuck Ctrl would make ImGui drop typed characters (it reads them as shortcuts).
  const ctrl = (type) => page.evaluate((t) => document.activeElement.dispatchEvent(
    new KeyboardEvent(t, { key: 'Control', code: 'ControlLeft', ctrlKey: t === 'keydown', bubbles: true, cancelable: true })), type);
  await page.keyboard.press('End');
  await ctrl('keydown');
  await page.keyboard.insertText('乙');
  await waitSettled(page);
  assert.equal((await field(page)).text, '一号', 'with Ctrl down, typing is not text (the check below means something)');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.keyboard.insertText('甲');
  await waitField(page, '一号甲');
  await ctrl('keyup');
}));
