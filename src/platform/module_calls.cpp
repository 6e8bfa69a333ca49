// module_calls: the text import's calls (host.h import_text_in_module), on top of call_module: the
// dialog asks in order and takes its results in the same order; a file's upgrade to today's format
// (host.h upgrade_in_module). The same in both builds.
#include <cstdio>
#include <deque>

#include "core/format/upgrade_wire.h"
#include "platform/host.h"

namespace rectify::platform {

namespace {
std::deque<int> g_text_imports; // the calls not taken yet, oldest first
} // namespace

void import_text_in_module(const std::string& request, const std::string& input) {
    g_text_imports.push_back(call_module(ModuleCall::TextImport, request, input));
}

bool take_text_import(bool& ok, std::string& bytes) {
    if (g_text_imports.empty() || !take_module_answer(g_text_imports.front(), ok, bytes)) return false;
    g_text_imports.pop_front();
    return true;
}

int upgrade_in_module(const std::string& bytes, bool stored_copy) {
    UpgradeRequest r;
    r.repair_ids = stored_copy;
    return call_module(ModuleCall::Upgrade, upgrade_request_json(r), bytes);
}

bool take_upgrade(int id, LoadResult& r) {
    bool ok = false;
    std::string bytes, error;
    if (!take_module_answer(id, ok, bytes)) return false;
    if (ok && upgrade_answer_from_wire(bytes, r, error)) return true;
    // The module could not be loaded (offline), or answered with something that is not an answer.
    if (ok) std::fprintf(stderr, "upgrade: %s\n", error.c_str());
    r = LoadResult{};
    r.error.key = Msg::NeedsUpgrade;
    return true;
}

} // namespace rectify::platform
