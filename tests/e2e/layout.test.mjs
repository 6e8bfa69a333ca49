// Layout that fits (issue 15): every view at 1366×768 and 1024×768, in Chinese and in English.
// Every widget and anchor the app drew lies inside the window horizontally (one inside a window
// that scrolls sideways may lie beyond what is shown), the buttons that matter are wholly visible,
// form labels never run into their fields, and popups and menus are opaque.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, click, itemRect, stableRect, scrollIntoView, screenshot, waitSettled } from './harness.mjs';
import { until, waitView } from './plan_helpers.mjs';

const WIDTHS = [1366, 1024];
const LANGS = ['zh', 'en'];
const T = {
  view: { zh: '视图', en: 'View' },
  help: { zh: '帮助', en: 'Help' },
  dashboard: { zh: '整改概况', en: 'Overview' },
  ledger: { zh: '整改台账', en: 'Ledger' },
  directory: { zh: '科室和人员', en: 'Departments & people' },
  returns: { zh: '汇总报送', en: 'Returns' },
  fontCheck: { zh: '字体检查', en: 'Font check' },
};

// Every item of the frame drawn once the last input has been taken and nothing moves any more.
async function settled(page) {
  await waitSettled(page);
  return page.evaluate(() => window.rectify.items());
}

// What does not fit: items reaching past the window's left or right edge (unless their window
// scrolls sideways, where the user scrolls to them).
function misfits(items, width) {
  const out = [];
  for (const { name, rect: r } of items) {
    if (r.w <= 0 || r.h <= 0) continue;
    if ((r.x < -0.5 || r.x + r.w > width + 0.5) && !r.scrollX) out.push(`${name} x ${r.x}..${r.x + r.w} (window ${width})`);
  }
  return out;
}

// The named items, each scrolled to as a user would (down a long form) when it is not in view
// already, are wholly visible.
async function cutNamed(page, items, width, named) {
  const out = [];
  const shown = (r) => {
    const c = r.clip;
    return r.x >= c.x - 0.5 && r.x + r.w <= c.x + c.w + 0.5 && r.y >= c.y - 0.5 && r.y + r.h <= c.y + c.h + 0.5 &&
      r.x >= -0.5 && r.x + r.w <= width + 0.5;
  };
  for (const want of named) {
    let r = (items.find((it) => it.name === want) || {}).rect;
    if (r && shown(r)) continue;
    try { r = await scrollIntoView(page, want); } catch (e) { out.push(`${want}: not drawn`); continue; }
    if (!shown(r)) out.push(`${want}: cut (${JSON.stringify(r)})`);
  }
  return out;
}

// Form labels (anchored "form-label-N") end inside their column and before whatever starts to
// their right on their line.
function labelOverlaps(items) {
  const out = [];
  const labels = items.filter((it) => it.name.startsWith('form-label-'));
  for (const { name, rect: l } of labels) {
    if (l.x + l.w > l.clip.x + l.clip.w + 0.5) out.push(`${name} (${l.x}..${l.x + l.w}) is cut at ${l.clip.x + l.clip.w}`);
    for (const { name: other, rect: r } of items) {
      if (other === name || other.startsWith('form-label-') || r.w <= 0) continue;
      const sameLine = r.y < l.y + l.h - 1 && r.y + r.h > l.y + 1;
      if (sameLine && r.x > l.x + 1 && r.x < l.x + l.w - 0.5) out.push(`${name} (${l.x}..${l.x + l.w}) runs into ${other} at ${r.x}`);
    }
  }
  return out;
}

async function openMenu(page, menu, item) {
  await click(page, menu);
  await click(page, item);
}

