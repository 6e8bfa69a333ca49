// probe: see probe.h.
#include "ui/widgets/probe.h"

#include <cstring>
#include <utility>
#include <vector>

namespace rectify::ui {

namespace {
// Built by initialisers of other files, in an order C++ does not fix: made on first use.
std::vector<std::pair<const char*, ProbeFn>>& probes() {
    static std::vector<std::pair<const char*, ProbeFn>> list;
    return list;
}
} // namespace

bool probe(const char* name, ProbeFn fn) {
    for (auto& [n, f] : probes())
        if (std::strcmp(n, name) == 0) {
            f = fn;
            return true;
        }
    probes().emplace_back(name, fn);
    return true;
}

void write_probes(JsonOut& out, const Doc& doc) {
    for (const auto& [name, fn] : probes()) {
        out.key(name);
        fn(out, doc);
    }
}

} // namespace rectify::ui
