// native_evidence: evidence.h without a browser: an in-memory store and an outcome queue that
// tests fill (push_attached_for_test), and a record of what the app asked for.
#include <map>

#include "platform/evidence.h"

namespace rectify::platform {

namespace {
std::map<std::string, double> g_store; // sha256 -> size
std::vector<AttachOutcome> g_done;
EvidenceRequests g_req;
} // namespace

void pick_evidence(const std::string& target, const char*, bool) { g_req.picked.push_back(target); }

std::vector<AttachOutcome> take_attached() {
    std::vector<AttachOutcome> out;
    out.swap(g_done);
    return out;
}

AttachProgress attach_progress() { return {}; }
bool evidence_changed() { return !g_done.empty(); }

void clear_drop_zones(float) { g_req.zones.clear(); }
void add_drop_zone(float, float, float, float, const std::string& target) { g_req.zones.push_back(target); }
void set_paste_target(const std::string& target) { g_req.paste_target = target; }

StoreState store_state() { return StoreState::Ready; }
std::string store_failure() { return ""; }
bool has_file(const std::string& sha256) { return g_store.count(sha256) != 0; }
void open_file(const std::string& sha256, const std::string&, const std::string&) { g_req.opened.push_back(sha256); }
void download_stored(const std::string& sha256, const std::string&, const std::string&) { g_req.opened.push_back(sha256); }
void unpin_files(const std::vector<std::string>&) {}

StoreSpace store_space() {
    StoreSpace s;
    for (const auto& [sha, size] : g_store) {
        s.files++;
        s.bytes += size;
    }
    return s;
}
void refresh_store_space() {}

bool collect_files(const std::set<std::string>& keep) {
    if (!g_done.empty()) return false;
    g_req.last_keep = keep;
    g_req.collections++;
    for (auto it = g_store.begin(); it != g_store.end();) it = keep.count(it->first) ? std::next(it) : g_store.erase(it);
    return true;
}

void push_attached_for_test(AttachOutcome o) {
    if (o.ok) g_store[o.sha256] = o.size;
    g_done.push_back(std::move(o));
}
void put_file_for_test(const std::string& sha256, double size) { g_store[sha256] = size; }
const EvidenceRequests& evidence_requests_for_test() { return g_req; }

} // namespace rectify::platform
