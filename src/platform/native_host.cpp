// native_host: stand-ins for host.h outside the browser (tests, native tools). Settings live in
// memory; the "page" records what the app told it, for tests to inspect.
#include "platform/host.h"

#include <chrono>
#include <map>

#include "core/import/text_import_wire.h"
#include "core/format/upgrade_wire.h"
#include "core/merge/merge_wire.h"
#include "core/report/report_wire.h"

namespace rectify::platform {

static std::map<std::string, std::string>& settings() {
    static std::map<std::string, std::string> s;
    return s;
}

std::string settings_get(const char* key) {
    auto it = settings().find(key);
    return it == settings().end() ? std::string() : it->second;
}
bool settings_set(const char* key, const std::string& value) {
    settings()[key] = value;
    return true;
}
std::string query_param(const char*) { return {}; }
void* take_ui_font(int* size) {
    *size = 0;
    return nullptr;
}
void notify_first_frame() {}
void report_fatal(const char*) {}
void request_full_font() {}
FontFetch take_full_font(void**, int*) { return FontFetch::Pending; }
void on_page_hidden(void (*)()) {}
double device_pixel_ratio() { return 1.0; }
void resize_canvas() {}
int utc_offset_minutes() { return 480; } // China
bool is_apple() { return false; }
bool has_touch() { return false; }
bool in_wechat() { return false; }
bool take_long_press() { return false; }
Finger finger() { return Finger::Up; }
void set_back_depth(int) {}
bool take_back() { return false; }
void download_file(const std::string&, const std::string&, const std::string&) {}
bool open_document(const std::string&) { return false; }
void export_xlsx(const std::string&, const std::string&) {}
// The report is made here and now (the writers run in this process), and dropped like a download.
void make_report_file(const std::string& input, const std::string&, int) {
    ReportMade made;
    std::string error;
    run_report(input, made, error);
}
std::string report_file_loading() { return {}; }
bool take_document_downloaded() { return false; }
void export_form(const std::string&, const std::string&) {}
bool take_export_failure(OfficeExport&) { return false; }
void read_office_file(const std::string&, const std::string&, const std::string&) {}
// The module's calls run here and now; their answers wait for take_module_answer like the module's.
static std::map<int, std::pair<bool, std::string>>& module_answers() {
    static std::map<int, std::pair<bool, std::string>> answers;
    return answers;
}
int call_module(ModuleCall fn, const std::string& request, const std::string& input) {
    static int calls = 0;
    std::string out;
    const bool ok = fn == ModuleCall::Merge     ? run_merge(request, input, out)
                  : fn == ModuleCall::Upgrade ? run_upgrade(request, input, out)
                                              : run_text_import(request, input, out);
    module_answers().emplace(++calls, std::make_pair(ok, std::move(out)));
    return calls;
}
bool take_module_answer(int id, bool& ok, std::string& bytes) {
    auto it = module_answers().find(id);
    if (it == module_answers().end()) return false;
    ok = it->second.first;
    bytes = std::move(it->second.second);
    module_answers().erase(it);
    return true;
}
bool module_loading() { return false; }
std::int64_t epoch_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
void mark(const char*) {}

double now_ms() {
    using namespace std::chrono;
    static const auto start = steady_clock::now();
    return duration<double, std::milli>(steady_clock::now() - start).count();
}

void wake_after(double) {} // no frame loop natively

} // namespace rectify::platform
