// textinput.js: the page's text layer (window.rectifyText), the other side of
// src/platform/web_text_input.cpp. SDL2 gives a web app no input method, no system clipboard: so a
// hidden <textarea> owns keyboard focus whenever the app has it. Keys, committed text, the IME's
// composition and clipboard events all arrive there and are queued for the app, which feeds them
// to ImGui before its next frame. While composing, the element shows the preedit at ImGui's caret.
'use strict';

(function () {
  // The page's texts in this file: key: [zh-CN, en] (as host.js's TEXTS).
  const TEXTS = {
    inputLabel: ['整改通 输入', 'Rectify text input'],
  };
  // TextEvent::Kind and ::End in src/platform/text_input.h.
  const KIND = { Key: 0, Text: 1, Paste: 2, Chord: 3, Release: 4, AreaInput: 5, AreaEnd: 6, Leave: 7 };
  const apple = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent); // as platform::is_apple()

  const queue = [];
  let module = null;
  let canvas = null;
  let composing = false;
  let capture = null;       // {text}: a clipboard event is being answered; the app's copy lands here
  let expect = null;        // 'copy' | 'cut' | 'paste': the browser event a shortcut should fire
  const caret = { want: false, x: 0, y: 0, h: 23, fontPx: 16, displayW: 0 };
  const lastDown = { x: 0, y: 0 };
  let measure = null;       // a 2D context to size the preedit box

  const ta = document.createElement('textarea');
  ta.id = 'text-input';
  for (const [k, v] of [['autocomplete', 'off'], ['autocorrect', 'off'], ['autocapitalize', 'off'],
    ['spellcheck', 'false'], ['tabindex', '-1'], ['aria-label', TEXTS.inputLabel.join(' / ')]]) ta.setAttribute(k, v);
  // Not aria-hidden: it holds focus, and a focused element must stay visible to screen readers.

  function push(kind, flags, code, key, text, num, extra) {
    queue.push({ kind, flags, code: code || '', key: key || '', text: text || '', num: num || 0, extra: extra || 0 });
  }
  const modFlags = (e) => (e.ctrlKey ? 2 : 0) | (e.shiftKey ? 4 : 0) | (e.altKey ? 8 : 0) | (e.metaKey ? 16 : 0);
  const str = (s) => (s ? window.rectifyHost.allocString(module, s) : 0);

  // The app's answer to a clipboard event must be ready before the handler returns.
  function sync() {
    if (!module) return;
    try { module._rectify_ti_sync(); } catch (e) { console.warn('text input:', e); }
  }

  const press = { timer: 0, x: 0, y: 0 }; // a finger on the canvas, until it moves or lifts

  function focusHidden() {
    if (document.activeElement !== ta) ta.focus({ preventScroll: true });
  }

  // Keys the browser keeps: reload, zoom, full screen, developer tools.
  function browserKeeps(e) {
    if (e.key === 'F5' || e.key === 'F11' || e.key === 'F12') return true;
    const primary = apple ? e.metaKey : e.ctrlKey;
    if (!primary) return false;
    const k = e.key.toLowerCase();
    return k === 'r' || k === '+' || k === '-' || k === '=' || k === '0' || (e.shiftKey && (k === 'i' || k === 'j'));
  }

  // Ctrl/Cmd+C/X/V (and Windows' Ctrl+Insert, Shift+Insert, Shift+Delete): the browser's own
  // copy/cut/paste events carry the system clipboard.
  function clipboardShortcut(e) {
    if (!apple && e.key === 'Insert' && e.ctrlKey !== e.shiftKey) return e.ctrlKey ? 'copy' : 'paste';
    if (!apple && e.key === 'Delete' && e.shiftKey && !e.ctrlKey) return 'cut';
    const primary = apple ? e.metaKey : e.ctrlKey;
    if (!primary || e.altKey) return null;
    const k = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code.replace(/^Key/, '').toLowerCase();
    return k === 'c' ? 'copy' : k === 'x' ? 'cut' : k === 'v' ? 'paste' : null;
  }
  const CHORD_CODE = { copy: 'KeyC', cut: 'KeyX', paste: 'KeyV' };

  // A browser that fires no clipboard event for a shortcut (an emulated Mac, some embedded
  // browsers): the app does the copy itself and writes through navigator.clipboard.
  function fallback(kind) {
    if (kind === 'paste' && navigator.clipboard && navigator.clipboard.readText) {
      navigator.clipboard.readText().then(paste, () => push(KIND.Chord, 0, 'KeyV'));
      return;
    }
    push(KIND.Chord, 0, CHORD_CODE[kind]);
  }

  function onKeyDown(e) {
    if (e.isComposing || e.keyCode === 229 || composing) return; // the IME's key
    if (e.key === 'Dead' || e.key === 'Process' || e.key === 'Unidentified') return;
    if (browserKeeps(e)) return;
    const clip = clipboardShortcut(e);
    if (clip) {
      expect = clip;
      setTimeout(() => { if (expect === clip) { expect = null; fallback(clip); } }, 0);
      return; // no preventDefault: the browser must fire the event
    }
    push(KIND.Key, 1 | modFlags(e), e.code, e.key);
    // Printable keys bring their text with the 'input' event that follows (AltGr is Ctrl+Alt).
    if (e.key.length === 1 && !(e.ctrlKey && !e.altKey) && !e.metaKey) return;
    e.preventDefault(); // Tab must not move focus, Backspace must not navigate, …
  }

  function onKeyUp(e) {
    if (e.key === 'Dead' || e.key === 'Process' || e.key === 'Unidentified') return;
    push(KIND.Key, modFlags(e), e.code, e.key);
  }

  // The element's text is the source of truth: whatever it holds when no composition is running
  // is committed once, then cleared. Chrome's input-then-compositionend and Firefox's
  // compositionend-then-input both commit exactly once this way.
  function commitText() {
    const v = ta.value;
    ta.value = '';
    if (v) push(KIND.Text, 0, '', '', v);
    fitPreedit();
  }

  function paste(t) {
    if (!t) return;
    push(KIND.Paste, 0, '', '', t.replace(/\r\n?/g, '\n'));
    sync();
  }

  function onCopyCut(e, kind) {
    expect = null;
    capture = { text: null };
    push(KIND.Chord, 0, CHORD_CODE[kind]); // the app decides what is copied (a field's selection…)
    sync();
    const t = capture.text;
    capture = null;
    if (t === null) return; // nothing copied: leave the clipboard alone
    e.clipboardData.setData('text/plain', t);
    e.preventDefault();
  }

  // Places the element at ImGui's caret (ImGui units → CSS px through the canvas rect).
  function place() {
    if (!canvas || !caret.displayW) return;
    const r = canvas.getBoundingClientRect();
    const s = r.width / caret.displayW;
    ta.style.left = `${r.left + caret.x * s}px`;
    ta.style.top = `${r.top + caret.y * s}px`;
    ta.style.height = `${Math.ceil(caret.h * s) + 2}px`;
    ta.style.lineHeight = `${caret.h * s}px`;
    ta.style.fontSize = `${caret.fontPx * s}px`;
  }

  // While composing, the element shows the preedit at the caret, as wide as its text.
  function fitPreedit() {
    const show = composing && caret.want;
    ta.classList.toggle('composing', show);
    if (!show) { ta.style.width = ''; return; }
    if (!measure) measure = document.createElement('canvas').getContext('2d');
    measure.font = `${ta.style.fontSize || '16px'} ${getComputedStyle(ta).fontFamily}`;
    ta.style.width = `${Math.ceil(measure.measureText(ta.value).width) + 12}px`;
  }

  ta.addEventListener('keydown', onKeyDown);
  ta.addEventListener('keyup', onKeyUp);
  ta.addEventListener('compositionstart', () => { composing = true; fitPreedit(); });
  ta.addEventListener('compositionupdate', () => setTimeout(fitPreedit, 0));
  ta.addEventListener('compositionend', () => { composing = false; commitText(); });
  ta.addEventListener('input', (e) => { if (composing || e.isComposing) fitPreedit(); else commitText(); });
  ta.addEventListener('copy', (e) => onCopyCut(e, 'copy'));
  ta.addEventListener('cut', (e) => onCopyCut(e, 'cut'));
  ta.addEventListener('paste', (e) => {
    expect = null;
    e.preventDefault();
    paste(e.clipboardData ? e.clipboardData.getData('text/plain') : '');
  });
  // Keys held while the window loses focus never come up: release them all (no stuck Ctrl).
  window.addEventListener('blur', () => push(KIND.Release, 0));

  // Closing a phone's on-screen keyboard ends the edit as leaving the field does: the app lets go
  // of the field, which commits it. Called for the element's blur with focus going nowhere (iOS's
  // 完成, a tap outside the page) and by host.js when the visual viewport grows back (Android's
  // back key hides the keyboard without a blur). Not for this file's own blur-and-focus-again,
  // focus moving to the multi-line editor, or the window losing focus (switching apps).
  function keyboardClosed() {
    if (caret.want) push(KIND.Leave, 0);
  }
  ta.addEventListener('blur', () => setTimeout(() => {
    const ae = document.activeElement;
    if (ae === ta || (ae && ae !== document.body) || !document.hasFocus()) return;
    keyboardClosed();
  }, 0));

  window.rectifyText = {
    KIND,
    ta,
    lastDown,
    push,
    keyUp: onKeyUp,
    focusHidden,
    keyboardClosed,
    get composing() { return composing; },
    get wantText() { return caret.want; },

    // Called once by the app (platform::text_input_init).
    attach(Module) {
      module = Module;
      canvas = document.getElementById('canvas');
      document.body.appendChild(ta);
      // SDL cancels mousedown on the canvas, so focus never moves by itself: move it here.
      canvas.addEventListener('mousedown', (e) => {
        lastDown.x = e.clientX;
        lastDown.y = e.clientY;
        // A click ends a composition, as in any web form: the text goes to the field it was typed
        // in, so the app takes it now, before SDL hands the click to ImGui.
        if (composing) {
          ta.blur();
          focusHidden();
          sync();
        }
        focusHidden();
        // A right click in a field opens the browser's own edit menu (Paste) on this element.
        const menu = e.button === 2 && caret.want;
        ta.classList.toggle('menu', menu);
        if (menu) Object.assign(ta.style, { left: `${e.clientX - 4}px`, top: `${e.clientY - 4}px` });
      }, true);
      ta.addEventListener('contextmenu', () => setTimeout(() => { ta.classList.remove('menu'); place(); }, 0));
      // A touch gives no mousedown (SDL cancels the touch's own), so a finger on the canvas does
      // what a mouse button does above: it places the caret of a multi-line field (web/textarea.js),
      // ends a composition, and takes focus back from the multi-line editor, which commits it.
      canvas.addEventListener('touchstart', (e) => {
        const t = e.changedTouches && e.changedTouches[0];
        if (t) { lastDown.x = t.clientX; lastDown.y = t.clientY; }
        if (composing) {
          ta.blur();
          focusHidden();
          sync();
        }
        focusHidden();
        if (module) module._rectify_finger(1);
        // A finger held still for half a second is a long press: a right click in the app
        // (ui/narrow/narrow.cpp). Timed here, in real time: the app's frames may be slow.
        clearTimeout(press.timer);
        press.timer = 0;
        if (t && e.touches.length === 1) {
          Object.assign(press, { x: t.clientX, y: t.clientY });
          // Decided at the next animation frame, after the input events a busy page still holds
          // (a move that makes it a drag, a lift) have been handled.
          press.timer = setTimeout(() => requestAnimationFrame(() => {
            if (!press.timer || !module) return;
            press.timer = 0;
            module._rectify_long_press();
            sync(); // taken now: the app may be idle, and the finger may lift before its next frame
          }), 500);
        }
      }, { capture: true, passive: true });
      canvas.addEventListener('touchmove', (e) => {
        const t = e.changedTouches && e.changedTouches[0];
        if (press.timer && t && Math.hypot(t.clientX - press.x, t.clientY - press.y) > 8) { clearTimeout(press.timer); press.timer = 0; }
      }, { capture: true, passive: true });
      // The app hears where the finger is before SDL's own handler queues the lift, so a long press
      // that opened nothing acts as a tap inside this touchend (ui/narrow/narrow.cpp), not on a
      // touchcancel: the browser took that touch for a gesture of its own.
      for (const type of ['touchend', 'touchcancel'])
        canvas.addEventListener(type, (e) => {
          clearTimeout(press.timer);
          press.timer = 0;
          if (module && e.touches.length === 0) module._rectify_finger(type === 'touchend' ? 0 : -1);
        }, { capture: true, passive: true });
      // A phone opens its on-screen keyboard only for an element focused inside a tap's own
      // handler, never from a frame. So when a finger lifts from the canvas the app takes the tap
      // at once (sync: SDL queued it in its own handler, before this one), and if a field took it,
      // its element is focused again here, now wanting text.
      window.addEventListener('touchend', (e) => {
        if (e.target !== canvas || !module) return;
        sync();
        const area = window.rectifyArea;
        if (area && area.isOpen) { area.refocus(); return; }
        if (!caret.want) return;
        ta.inputMode = 'text';
        if (document.activeElement === ta) ta.blur();
        ta.focus({ preventScroll: true });
      }, { passive: true });
      canvas.addEventListener('focus', focusHidden);
      focusHidden();
    },
    pending() { return queue.length > 0 ? 1 : 0; },
    drain() {
      while (queue.length) {
        const e = queue.shift();
        module._rectify_ti_event(e.kind, e.flags, str(e.code), str(e.key), str(e.text), e.num, e.extra);
      }
    },
    setCaret(want, x, y, h, fontPx, displayW) {
      Object.assign(caret, { want, x, y, h, fontPx, displayW });
      ta.inputMode = want ? 'text' : 'none'; // a touch keyboard only while a field is edited
      place();
      fitPreedit();
    },
    // The app's copy (ImGui::SetClipboardText): into the clipboard event being answered, else
    // through the async Clipboard API where the page may use it.
    setClipboard(text) {
      if (capture) { capture.text = text; return; }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
  };
})();
