// A unit on a phone (issue 21), from the plan file the office sent to the return the office
// merges: 打开文件… (the file chooser), 查找, a progress entry typed, a photo through 相册, 导出 →
// 整个方案 downloaded, and the office (a desktop) merging it; 科室和人员, 整改概况 and 汇总报送 in one
// column, each in a screenshot (test-results/phone-390-unit-*.png). Android's back key goes one
// screen back and commits the field typed in (one-line or the multi-line editor); it closes a
// dialog or a menu first (删除's confirmation, 更多…, 导出, 查找), and from 台账 opened from the plan
// it returns to the plan. A long press the app takes late does not swallow the next tap, and one on
// a plain button is a tap. Inside WeChat the
// share sheet and the file picker are opened inside the tap's own handler, and a file made after
// the tap waits for a tap on a bar. Without a service worker (the API missing, or its
// registration refused) a bar says offline use is not available and offers 在浏览器中打开.
// The phone's emulation and steps are phone_helpers.mjs's; phone.test.mjs has the other screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, openApp, itemRect, stableRect, waitSettled, poll, screenshot, click } from './harness.mjs';
import { live, content, waitView, editCell, until, dropFiles } from './plan_helpers.mjs';
import {
  TODAY, PHONES, WECHAT_UA, openPhone, tap, swipe, swipeIntoView, assertFingerSized, assertFingerSizedThroughout, assertFitsWidth,
  openMeasure,
  addProgress, attachPhoto, besideBack, outlineMeasures,
} from './phone_helpers.mjs';

