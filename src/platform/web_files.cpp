// web_files: files.h in the browser, a thin EM_JS layer over web/files.js (window.rectifyFiles).
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/files.h"
#include "platform/js_string.h"

EM_JS(void, js_files_pick, (const char* purpose, const char* accept, int multiple),
      { rectifyFiles.pick(UTF8ToString(purpose), UTF8ToString(accept), !!multiple); });
EM_JS(int, js_files_ready, (), { return rectifyFiles.ready.length; });
EM_JS(char*, js_files_field, (int i, int which), {
    var f = rectifyFiles.ready[i];
    var r = f.refused || {};
    var s = [f.purpose, f.name, f.error, r.zh, r.en][which];
    return rectifyHost.allocString(Module, s || "");
});
// The bytes go straight into a malloc'ed buffer: no UTF-16 round trip for a 20 MB file.
EM_JS(void*, js_files_bytes, (int i, int* size), {
    var b = rectifyFiles.ready[i].bytes;
    HEAP32[size >> 2] = b ? b.length : 0;
    if (!b || !b.length) return 0;
    var p = _malloc(b.length);
    HEAPU8.set(b, p);
    return p;
});
EM_JS(double, js_files_size, (int i), { return rectifyFiles.ready[i].size || 0; });
EM_JS(int, js_files_too_large, (int i), { return rectifyFiles.ready[i].tooLarge ? 1 : 0; });
EM_JS(int, js_files_from_package, (int i), { return rectifyFiles.ready[i].fromPackage ? 1 : 0; });
EM_JS(void, js_files_clear, (), { rectifyFiles.ready = []; });
EM_JS(int, js_files_envelope, (int i), { return rectifyFiles.ready[i].envelope ? 1 : 0; });
EM_JS(void, js_files_set_max, (double bytes, double envelope_bytes), {
    rectifyFiles.maxBytes = bytes;
    rectifyFiles.envelopeMaxBytes = envelope_bytes;
});
EM_JS(int, js_files_reading, (), { return rectifyFiles.reading().files; });
EM_JS(double, js_files_loaded, (), { return rectifyFiles.reading().loaded; });
EM_JS(double, js_files_total, (), { return rectifyFiles.reading().total; });

namespace rectify::platform {

void pick_files(const char* purpose, const char* accept, bool multiple) { js_files_pick(purpose, accept, multiple ? 1 : 0); }

void set_max_file_bytes(double bytes, double envelope_bytes) { js_files_set_max(bytes, envelope_bytes); }

std::vector<IncomingFile> take_files() {
    std::vector<IncomingFile> out;
    const int n = js_files_ready();
    for (int i = 0; i < n; i++) {
        IncomingFile f;
        f.purpose = take(js_files_field(i, 0));
        f.name = take(js_files_field(i, 1));
        f.error = take(js_files_field(i, 2));
        f.size = js_files_size(i);
        f.too_large = js_files_too_large(i) != 0;
        f.from_package = js_files_from_package(i) != 0;
        f.envelope = js_files_envelope(i) != 0;
        f.refused_zh = take(js_files_field(i, 3));
        f.refused_en = take(js_files_field(i, 4));
        int size = 0;
        if (void* p = js_files_bytes(i, &size)) {
            f.bytes.assign(static_cast<const char*>(p), size_t(size));
            std::free(p);
        }
        out.push_back(std::move(f));
    }
    if (n) js_files_clear();
    return out;
}

FilesProgress files_progress() {
    FilesProgress p;
    p.files = js_files_reading();
    if (p.files) {
        p.loaded = js_files_loaded();
        p.total = js_files_total();
    }
    return p;
}

void push_file_for_test(IncomingFile) {}

} // namespace rectify::platform
