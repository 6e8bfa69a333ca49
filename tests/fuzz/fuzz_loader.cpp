// libFuzzer target over the plan file loader (build and run: tests/fuzz/run.sh).
// Properties checked on every input, beyond "no crash, no sanitizer report, no hang":
// - a failed load leaves the target workspace exactly as it was;
// - a successful load saves to a file that loads back to an equal workspace;
// - every error formats in both languages.
// Each input is loaded twice: as is, and with the checksum check off, so that mutations of the
// content reach the content parser instead of all stopping at "checksum mismatch".
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/format/format.h"

using namespace rectify;

static const Workspace& sentinel() {
    static const Workspace ws = [] {
        Workspace w;
        w.id = "w-sentinel";
        w.office = Office{"哨兵", "S", {}};
        w.departments.push_back(Department{"d-1", "基教科", {}, {}});
        return w;
    }();
    return ws;
}

static void check(std::string_view bytes, bool verify_checksum) {
    Limits limits;
    limits.verify_checksum = verify_checksum;
    Workspace ws = sentinel();
    LoadError err;
    if (!load_into(ws, bytes, err, limits)) {
        if (!(ws == sentinel())) std::abort(); // a failed load changed the workspace
        if (format_error(err, Lang::Zh).empty() || format_error(err, Lang::En).empty()) std::abort();
        return;
    }
    std::string saved = save_workspace(ws, 0);
    LoadResult again = load_workspace(saved);
    if (!again.ok || !(again.workspace == ws)) std::abort(); // save/load is not a round trip
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check(bytes, true);
    check(bytes, false);
    return 0;
}