// Downloads a file a tap (or taps) on the page offer: its name and text.
async function download(page, act) {
  const [file] = await Promise.all([page.waitForEvent('download'), act()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('a unit on a phone: opens the plan file sent to it, finds its item, reports progress with a photo, sends the return; the office merges it',
  () => withApp(async ({ browser, url }) => {
    const phone = PHONES[0];
    // The office (a desktop) changes a measure of 基教科's and hands 基教科 its items.
    const { page: office } = await openApp(browser, url, { query: `?today=${TODAY}` });
    await click(office, 'open-0');
    await waitView(office, 'plan');
    await click(office, 'open-ledger');
    await waitView(office, 'ledger');
    await editCell(office, 0, 3);
    await until(office, () => window.rectify.state().field.active);
    await office.keyboard.press('Control+a');
    await office.keyboard.insertText('规范招生录取（局里下发）');
    await office.keyboard.press('Enter');
    await until(office, () => !window.rectify.itemRect('cell-edit'));
    await click(office, 'back-home');
    await click(office, 'open-0');
    await waitView(office, 'plan');
    const handed = await download(office, async () => { await click(office, 'export-plan'); await click(office, 'export-dept-0'); });
    assert.ok(handed.text.includes('规范招生录取（局里下发）'), 'the changed measure is one of 基教科\'s');

    // 基教科's staff member, on a phone: names the office (科室和人员, one column).
    const { page } = await openPhone(browser, url, phone);
    const shot = (name) => screenshot(page, `phone-${phone.name}-unit-${name}`);
    await tap(page, '视图');
    await tap(page, '科室和人员');
    await waitView(page, 'directory');
    await tap(page, 'office-name');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('基教科');
    const dir = await stableRect(page, 'directory-title');
    await page.touchscreen.tap(dir.x + dir.w + 80, dir.y + dir.h / 2);
    await poll(async () => (await content(page)).office.name, (n) => n === '基教科', 'the office named');
    await assertFitsWidth(page, phone, 'directory');
    await assertFingerSizedThroughout(page, phone, 'directory', 'directory-title');
    await shot('directory');
    await tap(page, 'back-home');

    // 打开文件… → the file chooser → the plan file; its changes previewed, then taken.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'narrow-open-file', { settle: false })]);
    await chooser.setFiles([{ name: handed.name, mimeType: 'application/json', buffer: Buffer.from(handed.text) }]);
    await poll(() => page.evaluate(() => window.rectify.state().merge), (m) => m.open, 'the preview');
    await stableRect(page, 'merge-accept');
    await assertFitsWidth(page, phone, 'merge preview');
    await assertFingerSizedThroughout(page, phone, 'merge preview', 'merge-accept');
    await shot('merge-preview');
    await tap(page, 'merge-accept');
    await poll(async () => (await outlineMeasures(page)).some((m) => m.title === '规范招生录取（局里下发）'), (x) => x, 'the change taken');

    // 查找 finds the item; progress typed; a photo through 相册.
    await tap(page, 'open-0');
    await tap(page, 'narrow-find');
    await itemRect(page, 'find-input');
    await page.keyboard.insertText('局里下发');
    await tap(page, 'find-hit-0');
    await itemRect(page, 'measure-title');
    const measure = await openMeasure(page);
    assert.equal(measure.title, '规范招生录取（局里下发）');
    const text = '招生录取细则已在校门口公示，照片附后。';
    await addProgress(page, text, await besideBack(page), '王老师');
    await attachPhoto(page, 'IMG_20261124_093000.jpg');
    await shot('item-done');

    // The return: 导出 → 整个方案, downloaded (outside WeChat).
    await tap(page, 'narrow-back');
    await tap(page, 'export-plan');
    await itemRect(page, 'export-whole');
    await assertFingerSized(page, phone, 'export menu');
    const ret = await download(page, () => tap(page, 'export-whole', { settle: false }));
    assert.match(ret.name, /^整改方案-基教科-/, 'the return is signed by the unit');

    // The overview and 汇总报送 in one column.
    await tap(page, 'back-home');
    await tap(page, '视图');
    await tap(page, '整改概况');
    await waitView(page, 'dashboard');
    await stableRect(page, 'completion');
    await assertFitsWidth(page, phone, 'dashboard');
    await assertFingerSizedThroughout(page, phone, 'dashboard', 'completion');
    await shot('dashboard');
    await tap(page, '视图');
    await tap(page, '汇总报送');
    await waitView(page, 'returns');
    const [pick] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'returns-pick', { settle: false })]);
    await pick.setFiles([{ name: ret.name, mimeType: 'application/json', buffer: Buffer.from(ret.text) },
                         { name: 'not-a-plan.json', mimeType: 'application/json', buffer: Buffer.from('{"x": 1}') }]);
    await stableRect(page, 'return-state-1');
    await assertFitsWidth(page, phone, 'returns');
    await shot('returns');

    // The office takes the return in: the progress and the photo's record come with it.
    await dropFiles(office, [ret]);
    await until(office, () => window.rectify.state().merge.open);
    await click(office, 'merge-accept');
    await until(office, () => !window.rectify.state().merge.open);
    const ws = await content(office);
    const m = live(ws.plans).flatMap((p) => live(p.problems)).flatMap((q) => live(q.measures)).find((x) => x.id === measure.id);
    assert.ok(live(m.progress).some((e) => e.text === text), 'the progress reached the office');
    assert.ok(live(m.evidence).some((e) => e.file && e.file.name === 'IMG_20261124_093000.jpg'), 'the photo\'s record too');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(office.errors, []);
  }));

test('a phone: the back key goes one screen back and commits the field typed in', () => withApp(async ({ browser, url }) => {
  const { page } = await openPhone(browser, url, PHONES[0]);
  await tap(page, 'open-0');
  await tap(page, 'narrow-measure-0');
  const before = await openMeasure(page);
  // A one-line field, typed in, not yet committed: back.
  await tap(page, 'measure-title');
  await page.keyboard.insertText('（北门）');
  await waitSettled(page);
  assert.equal((await openMeasure(page)).title, before.title, 'not committed while edited');
  await page.goBack();
  await itemRect(page, 'narrow-measure-0');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'the outline again');
  assert.equal((await page.evaluate(() => window.rectify.state())).view, 'plan');
  await poll(async () => (await openMeasure(page)).title, (t) => t.includes('（北门）') && t.length === before.title.length + 4,
    'the title committed');
  // The multi-line editor open on a progress entry: back commits it too.
  await tap(page, 'narrow-measure-0');
  await addProgress(page, '第一步已完成。', await besideBack(page));
  const entries = live((await openMeasure(page)).progress);
  const n = entries.findIndex((e) => e.text === '第一步已完成。');
  await swipeIntoView(page, `progress-${n}`);
  await tap(page, `progress-${n}`);
  assert.equal((await page.evaluate(() => window.rectify.textInput())).focus, 'area');
  await page.keyboard.insertText('第二步进行中。');
  await page.goBack();
  await itemRect(page, 'narrow-measure-0');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'the outline again');
  await poll(async () => live((await openMeasure(page)).progress), (p) => p.some((e) => e.text === '第一步已完成。第二步进行中。'),
    'the entry committed');
  // From the outline, back is home; one more back leaves the app to the browser.
  await page.goBack();
  await poll(async () => (await page.evaluate(() => window.rectify.state())).view, (v) => v === 'home', 'home');
  assert.deepEqual(page.errors, []);
}));

