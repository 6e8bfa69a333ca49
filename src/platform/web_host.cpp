// web_host: the browser side of host.h. Each function is a thin EM_JS call into web/host.js, so
// the JavaScript stays in web/ and this file stays a list of signatures.
#include "platform/host.h"

#include <cstdlib>
#include <utility>
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>

#include "platform/js_string.h"

// Strings returned to C++ are malloc'ed UTF-8 (never null); take() frees them.
EM_JS(char*, js_settings_get, (const char* key), { return rectifyHost.allocString(Module, rectifyHost.settingsGet(UTF8ToString(key))); });
EM_JS(int, js_settings_set, (const char* key, const char* value), { return rectifyHost.settingsSet(UTF8ToString(key), UTF8ToString(value)) ? 1 : 0; });
EM_JS(char*, js_query_param, (const char* name), { return rectifyHost.allocString(Module, rectifyHost.queryParam(UTF8ToString(name))); });
EM_JS(void*, js_take_ui_font, (int* size), {
    var b = rectifyHost.uiFont;
    rectifyHost.uiFont = null;
    rectifyHost.cssFont = b; // web/host.js makes it the page's "Rectify UI" after the first frame
    if (!b) { HEAP32[size >> 2] = 0; return 0; }
    var p = _malloc(b.length);
    HEAPU8.set(b, p);
    HEAP32[size >> 2] = b.length;
    return p;
});
EM_JS(void, js_notify_first_frame, (), { rectifyHost.firstFrame(Module); });
EM_JS(void, js_report_fatal, (const char* what), { rectifyHost.fatal(UTF8ToString(what)); });
EM_JS(int, js_utc_offset_minutes, (), { return -new Date().getTimezoneOffset(); });
EM_JS(int, js_is_apple, (), { return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 1 : 0; });
EM_JS(int, js_has_touch, (), { return rectifyHost.hasTouch() ? 1 : 0; });
EM_JS(int, js_in_wechat, (), { return rectifyHost.inWeChat() ? 1 : 0; });
EM_JS(void, js_set_back_depth, (int depth), { rectifyHost.setBackDepth(depth); });
EM_JS(void, js_download_file, (const char* name, const char* mime, const char* data, int size),
      { rectifyHost.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size)); });
EM_JS(int, js_open_document, (const char* data, int size),
      { return rectifyHost.openDocument(HEAPU8.slice(data, data + size)) ? 1 : 0; });
// web/office.js loads the office module and downloads the file; rectify_office_failed(kind) if it cannot.
EM_JS(void, js_export_xlsx, (const char* json, int size, const char* name), {
    rectifyXlsx.exportFile(HEAPU8.slice(json, json + size), UTF8ToString(name), function () { Module._rectify_office_failed(0); });
});
EM_JS(void, js_make_report, (const char* input, int size, const char* name, int kind, int failure), {
    rectifyOffice.makeReport(HEAPU8.slice(input, input + size), UTF8ToString(name), kind,
                             function () { Module._rectify_office_failed(failure); },
                             function () { Module._rectify_document_downloaded(); });
});
// Polled on every turn of the main loop: nothing allocated while no report waits.
EM_JS(char*, js_report_loading, (), {
    var name = window.rectifyOffice && rectifyOffice.reportLoading;
    return name ? rectifyHost.allocString(Module, name) : 0;
});
EM_JS(void, js_export_form, (const char* json, int size, const char* name), {
    rectifyOffice.exportForm(HEAPU8.slice(json, json + size), UTF8ToString(name), function () { Module._rectify_office_failed(2); });
});
// The result comes back as a file in web/files.js's queue (take_files).
EM_JS(void, js_read_office_file, (const char* purpose, const char* name, const char* data, int size), {
    rectifyOffice.read(HEAPU8.slice(data, data + size), UTF8ToString(name), UTF8ToString(purpose));
});
// The office module's own calls (host.h call_module): `fn` names its export, rectify_<fn>.
EM_JS(int, js_call_module, (const char* fn, const char* request, const char* data, int size), {
    return rectifyOffice.callModule(UTF8ToString(fn), HEAPU8.slice(data, data + size), UTF8ToString(request));
});
EM_JS(int, js_module_loading, (), { return rectifyOffice.callsLoading > 0 ? 1 : 0; });
// Call `id`'s answer, out of the page's keeping: ok into *ok, its bytes (or the failure's text)
// malloc'ed; null while it is not back.
EM_JS(void*, js_take_module_answer, (int id, int* ok, int* size), {
    var r = rectifyOffice.takeAnswer(id);
    if (!r) return 0;
    var b = r.ok ? r.bytes : new TextEncoder().encode(r.error || "");
    HEAP32[ok >> 2] = r.ok ? 1 : 0;
    HEAP32[size >> 2] = b.length;
    var p = _malloc(b.length || 1);
    HEAPU8.set(b, p);
    return p;
});
EM_JS(double, js_epoch_ms, (), { return Date.now(); });
// SDL2 re-sizes the canvas backing store to CSS size × devicePixelRatio on a window 'resize'.
EM_JS(void, js_resize_canvas, (), { window.dispatchEvent(new Event('resize')); });
EM_JS(void, js_mark, (const char* name), { performance.mark('rectify:' + UTF8ToString(name)); });
EM_JS(void, js_request_full_font, (), { rectifyHost.fetchFullFont(Module); });

