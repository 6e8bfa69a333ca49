// The startup module's own old_formats.h: neither the version-1 migration nor the repair of repeated
// IDs is in the first download (issue 23). A file that needs either fails to load with
// Msg::NeedsUpgrade, and the app has the office module put it in today's format (ui/upgrades.h).
// Defining these here keeps the core's old_formats.cpp, and all it calls, out of this link.
#include "core/format/json.h"
#include "core/format/old_formats.h"

namespace rectify {

namespace {
[[noreturn]] void needs_upgrade(std::int64_t version) {
    LoadError e;
    e.key = Msg::NeedsUpgrade;
    e.n = version;
    throw LoadFailure(e);
}
} // namespace

void read_version_1(const JsonValue&, Workspace&, FileInfo&) { needs_upgrade(1); }

size_t repair_stored_ids(Workspace&) { needs_upgrade(kFormatVersion); }

} // namespace rectify
