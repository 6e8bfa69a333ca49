// On a phone (issue 21): Playwright's phone emulation (touch, isMobile) at 390×844 with
// devicePixelRatio 3 and at 360×780 (an Android size). A staff member taps home → plan → a
// measure, adds a progress entry typed through the keyboard path (the hidden element focused
// inside the tap's own handler, as a phone's keyboard needs), attaches a photo through 相册 (the
// file chooser: image/*, no capture; 拍照 asks for the camera), and goes back. Every widget on
// each narrow screen is at least 44 px both ways, a drag scrolls a list without opening what it
// started on, a long press opens a context menu, the field typed in stays above a keyboard, and
// inside WeChat (its user agent) the banner says what does not work there and an export is sent
// through the share sheet instead of downloaded. Screenshots of every narrow screen go to
// test-results/phone-*.png. The ledger is a card per measure with its filters in a sheet. A large
// photo is stored scaled down to 2560 px, or as it came with 保留原图, its progress moving while it
// is scaled. The canvas follows the visual viewport (a stubbed keyboard) with the field typed in
// kept above it; closing the keyboard (the viewport whole again, or the element's blur) commits
// the field. The delete confirmation fills the phone's screen. The outline screen also has
// 方案信息, 方法步骤, 添加问题, 报告, 查找, and a long press on a row offers 上移/下移; its problems are
// under their areas' grey headings, as in the wide outline. A unit's whole
// path, the back key, the share sheet and file picker inside the tap, and the missing service
// worker are in phone_unit.test.mjs (one test file has to run within the 5 min timeout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, itemRect, stableRect, waitSettled, poll, screenshot } from './harness.mjs';
import { live, content, waitView } from './plan_helpers.mjs';
import {
  PHONES, WECHAT_UA, openPhone, tap, swipe, swipeIntoView, assertFingerSized, assertFingerSizedThroughout, assertFitsWidth,
  openMeasure,
  photoBytes, keyboard, addProgress, attachPhoto, besideBack, outlineMeasures, longPress,
} from './phone_helpers.mjs';

for (const phone of PHONES) {
  test(`a phone ${phone.viewport.width}×${phone.viewport.height}: home → plan → measure, progress by the keyboard, a photo, back`,
    () => withApp(async ({ browser, url }) => {
      const { page } = await openPhone(browser, url, phone);
      const shot = (name) => screenshot(page, `phone-${phone.name}-${name}`);
      try { await walkThrough(page, phone, shot); } catch (e) { await shot('failed').catch(() => {}); throw e; }
    }));
}

