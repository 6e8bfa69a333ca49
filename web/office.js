// office.js: the page side of everything done with office files (platform/host.h export_xlsx,
// read_office_file, make_report_file, …). The code (libxlsxwriter, minizip, pugixml, zlib: src/office) is a
// wasm module of its own, office/office.{js,wasm}, kept out of the app's startup download: it is
// loaded here on first use and reused after that. A failed load is forgotten, so the next use tries
// again (the network may be back).
//   rectifyXlsx.exportFile    the ledger's sheet JSON -> a downloaded .xlsx
//   rectifyOffice.read        a file given to the app -> its cells or text, queued for the app as a
//                             file of purpose "office:<purpose>" (web/files.js), read by the app
//   rectifyOffice.makeReport  a report made as a file (core/report/report_wire.h) -> the .docx
//                             downloaded, the 对账销号单 page opened in a tab, 一问题一档案 streamed
//   rectifyOffice.exportForm  a plan's Excel form and its rows -> the form filled, downloaded (按原表导出)
//   rectifyOffice.readPackage a plan package (*.rectify.zip) -> its files into the store
//                             (web/evidence.js), its plan file queued for the app like a picked one
//   rectifyOffice.exportStream a manifest (platform/zip_stream.h) -> a ZIP made one entry at a time,
//                             stored files read from the store one at a time, downloaded
//   rectifyOffice.sha256      bytes -> Promise<hex> (evidence.js without WebCrypto)
//   rectifyOffice.callModule  a call of the module's own (the text import, the merge: platform/host.h
//                             call_module) -> its answer, kept by number until the app takes it
// A package never goes through the app's own heap: it is read here, in chunks, into the module's.
'use strict';

