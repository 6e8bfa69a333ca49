// IDs never collide (issue 14): a plan file from another office, valid on its own, whose IDs repeat
// the sample's (s-1, m-1, d-jijiao …) merges, is saved, and after a reload the workspace opens and
// stays writable; a workspace an older version stored with repeated IDs opens repaired.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, openApp, waitReady, waitAsync, state, click, itemRect, screenshot, ROOT } from './harness.mjs';
import { content, live, until, waitSaved, dropFiles } from './plan_helpers.mjs';

const MERGE_DATA = path.join(ROOT, 'tests/data/merge');
const OTHER = 'other-office-short-ids.rectify.json';
const OTHER_TITLE = '城南中学校园安全隐患整改方案';

// Every ID of the workspace, and those that occur more than once.
function repeatedIds(ws) {
  const seen = new Map();
  const add = (e) => seen.set(e.id, (seen.get(e.id) || 0) + 1);
  add(ws);
  ws.departments.forEach(add);
  ws.people.forEach(add);
  for (const p of ws.plans) {
    add(p);
    p.sections.forEach(add);
    p.phases.forEach(add);
    for (const q of p.problems) {
      add(q);
      for (const m of q.measures) { add(m); m.progress.forEach(add); m.evidence.forEach(add); }
    }
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

// The stored record, straight from IndexedDB.
const storedRecord = (page) => page.evaluate(() => new Promise((resolve) => {
  const req = indexedDB.open('rectify', 1);
  req.onsuccess = () => {
    const g = req.result.transaction('workspace').objectStore('workspace').get('current');
    g.onsuccess = () => resolve(g.result);
  };
}));

// Renames the plan in row 0 of home, as a user does; proves the workspace takes edits and saves.
async function renameFirstPlan(page, title) {
  await click(page, 'rename-0');
  await itemRect(page, 'plan-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(title);
  await page.keyboard.press('Enter');
  await until(page, (t) => window.rectify.state().plans.includes(t), title);
  await waitSaved(page);
}

test('a file whose IDs repeat ours merges as a new plan; after a reload the workspace opens and takes edits',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url);
    await waitSaved(page);
    const text = fs.readFileSync(path.join(MERGE_DATA, OTHER), 'utf8');
    assert.equal(await dropFiles(page, [{ name: OTHER, text }]), true);
    await until(page, () => window.rectify.state().merge.open);
    const preview = (await state(page)).merge;
    assert.equal(preview.conflicts, 0, JSON.stringify(preview));
    assert.ok(preview.added >= 1, JSON.stringify(preview));
    await click(page, 'merge-accept');
    await until(page, () => !window.rectify.state().merge.open);
    await waitSaved(page);

    let ws = await content(page);
    assert.deepEqual(repeatedIds(ws), []);
    assert.equal(live(ws.plans).length, 2);
    const theirs = ws.plans.find((p) => p.title === OTHER_TITLE);
    assert.ok(theirs, 'their plan arrived');
    assert.equal(theirs.problems.length, 2);
    assert.notEqual(theirs.sections[0].id, 's-1', 's-1 is the sample\'s: theirs got a new ID');
    assert.ok(ws.departments.some((d) => d.name === '办公室'), 'their 办公室 is a department of its own');

    await page.reload();
    await waitReady(page);
    const s = await state(page);
    assert.equal(s.readOnly, false, 'the workspace is not refused after a reload');
    assert.ok(s.plans.includes(OTHER_TITLE), JSON.stringify(s.plans));
    ws = await content(page);
    assert.deepEqual(repeatedIds(ws), []);
    await renameFirstPlan(page, '改名后的方案');
    const rec = await storedRecord(page);
    assert.match(rec.text, /改名后的方案/);
    assert.deepEqual(page.errors, []);
  }));

test('a workspace stored with repeated IDs by an older version opens repaired, with a notice, nothing lost',
  () => withApp(async ({ browser, url }) => {
    const { page } = await openApp(browser, url);
    await waitSaved(page);
    const broken = fs.readFileSync(path.join(MERGE_DATA, 'stored-duplicate-ids.rectify.json'), 'utf8');
    const before = JSON.parse(broken).content;
    assert.ok(repeatedIds(before).length > 0, 'the fixture does repeat IDs');
    await page.evaluate((text) => new Promise((resolve) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put({ rev: 40, text }, 'current');
        tx.oncomplete = resolve;
      };
    }), broken);
    await page.reload();
    await waitReady(page);
    const s = await state(page);
    assert.equal(s.readOnly, false, 'opened, not refused');
    await itemRect(page, 'notice'); // says IDs were repaired
    await screenshot(page, 'ids-repaired');
    const ws = await content(page);
    assert.deepEqual(repeatedIds(ws), []);
    assert.equal(ws.plans.length, before.plans.length, 'no plan dropped');
    const count = (w) => w.plans.reduce((n, p) => n + p.problems.reduce((k, q) => k + q.measures.length, 0), 0);
    assert.equal(count(ws), count(before), 'no measure dropped');
    // The repaired copy is stored at once and is a valid workspace.
    await until(page, () => window.rectify.state().save === 'saved');
    await waitAsync(page, () => new Promise((resolve) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const g = req.result.transaction('workspace').objectStore('workspace').get('current');
        g.onsuccess = () => resolve(g.result.rev > 40);
      };
    }), null, 'the repaired copy stored', 10000);
    const rec = await storedRecord(page);
    assert.deepEqual(repeatedIds(JSON.parse(rec.text).content), []);
    await renameFirstPlan(page, '修复后仍可编辑');
    assert.deepEqual(page.errors, []);
  }));
