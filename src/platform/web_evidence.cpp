// web_evidence: evidence.h in the browser, a thin EM_JS layer over web/evidence.js
// (window.rectifyEvidence).
#include <emscripten/emscripten.h>

#include "platform/evidence.h"
#include "platform/js_string.h"

EM_JS(void, js_ev_pick, (const char* target, const char* accept, int capture),
      { rectifyEvidence.pick(UTF8ToString(target), UTF8ToString(accept), !!capture); });
EM_JS(int, js_ev_done, (), { return rectifyEvidence.done.length; });
EM_JS(char*, js_ev_field, (int i, int which), {
    var o = rectifyEvidence.done[i];
    var v = [o.target, o.sha256, o.name, o.type, o.error, o.detail][which];
    return rectifyHost.allocString(Module, v || "");
});
EM_JS(int, js_ev_ok, (int i), { return rectifyEvidence.done[i].ok ? 1 : 0; });
EM_JS(double, js_ev_size, (int i), { return rectifyEvidence.done[i].size || 0; });
EM_JS(void, js_ev_clear_done, (int n), { rectifyEvidence.done.splice(0, n); });
EM_JS(double, js_ev_progress, (int which), {
    var p = rectifyEvidence.progress();
    return [p.files, p.loaded, p.total][which];
});
// A signature of what the app shows of the store: progress, outcomes waiting, state, totals, space.
EM_JS(char*, js_ev_signature, (), {
    var e = rectifyEvidence, p = e.progress();
    return rectifyHost.allocString(Module, [p.files, p.loaded, e.done.length, e.ready, e.failed, e.known.size, e.space.usage, e.space.quota].join());
});
EM_JS(void, js_ev_clear_zones, (float display_w), {
    rectifyEvidence.zones = [];
    rectifyEvidence.displayW = display_w;
});
EM_JS(void, js_ev_add_zone, (float x, float y, float w, float h, const char* target),
      { rectifyEvidence.addZone(x, y, w, h, UTF8ToString(target)); });
EM_JS(void, js_ev_paste_target, (const char* target), { rectifyEvidence.pasteTarget = UTF8ToString(target); });
EM_JS(int, js_ev_state, (), { return !rectifyEvidence.ready ? 0 : rectifyEvidence.failed ? 2 : 1; });
EM_JS(char*, js_ev_failure, (), { return rectifyHost.allocString(Module, rectifyEvidence.failed || ""); });
EM_JS(int, js_ev_has, (const char* sha), { return rectifyEvidence.has(UTF8ToString(sha)) ? 1 : 0; });
// A download is asked for as a type no browser shows (rectifyEvidence.open then downloads it).
EM_JS(void, js_ev_open, (const char* sha, const char* name, const char* type, int download), {
    rectifyEvidence.open(UTF8ToString(sha), UTF8ToString(name), download ? 'application/octet-stream' : UTF8ToString(type));
});
EM_JS(void, js_ev_unpin, (const char* sha), { if (rectifyEvidence.pinned) rectifyEvidence.pinned.delete(UTF8ToString(sha)); });
EM_JS(double, js_ev_space, (int which), {
    var t = rectifyEvidence.totals(), s = rectifyEvidence.space;
    return [t.files, t.bytes, s.usage, s.quota][which];
});
EM_JS(void, js_ev_refresh_space, (), { rectifyEvidence.refreshSpace(); });
EM_JS(int, js_ev_collect, (const char* keep), {
    var k = UTF8ToString(keep);
    return rectifyEvidence.collect(k ? k.split(",") : []) ? 1 : 0;
});

namespace rectify::platform {

void pick_evidence(const std::string& target, const char* accept, bool capture) {
    js_ev_pick(target.c_str(), accept ? accept : "", capture ? 1 : 0);
}

std::vector<AttachOutcome> take_attached() {
    std::vector<AttachOutcome> out;
    const int n = js_ev_done();
    for (int i = 0; i < n; i++) {
        AttachOutcome o;
        o.target = take(js_ev_field(i, 0));
        o.sha256 = take(js_ev_field(i, 1));
        o.name = take(js_ev_field(i, 2));
        o.type = take(js_ev_field(i, 3));
        o.error = take(js_ev_field(i, 4));
        o.detail = take(js_ev_field(i, 5));
        o.ok = js_ev_ok(i) != 0;
        o.size = js_ev_size(i);
        out.push_back(std::move(o));
    }
    if (n) js_ev_clear_done(n);
    return out;
}

AttachProgress attach_progress() {
    AttachProgress p;
    p.files = int(js_ev_progress(0));
    if (p.files) {
        p.loaded = js_ev_progress(1);
        p.total = js_ev_progress(2);
    }
    return p;
}

bool evidence_changed() {
    static std::string last;
    std::string now = take(js_ev_signature());
    if (now == last) return false;
    last = std::move(now);
    return true;
}

void clear_drop_zones(float display_w) { js_ev_clear_zones(display_w); }
void add_drop_zone(float x, float y, float w, float h, const std::string& target) { js_ev_add_zone(x, y, w, h, target.c_str()); }
void set_paste_target(const std::string& target) { js_ev_paste_target(target.c_str()); }

StoreState store_state() {
    const int s = js_ev_state();
    return s == 0 ? StoreState::Loading : s == 2 ? StoreState::Failed : StoreState::Ready;
}
std::string store_failure() { return take(js_ev_failure()); }
bool has_file(const std::string& sha256) { return js_ev_has(sha256.c_str()) != 0; }
void open_file(const std::string& sha256, const std::string& name, const std::string& type) {
    js_ev_open(sha256.c_str(), name.c_str(), type.c_str(), 0);
}
void download_stored(const std::string& sha256, const std::string& name, const std::string& type) {
    js_ev_open(sha256.c_str(), name.c_str(), type.c_str(), 1);
}
void unpin_files(const std::vector<std::string>& sha256s) {
    for (const std::string& s : sha256s) js_ev_unpin(s.c_str());
}

StoreSpace store_space() {
    StoreSpace s;
    s.files = int(js_ev_space(0));
    s.bytes = js_ev_space(1);
    s.usage = js_ev_space(2);
    s.quota = js_ev_space(3);
    return s;
}
void refresh_store_space() { js_ev_refresh_space(); }

bool collect_files(const std::set<std::string>& keep) {
    std::string list;
    for (const std::string& h : keep) {
        if (!list.empty()) list += ',';
        list += h;
    }
    return js_ev_collect(list.c_str()) != 0;
}

void push_attached_for_test(AttachOutcome) {}
void put_file_for_test(const std::string&, double) {}
const EvidenceRequests& evidence_requests_for_test() {
    static EvidenceRequests none;
    return none;
}

} // namespace rectify::platform
