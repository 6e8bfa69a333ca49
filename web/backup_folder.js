// backup_folder.js: the backup folder (issue 20; the page side of platform/backup_folder.h), where
// the browser has the File System Access API (window.showDirectoryPicker: Chrome, Edge). The user
// picks a folder once (choose); its handle is kept in IndexedDB `rectify-backup` (handles are
// structured-cloneable) and found again at the next start. The app writes the day's backup there
// (write: a manifest streamed by web/office.js exportStream into the folder's file, not a
// download), after which only the newest `keep` backups stay: which names are backups the app's
// core says (core/backup_due.h is_backup_file_name), so nothing else in the folder is ever deleted.
// The browser may forget the permission between visits: `permission` is then 'prompt', and the
// app shows 重新授权 (reauthorize, which needs the user's click, as choose does).
//   rectifyBackupFolder.state  {supported, chosen, name, permission, busy, written, error}
'use strict';

(function () {
  const DB = 'rectify-backup', STORE = 'handles', KEY = 'folder';
  const supported = typeof window.showDirectoryPicker === 'function';
  const state = {
    supported,
    chosen: false,     // a folder was picked (its handle is kept)
    name: '',          // the folder's name, for the status line
    permission: '',    // 'granted', 'prompt' or 'denied' (queryPermission), '' until known
    busy: false,       // a backup is being written
    written: 0,        // backups written since the page opened (the app counts them)
    lastFile: '',      // the name of the last one written
    error: '',         // why the last write, pick or permission request failed ('' when it did not)
  };
  let handle = null;

  const db = window.rectifyIdb.opener(DB, 1, (d) => d.createObjectStore(STORE));

  async function keep(h) {
    const tx = (await db()).transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(h, KEY);
    await window.rectifyIdb.done(tx);
  }

  async function kept() {
    const d = await db();
    const h = await new Promise((resolve, reject) => {
      const req = d.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => resolve(req.result || null);
      req.onerror = () => reject(req.error);
    });
    return h;
  }

  const message = (e) => String((e && (e.name ? `${e.name}: ${e.message}` : e.message)) || e);

  async function refresh() {
    if (!handle) return;
    state.chosen = true;
    state.name = handle.name || '';
    try {
      state.permission = await handle.queryPermission({ mode: 'readwrite' });
    } catch (e) {
      state.permission = 'prompt';
    }
  }

  // Whether `name` is one of the app's backups: the app's rule (core/backup_due.h).
  const isBackup = (name) => window.rectifyHost.module.ccall('rectify_is_backup_file_name', 'number', ['string'], [name]) === 1;

  // The newest `n` backups stay (the names sort by their dates); older ones are removed.
  async function prune(n) {
    const names = [];
    for await (const entry of handle.values()) {
      if (entry.kind === 'file' && isBackup(entry.name)) names.push(entry.name);
    }
    names.sort().reverse();
    for (const name of names.slice(Math.max(1, n))) await handle.removeEntry(name);
  }

  const folder = {
    state,

    // 选择备份文件夹…: from the user's click (the app's frame right after it).
    async choose() {
      if (!supported) return;
      state.error = '';
      try {
        const h = await window.showDirectoryPicker({ id: 'rectify-backup', mode: 'readwrite' });
        handle = h;
        // Kept for the next visit; a handle the browser cannot store serves this visit only.
        await keep(h).catch((e) => console.warn('backup folder not kept:', message(e)));
        await refresh();
        if (state.permission !== 'granted') state.permission = await handle.requestPermission({ mode: 'readwrite' });
      } catch (e) {
        if (e && e.name === 'AbortError') return; // the user closed the picker
        state.error = message(e);
      }
    },

    // 重新授权: from the user's click.
    async reauthorize() {
      if (!handle) return;
      state.error = '';
      try {
        state.permission = await handle.requestPermission({ mode: 'readwrite' });
      } catch (e) {
        state.error = message(e);
      }
    },

    // The day's backup: `manifestJson` streamed into `filename` in the folder, then the newest
    // `n` backups kept. Says why in state.error when it could not.
    async write(manifestJson, filename, n) {
      if (!handle || state.busy) return;
      state.busy = true;
      state.error = '';
      try {
        await refresh();
        if (state.permission !== 'granted') throw new Error(`permission ${state.permission}`);
        const file = await handle.getFileHandle(filename, { create: true });
        const out = await file.createWritable();
        const sink = {
          write: (bytes) => out.write(bytes),
          close: () => out.close(),
          abort: () => (out.abort ? out.abort() : out.close()),
        };
        const r = await window.rectifyOffice.exportStream(manifestJson, filename, 'application/zip', sink);
        if (!r.ok) throw new Error(r.missing ? `${r.missing}: missing` : r.error);
        await prune(n);
        state.written++;
        state.lastFile = filename;
      } catch (e) {
        state.error = message(e);
        console.warn('backup folder:', state.error);
      } finally {
        state.busy = false;
      }
    },
  };

  window.rectifyBackupFolder = folder;
  // The permission may be withdrawn (site settings) or expire while the page is open: looked at
  // again whenever the page is shown or focused.
  window.addEventListener('focus', () => { refresh(); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refresh(); });
  // The folder picked at an earlier visit (the permission may have to be asked again).
  if (supported) {
    kept().then((h) => { if (h) { handle = h; return refresh(); } return null; }).catch((e) => { state.error = message(e); });
  }
})();