(function () {
  const BASE = 'office/';
  const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  let loading = null; // a Promise of the module

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => { s.remove(); reject(new Error(`${src}: could not be loaded`)); };
      document.head.appendChild(s);
    });
  }

  function load() {
    if (!loading) {
      loading = (window.createRectifyOffice ? Promise.resolve() : loadScript(BASE + 'office.js'))
        .then(() => window.createRectifyOffice({ locateFile: (p) => BASE + p }));
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  // Calls fn(ptr, size, outSize, outOk, ...extra) of the module with `input` (bytes) copied in;
  // returns the output bytes, or throws with the module's reason.
  function call(M, fn, input, ...strings) {
    const ip = M._malloc(input.length || 1);
    const out = M._malloc(8); // int size, int ok
    const extra = strings.map((s) => {
      const b = new TextEncoder().encode(s + '\0');
      const p = M._malloc(b.length);
      M.HEAPU8.set(b, p);
      return p;
    });
    try {
      M.HEAPU8.set(input, ip);
      const p = fn(ip, input.length, ...extra, out, out + 4);
      const size = M.HEAP32[out >> 2], ok = M.HEAP32[(out + 4) >> 2];
      if (!p) throw new Error('out of memory');
      const bytes = M.HEAPU8.slice(p, p + size);
      M._free(p);
      if (!ok) throw new Error(new TextDecoder().decode(bytes));
      return bytes;
    } finally {
      M._free(ip);
      M._free(out);
      for (const p of extra) M._free(p);
    }
  }

  function failed(what, e, onFail) {
    const error = String((e && e.message) || e);
    console.warn(what + ':', error);
    onFail(error);
    return error;
  }

  // An export: the module's `fn` makes the file's bytes from `json`, the page downloads them.
  // `record` gets {ok, size} or {ok: false, error} for the tests; onFail(error) tells the app.
  function exportWith(fn, what, json, filename, mime, onFail, record) {
    return load()
      .then((M) => {
        const bytes = call(M, M[fn], json);
        window.rectifyHost.download(filename, mime, bytes);
        record({ ok: true, size: bytes.length });
      })
      .catch((e) => record({ ok: false, error: failed(what, e, onFail) }));
  }

  window.rectifyXlsx = {
    last: null, // {ok, size, error} of the latest export, for tests
    exportFile(json, filename, onFail) {
      return exportWith('_rectify_xlsx_make', 'XLSX export', json, filename, XLSX_MIME, onFail,
        (r) => { window.rectifyXlsx.last = r; });
    },
  };

  window.rectifyOffice = {
    last: null, // {op, ok, size, error} of the latest call, for tests
    // The result reaches the app through the files queue, so it arrives on a frame like any file.
    read(bytes, name, purpose) {
      const done = (f) => { window.rectifyFiles.ready.push(f); };
      return load()
        .then((M) => {
          const out = call(M, M._rectify_office_read, bytes, name);
          window.rectifyOffice.last = { op: 'read', ok: true, size: out.length };
          done({ purpose: 'office:' + purpose, name, bytes: out, error: '', size: bytes.length, tooLarge: false });
        })
        .catch((e) => {
          const error = failed('office read', e, () => {});
          window.rectifyOffice.last = { op: 'read', ok: false, error };
          done({ purpose: 'office:' + purpose, name, bytes: null, error, size: bytes.length, tooLarge: false });
        });
    },
    exportForm(json, filename, onFail) {
      return exportWith('_rectify_office_fill', 'form export', json, filename, XLSX_MIME, onFail,
        (r) => { window.rectifyOffice.last = { op: 'fill', ...r }; });
    },
    // kind (ReportFile): 0 the .docx, downloaded; 1 an HTML page, opened in a new tab when the
    // browser still counts the click (else after one more tap: rectifyHost.whenTapped), downloaded
    // when the tab is blocked (onDownloaded); 2 一问题一档案's manifest, streamed (exportStream).
    // `reportLoading` names the file while the module is fetched, for the app's notice.
    reportLoading: '',
    makeReport(input, filename, kind, onFail, onDownloaded) {
      const office = window.rectifyOffice;
      office.reportLoading = filename;
      const record = (r) => { office.last = { op: 'report', kind, ...r }; };
      return load()
        .then((M) => {
          office.reportLoading = '';
          const bytes = call(M, M._rectify_report_make, input);
          record({ ok: true, size: bytes.length });
          const host = window.rectifyHost;
          if (kind === 0) host.download(filename, DOCX_MIME, bytes);
          else if (kind === 1) host.whenTapped(() => {
            if (host.openDocument(bytes)) return;
            host.download(filename, 'text/html', bytes);
            onDownloaded();
          }, 'share', filename);
          else return exportStream(new TextDecoder().decode(bytes), filename, 'application/zip');
        })
        .catch((e) => {
          office.reportLoading = '';
          record({ ok: false, error: failed('report', e, onFail) });
        });
    },
    // The module's own calls (platform::call_module): fn 'text_import' runs rectify_text_import,
    // 'merge' rectify_merge. Each call gets a number; its answer, {ok, bytes} or {ok: false, error},
    // is kept until the app takes it (takeAnswer). callsLoading counts the calls waiting for the
    // module to be fetched, for the app's progress line.
    answers: new Map(),
    calls: 0,
    callsLoading: 0,
    callModule(fn, input, request) {
      const office = window.rectifyOffice;
      const id = ++office.calls;
      office.callsLoading++;
      let waiting = true;
      const loaded = () => { if (waiting) office.callsLoading--; waiting = false; };
      load()
        .then((M) => {
          loaded();
          office.answers.set(id, { ok: true, bytes: call(M, M['_rectify_' + fn], input, request) });
        })
        .catch((e) => {
          loaded();
          office.answers.set(id, { ok: false, error: failed(fn, e, () => {}) });
        });
      return id;
    },
    takeAnswer(id) {
      const office = window.rectifyOffice;
      const r = office.answers.get(id);
      office.answers.delete(id);
      return r;
    },
    sha256(bytes) {
      const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return load().then((M) => new TextDecoder().decode(call(M, M._rectify_sha256, b)));
    },
    isPackage,
    readPackage,
    exportStream,
    failures: [], // streamed ZIPs that failed, until the app takes them (platform/zip_stream.h)
    streams: [], // {filename, ok, size, missing, error, ms, peak} of each streamed ZIP, for tests and the app
  };

  // ---- packages in -------------------------------------------------------------------------------

  const CHUNK = 16 << 20;
  const PACKAGE_MAX = 768 << 20; // core/format/input_limits.h InputKind::Package
  const PLAN_NAME = 'plan.rectify.json';

  // Whether `file` is a plan package: named *.rectify.zip, or a .zip whose first entry is the plan
  // file (office/package.h is_package: a package is written with it first).
  function isPackage(file) {
    if (/\.rectify\.zip$/i.test(file.name)) return Promise.resolve(true);
    if (!/\.zip$/i.test(file.name) || file.size < 30 + PLAN_NAME.length) return Promise.resolve(false);
    return file.slice(0, 30 + PLAN_NAME.length).arrayBuffer().then((buf) => {
      const b = new Uint8Array(buf);
      if (b[0] !== 0x50 || b[1] !== 0x4b || b[2] !== 3 || b[3] !== 4) return false;
      if ((b[26] | (b[27] << 8)) !== PLAN_NAME.length) return false;
      return new TextDecoder().decode(b.subarray(30)) === PLAN_NAME;
    }).catch(() => false);
  }

  // Reads the package into the module's heap (File.slice chunks: one copy), checks it whole
  // (read_package), stores each file it hands out (pinned until the app has taken the plan:
  // platform/evidence.h unpin_files), and resolves to the entry for web/files.js's queue: the plan file's bytes, or the
  // refusal in both languages (`refused`) with nothing stored.
  // One package at a time: two of 600 MB would not fit the module's heap together.
  let packages = Promise.resolve();
  function readPackage(purpose, file) {
    const next = packages.then(() => readOnePackage(purpose, file));
    packages = next.catch(() => {});
    return next;
  }

  function readOnePackage(purpose, file) {
    const entry = { purpose, name: file.name, bytes: null, error: '', size: file.size, tooLarge: false,
                    fromPackage: true, refused: null };
    if (file.size > PACKAGE_MAX) return Promise.resolve({ ...entry, tooLarge: true });
    const started = performance.now();
    const progress = { loaded: 0, total: file.size };
    const files = window.rectifyFiles;
    if (files) files.active.push(progress);
    const stored = [];
    let M = null, ip = 0;
    const record = (r) => { window.rectifyOffice.last = { op: 'package', ...r, ms: Math.round(performance.now() - started) }; };
    const done = () => { if (files) files.active.splice(files.active.indexOf(progress), 1); };
    return load()
      .then(async (mod) => {
        M = mod;
        ip = M._malloc(file.size || 1);
        if (!ip) throw new Error('out of memory');
        for (let at = 0; at < file.size; at += CHUNK) {
          const part = new Uint8Array(await file.slice(at, Math.min(file.size, at + CHUNK)).arrayBuffer());
          M.HEAPU8.set(part, ip + at);
          progress.loaded = at + part.length;
        }
        const ev = window.rectifyEvidence;
        const puts = [];
        M.onPackageFile = (sha, p, n) => {
          // A Blob of the file (the browser may keep it on disk), stored when IndexedDB can.
          const blob = new Blob([M.HEAPU8.subarray(p, p + n)]);
          if (ev.pinned) ev.pinned.add(sha);
          stored.push(sha);
          puts.push(ev.putBytes(sha, blob, ''));
        };
        const out = M._malloc(8);
        let bytes, ok;
        try {
          const p = M._rectify_package_read(ip, file.size, out, out + 4);
          const size = M.HEAP32[out >> 2];
          ok = M.HEAP32[(out + 4) >> 2];
          if (!p) throw new Error('out of memory');
          bytes = M.HEAPU8.slice(p, p + size);
          M._free(p);
        } finally {
          M._free(out);
          M.onPackageFile = null;
        }
        const peak = M.HEAP8.length;
        M._free(ip);
        ip = 0;
        if (!ok) {
          record({ ok: false, files: 0, peak });
          return { ...entry, refused: JSON.parse(new TextDecoder().decode(bytes)) };
        }
        // A file that could not be stored (no space) is found missing by the app, which names it.
        const settled = await Promise.allSettled(puts);
        const unstored = settled.filter((s) => s.status === 'rejected').length;
        record({ ok: true, files: stored.length, unstored, peak });
        return { ...entry, bytes };
      })
      .catch((e) => {
        if (M && ip) M._free(ip);
        record({ ok: false, error: String((e && e.message) || e) });
        return { ...entry, error: failed('package read', e, () => {}) };
      })
      .finally(done);
  }

  // ---- streamed ZIPs out -------------------------------------------------------------------------

  // A refusal from the module ({"zh","en"}), or the page's own reason.
  function reason(bytes) {
    const text = new TextDecoder().decode(bytes);
    try { return JSON.parse(text); } catch (e) { return { zh: text, en: text }; }
  }

  // The ZIP of `manifestJson` (platform/zip_stream.h), entry by entry: a text entry as it is, a
  // stored file read from the store (one at a time), checked against its hash and size by the
  // module; what the module drains after each entry becomes a part of the Blob downloaded. A file
  // missing from the store stops it: nothing is downloaded, `missing` names the entry.
  // With `sink` ({write(Uint8Array), close(), abort()}, each may return a Promise: the backup
  // folder's file, web/backup_folder.js; an encrypted package's parts, web/crypt.js) the parts go
  // there as they are drained, not downloaded. A sink's error that `stopped(e)` owns (the sink
  // refused more, and tells the app itself) ends the stream with `stopped`, not as a failure.
  function exportStream(manifestJson, filename, mime, sink, stopped) {
    const started = performance.now();
    const result = { filename, ok: false, size: 0, missing: '', error: '', peak: 0, ms: 0, stopped: false };
    const finish = () => {
      result.ms = Math.round(performance.now() - started);
      window.rectifyOffice.streams.push(result);
      if (!result.ok && !result.stopped) window.rectifyOffice.failures.push(result);
      return result;
    };
    let M = null, w = 0;
    return load()
      .then(async (mod) => {
        M = mod;
        const entries = JSON.parse(manifestJson).entries || [];
        w = M._rectify_zs_begin();
        if (!w) throw new Error('out of memory');
        const parts = [];
        let size = 0;
        const put = async (bytes) => {
          size += bytes.length;
          if (sink) await sink.write(bytes);
          else parts.push(new Blob([bytes]));
        };
        const drain = () => put(call(M, (p, n, size, ok) => M._rectify_zs_drain(w, size, ok), new Uint8Array(0)));
        const refused = (e) => { result.error = e.message; result.refused = e.refused || null; return finish(); };
        for (const e of entries) {
          try {
            if (typeof e.text === 'string') {
              const name = e.name;
              call(M, (p, n, nm, size, ok) => M._rectify_zs_add_text(w, nm, p, n, size, ok), new TextEncoder().encode(e.text), name);
            } else {
              const blob = await window.rectifyEvidence.get(e.sha256);
              if (!blob) {
                result.missing = e.name;
                return finish();
              }
              const bytes = new Uint8Array(await blob.arrayBuffer());
              call(M, (p, n, nm, sha, size, ok) => M._rectify_zs_add_file(w, nm, sha, e.size, p, n, size, ok), bytes, e.name, e.sha256);
            }
          } catch (err) {
            // The module refused the entry (bytes that do not match the hash: the store's copy is
            // damaged): named like a missing file.
            if (typeof e.text !== 'string') result.missing = e.name;
            const r = reason(new TextEncoder().encode(err.message));
            return refused({ message: r.en, refused: r });
          }
          await drain();
          result.peak = Math.max(result.peak, M.HEAP8.length);
        }
        let rest;
        try {
          rest = call(M, (p, n, size, ok) => M._rectify_zs_finish(w, size, ok), new Uint8Array(0));
        } finally {
          w = 0; // gone, whatever the outcome
        }
        await put(rest);
        if (sink) {
          await sink.close();
        } else {
          window.rectifyHost.download(filename, mime || 'application/zip', new Blob(parts, { type: mime || 'application/zip' }));
        }
        result.ok = true;
        result.size = size;
        result.peak = Math.max(result.peak, M.HEAP8.length);
        return finish();
      })
      .catch((e) => {
        if (stopped && stopped(e)) result.stopped = true, result.error = String(e.message);
        else result.error = failed('zip stream', e, () => {});
        return finish();
      })
      .then(async (r) => {
        if (sink && !r.ok) { try { await sink.abort(); } catch (e) { /* nothing written to keep */ } }
        return r;
      })
      .finally(() => { if (M && w) M._rectify_zs_abort(w); });
  }
})();