test('a phone: the back key closes a dialog or a menu first (nothing else changes), and from 台账 returns to its plan',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openPhone(browser, url, PHONES[0]);
    const view = async () => (await page.evaluate(() => window.rectify.state())).view;
    const gone = (id) => poll(() => page.evaluate((q) => window.rectify.itemRect(q), id), (r) => r === null, `${id} closed`);
    const plans = live((await content(page)).plans).length;
    // Home: the delete confirmation, then the 更多… menu.
    await tap(page, 'more-0');
    await tap(page, 'delete-0');
    await stableRect(page, 'delete-confirm');
    await page.goBack();
    await gone('delete-confirm');
    await waitSettled(page);
    assert.equal(await view(), 'home');
    assert.equal(live((await content(page)).plans).length, plans, 'nothing deleted');
    await tap(page, 'more-0');
    await itemRect(page, 'rename-0');
    await page.goBack();
    await gone('rename-0');
    assert.equal(await view(), 'home');
    // The plan's outline: the 导出 menu, then 查找 with its hits.
    await tap(page, 'open-0');
    await tap(page, 'export-plan');
    await itemRect(page, 'export-whole');
    await page.goBack();
    await gone('export-whole');
    assert.equal(await view(), 'plan');
    await itemRect(page, 'narrow-measure-0');
    assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'still the outline');
    await tap(page, 'narrow-find');
    await itemRect(page, 'find-input');
    await page.keyboard.insertText((await outlineMeasures(page))[0].title.slice(0, 2));
    await itemRect(page, 'find-hit-0');
    await page.goBack();
    await gone('find-hit-0');
    await gone('find-input');
    assert.equal(await view(), 'plan');
    assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'still the outline');
    // 台账 opened from the plan: back is the plan, then home.
    await tap(page, 'open-ledger');
    await waitView(page, 'ledger');
    await page.goBack();
    await poll(view, (v) => v === 'plan', 'the plan again');
    await itemRect(page, 'narrow-measure-0');
    await page.goBack();
    await poll(view, (v) => v === 'home', 'home');
    assert.deepEqual(page.errors, []);
  }));

// The page times a long press (web/textinput.js) and a busy page may hand it to the app late: after
// the finger lifted. Kept, it turned the next tap into a right click, and that tap did nothing.
test('a phone: a long press the app takes after the finger lifted does not swallow the next tap',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openPhone(browser, url, PHONES[0]);
    await tap(page, 'open-0');
    await stableRect(page, 'narrow-measure-1');
    await page.evaluate(() => { const m = window.rectifyHost.module; m._rectify_long_press(); m._rectify_ti_sync(); });
    await waitSettled(page);
    await tap(page, 'narrow-measure-1');
    await itemRect(page, 'narrow-back');
    assert.equal(await page.evaluate(() => window.rectify.itemRect('row-move-down')), null, 'no row menu');
    assert.deepEqual(page.errors, []);
  }));

