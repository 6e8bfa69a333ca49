// web_zip_stream: zip_stream.h over web/office.js (rectifyOffice.exportStream, its `failures`).
#include <emscripten/emscripten.h>

#include "platform/js_string.h"
#include "platform/zip_stream.h"

EM_JS(void, js_zip_stream, (const char* manifest, const char* filename), {
    rectifyOffice.exportStream(UTF8ToString(manifest), UTF8ToString(filename), 'application/zip');
});
EM_JS(int, js_zip_failures, (), { return window.rectifyOffice ? rectifyOffice.failures.length : 0; });
// 0: the file name, 1: the missing entry, 2: the reason (the module's in the language the app last
// saved as the user's, else the page's own).
EM_JS(char*, js_zip_failure_field, (int which), {
    var f = rectifyOffice.failures[0];
    var en = rectifyHost.settingsGet('rectify.lang') == 'en';
    var why = f.refused ? (en ? f.refused.en : f.refused.zh) : f.error;
    return rectifyHost.allocString(Module, [f.filename, f.missing, why][which] || "");
});
EM_JS(void, js_zip_failure_shift, (), { rectifyOffice.failures.shift(); });
EM_JS(int, js_zip_made, (const char* filename), {
    var name = UTF8ToString(filename);
    return window.rectifyOffice ? rectifyOffice.streams.filter(function(s) { return s.ok && s.filename == name; }).length : 0;
});

namespace rectify::platform {

void export_zip_stream(const std::string& manifest_json, const std::string& filename) {
    js_zip_stream(manifest_json.c_str(), filename.c_str());
}

bool take_zip_stream_failure(ZipStreamFailure& out) {
    if (!js_zip_failures()) return false;
    out.filename = take(js_zip_failure_field(0));
    out.missing = take(js_zip_failure_field(1));
    out.error = take(js_zip_failure_field(2));
    js_zip_failure_shift();
    return true;
}

int zip_streams_made(const std::string& filename) { return js_zip_made(filename.c_str()); }

} // namespace rectify::platform
