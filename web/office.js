// office.js: the page side of everything done with office files (platform/host.h export_xlsx,
// read_office_file, export_zip). The code (libxlsxwriter, minizip, pugixml, zlib: src/office) is a
// wasm module of its own, office/office.{js,wasm}, kept out of the app's startup download: it is
// loaded here on first use and reused after that. A failed load is forgotten, so the next use tries
// again (the network may be back).
//   rectifyXlsx.exportFile    the ledger's sheet JSON -> a downloaded .xlsx
//   rectifyOffice.read        a file given to the app -> its cells or text, queued for the app as a
//                             file of purpose "office:<purpose>" (web/files.js), read by the app
//   rectifyOffice.exportZip   parts JSON -> a downloaded ZIP package (.docx)
//   rectifyOffice.exportForm  a plan's Excel form and its rows -> the form filled, downloaded (按原表导出)
'use strict';

(function () {
  const BASE = 'office/';
  const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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
    exportZip(json, filename, mime, onFail) {
      return exportWith('_rectify_office_zip', 'office export', json, filename, mime, onFail,
        (r) => { window.rectifyOffice.last = { op: 'zip', ...r }; });
    },
  };
})();
