// web_text_input: text_input.h in the browser. EM_JS calls into web/textinput.js (rectifyText);
// the page hands events back through rectify_ti_event(), queued here until the app polls them.
#include "platform/text_input.h"

#include <deque>
#include <emscripten/emscripten.h>

#include "platform/js_string.h"

EM_JS(void, js_ti_init, (), { rectifyText.attach(Module); });
EM_JS(void, js_ti_drain, (), { rectifyText.drain(); });
EM_JS(int, js_ti_pending, (), { return rectifyText.pending(); });
EM_JS(void, js_ti_caret, (int want, float x, float y, float h, float font_px, float dw),
      { rectifyText.setCaret(!!want, x, y, h, font_px, dw); });
EM_JS(void, js_ti_clipboard, (const char* text), { rectifyText.setClipboard(UTF8ToString(text)); });
EM_JS(int, js_area_open, (const char* text, int caret, float font_px, float line_h, float px, float py, float dw),
      { return rectifyArea.open(UTF8ToString(text), ['click', 'end', 'all'][caret], { fontPx: font_px, lineH: line_h, padX: px, padY: py, displayW: dw }); });
EM_JS(void, js_area_place, (int token, float x, float y, float w, float h, float cx0, float cy0, float cx1, float cy1, float dw),
      { rectifyArea.place(token, x, y, w, h, cx0, cy0, cx1, cy1, dw); });
EM_JS(char*, js_area_value, (int token), { return rectifyHost.allocString(Module, rectifyArea.value(token)); });
EM_JS(void, js_area_close, (int token), { rectifyArea.close(token); });
EM_JS(void, js_area_type, (int token, const char* keys), { rectifyArea.type(token, UTF8ToString(keys)); });

namespace rectify::platform {
namespace {
std::deque<TextEvent> g_queue;
void (*g_sync)() = nullptr;
} // namespace

void text_input_init() { js_ti_init(); }

bool text_input_poll(TextEvent* ev) {
    if (g_queue.empty()) js_ti_drain();
    if (g_queue.empty()) return false;
    *ev = std::move(g_queue.front());
    g_queue.pop_front();
    return true;
}

bool text_input_pending() { return !g_queue.empty() || js_ti_pending() != 0; }

void text_input_set_caret(bool want_text, float x, float y, float line_h, float font_px, float display_w) {
    js_ti_caret(want_text ? 1 : 0, x, y, line_h, font_px, display_w);
}
void text_input_set_clipboard(const std::string& text) { js_ti_clipboard(text.c_str()); }
void text_input_on_sync(void (*fn)()) { g_sync = fn; }

int area_open(const std::string& text, AreaCaret caret, const AreaStyle& s) {
    return js_area_open(text.c_str(), int(caret), s.font_px, s.line_h, s.pad_x, s.pad_y, s.display_w);
}
void area_place(int token, float x, float y, float w, float h, float cx0, float cy0, float cx1, float cy1, float display_w) {
    js_area_place(token, x, y, w, h, cx0, cy0, cx1, cy1, display_w);
}
std::string area_value(int token) { return take(js_area_value(token)); }
void area_close(int token) { js_area_close(token); }
void area_type(int token, const std::string& keys) { js_area_type(token, keys.c_str()); }

} // namespace rectify::platform

// --- Called by web/textinput.js ------------------------------------------------------------------
// kind: TextEvent::Kind; flags: bit 0 down, 1 ctrl, 2 shift, 3 alt, 4 meta; the strings are
// malloc'ed by the page (taken here); num: token (area events); extra: height (AreaInput) or End.
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_ti_event(int kind, int flags, char* code, char* key, char* text, int num, double extra) {
    using namespace rectify::platform;
    TextEvent ev;
    ev.kind = TextEvent::Kind(kind);
    ev.down = flags & 1;
    ev.ctrl = flags & 2;
    ev.shift = flags & 4;
    ev.alt = flags & 8;
    ev.meta = flags & 16;
    ev.code = take(code);
    ev.key = take(key);
    ev.text = take(text);
    ev.token = num;
    if (ev.kind == TextEvent::Kind::AreaInput) ev.height = float(extra);
    if (ev.kind == TextEvent::Kind::AreaEnd) ev.end = TextEvent::End(int(extra));
    g_queue.push_back(std::move(ev));
}

// Clipboard events must be answered before their handler returns: run the queued input now.
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_ti_sync() {
    if (rectify::platform::g_sync) rectify::platform::g_sync();
}
