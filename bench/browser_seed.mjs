// Shared by the browser benchmarks (bench/editor/frames.mjs, bench/ledger/frames.mjs): their
// command-line and percentile helpers, and opening the app on a workspace put straight into its
// storage (IndexedDB, as the app saved it), so a large plan loads as at a user's next visit.
import { waitReady } from '../tests/e2e/harness.mjs';

export { ROOT } from '../tests/e2e/harness.mjs';

// The value after `name` on the command line, else `def`.
export const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};

// The p-quantile of xs (0..1), the nearest rank below.
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// A fresh page in its own context, at the size (and 1× pixels) the benchmarks measure at.
export async function newBenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  return { context, page: await context.newPage() };
}

// Loads the app, stores `text` (a saved workspace file) as its current workspace and `nav` as
// where it was, reloads, and checks that it opened in `view` (`name` is for the error).
export async function openSeeded(page, url, text, { nav, view, name }) {
  await page.route('**/__bench/plan.json', (r) => r.fulfill({ body: text, contentType: 'application/json' }));
  await page.goto(url);
  await waitReady(page);
  await page.evaluate(async (navValue) => {
    const body = await (await fetch('__bench/plan.json')).text();
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('rectify', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put({ rev: 10, text: body }, 'current');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      };
    });
    localStorage.setItem('rectify.nav', navValue);
  }, nav);
  await page.reload();
  await waitReady(page, 120000);
  const st = await page.evaluate(() => window.rectify.state());
  if (st.view !== view) throw new Error(`the ${name} did not open: ${JSON.stringify(st)}`);
}
