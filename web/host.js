// host.js: the page side of src/platform/web_host.cpp (window.rectifyHost) and the test bridge
// (window.rectify). Loaded before loader.js; nothing here runs until the app calls it.
'use strict';

(function () {
  // The page's texts in this file: key: [zh-CN, en], values as {name} (fillText below). Every
  // web/*.js with texts keeps them in such a TEXTS table (tests/web/check_texts.py); the app's own
  // texts are in src/ui/strings.h.
  const TEXTS = {
    storageOff: ['浏览器存储不可用，设置不会被保存。', 'Browser storage is unavailable: settings will not be kept.'],
    readyToSend: ['文件已准备好：{name}', 'The file is ready: {name}'],
    send: ['发送', 'Send'],
    readyToPick: ['请选择文件', 'Choose the files'],
    pick: ['选择文件', 'Choose files'],
    cancel: ['取消', 'Cancel'],
  };

  // A bar at the bottom of the page (web/style.css .page-bar): `text` [zh, en], then buttons
  // {label: [zh, en], id, plain, run}; a button's press hides the bar first. Returns the bar.
  function pageBar(id, text, buttons) {
    let bar = document.getElementById(id);
    if (!bar) {
      bar = document.createElement('div');
      bar.id = id;
      bar.className = 'page-bar';
      bar.setAttribute('role', 'status');
      document.body.appendChild(bar);
    }
    bar.textContent = '';
    const words = document.createElement('span');
    words.textContent = text[0];
    const en = document.createElement('span');
    en.className = 'en';
    en.textContent = text[1];
    words.append(' ', en);
    bar.appendChild(words);
    for (const b of buttons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = b.id;
      button.textContent = b.label.join(' / ');
      if (b.plain) button.className = 'plain';
      button.addEventListener('click', () => {
        bar.hidden = true;
        b.run();
        if (window.rectifyText) window.rectifyText.focusHidden(); // keys go back to the app
      });
      bar.appendChild(button);
    }
    bar.hidden = false;
    return bar;
  }

  // The events inside whose handler a browser lets the page open the file picker or the share
  // sheet (a user activation; iOS's WKWebView, and so WeChat on an iPhone, allows it nowhere else).
  const TAP_EVENTS = /^(touchend|click|mouseup|pointerup|keydown|keyup)$/;

  const host = {
    module: null, // the Emscripten module, known from the first call the app makes
    uiFont: null, // the first font's bytes, from web/loader.js until the app takes them
    cssFont: null, // the same bytes, until addCssFont() hands them to the page
    fullFontUrl: 'fonts/rectify-full.otf',
    fullFontSettled: false, // the full font arrived or failed (web/update.js waits for it)

    // A malloc'ed UTF-8 copy of s in the module's memory; the C++ side frees it.
    allocString(Module, s) {
      s = String(s);
      const n = Module.lengthBytesUTF8(s) + 1;
      const p = Module._malloc(n);
      Module.stringToUTF8(s, p, n);
      return p;
    },

    // A TEXTS pair with each {name} replaced by values[name]; a {name} without a value stays.
    fillText(pair, values) {
      return pair.map((t) => t.replace(/\{([A-Za-z0-9_]+)\}/g, (m, name) => (name in values ? String(values[name]) : m)));
    },

    settingsGet(key) {
      try { return localStorage.getItem(key) || ''; } catch (e) { return ''; }
    },
    settingsSet(key, value) {
      try { localStorage.setItem(key, value); return true; } catch (e) { console.warn(TEXTS.storageOff[1], e); return false; }
    },
    queryParam(name) {
      return new URLSearchParams(location.search).get(name) || '';
    },

    // A touch screen is the main pointer (a phone, a tablet): the app offers 拍照 and 相册.
    hasTouch() {
      return (navigator.maxTouchPoints || 0) > 0 || (!!window.matchMedia && matchMedia('(pointer: coarse)').matches);
    },
    // WeChat's built-in browser (Android and iOS say MicroMessenger): only to explain what it
    // cannot do (downloads, offline), never to choose a layout.
    inWeChat() {
      return /MicroMessenger/i.test(navigator.userAgent || '');
    },

    // Runs `fn` (it opens the file picker or the share sheet) now if this is inside a tap's own
    // handler (the app's frames run inside the touchend, web/textinput.js), or, on a mouse-driven
    // page, while the browser still counts the click as recent. Otherwise (a file made after the
    // tap, by the office module or an encryption) a bar asks for one more tap, whose click runs it.
    // kind: 'share' (name: the file's) or 'pick'.
    whenTapped(fn, kind, name) {
      const ev = window.event;
      const ua = navigator.userActivation;
      const finger = !!window.matchMedia && matchMedia('(pointer: coarse)').matches;
      if ((ev && TAP_EVENTS.test(ev.type)) || (!finger && (!ua || ua.isActive))) { fn(); return; }
      const share = kind === 'share';
      pageBar('tap-bar', share ? host.fillText(TEXTS.readyToSend, { name }) : TEXTS.readyToPick, [
        { id: 'tap-bar-go', label: share ? TEXTS.send : TEXTS.pick, run: fn },
        { id: 'tap-bar-cancel', label: TEXTS.cancel, plain: true, run: () => {} },
      ]);
    },
    pageBar,

    // Inside WeChat a download goes nowhere: the file is sent through the system's share sheet
    // instead (navigator.share with a File) where the browser offers it. True when it was offered.
    shareInstead(filename, mime, bytes) {
      if (!host.inWeChat() || typeof File !== 'function' || !navigator.share || !navigator.canShare) return false;
      const file = new File([bytes], filename, { type: mime || 'application/octet-stream' });
      if (!navigator.canShare({ files: [file] })) return false;
      host.whenTapped(() => navigator.share({ files: [file], title: filename }).catch((e) => {
        if (e && e.name === 'AbortError') return; // the user closed the sheet
        host.saveFile(filename, mime, bytes);
      }), 'share', filename);
      return true;
    },

    download(filename, mime, bytes) {
      if (host.shareInstead(filename, mime, bytes)) return;
      host.saveFile(filename, mime, bytes);
    },

    saveFile(filename, mime, bytes) {
      const blob = new Blob([bytes], { type: mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Kept until the browser has surely copied it: a 600 MB package (web/office.js) takes a while.
      setTimeout(() => URL.revokeObjectURL(url), 10000 + blob.size / 4096);
    },

    // A printable document in a new tab (a blob: URL, so it works offline). The click that asked
    // for it was a moment ago: browsers allow a tab then. Returns false when it was blocked.
    openDocument(bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: 'text/html;charset=utf-8' }));
      const tab = window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return !!tab;
    },

    firstFrame(Module) {
      host.module = Module;
      window.rectify.firstFrameMs = performance.now();
      window.rectify.ready = true;
      const loading = document.getElementById('loading');
      if (loading) loading.hidden = true;
      if (host.joinDeferred) host.joinDeferred(Module); // web/loader.js: the program's other half
      if (window.rectifyText) window.rectifyText.focusHidden(); // keys and the IME go through web/textinput.js
      // Making the FontFace copies and parses 0.9 MB on the main thread (~10 ms): when idle.
      if (window.requestIdleCallback) requestIdleCallback(host.addCssFont, { timeout: 3000 });
      else setTimeout(host.addCssFont, 500);
    },

    // The first font, already downloaded, becomes the page's "Rectify UI" (web/style.css) for the
    // text elements over the canvas. Characters it lacks (GB2312 level 2, rare ones) come from the
    // next fonts in the CSS list (the system's CJK font).
    addCssFont() {
      const bytes = host.cssFont;
      host.cssFont = null;
      if (!bytes || typeof FontFace !== 'function' || !document.fonts) return;
      const face = new FontFace('Rectify UI', bytes);
      document.fonts.add(face);
      face.load().catch((e) => console.warn('Rectify UI font:', e));
    },

    fatal(message, detail) {
      window.rectify.lastFatal = message;
      const panel = document.getElementById('fatal');
      document.getElementById('fatal-message').textContent = message;
      document.getElementById('fatal-detail').textContent = detail || '';
      const loading = document.getElementById('loading');
      if (loading) loading.hidden = true;
      panel.hidden = false;
      const reload = document.getElementById('fatal-reload');
      reload.onclick = () => location.reload();
      reload.focus(); // keys belong to the panel now, not the app's text element
    },

    // Fetches the full CJK font after the first frame and hands its bytes to the app.
    fetchFullFont(Module) {
      host.module = Module;
      fetch(host.fullFontUrl)
        .then((r) => { if (!r.ok) throw new Error(`${host.fullFontUrl}: HTTP ${r.status}`); return r.arrayBuffer(); })
        .then((buf) => {
          const bytes = new Uint8Array(buf);
          const ptr = Module._malloc(bytes.length);
          Module.HEAPU8.set(bytes, ptr);
          Module._rectify_full_font_arrived(ptr, bytes.length); // the app owns ptr from here
        })
        .catch((e) => {
          console.warn('full font:', e);
          Module._rectify_full_font_failed();
        })
        .finally(() => { host.fullFontSettled = true; });
    },
  };

  // Unsaved edits are written at once when the page is hidden or closed (the app's own timer
  // stops with the page). IndexedDB completes a transaction started here.
  function flush() {
    if (!host.module || !host.module._rectify_flush) return;
    host.module._rectify_flush();
    window.rectifyStorage.keepInflight(); // a write the browser may drop with the page
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);

  // A phone's on-screen keyboard shrinks the visual viewport, not the page: the canvas follows
  // it, so the app lays out above the keyboard and scrolls the field being typed in into view
  // (ui/narrow/narrow.cpp). SDL sizes the backing store on a window 'resize'. The viewport whole
  // again while a field is edited: the keyboard was closed, which commits the field (textinput.js).
  if (window.visualViewport) {
    const vv = window.visualViewport;
    let shrunk = false;
    vv.addEventListener('resize', () => {
      const canvas = document.getElementById('canvas');
      if (!canvas) return;
      const whole = vv.height >= window.innerHeight - 1;
      canvas.style.height = whole ? '' : `${Math.round(vv.height)}px`;
      canvas.style.top = whole ? '' : `${Math.round(vv.offsetTop)}px`;
      window.dispatchEvent(new Event('resize'));
      if (whole && shrunk && window.rectifyText) window.rectifyText.keyboardClosed();
      shrunk = !whole;
    });
  }

  // Android's back key and the browser's back (issue 21): while the app shows a screen with one
  // behind it (an item over the plan's outline, a view over home: platform::set_back_depth, only
  // at a phone's width) the page keeps one history entry of its own. A back press takes it: the
  // field typed in is let go first (the multi-line editor commits on its blur; a one-line field
  // is left as when the keyboard closes), then the app goes one screen back
  // (ui/narrow/narrow.cpp back_key) and, with a screen still behind, the entry is put back.
  const back = { held: false, skip: 0 };
  host.setBackDepth = (depth) => {
    if (depth > 0 && !back.held) {
      history.pushState({ rectifyBack: true }, '');
      back.held = true;
    } else if (depth === 0 && back.held) { // the app went back by its own button: take the entry
      back.held = false;
      back.skip++;
      history.back();
    }
  };
  window.addEventListener('popstate', () => {
    if (back.skip > 0) { back.skip--; return; }
    if (!back.held || !host.module) return; // a back past the app's screens: the browser's
    back.held = false;
    const text = window.rectifyText, area = window.rectifyArea;
    if (area && area.isOpen) text.focusHidden();
    else if (text) text.keyboardClosed();
    host.module._rectify_back();
    host.module._rectify_ti_sync(); // the app takes it now, and draws on for its settle time
  });

  window.rectifyHost = host;

  // The test bridge: read-only views of the app for end-to-end tests (they act through real input).
  window.rectify = {
    ready: false,
    firstFrameMs: null,
    lastFatal: null,
    itemRect(id) {
      if (!host.module) return null;
      return JSON.parse(host.module.ccall('rectify_item_rect', 'string', ['string'], [String(id)]));
    },
    // Every labelled widget and anchor of the last frame: [{name, widget, rect: {x, y, w, h, clip, scrollX}}, …]
    // (widget: true for what can be pressed or typed in, absent on anchors).
    items() {
      if (!host.module) return [];
      return JSON.parse(host.module.ccall('rectify_items', 'string', [], []));
    },
    state() {
      if (!host.module) return null;
      const s = JSON.parse(host.module.ccall('rectify_state', 'string', [], []));
      s.dpr = window.devicePixelRatio;
      const c = document.getElementById('canvas');
      s.canvas = { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
      return s;
    },
    // True when the app would draw no frame now (it has settled and sits idle): what a test waits
    // for before it looks at the screen.
    idle() {
      return host.module ? host.module.ccall('rectify_idle', 'number', [], []) === 1 : false;
    },
    // True once the input given so far has been taken and the picture stopped changing (the app
    // may still draw during its settle time after input): what a test waits for after an action.
    settled() {
      return host.module ? host.module.ccall('rectify_settled', 'number', [], []) === 1 : false;
    },
    // [[frame, cpu ms, end ms, bytes in the active field or -1, views ms], …] since the last call (bench/editor).
    frameTimes() {
      return host.module ? JSON.parse(host.module.ccall('rectify_frame_times', 'string', [], [])) : [];
    },
    // The whole workspace as the plan-file JSON (parsed): what tests check edits against.
    workspace() {
      if (!host.module) return null;
      return JSON.parse(host.module.ccall('rectify_workspace_json', 'string', [], []));
    },
    // The text layer (web/textinput.js, web/textarea.js): which element has focus, whether a
    // composition runs, where the preedit element is (CSS px), and the multi-line overlay.
    textInput() {
      const t = window.rectifyText, a = window.rectifyArea;
      const rect = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
      const ae = document.activeElement;
      return {
        focus: ae === t.ta ? 'input' : ae === a.el ? 'area' : ae ? (ae.id || ae.tagName.toLowerCase()) : null,
        composing: t.composing,
        preeditVisible: t.ta.classList.contains('composing'),
        inputRect: rect(t.ta),
        area: { open: a.isOpen, rect: a.isOpen ? rect(a.el) : null, value: a.isOpen ? a.el.value : null },
      };
    },
  };
})();