// The page's calls into the app (web/host.js, web/office.js, web/update.js) arrive here and
// nowhere else: as state the app polls, or as the one handler it registered.
static int g_office_failed = -1; // OfficeExport of the export that failed
static void* g_font_data = nullptr;
static int g_font_size = 0;
static bool g_font_failed = false;
static void (*g_page_hidden)() = nullptr;
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_office_failed(int kind) { g_office_failed = kind; }
static bool g_document_downloaded = false; // web/office.js: a report page's tab was blocked
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_document_downloaded() { g_document_downloaded = true; }
// `data` was allocated with malloc by the page; it is the app's from here.
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_full_font_arrived(void* data, int size) {
    std::free(g_font_data);
    g_font_data = data;
    g_font_size = size;
}
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_full_font_failed() { g_font_failed = true; }
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_flush() {
    if (g_page_hidden) g_page_hidden();
}
static bool g_long_press = false; // web/textinput.js: a finger held still
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_long_press() { g_long_press = true; }
// web/textinput.js: 1 a finger is on the canvas, 0 the last one lifted, -1 the browser cancelled it.
static int g_finger = 0;
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_finger(int state) { g_finger = state; }
static bool g_back = false; // web/host.js: a back press took the page's history entry
extern "C" EMSCRIPTEN_KEEPALIVE void rectify_back() { g_back = true; }

namespace rectify::platform {

std::string settings_get(const char* key) { return take(js_settings_get(key)); }
bool settings_set(const char* key, const std::string& value) { return js_settings_set(key, value.c_str()) != 0; }
std::string query_param(const char* name) { return take(js_query_param(name)); }
void* take_ui_font(int* size) { return js_take_ui_font(size); }
void notify_first_frame() { js_notify_first_frame(); }
void report_fatal(const char* what) { js_report_fatal(what); }
void request_full_font() { js_request_full_font(); }
void mark(const char* name) { js_mark(name); }
double now_ms() { return emscripten_get_now(); }
int utc_offset_minutes() { return js_utc_offset_minutes(); }
bool is_apple() { return js_is_apple() != 0; }
bool has_touch() {
    static const bool touch = js_has_touch() != 0; // asked once: a phone stays a phone
    return touch;
}
bool take_long_press() { return std::exchange(g_long_press, false); }
Finger finger() { return g_finger > 0 ? Finger::Down : g_finger < 0 ? Finger::Cancelled : Finger::Up; }
void set_back_depth(int depth) {
    static int last = 0;
    if (depth != last) js_set_back_depth(depth);
    last = depth;
}
bool take_back() { return std::exchange(g_back, false); }
bool in_wechat() {
    static const bool wechat = js_in_wechat() != 0;
    return wechat;
}
void download_file(const std::string& filename, const std::string& mime, const std::string& content) {
    js_download_file(filename.c_str(), mime.c_str(), content.data(), int(content.size()));
}
void export_xlsx(const std::string& sheet_json, const std::string& filename) {
    js_export_xlsx(sheet_json.data(), int(sheet_json.size()), filename.c_str());
}
void make_report_file(const std::string& input, const std::string& filename, int kind) {
    // The failure each kind reports (ReportFile: Docx, ClosingSheet, Archive).
    static const OfficeExport failure[] = {OfficeExport::Docx, OfficeExport::Sheet, OfficeExport::Archive};
    js_make_report(input.data(), int(input.size()), filename.c_str(), kind, int(failure[kind]));
}
std::string report_file_loading() { return take(js_report_loading()); }
bool take_document_downloaded() { return std::exchange(g_document_downloaded, false); }
void export_form(const std::string& fill_json, const std::string& filename) {
    js_export_form(fill_json.data(), int(fill_json.size()), filename.c_str());
}
bool take_export_failure(OfficeExport& which) {
    if (g_office_failed < 0) return false;
    which = OfficeExport(std::exchange(g_office_failed, -1));
    return true;
}
void read_office_file(const std::string& purpose, const std::string& name, const std::string& bytes) {
    js_read_office_file(purpose.c_str(), name.c_str(), bytes.data(), int(bytes.size()));
}
int call_module(ModuleCall fn, const std::string& request, const std::string& input) {
    const char* name = fn == ModuleCall::Merge ? "merge" : fn == ModuleCall::Upgrade ? "upgrade" : "text_import";
    return js_call_module(name, request.c_str(), input.data(), int(input.size()));
}
bool take_module_answer(int id, bool& ok, std::string& bytes) {
    int good = 0, size = 0;
    void* p = js_take_module_answer(id, &good, &size);
    if (!p) return false;
    ok = good != 0;
    bytes.assign(static_cast<const char*>(p), size_t(size));
    std::free(p);
    return true;
}
bool module_loading() { return js_module_loading() != 0; }

FontFetch take_full_font(void** data, int* size) {
    if (g_font_data) {
        *data = std::exchange(g_font_data, nullptr);
        *size = g_font_size;
        return FontFetch::Arrived;
    }
    return std::exchange(g_font_failed, false) ? FontFetch::Failed : FontFetch::Pending;
}

void on_page_hidden(void (*fn)()) { g_page_hidden = fn; }
bool open_document(const std::string& html) { return js_open_document(html.data(), int(html.size())) != 0; }
std::int64_t epoch_ms() { return std::int64_t(js_epoch_ms()); }
double device_pixel_ratio() { return emscripten_get_device_pixel_ratio(); }
void resize_canvas() { js_resize_canvas(); }

// Any event makes the main loop draw a frame; ImGui's SDL backend ignores user events.
static void push_wake(void*) {
    SDL_Event ev{};
    ev.type = SDL_USEREVENT;
    SDL_PushEvent(&ev);
}
void wake_after(double ms) { emscripten_set_timeout(push_wake, ms, nullptr); }

} // namespace rectify::platform
