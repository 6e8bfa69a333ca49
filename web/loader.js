// loader.js: checks the browser can run the app, shows the progress of the downloads the boot script
// in index.html started (the wasm, compiled as it streams in, and the first font), then starts the
// app. Every failure ends in the bilingual error panel, never a blank page.
'use strict';

(function () {
  const host = window.rectifyHost;
  performance.mark('rectify:loader-start');
  const bar = document.getElementById('bar-fill');
  const barBox = bar.parentElement;
  const text = document.getElementById('loading-text');

  // The page's texts in this file: key: [zh-CN, en], values as {name} (host.fillText).
  const TEXTS = {
    failed: ['程序运行出错。', 'The program failed.'],
    noWasm: ['此浏览器不支持 WebAssembly，无法运行整改通。请使用新版的 Chrome、Edge、Firefox 或 360 浏览器（极速模式）。',
      'This browser does not support WebAssembly, so Rectify cannot run. Use a recent Chrome, Edge or Firefox.'],
    oldWasm: ['此浏览器版本过旧（WebAssembly 不支持异常处理），无法运行整改通。请更新浏览器：Chrome 或 Edge 95 以上、Firefox 100 以上、Safari 15.2 以上（iPhone 和 iPad 升级到 iOS 15.2 以上），360 等国产浏览器请升级到最新版并使用极速模式。',
      'This browser is too old (its WebAssembly has no exception handling), so Rectify cannot run. Update it: Chrome or Edge 95 or later, Firefox 100 or later, Safari 15.2 or later (iOS 15.2 on an iPhone or iPad).'],
    noWebGL2: ['此浏览器不支持 WebGL2（或已被禁用），无法显示整改通。请使用新版的 Chrome、Edge 或 Firefox，并在设置中开启“使用硬件加速”。',
      'This browser does not support WebGL2 (or it is turned off), so Rectify cannot be shown. Use a recent Chrome, Edge or Firefox with hardware acceleration on.'],
    notStarted: ['无法启动整改通。', 'Rectify could not be started.'],
    aborted: ['程序异常终止。', 'The program stopped unexpectedly (abort).'],
    offline: ['无法下载整改通：网络已断开。', 'Cannot download Rectify: the network is offline.'],
    notLoaded: ['无法下载或启动整改通。', 'Rectify could not be downloaded or started.'],
    loading: ['正在加载… {percent}%（{mb} MB）', 'Loading… {percent}% ({mb} MB)'],
    starting: ['正在启动…', 'Starting…'],
  };
  // Both languages: the app has not said which one it shows yet.
  const both = (key, values) => host.fillText(TEXTS[key], values || {});
  const said = () => !!(window.rectify && window.rectify.lastFatal);
  function fail(key, detail) {
    if (said()) return; // the first failure said is the cause, not what it throws on its way out
    host.fatal(both(key).join('\n'), detail ? String(detail) : '');
  }

  // Errors nobody caught (a bug in glue code, a wasm trap) must still reach the user.
  window.addEventListener('error', (e) => fail('failed', e.error && e.error.stack || e.message));
  window.addEventListener('unhandledrejection', (e) => fail('failed', e.reason && e.reason.stack || e.reason));

  // --- 1. Can this browser run the app? -------------------------------------------------------
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('noWasm');
    return;
  }
  // The app is built with WebAssembly's exception handling (cmake/deps.cmake): an older engine
  // would fail the compile with a message no clerk can act on. The smallest module with a
  // try/catch_all block: valid only where the engine knows the instructions.
  const withExceptions = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
    10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
  if (typeof WebAssembly.validate === 'function' && !WebAssembly.validate(withExceptions)) {
    fail('oldWasm');
    return;
  }
  // WebGL2 is checked below, once the downloads and the wasm compile are under way: creating the
  // probe context takes the main thread 15-30 ms, which the compile can use meanwhile.
  function hasWebGL2() {
    let gl = null;
    try { gl = document.createElement('canvas').getContext('webgl2'); } catch (e) { gl = null; }
    if (!gl) return false;
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext(); // free the probe context at once
    return true;
  }

  // --- 2. Download with progress ---------------------------------------------------------------
  // The downloads and the wasm's compile were started by the boot script in index.html's head.
  const boot = window.rectifyBoot;
  if (!boot) { fail('noWasm'); return; } // no fetch: not a browser the app can run in
  const files = boot.files;
  // At most once per displayed frame: a chunk arrives every few milliseconds, and each DOM update
  // costs a style and layout pass on the main thread the startup needs.
  let progressQueued = false;
  function showProgress() {
    if (progressQueued) return;
    progressQueued = true;
    requestAnimationFrame(drawProgress);
  }
  function drawProgress() {
    progressQueued = false;
    if (text.textContent === both('starting').join(' / ')) return; // the downloads are over
    const total = files.reduce((s, f) => s + (f.total || 0), 0);
    const loaded = files.reduce((s, f) => s + f.loaded, 0);
    const pct = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
    bar.style.width = `${pct}%`;
    barBox.setAttribute('aria-valuenow', String(pct));
    text.textContent = both('loading', { percent: pct, mb: (loaded / 1048576).toFixed(1) }).join(' / ');
  }
  boot.onProgress = showProgress;
  showProgress(); // what arrived before this script ran

  // --- 3. The deferred code ------------------------------------------------------------------------
  // rectify.wasm holds the code the start and the views a start shows run; the rest of the program
  // (dialogs, editors, imports, reports: what a click opens) was split off at build time into
  // rectify.deferred.wasm (wasm-split: scripts/split_wasm.py). Each split function's table entry
  // calls a placeholder until the second module is instantiated, which puts the real functions in.
  // The boot script fetches its bytes once the first half is compiled; they are compiled after the
  // first frame (host.firstFrame) and joined to the running program, long before a person's first
  // click. A placeholder reached before that (Emscripten calls loadSplitModule synchronously)
  // compiles it from the bytes at once, else reads it with a synchronous request (online only: a
  // service worker does not answer one), else the page says it cannot load the program.
  const DEFERRED = 'rectify.deferred.wasm';
  const deferred = { module: null, joining: false };
  function instantiateDeferred(imports) {
    if (host.deferredIn) return;
    new WebAssembly.Instance(deferred.module, imports); // its element segment fills the table
    host.deferredIn = true;
    boot.deferredBytes = null; // 1 MB no longer needed: no placeholder is left to call
    performance.mark('rectify:deferred-in');
  }
  function loadSplitModule(file, imports, prop) {
    console.warn(`rectify: ${DEFERRED} needed at once for ${prop}`);
    if (!deferred.module && boot.deferredBytes) deferred.module = new WebAssembly.Module(boot.deferredBytes);
    if (!deferred.module) {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', DEFERRED, false); // synchronous: the wasm code is waiting on the call
      xhr.overrideMimeType('text/plain; charset=x-user-defined'); // bytes, not text
      try {
        xhr.send();
        if (xhr.status !== 200) throw new Error(`${DEFERRED}: HTTP ${xhr.status}`);
      } catch (e) {
        fail(navigator.onLine ? 'notLoaded' : 'offline', e && e.message || e); // said, not "a trap"
        throw e;
      }
      const s = xhr.responseText, bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
      deferred.module = new WebAssembly.Module(bytes);
    }
    instantiateDeferred(imports);
  }
  // After the first frame. A failure is only said if the code is then needed (loadSplitModule).
  host.joinDeferred = (Module) => {
    if (deferred.joining) return;
    deferred.joining = true;
    boot.deferred
      .then((bytes) => WebAssembly.compile(bytes))
      .then((m) => {
        if (!deferred.module) deferred.module = m;
        instantiateDeferred({ primary: Module.asm });
      })
      .catch((e) => console.warn(`rectify: ${DEFERRED} not loaded ahead: ${e && e.message || e}`));
  };

  // --- 4. Start ----------------------------------------------------------------------------------
  // Storage is read meanwhile but not waited for: the app draws its first frame at once and
  // shows the workspace when storage answers (platform::storage_initial_ready()).
  window.rectifyStorage.readInitial();
  // The first localStorage access opens the site's storage (5-10 ms): do it while the downloads
  // run, not when the app reads its settings on the way to its first frame.
  host.settingsGet('rectify.lang');
  const ready = Promise.all([boot.wasm, boot.font, boot.glue]);
  if (!hasWebGL2()) {
    ready.catch(() => {}); // the downloads no longer matter
    fail('noWebGL2');
    return;
  }
  performance.mark('rectify:webgl2-checked');
  ready
    .then(([wasmModule, font]) => {
      performance.mark('rectify:downloaded');
      drawProgress(); // 100%, before the text changes
      text.textContent = both('starting').join(' / ');
      host.uiFont = font; // the app takes it at start (platform::take_ui_font)
      return window.createRectify({
        canvas: document.getElementById('canvas'),
        instantiateWasm: (imports, receive) => {
          WebAssembly.instantiate(wasmModule, imports)
            .then((instance) => { performance.mark('rectify:instantiated'); receive(instance, wasmModule); })
            .catch((e) => fail('notStarted', e && e.stack || e));
          return {}; // instantiation is asynchronous
        },
        loadSplitModule,
        print: (s) => console.log(s),
        printErr: (s) => console.warn(s),
        onAbort: (what) => fail('aborted', what),
      });
    })
    .catch((e) => {
      const offline = !navigator.onLine;
      fail(offline ? 'offline' : 'notLoaded', e && e.stack || e);
    });
})();
