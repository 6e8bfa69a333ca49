// update.js: registers the service worker (web/sw.js: the app keeps working without a network)
// and offers a new version when one is deployed. The new version installs in the background and
// waits; a banner says 新版本可用 and nothing changes until the user presses 立即更新. Then the
// app's unsaved edits are stored first (the same flush as when the page closes), the new worker
// takes over and the page reloads with it. Where there is no service worker (a web view), a bar says
// offline use is not available here and offers 在浏览器中打开. window.rectifyUpdate is what tests read.
'use strict';

(function () {
  // The page's texts in this file: key: [zh-CN, en] (as host.js's TEXTS).
  const TEXTS = {
    offlineOff: ['在这里不能离线使用整改通：这个浏览器（如微信或其他应用内打开的网页）不支持离线。', 'Rectify cannot work offline here: this browser (a page opened inside WeChat or another app) does not support it.'],
    openInBrowser: ['在浏览器中打开', 'Open in browser'],
    linkCopied: ['链接已复制。请点右上角“···”，选择“在浏览器中打开”，或把链接粘贴到浏览器的地址栏。', 'Link copied. Tap "···" at the top right and choose Open in Browser, or paste the link into a browser.'],
    understood: ['知道了', 'OK'],
  };

  // No service worker here (a web view without the API, or one refusing the registration): the
  // app still runs while online, and a bar says it will not offline, offering 在浏览器中打开. A
  // page cannot leave a web view by itself: the button opens the link in a new window (an app's web
  // view may hand it to the browser), copies it, and says where WeChat's own menu has it.
  function offlineUnavailable() {
    const host = window.rectifyHost;
    if (upd.offlineNotice || !host || !host.pageBar) return;
    upd.offlineNotice = true;
    const hint = () => host.pageBar('offline-off', TEXTS.linkCopied, [{ id: 'offline-off-ok', label: TEXTS.understood, run: () => {} }]);
    host.pageBar('offline-off', TEXTS.offlineOff, [
      { id: 'offline-off-open', label: TEXTS.openInBrowser, run: () => {
        try { window.open(location.href, '_blank'); } catch (e) { /* refused: the hint below still helps */ }
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(location.href).catch(() => {});
        hint();
      } },
      { id: 'offline-off-ok', label: TEXTS.understood, plain: true, run: () => {} },
    ]);
  }

  const upd = {
    supported: 'serviceWorker' in navigator && !!navigator.serviceWorker,
    offlineNotice: false, // the bar saying offline use is not available here was shown
    registration: null,
    error: '',
    offered: false, // the banner was shown
    accepted: false, // the user pressed 立即更新: only then may the page reload itself

    // The build id of the worker controlling this page (null when none does).
    build() {
      const c = navigator.serviceWorker && navigator.serviceWorker.controller;
      if (!c) return Promise.resolve(null);
      return new Promise((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = (m) => resolve(m.data && m.data.build);
        c.postMessage({ type: 'GET_BUILD' }, [ch.port2]);
        setTimeout(() => resolve(null), 2000);
      });
    },

    // The banner: in the page, not the app, so it shows whatever the app is doing (an idle app
    // draws no frames) and in both languages.
    offer(worker) {
      upd.offered = true;
      const bar = document.getElementById('update');
      if (!bar) return;
      bar.hidden = false;
      document.getElementById('update-now').onclick = () => upd.accept(worker);
      document.getElementById('update-later').onclick = () => {
        bar.hidden = true;
        if (window.rectifyText) window.rectifyText.focusHidden(); // keys go back to the app
      };
    },

    async accept(worker) {
      if (upd.accepted) return;
      upd.accepted = true;
      const button = document.getElementById('update-now');
      if (button) button.disabled = true;
      await upd.flush();
      if (worker && worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
      else location.reload(); // already active (another tab updated): just load it
    },

    // The app stores its unsaved edits now, and the write is given up to 5 s to complete.
    async flush() {
      const host = window.rectifyHost, store = window.rectifyStorage;
      if (host && host.module && host.module._rectify_flush) host.module._rectify_flush();
      const end = Date.now() + 5000;
      while (store && store.inflight && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      if (store && store.inflight) store.keepInflight(); // recovered at the next start
    },
  };

  function watch(reg) {
    // A registration the browser refused without an error (an embedding or a test harness that
    // blocks service workers resolves with nothing): no offline copy, said as for a refusal.
    if (!reg) { upd.error = 'no registration'; offlineUnavailable(); return; }
    upd.registration = reg;
    const track = (w) => {
      if (!w) return;
      const check = () => {
        // Installed while another version controls the page: that is an update, not a first visit.
        if (w.state === 'installed' && navigator.serviceWorker.controller) upd.offer(w);
      };
      w.addEventListener('statechange', check);
      check();
    };
    track(reg.waiting);
    reg.addEventListener('updatefound', () => track(reg.installing));
  }

  if (upd.supported) {
    let hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The first visit's worker claiming the page is not an update.
      if (!hadController) { hadController = true; return; }
      if (upd.accepted) { location.reload(); return; }
      // Another tab accepted the update: this page keeps running as it is, and says a reload
      // would bring the new version (never reloads on its own: the user may be typing).
      upd.offer(null);
    });
    // Once the app runs and the full font is in (or a minute has passed): the worker's downloads
    // never compete with the first frame, and mostly come from the browser's HTTP cache. A page
    // whose app never started (the error panel) registers nothing.
    const register = () => navigator.serviceWorker.register('sw.js').then(watch, (e) => {
      upd.error = String(e && e.message || e);
      console.warn('service worker:', e);
      offlineUnavailable();
    });
    const start = Date.now();
    const whenRunning = () => {
      const r = window.rectify, host = window.rectifyHost;
      if (r && r.lastFatal) return;
      if (r && r.ready && host && (host.fullFontSettled || Date.now() - start > 60000)) register();
      else setTimeout(whenRunning, 250);
    };
    whenRunning();
    // A long-open tab also learns of a deploy: ask now and then (and when it becomes visible).
    const check = () => { if (upd.registration && navigator.onLine) upd.registration.update().catch(() => {}); };
    setInterval(check, 60 * 60 * 1000);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
  } else {
    // Said once the app runs (never over the error panel or the loading screen).
    const whenRunning = () => {
      const r = window.rectify;
      if (r && r.lastFatal) return;
      if (r && r.ready) offlineUnavailable();
      else setTimeout(whenRunning, 250);
    };
    whenRunning();
  }

  window.rectifyUpdate = upd;
})();
