// web_storage: the browser side of storage.h, a thin EM_JS layer over web/storage.js.
#include <cstdlib>
#include <emscripten/emscripten.h>

#include "platform/js_string.h"

#include "platform/storage.h"

EM_JS(int, js_storage_initial_ready, (), { return rectifyStorage.initialReady ? 1 : 0; });
EM_JS(int, js_storage_initial_available, (), { return rectifyStorage.initial.available ? 1 : 0; });
EM_JS(int, js_storage_initial_found, (), { return rectifyStorage.initial.found ? 1 : 0; });
EM_JS(int, js_storage_initial_recovered, (), { return rectifyStorage.initial.recovered ? 1 : 0; });
EM_JS(double, js_storage_initial_rev, (), { return rectifyStorage.initial.rev; });
EM_JS(char*, js_storage_initial_text, (), { return rectifyHost.allocString(Module, rectifyStorage.initial.text); });
EM_JS(char*, js_storage_initial_error, (), { return rectifyHost.allocString(Module, rectifyStorage.initial.error); });
EM_JS(void, js_storage_forget_initial, (), { rectifyStorage.initial.text = ""; }); // free the JS copy
EM_JS(void, js_storage_write, (const char* text, double base_rev), { rectifyStorage.write(UTF8ToString(text), base_rev); });
EM_JS(void, js_storage_read, (), { rectifyStorage.read(); });
EM_JS(int, js_storage_poll, (), { return rectifyStorage.poll(); });
EM_JS(double, js_storage_event_rev, (), { return rectifyStorage.current.rev || 0; });
EM_JS(int, js_storage_event_error, (), { return rectifyStorage.current.error || 0; });
EM_JS(char*, js_storage_event_message, (), { return rectifyHost.allocString(Module, rectifyStorage.current.message || ""); });
EM_JS(int, js_storage_persisted, (), { const p = rectifyStorage.persisted; return p === null ? -1 : p ? 1 : 0; });
EM_JS(double, js_storage_quota, (), { const q = rectifyStorage.quota; return typeof q === "number" ? q : -1; });
EM_JS(int, js_storage_keeping_answered, (), { return rectifyStorage.keepingAnswered ? 1 : 0; });
EM_JS(char*, js_storage_event_text, (), { return rectifyHost.allocString(Module, rectifyStorage.current.text || ""); });
EM_JS(int, js_storage_take_cleared, (), { return rectifyStorage.takeCleared() ? 1 : 0; });

namespace rectify::platform {

bool storage_initial_ready() { return js_storage_initial_ready() != 0; }

StoredDoc storage_initial() {
    StoredDoc d;
    d.available = js_storage_initial_available() != 0;
    d.found = js_storage_initial_found() != 0;
    d.rev = std::uint64_t(js_storage_initial_rev());
    d.recovered = js_storage_initial_recovered() != 0;
    d.text = take(js_storage_initial_text());
    d.error = take(js_storage_initial_error());
    js_storage_forget_initial();
    return d;
}

StorageKeeping storage_keeping() {
    StorageKeeping k;
    k.persisted = js_storage_persisted();
    k.quota = js_storage_quota();
    k.answered = js_storage_keeping_answered() != 0;
    return k;
}

void storage_write(const std::string& text, std::uint64_t base_rev) { js_storage_write(text.c_str(), double(base_rev)); }
void storage_read() { js_storage_read(); }
bool storage_take_cleared() { return js_storage_take_cleared() != 0; }

bool storage_poll(StorageEvent* out) {
    // Kinds and error codes as numbered in web/storage.js.
    const int kind = js_storage_poll();
    if (kind == 0) return false;
    *out = StorageEvent{};
    out->rev = std::uint64_t(js_storage_event_rev());
    switch (kind) {
    case 1: out->kind = StorageEvent::Kind::Saved; break;
    case 2:
        out->kind = StorageEvent::Kind::WriteFailed;
        out->error = StoreError(js_storage_event_error());
        out->message = take(js_storage_event_message());
        break;
    case 3: out->kind = StorageEvent::Kind::ChangedElsewhere; break;
    default:
        out->kind = StorageEvent::Kind::Read;
        out->text = take(js_storage_event_text());
        break;
    }
    return true;
}

} // namespace rectify::platform