// The walk of the first test, at one phone size.
async function walkThrough(page, phone, shot) {
  // Home: a card per plan, the whole title, 打开 on screen and finger-sized.
  const open = await stableRect(page, 'open-0');
  assert.ok(open.x >= 0 && open.x + open.w <= phone.viewport.width, `打开 on screen: ${JSON.stringify(open)}`);
  const title = await stableRect(page, 'plan-0');
  assert.ok(title.w > phone.viewport.width * 0.6, `the title has the card's width, not a column: ${title.w}`);
  await assertFitsWidth(page, phone, 'home');
  await assertFingerSized(page, phone, 'home');
  await shot('home');

  // 更多… holds 复制/改名/删除.
  await tap(page, 'more-0');
  await itemRect(page, 'rename-0');
  await assertFingerSized(page, phone, 'home menu');
  await shot('home-more');
  await tap(page, 'home-title'); // a tap outside closes the menu
  assert.equal(await page.evaluate(() => window.rectify.itemRect('rename-0')), null, 'the menu closed');

  // A tap on 打开 opens the plan: no hover needed.
  await tap(page, 'open-0');
  await waitView(page, 'plan');
  await itemRect(page, 'narrow-measure-0');
  await assertFitsWidth(page, phone, 'outline');
  await assertFingerSized(page, phone, 'outline');
  await shot('outline');

  // The areas (聚焦…方面) head their problems in grey, as in the wide outline; a tap on one opens nothing.
  const runs = [];
  live(live((await content(page)).plans)[0].problems).forEach((q, i) => {
    if (!runs.length || runs[runs.length - 1].area !== q.area) runs.push({ area: q.area, first: i });
  });
  assert.ok(runs.length >= 2 && runs.every((r) => r.area), `the sample plan has areas: ${JSON.stringify(runs)}`);
  for (const [n, run] of runs.entries()) {
    const heading = await itemRect(page, `narrow-area-${n}`);
    const problem = await itemRect(page, `narrow-problem-${run.first}`);
    assert.equal(heading.text, run.area.replace(/[\n\r\t]/g, ' '));
    assert.ok(heading.y + heading.h <= problem.y + 1 && problem.y - (heading.y + heading.h) < 24,
      `area ${n} right above its first problem: ${JSON.stringify([heading, problem])}`);
  }
  assert.equal(await page.evaluate((n) => window.rectify.itemRect(`narrow-area-${n}`), runs.length), null, 'a heading per area');
  const heading = await swipeIntoView(page, 'narrow-area-1');
  await page.touchscreen.tap(heading.x + heading.w / 2, heading.y + heading.h / 2);
  await waitSettled(page);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'a heading is not tappable');
  await shot('outline-areas');
  const top = await stableRect(page, 'narrow-problem-0');
  await swipe(page, top.x + top.w / 2, top.clip.y + 100, 600);
  await waitSettled(page);

  // A drag on the outline scrolls it and opens nothing it started on.
  const before = await stableRect(page, 'narrow-measure-0');
  await swipe(page, before.x + before.w / 2, before.y + before.h / 2, -250);
  await waitSettled(page);
  const after = await stableRect(page, 'narrow-measure-0');
  assert.ok(after.y < before.y - 40, `the outline scrolled: ${before.y} → ${after.y}`);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'no item opened by the drag');
  await swipe(page, before.x + before.w / 2, before.y + 100, 600);
  await waitSettled(page);

  // The first measure on its own screen, the wide view's form stacked.
  await tap(page, 'narrow-measure-0');
  await itemRect(page, 'measure-title');
  await itemRect(page, 'narrow-back');
  await assertFitsWidth(page, phone, 'measure');
  await shot('measure');
  await assertFingerSized(page, phone, 'measure');
  await assertFingerSizedThroughout(page, phone, 'measure', 'measure-title');

  // A tap on a field focuses the page's text element inside the touchend handler, now wanting
  // text (inputMode), so a phone opens its keyboard; a tap on nothing leaves the field.
  await page.evaluate(() => { window.__focusLog.length = 0; });
  await tap(page, 'measure-title');
  const focus = await page.evaluate(() => window.__focusLog);
  assert.ok(focus.some((f) => f.id === 'text-input' && f.during === 'touchend'),
    `the field's element focused inside the tap's handler: ${JSON.stringify(focus)}`);
  assert.deepEqual(await page.evaluate(() => ({ focus: window.rectify.textInput().focus, mode: window.rectifyText.ta.inputMode })),
    { focus: 'input', mode: 'text' });
  const nothing = await besideBack(page); // beside ← 返回: nothing there
  await page.touchscreen.tap(nothing.x, nothing.y);
  await waitSettled(page);
  assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'no keyboard outside a field');

  // A progress entry: 添加进展 asks once who writes; the name is typed through the keyboard path.
  // The new entry's text has the caret (its multi-line editor over the field); a tap on it
  // keeps it there, the text is typed, and a tap on nothing commits it, as leaving a field does.
  await addProgress(page, '东门围墙已修复，新公告栏已安装。', nothing, '林思远', {
    asked: async () => { await shot('user-dialog'); await assertFingerSized(page, phone, 'user dialog'); },
    typed: () => shot('progress-typing'),
  });

  // 拍照 asks for the camera, 相册 for images without it; a photo chosen is attached.
  await swipeIntoView(page, 'attach-camera');
  await assertFingerSized(page, phone, 'evidence');
  const [camera] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-camera', { settle: false })]);
  assert.equal(await camera.element().getAttribute('capture'), 'environment');
  assert.equal(await camera.element().getAttribute('accept'), 'image/*');
  await camera.setFiles([]);
  await attachPhoto(page, 'IMG_20261123_101500.jpg');
  await shot('photo-attached');

  // The measure's steps (阶段目标): the text of each a finger wide, on its own line if need be.
  assert.ok((await openMeasure(page)).milestones.length > 0, 'the first measure has a step');
  await swipeIntoView(page, 'milestone-what-0');
  await assertFingerSized(page, phone, 'milestones');

  // ← 返回: the outline again, the measure still selected.
  await tap(page, 'narrow-back');
  await itemRect(page, 'narrow-measure-0');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null);
  assert.equal((await page.evaluate(() => window.rectify.state())).view, 'plan');

  // The plan's ledger: a card per measure; the filters in a sheet over the screen.
  await tap(page, 'open-ledger');
  await waitView(page, 'ledger');
  await itemRect(page, 'ledger-card-0');
  const cards = async () => (await page.evaluate(() => window.rectify.items())).filter((i) => /^ledger-card-\d+$/.test(i.name)).length;
  const all = await cards();
  assert.ok(all >= 2, `cards: ${all}`);
  await assertFitsWidth(page, phone, 'ledger');
  await assertFingerSized(page, phone, 'ledger');
  await shot('ledger');
  await tap(page, 'ledger-filters');
  const sheet = await stableRect(page, 'ledger-filters-done');
  assert.ok(sheet.w > phone.viewport.width * 0.8, 'the sheet fills the screen');
  await assertFingerSized(page, phone, 'filter sheet');
  await shot('ledger-filters');
  await tap(page, 'ledger-overdue');
  await tap(page, 'ledger-filters-done');
  await poll(cards, (n) => n >= 1 && n < all, 'fewer cards with 逾期 ticked');
  await shot('ledger-overdue');
  // A card opens its measure on its own screen.
  await tap(page, 'ledger-card-0');
  await waitView(page, 'plan');
  await itemRect(page, 'narrow-back');
  await itemRect(page, 'measure-title');
  assert.deepEqual(page.errors, []);
}

