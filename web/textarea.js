// textarea.js: the overlay that edits a multi-line field (window.rectifyArea; ui::text_area in
// src/ui/widgets/text_field.cpp). ImGui 1.92 cannot word-wrap an editable text, so while such a field is
// edited a real <textarea> lies exactly over its frame: it wraps, composes, selects and pastes
// natively; its text and height go back to the app on every input, so the frame grows with it.
'use strict';

(function () {
  const text = window.rectifyText;
  const END = { Commit: 0, Tab: 1, ShiftTab: 2, Revert: 3 }; // TextEvent::End
  const el = document.createElement('textarea');
  el.id = 'text-area';
  for (const [k, v] of [['autocomplete', 'off'], ['autocorrect', 'off'], ['autocapitalize', 'off'], ['spellcheck', 'false']]) el.setAttribute(k, v);
  el.hidden = true;

  let token = 0;
  let open = false;
  let opened = '';          // the text it opened with
  let caretAt = null;       // once placed: the caret where the mouse went down {x,y}, or 'keep' the selection
  let style = { fontPx: 16, lineH: 23, padX: 8, padY: 5, displayW: 1 };
  let scale = 1;


  // Content height (CSS px, padding and border included) reported in ImGui units.
  function report() {
    const h = el.style.height;
    el.style.height = '0px';
    const content = el.scrollHeight + 2;
    el.style.height = h;
    text.push(text.KIND.AreaInput, 0, '', '', el.value, token, content / scale);
  }

  function end(kind) {
    if (!open) return;
    const v = el.value;
    open = false; // before focus moves, so the blur below is not a second end
    el.hidden = true;
    text.push(text.KIND.AreaEnd, 0, '', '', v, token, kind);
    text.focusHidden();
  }

  // The offset in el.value under the point (client px). Chromium before 128 (still in 360 and QQ
  // browsers) cannot look inside a textarea: measure on a div laid out the same way.
  function offsetAt(x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (p && p.offsetNode === el) return p.offset;
    }
    if (!document.caretRangeFromPoint) return el.value.length;
    const m = document.createElement('div');
    const cs = getComputedStyle(el);
    for (const k of ['left', 'top', 'width', 'height', 'padding', 'font', 'lineHeight', 'boxSizing', 'border', 'letterSpacing'])
      m.style[k] = cs[k];
    Object.assign(m.style, { position: 'fixed', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', opacity: '0', zIndex: '99' });
    m.textContent = el.value;
    document.body.appendChild(m);
    const r = document.caretRangeFromPoint(x, y);
    const off = r && r.startContainer.parentNode === m ? r.startOffset : el.value.length;
    m.remove();
    return off;
  }

  el.addEventListener('input', report);
  let refocusing = false; // refocus(): the blur is no end
  el.addEventListener('blur', () => { if (!refocusing) end(END.Commit); });
  // A key pressed before the overlay took the keyboard comes up here: the app must see it come up,
  // or it stays held (an Enter that opened the overlay would repeat in the next field that takes it).
  el.addEventListener('keyup', (e) => text.keyUp(e));
  el.addEventListener('keydown', (e) => {
    if (e.isComposing || e.keyCode === 229) return; // Enter or Escape belongs to the IME then
    if (e.key === 'Tab') { e.preventDefault(); end(e.shiftKey ? END.ShiftTab : END.Tab); }
    else if (e.key === 'Escape') { e.preventDefault(); end(END.Revert); }
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); end(END.Commit); }
    // Nothing typed yet (a new item's field): Ctrl+Z undoes the last edit in the app, as outside.
    else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && el.value === opened) {
      e.preventDefault();
      end(END.Revert);
      text.push(text.KIND.Chord, 0, 'KeyZ');
    }
  });
  // The mouse over the overlay is still over the app: ImGui keeps its hover, and the wheel
  // scrolls the view under the overlay as it would over the field's frame.
  const canvas = () => document.getElementById('canvas');
  el.addEventListener('mouseenter', (e) => canvas().dispatchEvent(new MouseEvent('mouseenter', e)));
  el.addEventListener('mousemove', (e) => canvas().dispatchEvent(new MouseEvent('mousemove', e)));
  el.addEventListener('wheel', (e) => {
    e.preventDefault();
    canvas().dispatchEvent(new WheelEvent('wheel', e));
  }, { passive: false });

  window.rectifyArea = {
    el,
    get isOpen() { return open; },
    open(value, caret, st) {
      if (!el.parentNode) document.body.appendChild(el);
      token++;
      open = true;
      style = st;
      el.value = value;
      opened = value;
      // The selection is set now, not when placed: keys held for a new field are typed into it
      // (type()) in the same frame, before the overlay is shown.
      const at = caret === 'click' ? 0 : value.length;
      el.setSelectionRange(caret === 'all' ? 0 : at, at);
      caretAt = caret === 'click' ? { x: text.lastDown.x, y: text.lastDown.y } : 'keep';
      return token;
    },
    // Every frame while open: over the frame's rect, clipped to what the view shows of it.
    place(tok, x, y, w, h, cx0, cy0, cx1, cy1, displayW) {
      if (tok !== token || !open) return;
      const r = canvas().getBoundingClientRect();
      scale = r.width / displayW;
      const s = scale;
      Object.assign(el.style, {
        left: `${r.left + x * s}px`, top: `${r.top + y * s}px`, width: `${w * s}px`, height: `${h * s}px`,
        fontSize: `${style.fontPx * s}px`, lineHeight: `${style.lineH * s}px`,
        padding: `${Math.max(0, style.padY * s - 1)}px ${Math.max(0, style.padX * s - 1)}px`, // inside the 1px border, as ImGui draws it
        clipPath: `inset(${Math.max(0, cy0 - y) * s}px ${Math.max(0, x + w - cx1) * s}px ${Math.max(0, y + h - cy1) * s}px ${Math.max(0, cx0 - x) * s}px)`,
      });
      if (el.hidden) el.hidden = false;
      if (caretAt) {
        const { selectionStart, selectionEnd } = el;
        el.focus({ preventScroll: true });
        if (caretAt === 'keep') el.setSelectionRange(selectionStart, selectionEnd);
        else {
          const at = offsetAt(caretAt.x, caretAt.y);
          el.setSelectionRange(at, at);
        }
        caretAt = null;
        report();
      }
    },
    // Inside a tap's handler (web/textinput.js): focused again, so a phone opens its keyboard for
    // an overlay that was focused from a frame; its caret and text stay.
    refocus() {
      if (!open || el.hidden) return;
      const { selectionStart, selectionEnd } = el;
      refocusing = true;
      el.blur();
      refocusing = false;
      el.focus({ preventScroll: true });
      el.setSelectionRange(selectionStart, selectionEnd);
    },
    value(tok) { return tok === token ? el.value : ''; },
    // Keys typed before the overlay existed (held by the app), in order: text replaces the
    // selection as typing does, '\b' is Backspace; the keys that end the editing end it, as
    // the keydown handler above does: Tab '\t', Shift+Tab '\x19', Escape '\x1b', Ctrl+Enter '\r'.
    type(tok, keys) {
      if (tok !== token || !open) return;
      const ends = { '\t': END.Tab, '\x19': END.ShiftTab, '\x1b': END.Revert, '\r': END.Commit };
      for (const ch of keys) {
        if (ch in ends) {
          report();
          end(ends[ch]);
          return;
        }
        let a = el.selectionStart;
        const b = el.selectionEnd;
        if (ch !== '\b') el.setRangeText(ch, a, b, 'end');
        else if (a !== b) el.setRangeText('', a, b, 'end');
        else if (a > 0) {
          const low = el.value.charCodeAt(a - 1);
          a -= a > 1 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1; // a whole character, not half a surrogate pair
          el.setRangeText('', a, b, 'end');
        }
      }
      report();
    },
    close(tok) {
      if (tok !== token || !open) return;
      open = false;
      el.hidden = true;
      text.focusHidden();
    },
  };
})();