// A long press on what has no menu (a button held by a slow finger, or a tap a busy page timed
// long) is the tap it was: the button acts, as a phone's own buttons do however long held. The
// long press is handed to the app while the finger is down, as the page's timer does.
test('a phone: a button held past a long press acts as a tap, on the lift (a picker opens inside it); a row held opens its menu and nothing else',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openPhone(browser, url, PHONES[0], { init: recordGestures });
    // A finger held on `id` past a long press, then lifted (after sliding `slide` px down, if given).
    const hold = async (id, slide = 0) => {
      const r = await stableRect(page, id);
      const cdp = await page.context().newCDPSession(page);
      const x = r.x + r.w / 2, y = r.y + r.h / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
      await waitSettled(page);
      await page.evaluate(() => { const m = window.rectifyHost.module; m._rectify_long_press(); m._rectify_ti_sync(); });
      await waitSettled(page);
      if (slide) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + slide, id: 1 }] });
        await waitSettled(page);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
      await waitSettled(page);
    };
    await hold('open-0', 60); // slid off the button before lifting: no tap, as on a phone
    assert.equal(await page.evaluate(() => window.rectify.state().view), 'home', 'a finger slid off 打开 opened nothing');
    await hold('open-0');
    await waitView(page, 'plan');
    // 相册 held: nothing happens while the finger is down; the picker opens inside the touchend,
    // where a browser allows it (a picker opened a frame later is refused, and a bar asks again).
    await tap(page, 'narrow-measure-0');
    await swipeIntoView(page, 'attach-album');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), hold('attach-album')]);
    await chooser.setFiles([]);
    assert.deepEqual(await page.evaluate(() => window.__calls.map((c) => [c.what, c.during])), [['pick', 'touchend']]);
    assert.equal(await page.locator('#tap-bar').isVisible(), false);
    await tap(page, 'narrow-back');
    await hold('narrow-measure-1');
    await itemRect(page, 'row-move-down'); // its menu
    assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'the row held opened no item');
    assert.deepEqual(page.errors, []);
  }));

test('a phone: a finger that rests before lifting throws nothing; after a swipe the app is settled only once its glide has stopped',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openPhone(browser, url, PHONES[0]);
    await tap(page, 'open-0');
    await waitView(page, 'plan');
    const y = async () => (await stableRect(page, 'narrow-measure-0')).y;
    const start = await stableRect(page, 'narrow-measure-0');
    const x = start.clip.x + start.clip.w * 0.7, from = start.clip.y + start.clip.h * 0.8;
    // Dragged up 200 px, held still a third of a second (a person reading), then lifted.
    const cdp = await page.context().newCDPSession(page);
    const point = (py) => [{ x, y: py, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from - 20 * i) });
    await waitSettled(page);
    await page.waitForTimeout(350); // the finger held still: the input itself, not a wait on the app
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await waitSettled(page);
    const rested = await y();
    assert.ok(Math.abs(start.y - rested - 200) <= 2, `the list moved with the finger and no further: ${start.y} → ${rested}`);
    // A slow finger (down, back towards the top) whose last move comes a moment before it lifts,
    // the app drawing between them: a frame a few ms long says nothing about the finger's speed,
    // so the glide is as slow as the finger, not a throw to the top.
    const slow = await y();
    const moved = await page.evaluate(async ({ x, from }) => {
      const canvas = document.getElementById('canvas');
      const at = (py) => new Touch({ identifier: 7, target: canvas, clientX: x, clientY: py });
      const fire = (type, py) => canvas.dispatchEvent(new TouchEvent(type, {
        bubbles: true, cancelable: true, touches: type === 'touchend' ? [] : [at(py)], changedTouches: [at(py)] }));
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const top = from - 300;
      fire('touchstart', top);
      await frame();
      for (let i = 1; i <= 8; i++) { fire('touchmove', top + 5 * i); await frame(); await frame(); await frame(); }
      const sync = () => window.rectifyHost.module._rectify_ti_sync();
      sync();
      fire('touchmove', top + 45);
      sync();
      fire('touchend', top + 45);
      return 45;
    }, { x, from });
    await waitSettled(page);
    const glided = (await y()) - slow - moved;
    assert.ok(glided < 60, `a slow finger's glide stays short: ${glided} px past the finger (from ${slow})`);
    // A swipe (moves, then lifted at once) may glide on; once settled, the frames the next input
    // draws move nothing more.
    const unswiped = await y();
    await swipe(page, x, from, 150);
    await waitSettled(page);
    const swiped = await y();
    assert.ok(swiped > unswiped + 100, `the swipe scrolled back: ${unswiped} → ${swiped}`);
    for (let i = 0; i < 3; i++) await page.evaluate(() => window.rectifyHost.module._rectify_ti_sync());
    assert.equal(await y(), swiped, 'nothing glided on after the app said it had settled');
    assert.deepEqual(page.errors, []);
  }));