test('a phone: the canvas follows the keyboard (visualViewport), and closing the keyboard commits the field',
  () => withApp(async ({ browser, url }) => {
    const phone = PHONES[0];
    const { page } = await openPhone(browser, url, phone);
    await tap(page, 'open-0');
    await tap(page, 'narrow-measure-0');
    const before = (await openMeasure(page)).title;
    await tap(page, 'measure-title');
    // A tall keyboard first (at that height the item's window starts higher up the screen, and the
    // field is still in view where it is in it),
    // then one leaving room for the field just below the top of the item's screen: unscrolled,
    // the field would be under it.
    await keyboard(page, 235);
    const field = await stableRect(page, 'measure-title');
    const offset = field.y - field.clip.y; // its place in its scrolling window
    const room = Math.round(field.clip.y + field.h + 24);
    assert.ok(offset > 24 + 1, `the field starts below the room left: ${JSON.stringify(field)}, ${room}`);
    await keyboard(page, room);
    const canvas = (await page.evaluate(() => window.rectify.state())).canvas;
    assert.equal(canvas.cssHeight, room, 'the canvas as tall as the visual viewport');
    const now = await stableRect(page, 'measure-title');
    assert.ok(now.y >= now.clip.y - 1 && now.y + now.h <= Math.min(room, now.clip.y + now.clip.h) + 1,
      `the field in view above the keyboard: ${JSON.stringify(now)}`);
    assert.ok(now.y - now.clip.y < offset - 1, `its window scrolled it up: ${now.y - now.clip.y} < ${offset}`);
    await screenshot(page, 'phone-390-keyboard-viewport');
    // Typed, not yet committed (a field commits when it is left), then the keyboard closed.
    await page.keyboard.insertText('（东门）');
    await waitSettled(page);
    assert.equal((await openMeasure(page)).title, before, 'not committed while the field is edited');
    await keyboard(page, null);
    assert.equal((await page.evaluate(() => window.rectify.state())).canvas.cssHeight, phone.viewport.height);
    const once = await poll(async () => (await openMeasure(page)).title, (t) => t !== before, 'the title committed by closing the keyboard');
    assert.ok(once.includes('（东门）') && once.length === before.length + 4, once);
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'the field was left');
    // iOS's 完成 blurs the element, focus going nowhere: the same.
    await tap(page, 'measure-title');
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'text');
    await page.keyboard.insertText('（西门）');
    await waitSettled(page);
    assert.equal((await openMeasure(page)).title, once, 'not committed while the field is edited');
    await page.evaluate(() => window.rectifyText.ta.blur());
    const twice = await poll(async () => (await openMeasure(page)).title, (t) => t !== once, 'the title committed by the blur');
    assert.ok(twice.includes('（西门）') && twice.includes('（东门）'), twice);
    await waitSettled(page);
    assert.equal(await page.evaluate(() => window.rectifyText.ta.inputMode), 'none', 'the field was left');
    assert.deepEqual(page.errors, []);
  }));