// The views in the order a user might visit them, each step starting where the last one left
// off (a plan view opens the plan first if need be), with the buttons that must show whole.
function views(lang) {
  const ensurePlan = async (page) => {
    if ((await page.evaluate(() => window.rectify.state().view)) === 'plan') return;
    await goHome(page);
    await click(page, 'open-0');
    await waitView(page, 'plan');
  };
  const tab = (name) => async (page) => { await ensurePlan(page); await click(page, `tab-${name}`); };
  const viaMenu = (item, view) => async (page) => { await openMenu(page, T.view[lang], T[item][lang]); await waitView(page, view); };
  return [
    { name: 'home', go: goHome, named: ['open-0', 'duplicate-0', 'rename-0', 'delete-0', 'text-import-open'] },
    {
      name: 'text-import',
      go: async (page) => { await click(page, 'text-import-open'); await until(page, () => window.rectify.state().textImport.open); },
      named: ['text-import-accept', 'text-import-cancel'],
      after: async (page) => { await click(page, 'text-import-cancel'); await until(page, () => !window.rectify.state().textImport.open); },
    },
    {
      name: 'plan-measure',
      go: async (page) => {
        await ensurePlan(page);
        await itemRect(page, 'add-problem');
        for (let i = 0; i < 8; i++) { // the first measure of the outline: the widest form
          if (!(await page.evaluate((q) => window.rectify.itemRect(q), `outline-${i}`))) continue;
          await click(page, `outline-${i}`);
          if ((await page.evaluate(() => window.rectify.state().nav.measure)) !== '') return;
        }
        throw new Error('no measure in the outline');
      },
      named: ['open-ledger', 'report', 'export-plan', 'add-problem', 'add-measure', 'delete-measure', 'measure-status'],
    },
    { name: 'plan-header', go: tab('header'), named: ['plan-issuer', 'plan-docno'] },
    { name: 'plan-phases', go: tab('phases'), named: ['add-phase'] },
    { name: 'plan-sections', go: tab('sections'), named: ['add-section'] },
    { name: 'plan-group', go: tab('group'), named: ['group-leader'] },
    { name: 'plan-timeline', go: tab('timeline'), named: ['timeline-deadlines'] },
    {
      name: 'plan-report-menu',
      go: async (page) => { await ensurePlan(page); await click(page, 'report'); await itemRect(page, 'report-print'); },
      named: ['report-print', 'notice-print', 'report-copy', 'notice-copy'],
      after: async (page) => { await page.keyboard.press('Escape'); await until(page, () => !window.rectify.itemRect('report-print')); },
    },
    {
      name: 'plan-ledger',
      go: async (page) => { await ensurePlan(page); await click(page, 'open-ledger'); await waitView(page, 'ledger'); },
      named: ['ledger-text', 'ledger-soon', 'ledger-clear', 'ledger-export', 'ledger-import', 'ledger-export-xlsx'],
    },
    { name: 'ledger', go: viaMenu('ledger', 'ledger'), named: ['ledger-text', 'ledger-soon', 'ledger-export-xlsx'] },
    { name: 'dashboard', go: viaMenu('dashboard', 'dashboard'), named: ['stat-ongoing', 'completion'] },
    { name: 'directory', go: viaMenu('directory', 'directory'), named: ['office-name', 'add-department', 'add-person'] },
    { name: 'returns', go: viaMenu('returns', 'returns'), named: ['returns-pick', 'returns-merge-clean'] },
  ];
}

async function goHome(page) {
  if ((await page.evaluate(() => window.rectify.state().view)) === 'home') return;
  await click(page, 'back-home');
  await waitView(page, 'home');
}

for (const lang of LANGS) {
  test(`every view fits at 1366 and 1024 px wide (${lang})`, () => withApp(async ({ browser, url }) => {
    const failures = [];
    // Opened in the other language, then switched from the menu as a user does: what was laid
    // out for one language's words must follow the other's (English words are longer).
    const other = lang === 'zh' ? 'en' : 'zh';
    const { page } = await openApp(browser, url, {
      viewport: { width: WIDTHS[0], height: 768 }, query: `?lang=${other}&today=2026-11-23`,
    });
    await itemRect(page, 'delete-0');
    await click(page, 'lang');
    await click(page, lang === 'zh' ? '中文（简体）' : 'English');
    await until(page, (l) => window.rectify.state().lang.startsWith(l), lang);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      await until(page, (w) => window.rectify.state().canvas.cssWidth === w, width);
      for (const v of views(lang)) {
        try {
          await v.go(page);
          const items = await settled(page);
          await screenshot(page, `layout-${width}-${lang}-${v.name}`);
          const found = [...misfits(items, width), ...labelOverlaps(items), ...await cutNamed(page, items, width, v.named)];
          for (const f of found) failures.push(`${width} ${lang} ${v.name}: ${f}`);
          if (v.after) await v.after(page);
        } catch (e) {
          failures.push(`${width} ${lang} ${v.name}: ${e.message}`);
          await page.keyboard.press('Escape');
        }
      }
    }
    assert.deepEqual(page.errors, []);
    assert.deepEqual(failures, []);
  }));
}

test('menus and popups are opaque: what lies under them does not show through', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url, { viewport: { width: 1366, height: 768 } });
  // The same menu over two different pages: its pixels must be the same (identical PNGs).
  const helpMenu = async () => {
    await click(page, T.help.zh);
    const { clip: c } = await stableRect(page, T.fontCheck.zh); // the menu's inside
    const shot = await page.screenshot({ clip: { x: c.x + 2, y: c.y + 2, width: c.w - 4, height: c.h - 4 } });
    await page.keyboard.press('Escape');
    await page.mouse.click(700, 740);
    return { shot, clip: c };
  };
  const overHome = await helpMenu();
  await openMenu(page, T.view.zh, T.directory.zh);
  await waitView(page, 'directory');
  const overDirectory = await helpMenu();
  assert.deepEqual(overDirectory.clip, overHome.clip, 'the menu is in the same place');
  assert.ok(overHome.shot.equals(overDirectory.shot), 'nothing under the menu shows through it');
  assert.deepEqual(page.errors, []);
}));
