// restore_points.js: the app's restore points (历史版本) in IndexedDB `rectify-history` (the page
// side of src/platform/restore_points.h). A database of its own, so the workspace's (`rectify`)
// needs no version upgrade while old tabs are open. Two stores: `points` holds each point's facts
// (id, when, day, reason, counts, bytes) and the hashes of the evidence files its text references
// (web/evidence.js collect keeps those: points share the files, they do not copy them); `texts`
// holds its workspace file text, read only when the app asks for it.
// Index: database · list (read at start) · add / drop · read · files for collection.
'use strict';

(function () {
  const DB = 'rectify-history', POINTS = 'points', TEXTS = 'texts';
  const FIELDS = ['id', 'when', 'day', 'reason', 'plans', 'problems', 'measures', 'bytes'];
  const openDb = window.rectifyIdb.opener(DB, 1, (db) => {
    db.createObjectStore(POINTS, { keyPath: 'id' });
    db.createObjectStore(TEXTS);
  });
  const done = window.rectifyIdb.done;

  const pts = {
    ready: false,   // the list has been read (or cannot be: then it stays empty)
    failed: '',     // what the browser said when the database could not be used
    list: [],       // the points' facts and files, oldest first
    texts: [],      // {id, text} read for the app, taken by poll()
    current: null,  // the one the app is reading, after poll()
    writes: null,   // the chain of writes, in order (tests wait on it: settled())
  };

  // ---- list (read at start, while the app downloads) --------------------------------------------------
  pts.loaded = openDb().then((db) => new Promise((resolve, reject) => {
    const req = db.transaction(POINTS, 'readonly').objectStore(POINTS).getAll();
    req.onsuccess = () => resolve(req.result || []);
    req.onerror = () => reject(req.error);
  })).then((all) => {
    pts.list = all.sort((a, b) => a.when - b.when).concat(pts.list); // and any added meanwhile
  }).catch((e) => {
    pts.failed = String(e && e.message || e);
  }).then(() => { pts.ready = true; });
  pts.writes = pts.loaded;

  pts.listLines = function () {
    return pts.list.map((p) => FIELDS.map((f) => String(p[f])).join('\t')).join('\n');
  };

  // ---- add / drop -----------------------------------------------------------------------------------
  // `fields`: the facts, tab-separated in FIELDS' order; `files`: comma-separated hashes.
  pts.add = function (fields, text, files) {
    const f = fields.split('\t');
    const p = { files: files ? files.split(',') : [] };
    FIELDS.forEach((name, i) => { p[name] = i === 0 || name === 'day' || name === 'reason' ? f[i] : Number(f[i]); });
    pts.list.push(p);
    pts.writes = pts.writes.then(() => openDb()).then((db) => {
      const t = db.transaction([POINTS, TEXTS], 'readwrite');
      t.objectStore(POINTS).put(p);
      t.objectStore(TEXTS).put(text, p.id);
      return done(t);
    }).catch((e) => {
      console.warn('rectify: a restore point could not be kept', e);
      pts.list = pts.list.filter((q) => q !== p);
    });
  };

  pts.drop = function (ids) {
    const gone = new Set(ids.split(','));
    pts.list = pts.list.filter((p) => !gone.has(p.id));
    pts.writes = pts.writes.then(() => openDb()).then((db) => {
      const t = db.transaction([POINTS, TEXTS], 'readwrite');
      for (const id of gone) { t.objectStore(POINTS).delete(id); t.objectStore(TEXTS).delete(id); }
      return done(t);
    }).catch((e) => console.warn('rectify: restore points could not be deleted', e));
  };

  // ---- read -----------------------------------------------------------------------------------------
  pts.read = function (id) {
    pts.writes.then(() => openDb()).then((db) => new Promise((resolve, reject) => {
      const req = db.transaction(TEXTS, 'readonly').objectStore(TEXTS).get(id);
      req.onsuccess = () => resolve(typeof req.result === 'string' ? req.result : '');
      req.onerror = () => reject(req.error);
    })).catch(() => '').then((text) => {
      pts.texts.push({ id, text });
    });
  };

  pts.poll = function () {
    pts.current = pts.texts.shift() || null;
    return !!pts.current;
  };

  // Every write so far has reached the database (for the tests).
  pts.settled = function () { return pts.writes.then(() => true); };

  // ---- files for collection -----------------------------------------------------------------------
  // The hashes of the evidence files the points reference, or null while the list is not read
  // (collection must then wait: it would delete what a point still needs).
  pts.files = function () {
    if (!pts.ready || pts.failed) return pts.ready && pts.failed ? new Set() : null;
    const out = new Set();
    for (const p of pts.list) for (const h of p.files || []) out.add(h);
    return out;
  };

  window.rectifyPoints = pts;
})();