test('a phone: the delete confirmation fills the screen', () => withApp(async ({ browser, url }) => {
  const phone = PHONES[1];
  const { page } = await openPhone(browser, url, phone);
  await tap(page, 'more-0');
  await tap(page, 'delete-0');
  const yes = await stableRect(page, 'delete-confirm');
  const c = yes.clip; // the dialog's inside
  assert.ok(c.x >= 0 && c.x + c.w <= phone.viewport.width, `within the width: ${JSON.stringify(c)}`);
  assert.ok(c.w > phone.viewport.width * 0.85 && c.h > phone.viewport.height * 0.8, `the whole screen: ${JSON.stringify(c)}`);
  await assertFingerSized(page, phone, 'delete dialog');
  await screenshot(page, 'phone-360-delete');
  await tap(page, 'delete-confirm');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('delete-confirm')), null, 'the dialog closed');
}));

// A long press is a right click: the row held is not opened (the left press is cancelled and a
// right click given instead), its menu (上移/下移/添加措施) comes up.
test('a phone: a long press is a right click, not a tap', () => withApp(async ({ browser, url }) => {
  const { page } = await openPhone(browser, url, PHONES[0]);
  await tap(page, 'open-0');
  await longPress(page, await stableRect(page, 'narrow-measure-1'), 'row-move-down'); // its menu comes up
  await waitSettled(page);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'the held row was not opened');
  await itemRect(page, 'row-move-down'); // and stays once the finger lifts
  // A tap on the title closes the menu; the same row tapped opens: the long press made the difference.
  await tap(page, 'plan-title');
  assert.equal(await page.evaluate(() => window.rectify.itemRect('row-move-down')), null, 'the menu closed');
  await tap(page, 'narrow-measure-1');
  await itemRect(page, 'narrow-back');
}));