// Records how navigator.share and a file input's click are called: inside which event, and
// whether the page had a user activation then.
function recordGestures() {
  window.__calls = [];
  const note = (what) => window.__calls.push({ what, during: window.event ? window.event.type : null,
                                                active: !!(navigator.userActivation && navigator.userActivation.isActive) });
  navigator.canShare = (d) => !!(d && d.files && d.files.length);
  navigator.share = (d) => { note(`share ${d.files[0].name}`); return Promise.resolve(); };
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function () { if (this.type === 'file') note('pick'); return click.call(this); };
}

test('inside WeChat on a phone: the share sheet and the file picker open inside the tap; later, a bar asks for the tap',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openPhone(browser, url, PHONES[0], { userAgent: WECHAT_UA, init: recordGestures });
    const calls = () => page.evaluate(() => window.__calls);
    await tap(page, 'wechat-dismiss');
    await tap(page, 'open-0');
    await tap(page, 'export-plan');
    await tap(page, 'export-whole');
    const shared = await poll(calls, (c) => c.length === 1, 'the share sheet');
    assert.match(shared[0].what, /^share 整改方案-/);
    assert.deepEqual([shared[0].during, shared[0].active], ['touchend', true], JSON.stringify(shared));
    await tap(page, 'narrow-measure-0');
    await swipeIntoView(page, 'attach-album');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
    await chooser.setFiles([]);
    const picked = (await calls())[1];
    assert.deepEqual([picked.what, picked.during, picked.active], ['pick', 'touchend', true]);
    // A file made after the tap (as the office module's, or an encryption's): no share until one
    // more tap, on the bar, whose own click opens the sheet.
    await page.evaluate(() => setTimeout(() => window.rectifyHost.download('台账.xlsx', 'application/octet-stream', new Uint8Array(3)), 0));
    const bar = page.locator('#tap-bar');
    await bar.waitFor({ state: 'visible' });
    assert.equal((await calls()).length, 2, 'not shared outside a tap');
    assert.ok((await bar.innerText()).includes('台账.xlsx'));
    await screenshot(page, 'phone-390-tap-bar');
    const go = await page.locator('#tap-bar-go').boundingBox();
    assert.ok(go.height >= 44, `the bar's button is finger-sized: ${go.height}`);
    await page.touchscreen.tap(go.x + go.width / 2, go.y + go.height / 2);
    const later = await poll(calls, (c) => c.length === 3, 'shared from the bar');
    assert.equal(later[2].what, 'share 台账.xlsx');
    assert.ok(['touchend', 'click'].includes(later[2].during) && later[2].active, JSON.stringify(later[2]));
    assert.equal(await bar.isVisible(), false);
    assert.deepEqual(page.errors, []);
  }));

test('a web view without a service worker: a bar says offline use is not available and offers 在浏览器中打开',
  () => withApp(async ({ browser, url }) => {
    const init = () => {
      delete Navigator.prototype.serviceWorker;
      window.__opened = [];
      window.open = (u) => { window.__opened.push(String(u)); return null; };
    };
    const { page } = await openPhone(browser, url, PHONES[0], { init });
    const bar = page.locator('#offline-off');
    await bar.waitFor({ state: 'visible' });
    assert.ok((await bar.innerText()).includes('不能离线使用'), await bar.innerText());
    await screenshot(page, 'phone-390-offline-off');
    await page.locator('#offline-off-open').tap();
    assert.deepEqual(await page.evaluate(() => window.__opened), [page.url()]);
    await poll(() => bar.innerText(), (t) => t.includes('在浏览器中打开') && t.includes('链接已复制'), 'how to open it in the browser');
    await page.locator('#offline-off-ok').tap();
    assert.equal(await bar.isVisible(), false);
    // With the API there but the registration refused (a web view that forbids it): the same bar.
    const refused = await openPhone(browser, url, PHONES[0], {
      init: () => { navigator.serviceWorker.register = () => Promise.reject(new Error('not allowed here')); },
    });
    await refused.page.locator('#offline-off').waitFor({ state: 'visible', timeout: 90000 });
    assert.deepEqual(page.errors, []);
  }));
