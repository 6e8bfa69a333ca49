// storage.js: the workspace in IndexedDB (the page side of src/platform/storage.h), and news of
// other tabs' saves over a BroadcastChannel. One record holds the whole workspace file text with
// a revision number; a write happens only if the stored revision is still the one the app read,
// checked inside the same IndexedDB transaction, so two tabs can never overwrite each other.
'use strict';

(function () {
  const DB = 'rectify', STORE = 'workspace', KEY = 'current';
  // A write started while the page is closing may be dropped by the browser with the page. Such a
  // write is also put here, synchronously, and taken back at the next start (see readInitial).
  const PENDING = 'rectify.pending';
  const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const ERR = { none: 0, unavailable: 1, quota: 2, conflict: 3, failed: 4 };
  const KIND = { saved: 1, failed: 2, changed: 3, read: 4 };
  const events = []; // for the app, taken one by one by poll()
  // The database deleted under us (site data cleared, another page's deleteDatabase) or closed by
  // the browser: let it go, and say so (the app still holds the workspace).
  const openDb = window.rectifyIdb.opener(DB, 1, (db) => db.createObjectStore(STORE), (db, forget) => {
    db.onversionchange = (e) => { if (e.newVersion === null) gone(db, forget); };
    db.onclose = () => gone(db, forget);
  });

  // Issue 20: the stored workspace vanished while the app was open (see check()).
  function gone(db, forget) {
    try { db.close(); } catch (e) { /* already closed */ }
    forget();
    if (store.knownRev > 0) store.cleared = true;
  }

  function getRecord(db) {
    return new Promise((resolve, reject) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => resolve(req.result || null);
      req.onerror = () => reject(req.error);
    });
  }

  function errorKind(e) {
    const name = e && e.name;
    if (name === 'QuotaExceededError') return ERR.quota;
    if (name === 'SecurityError' || name === 'InvalidStateError') return ERR.unavailable;
    return ERR.failed;
  }

  function takePending() {
    try {
      const raw = localStorage.getItem(PENDING);
      if (!raw) return null;
      const p = JSON.parse(raw);
      return typeof p.base === 'number' && typeof p.text === 'string' ? p : null;
    } catch (e) {
      return null;
    }
  }

  let channel = null;
  try { channel = new BroadcastChannel('rectify-workspace'); } catch (e) { channel = null; }
  if (channel) {
    channel.onmessage = (m) => {
      if (m.data && m.data.type === 'saved' && m.data.tab !== tab) events.push({ kind: KIND.changed, rev: m.data.rev });
    };
  }

  const store = {
    tab,
    initial: { available: false, found: false, rev: 0, text: '', error: 'not read yet' },
    initialReady: false, // set once readInitial() has an answer
    inflight: null,      // {base, text} of the write not yet committed
    current: null, // the event the app is reading, after poll()

    persisted: null, // what navigator.storage.persist() answered (null: not asked or not supported)
    quota: null,     // navigator.storage.estimate()'s quota in bytes (null: not known)
    keepingAnswered: false, // both have answered, or cannot be asked (no navigator.storage)
    askedAgain: false, // persist() asked once more after the first save (askAgain)
    knownRev: 0,    // the revision last read or written here: a record was stored
    cleared: false, // the stored workspace was deleted while the app was open (taken by the app)

    // When the page is shown again or focused: the record re-read; gone (or the database
    // deleted) while we had one means the browser's data was cleared.
    check() {
      if (!store.knownRev) return;
      openDb().then(getRecord).then((rec) => { if (!rec && store.knownRev) store.cleared = true; }, () => {});
    },
    // Persistence refused at the start: asked once more after the first save (browsers weigh how
    // much a site is used; a site that has stored something is likelier to be granted it).
    askAgain() {
      const st = navigator.storage;
      if (store.askedAgain || store.persisted !== false || !st || !st.persist) return;
      store.askedAgain = true;
      st.persist().then((ok) => { if (ok) store.persisted = true; }, () => {});
    },
    // The app takes the news once, and then stores the workspace again from revision 0.
    takeCleared() {
      const c = store.cleared;
      store.cleared = false;
      if (c) store.knownRev = 0;
      return c;
    },

    // Called by the loader in parallel with the downloads.
    async readInitial() {
      // Ask the browser not to evict the workspace under storage pressure (best effort: the
      // browser may say no, e.g. for a site not bookmarked or installed).
      // Whether it agrees, and the quota (a private window's is small), tell the app how long the
      // workspace will be kept (src/platform/autosave.h, durability_of).
      const st = navigator.storage; // absent outside secure contexts (plain http)
      Promise.all([
        st && st.persist ? st.persist().then((ok) => { store.persisted = ok; }, () => { store.persisted = false; }) : null,
        st && st.estimate ? st.estimate().then((e) => { store.quota = e && typeof e.quota === 'number' ? e.quota : null; }, () => {}) : null,
      ]).then(() => { store.keepingAnswered = true; });
      try {
        const rec = await getRecord(await openDb());
        store.initial = { available: true, found: !!rec, rev: rec ? rec.rev : 0, text: rec ? rec.text : '', error: '', recovered: false };
        store.knownRev = store.initial.rev;
        const pending = takePending();
        if (pending && pending.base === store.initial.rev) {
          // The last session closed before its final write completed: that write wins.
          Object.assign(store.initial, { found: true, text: pending.text, recovered: true });
        } else if (pending) {
          console.warn('rectify: a write from a closed page was based on an older revision and is not applied');
        }
      } catch (e) {
        store.initial = { available: false, found: false, rev: 0, text: '', error: String(e && e.message || e) };
      }
      store.initialReady = true;
      return store.initial;
    },

    // The page is being hidden or closed (host.js, after the app's flush): keep the write in
    // flight synchronously too, in case the browser drops it with the page.
    keepInflight() {
      if (!store.inflight) return;
      try {
        localStorage.setItem(PENDING, JSON.stringify(store.inflight));
      } catch (e) { /* too big or no space: IndexedDB only */ }
    },

    write(text, baseRev) {
      store.inflight = { base: baseRev, text };
      openDb().then((db) => {
        const tx = db.transaction(STORE, 'readwrite');
        const os = tx.objectStore(STORE);
        let conflictRev = -1;
        const req = os.get(KEY);
        req.onsuccess = () => {
          const cur = req.result;
          const curRev = cur ? cur.rev : 0;
          // Our record is gone (the browser's data cleared): not another tab's save. The app is
          // told (takeCleared) and writes the workspace again from revision 0.
          if (!cur && baseRev > 0 && store.knownRev > 0) { store.cleared = true; conflictRev = -3; return; }
          if (curRev !== baseRev) { conflictRev = curRev; return; } // nothing written
          try {
            os.put({ rev: baseRev + 1, text, savedAt: Date.now(), tab }, KEY);
          } catch (e) {
            events.push({ kind: KIND.failed, error: errorKind(e), rev: curRev, message: `${e.name}: ${e.message}` });
            conflictRev = -2;
            tx.abort();
          }
        };
        tx.oncomplete = () => {
          store.inflight = null;
          if (conflictRev === -3) return; // cleared: see above
          if (conflictRev >= 0) { events.push({ kind: KIND.failed, error: ERR.conflict, rev: conflictRev, message: '' }); return; }
          store.knownRev = baseRev + 1;
          store.askAgain();
          events.push({ kind: KIND.saved, rev: baseRev + 1 });
          try { localStorage.removeItem(PENDING); } catch (e) { /* nothing to remove */ }
          if (channel) channel.postMessage({ type: 'saved', rev: baseRev + 1, tab });
        };
        tx.onabort = () => {
          store.inflight = null;
          if (conflictRev === -2) return; // already reported
          const e = tx.error;
          events.push({ kind: KIND.failed, error: errorKind(e), rev: baseRev, message: e ? `${e.name}: ${e.message}` : 'aborted' });
        };
      }).catch((e) => {
        store.inflight = null;
        events.push({ kind: KIND.failed, error: ERR.unavailable, rev: baseRev, message: String(e && e.message || e) });
      });
    },

    read() {
      openDb().then(getRecord).then((rec) => {
        events.push({ kind: KIND.read, rev: rec ? rec.rev : 0, text: rec ? rec.text : '' });
      }).catch((e) => {
        events.push({ kind: KIND.failed, error: ERR.unavailable, rev: 0, message: String(e && e.message || e) });
      });
    },

    // 0 when there is nothing; otherwise the event's kind, and the event stays in `current`.
    poll() {
      store.current = events.shift() || null;
      return store.current ? store.current.kind : 0;
    },
  };

  window.rectifyStorage = store;
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') store.check(); });
  window.addEventListener('focus', () => store.check());
})();
