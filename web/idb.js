// idb.js: opening the page's IndexedDB databases, one way for all of them (web/storage.js
// `rectify`, web/restore_points.js `rectify-history`, web/evidence.js `rectify-files`,
// web/backup_folder.js `rectify-backup`). Each gives its name, version and its own upgrade; the
// open is shared by every use, and a failed one is forgotten so the next use tries again.
//   rectifyIdb.opener(name, version, upgrade, opened?) -> open(): Promise<IDBDatabase>
//                                                        (open.forget(): the next use opens again)
//   rectifyIdb.done(transaction)                       -> Promise: committed, or why not
'use strict';

(function () {
  window.rectifyIdb = {
    // upgrade(db, oldVersion) creates the stores; opened(db, forget), when given, watches the
    // database once it is open (web/storage.js: a database deleted under the page).
    opener(name, version, upgrade, opened) {
      let promise = null;
      const open = () => {
        if (!promise) {
          promise = new Promise((resolve, reject) => {
            let req;
            try { req = indexedDB.open(name, version); } catch (e) { reject(e); return; }
            req.onupgradeneeded = (e) => upgrade(req.result, e.oldVersion);
            req.onsuccess = () => {
              if (opened) opened(req.result, open.forget);
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
            req.onblocked = () => reject(new Error('IndexedDB blocked by another tab'));
          });
          promise.catch(() => { promise = null; });
        }
        return promise;
      };
      open.forget = () => { promise = null; };
      return open;
    },

    done(t) {
      return new Promise((resolve, reject) => {
        t.oncomplete = () => resolve();
        t.onerror = () => reject(t.error);
        t.onabort = () => reject(t.error || new Error('aborted'));
      });
    },
  };
})();
