// module_calls: the text import's calls (host.h import_text_in_module), on top of call_module: the
// dialog asks in order and takes its results in the same order. The same in both builds.
#include <deque>

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

} // namespace rectify::platform
