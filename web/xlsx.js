// xlsx.js: the page side of the XLSX export (platform::export_xlsx). The writer (libxlsxwriter and
// zlib, src/xlsx) is a wasm module of its own, xlsx/xlsx.{js,wasm}, kept out of the app's startup
// download: it is loaded here on the first export and reused after that. A failed load is
// forgotten, so the next export tries again (the network may be back).
'use strict';

(function () {
  const BASE = 'xlsx/';
  const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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
      loading = (window.createRectifyXlsx ? Promise.resolve() : loadScript(BASE + 'xlsx.js'))
        .then(() => window.createRectifyXlsx({ locateFile: (p) => BASE + p }));
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  // The sheet JSON (UTF-8 bytes) in, the .xlsx bytes out; throws with the writer's reason.
  function make(M, json) {
    const jp = M._malloc(json.length || 1);
    const out = M._malloc(8); // int size, int ok
    try {
      M.HEAPU8.set(json, jp);
      const p = M._rectify_xlsx_make(jp, json.length, out, out + 4);
      const size = M.HEAP32[out >> 2], ok = M.HEAP32[(out + 4) >> 2];
      if (!p) throw new Error('out of memory');
      const bytes = M.HEAPU8.slice(p, p + size);
      M._free(p);
      if (!ok) throw new Error(new TextDecoder().decode(bytes));
      return bytes;
    } finally {
      M._free(jp);
      M._free(out);
    }
  }

  window.rectifyXlsx = {
    last: null, // {ok, size, error} of the latest export, for tests
    exportFile(json, filename, onFail) {
      return load()
        .then((M) => {
          const bytes = make(M, json);
          window.rectifyHost.download(filename, MIME, bytes);
          window.rectifyXlsx.last = { ok: true, size: bytes.length };
        })
        .catch((e) => {
          const error = String((e && e.message) || e);
          console.warn('XLSX export:', error);
          window.rectifyXlsx.last = { ok: false, error };
          onFail(error);
        });
    },
  };
})();
