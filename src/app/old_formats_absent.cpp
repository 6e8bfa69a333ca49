// The startup module's own old_formats.h: neither the version-1 migration nor the repair of repeated
// IDs is in the first download (issue 23). A file that needs either fails to load with
// Msg::NeedsUpgrade, and the app has the office module put it in today's format
// (platform/host.h upgrade_in_module).
// Defining these here keeps the core's old_formats.cpp, and all it calls, out of this link.
#include "core/format/json.h"
#include "core/format/old_formats.h"

namespace rectify {

namespace {
[[noreturn]] void needs_upgrade() {
    LoadError e;
    e.key = Msg::NeedsUpgrade;
    throw LoadFailure(e);
}
} // namespace

void read_version_1(const JsonValue&, Workspace&, FileInfo&) { needs_upgrade(); }

size_t repair_stored_ids(Workspace&) { needs_upgrade(); }

} // namespace rectify
