// evidence.js: the evidence files' store (issue 19), the page side of src/platform/evidence.h
// (window.rectifyEvidence). A file's bytes live in IndexedDB (database rectify-files, store files),
// one record per SHA-256 (lowercase hex), however many evidence items refer to it; the workspace
// (storage.js) holds only references {sha256, name, type, size}, so autosave never touches a file's
// bytes. The app asks for files to be attached to a target (a measure or progress entry id); they
// are read, hashed (WebCrypto) and stored here one at a time, and each outcome is queued in `done`
// for the app to take at its next frame. A file is in `known` only once its record is committed:
// nothing is half-stored.
//
// Index: database · hashing · space · put/get · attach queue · drop zones · paste · collection · open
'use strict';

(function () {
  const DB = 'rectify-files', STORE = 'files';
  const MAX_BYTES = 100 * 1024 * 1024; // core/evidence_files.h kMaxEvidenceFileBytes
  const MARGIN = 4 * 1024 * 1024;      // left free beyond the file: the workspace must still save
  // The page's texts in this file: key: [zh-CN, en] (as host.js's TEXTS).
  const TEXTS = {
    screenshot: ['截图 {time}', 'Screenshot {time}'], // a pasted screenshot's file name
  };
  // The app's language as it saved it (the paste comes between frames).
  const lang = () => { try { return localStorage.getItem('rectify.lang') === 'en' ? 1 : 0; } catch (e) { return 0; } };

  const ev = {
    known: new Map(),   // sha256 -> size, every committed record (loaded by init)
    ready: false,       // known is loaded
    failed: '',         // IndexedDB could not be opened: why
    space: { usage: -1, quota: -1 }, // navigator.storage.estimate(), -1 while unknown
    active: [],         // attachments being read/hashed/stored: {name, loaded, total}
    done: [],           // outcomes for the app: {target, ok, sha256, name, type, size, error}
    zones: [],          // drop zones the app drew this frame: {x, y, w, h, target} in CSS px
    pasteTarget: '',    // where a pasted image goes ('' when no item is open)
    maxBytes: MAX_BYTES,
    pending: 0,         // files given to attach() whose outcome is not in `done` yet
    pinned: new Set(),  // hashes collect() keeps whatever the app says: files stored for an import still in its preview
    collectGraceMs: 10 * 60 * 1000, // collect() spares files stored this recently (another tab may not have saved its reference)
    displayW: 0,        // the app's display width (ImGui units) when it set the zones
  };

  // ---- database ------------------------------------------------------------------------------------
  const openDb = window.rectifyIdb.opener(DB, 1, (db) => db.createObjectStore(STORE));

  // Runs fn(store) in one transaction; resolves with fn's request result once the transaction has
  // committed (not when the request succeeds: a later abort would undo it).
  function tx(mode, fn) {
    return openDb().then((db) => {
      const t = db.transaction(STORE, mode);
      const req = fn(t.objectStore(STORE));
      return window.rectifyIdb.done(t).then(() => (req ? req.result : undefined), (e) => { throw e || (req && req.error); });
    });
  }

  // Loads the keys and sizes of every stored file (once, at start).
  ev.init = function () {
    return openDb()
      .then((db) => new Promise((resolve, reject) => {
        const req = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        req.onsuccess = () => {
          const c = req.result;
          if (!c) { resolve(); return; }
          ev.known.set(String(c.key), (c.value && c.value.size) || 0);
          c.continue();
        };
        req.onerror = () => reject(req.error);
      }))
      .then(() => { ev.ready = true; return ev.refreshSpace(); })
      .catch((e) => { ev.failed = String((e && e.message) || e); ev.ready = true; });
  };

  // ---- hashing -------------------------------------------------------------------------------------
  function hex(buf) {
    const b = new Uint8Array(buf);
    let s = '';
    for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    return s;
  }

  // The SHA-256 of bytes (Uint8Array or ArrayBuffer), lowercase hex. WebCrypto where the page is a
  // secure context; elsewhere (a plain-http intranet server) the office module's own.
  ev.sha256 = function (bytes) {
    if (window.crypto && crypto.subtle && crypto.subtle.digest) return crypto.subtle.digest('SHA-256', bytes).then(hex);
    if (window.rectifyOffice && rectifyOffice.sha256) return rectifyOffice.sha256(bytes);
    return Promise.reject(new Error('no SHA-256 in this browser'));
  };

  // ---- space ---------------------------------------------------------------------------------------
  ev.refreshSpace = function () {
    if (!(navigator.storage && navigator.storage.estimate)) return Promise.resolve(ev.space);
    return navigator.storage.estimate()
      .then((e) => { ev.space = { usage: e.usage || 0, quota: e.quota || 0 }; return ev.space; })
      .catch(() => ev.space);
  };

  // Whether `size` more bytes fit, as far as the browser says (unknown counts as fitting: the
  // put itself then fails with QuotaExceededError, which is reported the same way).
  function fits(size) {
    return ev.refreshSpace().then((s) => s.quota < 0 || s.usage + size + MARGIN <= s.quota);
  }

  ev.totals = function () {
    let bytes = 0;
    for (const size of ev.known.values()) bytes += size;
    return { files: ev.known.size, bytes };
  };

  // ---- put/get -------------------------------------------------------------------------------------
  // Stores `bytes` (Uint8Array) of media type `type` under `sha256` (already checked by the caller)
  // unless it is there. Resolves true once committed; rejects with an Error whose `kind` is
  // 'no-space' or 'failed'.
  ev.putBytes = function (sha256, bytes, type) {
    if (ev.known.has(sha256)) return Promise.resolve(true);
    const blob = bytes instanceof Blob ? bytes : new Blob([bytes], { type: type || '' });
    return tx('readwrite', (s) => s.put({ blob, type: type || '', size: blob.size, added: Date.now() }, sha256))
      .then(() => { ev.known.set(sha256, blob.size); ev.refreshSpace(); return true; })
      .catch((e) => {
        const err = new Error(String((e && e.message) || e));
        err.kind = e && e.name === 'QuotaExceededError' ? 'no-space' : 'failed';
        throw err;
      });
  };

  // The stored file as a Blob (with its type), or null.
  ev.get = function (sha256) {
    if (!ev.known.has(sha256)) return Promise.resolve(null);
    return tx('readonly', (s) => s.get(sha256))
      .then((r) => (r && r.blob ? (r.blob.type || !r.type ? r.blob : new Blob([r.blob], { type: r.type })) : null));
  };

  ev.has = (sha256) => ev.known.has(sha256);

  // ---- attach queue --------------------------------------------------------------------------------
  // Reading fills what is left of the entry's progress after what was done before (a scale-down).
  function readWithProgress(file, entry) {
    const base = entry.loaded;
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onprogress = (e) => { if (file.size) entry.loaded = base + (entry.total - base) * Math.min(1, e.loaded / file.size); };
      r.onload = () => resolve(new Uint8Array(r.result));
      r.onerror = () => reject(r.error || new Error('read error'));
      r.readAsArrayBuffer(file);
    });
  }

  // A phone's photo (12–50 MP, several MB) is scaled down before it is stored, unless the user
  // keeps originals (保留原图, the app's setting rectify.keepOriginalPhotos): a JPEG whose longer
  // side is over photoMaxSide px is drawn again at that size, its EXIF orientation applied, as
  // a JPEG at photoQuality. Anything else, or a browser without createImageBitmap, is kept as is.
  // step(fraction), when given, hears how far the scale-down is (decoded, drawn, encoded): on a
  // phone it takes seconds, and the progress bar must move meanwhile.
  ev.photoMaxSide = 2560;
  ev.photoQuality = 0.85;
  const keepOriginals = () => { try { return localStorage.getItem('rectify.keepOriginalPhotos') === '1'; } catch (e) { return false; } };
  ev.shrinkPhoto = async function (file, step) {
    if (file.type !== 'image/jpeg' || keepOriginals() || typeof createImageBitmap !== 'function') return file;
    let bitmap;
    try { bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }); } catch (e) { return file; }
    const side = Math.max(bitmap.width, bitmap.height);
    if (side <= ev.photoMaxSide) { bitmap.close(); return file; }
    const report = step || (() => {});
    report(0.4); // decoded
    const k = ev.photoMaxSide / side;
    const w = Math.round(bitmap.width * k), h = Math.round(bitmap.height * k);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.getContext('2d').drawImage(bitmap, 0, 0, w, h);
    bitmap.close();
    report(0.6); // drawn at the smaller size
    const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', ev.photoQuality));
    report(1);
    canvas.width = canvas.height = 0; // the pixels go now, not at the next collection (a phone's memory)
    return blob && blob.size < file.size ? new File([blob], file.name, { type: 'image/jpeg' }) : file;
  };

  const SCALE_SHARE = 0.9; // of a scaled photo's progress

  // Reads, hashes and stores one file; the outcome for the app (its progress: ev.active's entry).
  function attachOne(target, file, name) {
    const out = { target, ok: false, sha256: '', name: name || file.name || '', type: file.type || '',
                  size: file.size, error: '', detail: '' };
    if (file.size > ev.maxBytes) { out.error = 'too-large'; return Promise.resolve(out); }
    if (ev.failed) { out.error = 'unavailable'; out.detail = ev.failed; return Promise.resolve(out); }
    const entry = { name: out.name, loaded: 0, total: file.size };
    ev.active.push(entry);
    const finish = () => { ev.active.splice(ev.active.indexOf(entry), 1); return out; };
    return fits(file.size)
      .then((ok) => {
        if (!ok) { out.error = 'no-space'; return out; }
        // A photo scaled down: the scale-down is most of the work (SCALE_SHARE), reading the result the rest.
        return ev.shrinkPhoto(file, (done) => { entry.loaded = entry.total * SCALE_SHARE * done; })
          .then((f) => { out.type = f.type || out.type; return readWithProgress(f, entry); })
          .then((bytes) => {
            out.size = bytes.length; // a photo scaled down: what is stored
            return ev.sha256(bytes).then((sha) => {
              out.sha256 = sha;
              return ev.putBytes(sha, bytes, out.type);
            });
          })
          .then(() => { out.ok = true; return out; });
      })
      .catch((e) => {
        out.ok = false;
        out.sha256 = '';
        out.error = (e && e.kind) || 'failed';
        out.detail = String((e && e.message) || e);
        return out;
      })
      .then(finish, finish);
  }

  // Attaches files (a FileList or array of File/Blob; `names` optional) to `target`, one after
  // another (a phone has little memory), queueing each outcome in order.
  let chain = Promise.resolve();
  ev.attach = function (target, list, names) {
    const files = Array.from(list || []);
    ev.pending += files.length;
    files.forEach((f, i) => {
      chain = chain.then(() => attachOne(target, f, names && names[i])).then((o) => { ev.pending--; ev.done.push(o); });
    });
    return chain;
  };

  // Progress of the attachments under way: how many, bytes read of bytes in all.
  ev.progress = function () {
    let loaded = 0, total = 0;
    for (const e of ev.active) { loaded += e.loaded; total += e.total; }
    return { files: ev.pending, loaded, total };
  };

  // The file picker, for `target`; on a phone `capture` opens the camera.
  ev.pick = function (target, accept, capture) {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = !capture;
    if (accept) input.accept = accept;
    if (capture) input.setAttribute('capture', 'environment');
    input.style.display = 'none';
    input.addEventListener('change', () => { ev.attach(target, input.files); input.remove(); });
    document.body.appendChild(input);
    window.rectifyHost.whenTapped(() => input.click(), 'pick'); // inside the tap (iOS: nowhere else)
  };

  // ---- drop zones ----------------------------------------------------------------------------------
  // The app draws a zone (an item's evidence list) each frame; a file dropped inside one is
  // attached to its target rather than opened as a plan (web/files.js asks here first).
  // A zone in the app's ImGui coordinates (displayW wide, set with the frame's zones), kept in CSS px
  // of the viewport through the canvas rect, as web/textinput.js places its element.
  ev.addZone = function (x, y, w, h, target) {
    const canvas = document.getElementById('canvas');
    if (!canvas || !ev.displayW) return;
    const r = canvas.getBoundingClientRect();
    const s = r.width / ev.displayW;
    ev.zones.push({ x: r.left + x * s, y: r.top + y * s, w: w * s, h: h * s, target });
  };
  ev.targetAt = function (x, y) {
    for (const z of ev.zones) if (x >= z.x && y >= z.y && x < z.x + z.w && y < z.y + z.h) return z.target;
    return '';
  };

  // ---- paste ---------------------------------------------------------------------------------------
  // A screenshot pasted (clipboard holding an image and no text) while an item is open becomes
  // its evidence. Text, or text with an image (a copy out of Word), stays with the text field.
  function stamp() {
    const d = new Date(), p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
  }
  ev.pasteImages = function (data) {
    if (!ev.pasteTarget || !data) return false;
    const types = Array.from(data.types || []);
    if (types.includes('text/plain') || types.includes('text/html')) return false;
    const images = Array.from(data.files || []).filter((f) => /^image\//.test(f.type));
    if (!images.length) return false;
    const names = images.map((f, i) => {
      const ext = (f.type.split('/')[1] || 'png').replace('jpeg', 'jpg').replace(/[^a-z0-9]/g, '');
      const generic = !f.name || /^image\.\w+$/i.test(f.name);
      const time = stamp() + (images.length > 1 ? '-' + (i + 1) : '');
      return generic ? `${TEXTS.screenshot[lang()].replace('{time}', time)}.${ext}` : f.name;
    });
    ev.attach(ev.pasteTarget, images, names);
    return true;
  };
  window.addEventListener('paste', (e) => { if (ev.pasteImages(e.clipboardData)) e.preventDefault(); }, true);

  // ---- collection ----------------------------------------------------------------------------------
  // Removes every stored file whose hash is neither in `keep` (a Set or array of the hashes the
  // workspace and its undo history refer to), nor a restore point's, nor pinned, unless it was stored in the last
  // collectGraceMs. Returns null (and does nothing) while files are being attached or outcomes
  // wait for the app; else a Promise of {files, bytes} removed.
  ev.collect = function (keep) {
    if (ev.pending || ev.active.length || ev.done.length) return null;
    const k = keep instanceof Set ? new Set(keep) : new Set(keep || []);
    // The restore points' files are kept too (web/restore_points.js); until their list is read, nothing is collected.
    const kept = window.rectifyPoints ? rectifyPoints.files() : new Set();
    if (!kept) return null;
    for (const sha of kept) k.add(sha);
    const spare = (sha) => k.has(sha) || ev.pinned.has(sha);
    let any = false;
    for (const sha of ev.known.keys()) if (!spare(sha)) any = true;
    if (!any) return Promise.resolve({ files: 0, bytes: 0 });
    const before = Date.now() - ev.collectGraceMs;
    const gone = [];
    return openDb().then((db) => {
      const t = db.transaction(STORE, 'readwrite');
      const req = t.objectStore(STORE).openCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) return;
        const sha = String(c.key), v = c.value || {};
        if (!spare(sha) && !(v.added > before)) { gone.push([sha, v.size || 0]); c.delete(); }
        c.continue();
      };
      return window.rectifyIdb.done(t);
    })
      .then(() => {
        let bytes = 0;
        for (const [sha, size] of gone) { ev.known.delete(sha); bytes += size; }
        if (gone.length) ev.refreshSpace();
        return { files: gone.length, bytes };
      })
      .catch(() => ({ files: 0, bytes: 0 }));
  };

  // Opens a stored file: an image in the app's own viewer is the app's business; here a file the
  // browser can show (PDF, text) opens in a new tab, anything else is downloaded under `name`.
  ev.open = function (sha256, name, type) {
    return ev.get(sha256).then((blob) => {
      if (!blob) return false;
      const url = URL.createObjectURL(type && blob.type !== type ? new Blob([blob], { type }) : blob);
      const viewable = /^(application\/pdf|text\/plain|image\/|video\/|audio\/)/.test(type || blob.type);
      let shown = false;
      if (viewable) shown = !!window.open(url, '_blank'); // not 'noopener': it would return null
      if (!shown) {
        const a = document.createElement('a');
        a.href = url;
        a.download = name || sha256;
        document.body.appendChild(a);
        a.click();
        a.remove();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return true;
    });
  };

  window.rectifyEvidence = ev;
  ev.init();
})();
