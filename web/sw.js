// sw.js: the service worker that keeps 整改通 working without a network. This file is a template:
// scripts/site_version.py writes the real build/web/site/sw.js from it, with BUILD (a hash of every
// file of the site) and SHELL (each precached file with its own hash) filled in. A new deploy is a
// new sw.js, which the browser notices on the next visit; it installs beside the running version
// and waits until the page asks it to take over (web/update.js), never on its own.
'use strict';

const BUILD = '@BUILD@';
// [path relative to the scope, first 16 hex digits of its SHA-256]
const SHELL = /*@SHELL@*/[];
// The full CJK font is fetched by the app after its first frame, not precached: it is 5 MB. It is
// kept once fetched, in a cache named by its own hash, so an update that leaves it unchanged keeps it.
const FULL_FONT = /*@FULL_FONT@*/['fonts/rectify-full.otf', ''];

const SHELL_CACHE = `rectify-shell-${BUILD}`;
const FONT_CACHE = `rectify-font-${FULL_FONT[1]}`;
const scopeUrl = (p) => new URL(p, self.registration.scope).href;
const INDEX = scopeUrl('index.html');
const FONT_URL = scopeUrl(FULL_FONT[0]);
const SHELL_URLS = new Set(SHELL.map(([path]) => scopeUrl(path)));

async function sha16(buf) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
  return Array.from(d.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Fetches a file and checks it is the file this build lists: a server halfway through a deploy
// (new sw.js, old wasm) must not leave a cache that mixes two versions. The browser's HTTP cache
// is asked first (the page has usually just downloaded the same bytes); a stale copy there is
// fetched again past it. The body is stored plain, with its true length (a gzip'ed response's
// headers count compressed bytes).
async function fetchChecked(path, hash) {
  let res, buf;
  for (const cache of ['no-cache', 'reload']) {
    res = await fetch(scopeUrl(path), { cache });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    buf = await res.arrayBuffer();
    if (!hash || (await sha16(buf)) === hash) break;
    if (cache === 'reload') throw new Error(`${path}: not the file of build ${BUILD}`);
  }
  return new Response(buf, {
    headers: {
      'Content-Type': res.headers.get('Content-Type') || 'application/octet-stream',
      'Content-Length': String(buf.byteLength),
      'X-Uncompressed-Length': String(buf.byteLength),
      'X-Rectify-Build': BUILD,
    },
  });
}

self.addEventListener('install', (event) => {
  // Everything or nothing: a failed file fails the install, and the version already running stays.
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    for (const [path, hash] of SHELL) {
      if (await cache.match(scopeUrl(path))) continue; // a retried install keeps what it has
      await cache.put(scopeUrl(path), await fetchChecked(path, hash));
    }
  })());
  // No skipWaiting(): a first install has no page to take over from (clients.claim below), and an
  // update waits for the user's 立即更新 (update.js posts SKIP_WAITING).
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // The old version's caches go only now, when nothing can use them any more.
    for (const name of await caches.keys()) {
      if (name.startsWith('rectify-') && name !== SHELL_CACHE && name !== FONT_CACHE) await caches.delete(name);
    }
    await self.clients.claim(); // the first visit's page is served from here on, offline too
    // The page of a first visit may have fetched the full font before this worker controlled it.
    const fonts = await caches.open(FONT_CACHE);
    if (!(await fonts.match(FONT_URL))) {
      try { await fonts.put(FONT_URL, await fetchChecked(FULL_FONT[0], FULL_FONT[1])); } catch (e) { /* next fetch */ }
    }
  })());
});

self.addEventListener('message', (event) => {
  const m = event.data || {};
  if (m.type === 'SKIP_WAITING') self.skipWaiting();
  if (m.type === 'GET_BUILD' && event.ports[0]) event.ports[0].postMessage({ build: BUILD });
});

async function fromFontCache(request) {
  const cache = await caches.open(FONT_CACHE);
  const hit = await cache.match(FONT_URL);
  if (hit) return hit;
  const res = await fetchChecked(FULL_FONT[0], FULL_FONT[1]);
  await cache.put(FONT_URL, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  // The page itself, whatever its query (?lang=en, ?today=…): the cached index.html.
  if (req.mode === 'navigate' && (url.href.split(/[?#]/)[0] === self.registration.scope || url.href.split(/[?#]/)[0] === INDEX)) {
    event.respondWith(caches.open(SHELL_CACHE).then((c) => c.match(INDEX)).then((hit) => hit || fetch(req)));
    return;
  }
  const bare = url.origin + url.pathname;
  if (bare === FONT_URL) {
    event.respondWith(fromFontCache(req).catch(() => fetch(req)));
    return;
  }
  // The shell: from this version's cache, so a page never mixes files of two versions. Anything
  // else (version.json, a blob, another app on the same server) is not this worker's business.
  if (!SHELL_URLS.has(bare)) return;
  event.respondWith(caches.open(SHELL_CACHE).then((c) => c.match(bare)).then((hit) => hit || fetch(req)));
});
