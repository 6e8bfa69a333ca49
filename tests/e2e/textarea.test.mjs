// Multi-line fields (ui::text_area): they wrap Chinese and grow, and are edited in the page's
// <textarea> overlay, which lies exactly over the field, follows it when the view scrolls, takes
// the IME and the clipboard natively, and commits once (a click elsewhere, Tab, Ctrl+Enter, the
// page hiding) or reverts (Escape). Through ?debug=fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, state, click, itemRect, screenshot, waitSettled } from './harness.mjs';
import { until } from './plan_helpers.mjs';
import { PARAGRAPH, textInput, field, waitField, waitDebug, withClipboard } from './text_helpers.mjs';

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
  await waitSettled(page);
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
  await waitSettled(page); // the caret has moved on to the next field
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => window.rectify.textInput().area.open, null, { timeout: 10000 });
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

test('a key pressed in the app and released in the overlay comes up: no stuck key', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { query: '?debug=fields' });
  await click(page, 'dbg-one');
  await page.keyboard.down('Enter'); // leaves the one-line field
  await until(page, () => !window.rectify.state().field.active);
  const area = await itemRect(page, 'dbg-area');
  await page.mouse.click(area.x + 30, area.y + 12); // Enter still held: the overlay takes the keyboard
  await until(page, () => window.rectify.textInput().area.open && window.rectify.textInput().focus === 'area');
  await page.keyboard.up('Enter'); // …and Enter comes up there
  await page.keyboard.press('Escape');
  await until(page, () => !window.rectify.textInput().area.open);
  // A held Enter would repeat after ImGui's key-repeat delay (0.275 s) and leave the field again.
  await click(page, 'dbg-one');
  await page.keyboard.insertText('甲');
  await page.waitForTimeout(600);
  await waitSettled(page);
  const f = await field(page);
  assert.ok(f.active && f.text.endsWith('甲'), `the field is still being edited: ${JSON.stringify(f)}`);
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
  await waitSettled(page);
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
