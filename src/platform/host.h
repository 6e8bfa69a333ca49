// host: what the app needs from its host (the browser, or a native stand-in for tests).
// All EM_JS lives in web_host.cpp; the JavaScript it calls is in web/host.js (window.rectifyHost).
#pragma once
#include <cstdint>
#include <string>

namespace rectify {
struct LoadResult; // core/format/format.h
}

namespace rectify::platform {

// Small persistent settings (language, window layout). Web: localStorage. Returns "" when unset
// or when storage is unavailable; set returns false when the value could not be stored.
std::string settings_get(const char* key);
bool settings_set(const char* key, const std::string& value);

// The page's URL query parameter `name`, "" when absent.
std::string query_param(const char* name);

// The first font's bytes, downloaded by the page before the app started (malloc'ed, the
// caller owns them), or nullptr with *size = 0 when the page has none.
void* take_ui_font(int* size);

// Tell the page the first full frame is on screen (hides the loading screen, sets rectify.ready).
void notify_first_frame();

// Show the page's error panel with `what` (the app has stopped).
void report_fatal(const char* what);

// Start fetching the full CJK font; take_full_font() says when it has come.
void request_full_font();
// The full font fetched by request_full_font(): Pending until the page has it, then once Arrived
// (its bytes, malloc'ed, are then the caller's) or Failed.
enum class FontFetch { Pending, Arrived, Failed };
FontFetch take_full_font(void** data, int* size);

// The page is being hidden or closed (web/host.js; web/update.js before it reloads): `fn` runs at
// once, before the page's handler returns, since a hidden page gets no more frames.
void on_page_hidden(void (*fn)());

// The page's devicePixelRatio. When it changes without a window resize (zoom, another screen,
// emulation), call resize_canvas() so the backing store is re-sized for the new density.
double device_pixel_ratio();
void resize_canvas();

// The browser's offset from UTC now, in minutes (Beijing +480): with epoch_ms() and ?today=, the
// app's "today" (core/date_text.h app_today).
int utc_offset_minutes();

// True on macOS and iOS, where Cmd plays the part of Ctrl.
bool is_apple();

// The page's browser as far as the app must adapt to it (issue 21): a touch screen is the main
// pointer (a phone, a tablet: 拍照/相册 are offered); WeChat's built-in browser (MicroMessenger in
// the user agent: downloads blocked, no service worker; only to explain, never to choose a layout).
bool has_touch();
bool in_wechat();
// A finger held still on the canvas for half a second (timed by the page in real time, not by
// frames, which may be slow): true once per long press.
bool take_long_press();
// Where the last finger on the canvas is (set by the page's touchstart, touchend and touchcancel,
// before the app's frames see them): a long press that opened nothing is given back as a tap when
// the finger lifts, not when the browser cancels the touch (it took it for a scroll or a gesture).
enum class Finger { Up, Down, Cancelled };
Finger finger();
// Android's back key, the browser's back (issue 21): the app says how many of its own screens lie
// behind the one shown (0: none, a back leaves the page to the browser); while there are any the
// page keeps one history entry of its own, and a back press takes it: take_back() is then true once
// (the field typed in was let go first, web/host.js).
void set_back_depth(int depth);
bool take_back();

// Offers `content` to the user as a downloaded file called `filename`.
void download_file(const std::string& filename, const std::string& mime, const std::string& content);

// The office module (src/office, site/office/: not part of the startup download) is loaded on the
// first of these calls; each returns at once. Native: nothing (the CLI links src/office itself).
//
// Offers a spreadsheet (core/ledger/sheet.h's sheet_to_json) as an .xlsx file called `filename`.
void export_xlsx(const std::string& sheet_json, const std::string& filename);
// A report made as a file (core/report/report_wire.h: its writers are in the office module, not in
// the app): `input` (report_input: the request and the plan file) goes in, the page offers the file
// as `filename` — the .docx downloaded, the 对账销号单 page opened in a new tab (downloaded when the
// browser blocks the tab: take_document_downloaded), 一问题一档案 streamed from the store
// (zip_stream.h, whose failures it reports). A Docx or Sheet or Archive failure comes back through
// take_export_failure. Native: made at once in this process, and dropped (as download_file does).
void make_report_file(const std::string& input, const std::string& filename, int kind /* ReportFile */);
// The name of a report file waiting for the module to be downloaded ("" none): the app says so.
std::string report_file_loading();
// A page made by make_report_file went out as a download: the browser blocked its tab. Once.
bool take_document_downloaded();
// Offers a plan's Excel form filled with its rows (core/ledger/ledger_form.h form_fill_json) as `filename`.
void export_form(const std::string& fill_json, const std::string& filename);
// An export that could not be made (offline, an error): which, once.
enum class OfficeExport { Xlsx, Docx, Form, Sheet, Archive };
bool take_export_failure(OfficeExport& which);
// Reads an office file given to the app (.xlsx, .docx). Its result arrives later through
// take_files() (files.h): a file called `name`, of purpose "office:" + purpose, whose bytes are the
// OfficeRead JSON (core/import/office_result.h), or whose error says the module could not be loaded.
void read_office_file(const std::string& purpose, const std::string& name, const std::string& bytes);
// Work done by the office module's own code, kept out of the app (issue 23): `fn` names the call
// (ModuleCall: rectify_text_import, core/import/text_import_wire.h; rectify_merge,
// core/merge/merge_wire.h; rectify_upgrade, core/format/upgrade_wire.h), `request` its JSON, `input` its bytes. Returns the call's number; its
// answer comes back later through take_module_answer. Native: run at once, in this process.
enum class ModuleCall { TextImport, Merge, Upgrade };
int call_module(ModuleCall fn, const std::string& request, const std::string& input);
// Call `id`'s answer, once (true when it is there): `ok` and the answer's bytes, or `ok` false and
// why the module failed (offline, or its refusal).
bool take_module_answer(int id, bool& ok, std::string& bytes);
// The module is still being downloaded for a call made (the app says so).
bool module_loading();
// The text import through call_module (module_calls.cpp): `request` (text_import_request) and the
// text or a file's bytes go in; the results come back one per call and in order through take_text_import.
void import_text_in_module(const std::string& request, const std::string& input);
bool take_text_import(bool& ok, std::string& bytes);
// A file the startup module could not read for its format (LoadError Msg::NeedsUpgrade,
// core/format/old_formats.h) asked for in today's format (module_calls.cpp); `stored_copy`: the
// app's own stored workspace (repeated IDs repaired). Returns the call's number.
int upgrade_in_module(const std::string& bytes, bool stored_copy);
// Call `id`'s result, once it is in: what load_workspace would have given, had the startup module
// read the file itself; when the module could not be loaded, not ok with Msg::NeedsUpgrade, which
// says so.
bool take_upgrade(int id, LoadResult& r);

// Opens a complete HTML document (a printable report) in a new tab. False when the browser
// blocked the tab; the caller then offers it as a download instead.
bool open_document(const std::string& html);

// Marks a startup phase on the page's timeline (performance.mark("rectify:" + name)), so the
// startup benchmark can tell where the time before the first frame goes. Native: nothing.
void mark(const char* name);

// Milliseconds since the page started (performance.now()); native: a steady clock.
double now_ms();
// The app draws only when something happens; a view waiting for a pause (a debounce) asks here
// for an event `ms` from now, so that a frame comes then. Web: an SDL user event; native: nothing.
void wake_after(double ms);
// Milliseconds since the Unix epoch (UTC), for change stamps.
std::int64_t epoch_ms();

} // namespace rectify::platform