// A photo as a phone takes it (3200×2400 JPEG) is stored scaled to 2560 px on its longer side;
// with 保留原图 ticked the next one is stored as it came.
test('a phone: a large photo is scaled down before it is stored, unless 保留原图', () => withApp(async ({ browser, url }) => {
  const { page } = await openPhone(browser, url, PHONES[0]);
  const jpeg = Buffer.from(await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 3200; c.height = 2400;
    const g = c.getContext('2d');
    for (let i = 0; i < 40; i++) { g.fillStyle = `hsl(${i * 9}, 60%, 50%)`; g.fillRect((i * 97) % 3000, (i * 53) % 2200, 400, 300); }
    const blob = await new Promise((done) => c.toBlob(done, 'image/jpeg', 0.95));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }));
  await tap(page, 'open-0');
  await tap(page, 'narrow-measure-0');
  const stored = async (name) => {
    const ev = await poll(async () => live((await openMeasure(page)).evidence), (e) => e.some((x) => x.file && x.file.name === name), `${name} attached`, 30000);
    const file = ev.find((x) => x.file && x.file.name === name).file;
    const dims = await page.evaluate(async (h) => {
      const b = await createImageBitmap(await window.rectifyEvidence.get(h));
      return [b.width, b.height];
    }, file.sha256);
    return { size: file.size, dims };
  };
  await swipeIntoView(page, 'attach-album');
  // The progress the app shows (done of all), sampled while the photo is scaled and stored.
  await page.evaluate(() => {
    window.__fractions = [];
    window.__sampler = setInterval(() => {
      const p = window.rectifyEvidence.progress();
      if (p.total > 0) window.__fractions.push(p.loaded / p.total);
    }, 4);
  });
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  await chooser.setFiles([{ name: 'big.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  const small = await stored('big.jpg');
  const fractions = await page.evaluate(() => { clearInterval(window.__sampler); return window.__fractions; });
  assert.ok(fractions.some((f) => f > 0 && f < 1), `the progress moved while the photo was scaled: ${[...new Set(fractions)]}`);
  assert.deepEqual(small.dims, [2560, 1920]);
  assert.ok(small.size < jpeg.length, `smaller than the original: ${small.size} < ${jpeg.length}`);

  await swipeIntoView(page, 'attach-keep-original');
  await tap(page, 'attach-keep-original');
  assert.equal(await page.evaluate(() => localStorage.getItem('rectify.keepOriginalPhotos')), '1');
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'attach-album', { settle: false })]);
  await chooser.setFiles([{ name: 'kept.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  const kept = await stored('kept.jpg');
  assert.deepEqual(kept.dims, [3200, 2400]);
  assert.equal(kept.size, jpeg.length);
}));

test('inside WeChat: the banner says what does not work and offers 立即备份; an export is shared, not downloaded',
  () => withApp(async ({ browser, url }) => {
    const init = () => {
      window.__shared = [];
      navigator.canShare = (d) => !!(d && d.files && d.files.length);
      navigator.share = (d) => { window.__shared.push(d.files.map((f) => ({ name: f.name, size: f.size }))); return Promise.resolve(); };
    };
    const { page } = await openPhone(browser, url, PHONES[0], { userAgent: WECHAT_UA, init });
    const banner = await stableRect(page, 'wechat-banner');
    assert.ok(banner.w > 300, 'the banner across the screen');
    await itemRect(page, 'wechat-backup');
    await screenshot(page, 'phone-390-wechat');
    // Outside WeChat the same phone has no banner (checked in the first test's home: none drawn).
    // An export (编辑 → 导出文件) goes to the share sheet with the file.
    await tap(page, '编辑');
    await tap(page, '导出文件');
    const shared = await poll(() => page.evaluate(() => window.__shared), (s) => s.length === 1, 'the file shared');
    assert.equal(shared[0].length, 1);
    assert.match(shared[0][0].name, /\.json$/);
    assert.ok(shared[0][0].size > 100, 'the workspace in it');
    await tap(page, 'wechat-dismiss');
    assert.equal(await page.evaluate(() => window.rectify.itemRect('wechat-banner')), null);
  }));

test('a phone: the plan screen has 报告, 导出, 查找, 添加问题 and, under 更多…, 方案信息 and 方法步骤; a long press moves a row', () => withApp(async ({ browser, url }) => {
  const phone = PHONES[1];
  const { page, context } = await openPhone(browser, url, phone);
  const shot = (name) => screenshot(page, `phone-${phone.name}-${name}`);
  await tap(page, 'open-0');
  const rects = {};
  for (const id of ['back-home', 'open-ledger', 'report', 'export-plan', 'narrow-find', 'narrow-add-problem', 'narrow-more'])
    rects[id] = await itemRect(page, id);
  // Two lines of buttons at 360 px, so the outline keeps the screen: 首页 台账 报告 导出 / 查找 添加问题 更多…
  for (const id of ['open-ledger', 'report', 'export-plan']) assert.equal(rects[id].y, rects['back-home'].y, `${id} on the first line`);
  assert.ok(rects['narrow-find'].y > rects['back-home'].y, '查找 starts the second line');
  for (const id of ['narrow-add-problem', 'narrow-more']) assert.equal(rects[id].y, rects['narrow-find'].y, `${id} on the second line`);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-info')), null, '方案信息 is under 更多…');
  await assertFitsWidth(page, phone, 'outline toolbar');
  await assertFingerSized(page, phone, 'outline toolbar');
  await shot('outline-toolbar');

  // 方案信息 (更多…): the title (multi-line editor) and 发文单位 edited by the keyboard path.
  await tap(page, 'narrow-more');
  await assertFingerSized(page, phone, 'more menu');
  await tap(page, 'narrow-info');
  await itemRect(page, 'plan-title-field');
  await assertFitsWidth(page, phone, 'plan info');
  await assertFingerSized(page, phone, 'plan info');
  await assertFingerSizedThroughout(page, phone, 'plan info', 'plan-title-field');
  await shot('plan-info');
  const nothing = await besideBack(page);
  const title = live((await content(page)).plans)[0].title;
  await tap(page, 'plan-title-field');
  assert.equal((await page.evaluate(() => window.rectify.textInput())).focus, 'area');
  await page.keyboard.insertText('（修订）');
  await page.touchscreen.tap(nothing.x, nothing.y);
  // (the caret where the finger was: the words go in there)
  await poll(async () => live((await content(page)).plans)[0].title, (t) => t.includes('（修订）') && t.length === title.length + 4,
    'the title edited');
  await tap(page, 'plan-issuer');
  await page.keyboard.insertText('（办公室）');
  await page.touchscreen.tap(nothing.x, nothing.y);
  await poll(async () => live((await content(page)).plans)[0].issuer, (t) => t.includes('（办公室）'), 'the issuer edited');
  await waitSettled(page);
  // The dates are pickers a finger can use: 成文日期's calendar, a day tapped.
  await swipeIntoView(page, 'plan-written');
  await tap(page, 'plan-written');
  await itemRect(page, 'calendar-month');
  await shot('plan-info-date');
  await tap(page, 'day-16');
  await poll(async () => JSON.stringify(live((await content(page)).plans)[0].written), (w) => /-16"/.test(w), 'the date picked');

  // 方法步骤: the phases' form, stacked.
  await tap(page, 'narrow-back');
  await tap(page, 'narrow-more');
  await tap(page, 'narrow-phases');
  await itemRect(page, 'phase-0');
  await assertFitsWidth(page, phone, 'phases');
  await assertFingerSizedThroughout(page, phone, 'phases', 'phase-0');
  await shot('phases');
  await tap(page, 'narrow-back');

  // 添加问题: a new problem, on its own screen.
  const problems = live(live((await content(page)).plans)[0].problems).length;
  await tap(page, 'narrow-add-problem');
  await itemRect(page, 'problem-number');
  await poll(async () => live(live((await content(page)).plans)[0].problems).length, (n) => n === problems + 1, 'a problem added');
  await tap(page, 'narrow-back');

  // 查找: a word of a measure's title finds it; the hit opens its screen.
  const rows = await outlineMeasures(page);
  const target = rows[rows.length - 1];
  const word = [...target.title].slice(0, 4).join('');
  await tap(page, 'narrow-find');
  await itemRect(page, 'find-input');
  await page.keyboard.insertText(word);
  await itemRect(page, 'find-hit-0');
  await assertFitsWidth(page, phone, 'find');
  await assertFingerSized(page, phone, 'find');
  await shot('find');
  const hits = (await page.evaluate(() => window.rectify.items())).filter((i) => /^find-hit-\d+$/.test(i.name)).length;
  let opened = null;
  for (let i = 0; i < hits && !opened; i++) {
    await swipeIntoView(page, `find-hit-${i}`);
    await tap(page, `find-hit-${i}`);
    const nav = (await page.evaluate(() => window.rectify.state())).nav;
    if (nav.measure === target.id) opened = nav;
    else if (await page.evaluate(() => !!window.rectify.itemRect('narrow-back'))) await tap(page, 'narrow-back');
  }
  assert.ok(opened, `a hit for "${word}" opened ${target.title}`);
  await itemRect(page, 'measure-title');
  await tap(page, 'narrow-back');
  await tap(page, 'find-close');

  // A long press on the second problem: 上移 puts it first.
  const problemIds = async () => live(live((await content(page)).plans)[0].problems).map((q) => q.id);
  const order = await problemIds();
  await longPress(page, await swipeIntoView(page, 'narrow-problem-1'), 'row-move-up');
  await waitSettled(page);
  await itemRect(page, 'row-move-up');
  await assertFingerSized(page, phone, 'row menu');
  await shot('row-menu');
  await tap(page, 'row-move-up');
  const moved = await poll(problemIds, (ids) => ids[0] === order[1], 'the problem one up');
  assert.equal(moved[1], order[0]);
  assert.equal(await page.evaluate(() => window.rectify.itemRect('narrow-back')), null, 'no item opened by the long press');

  // 报告 → 整改情况报告（打印）: the report opens in a new tab.
  await tap(page, 'report');
  await itemRect(page, 'report-print');
  await assertFingerSized(page, phone, 'report menu');
  await shot('report-menu');
  const [tab] = await Promise.all([context.waitForEvent('page'), tap(page, 'report-print', { settle: false })]);
  await tab.waitForLoadState();
  assert.ok((await tab.content()).includes(title.slice(0, 6)), 'the report has the plan');
  assert.deepEqual(page.errors, []);
}));
