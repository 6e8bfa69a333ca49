// What the app no longer writes but still reads: a plan file of format version 1 (migrate_v1.cpp)
// and its own stored workspace with an ID twice, as versions before issue 14 could leave it
// (id_collisions.h repair_duplicate_ids). load_workspace reaches that code only through these two
// functions, defined in old_formats.cpp.
//
// The web app's startup module defines them itself (src/app/old_formats_absent.cpp), failing with
// Msg::NeedsUpgrade: a static library's member is linked only for a symbol nothing else defines, so
// the migration and the repair stay out of the first download (issue 23), and the app asks the
// office module to put such a file in today's format (upgrade_wire.h). Every other program (the
// CLI, the tests, the fuzzer, the office module) links old_formats.cpp and reads them directly.
#pragma once
#include <cstddef>

#include "core/format/format.h"

namespace rectify {

void read_version_1(const JsonValue& root, Workspace& out, FileInfo& info); // throws LoadFailure
size_t repair_stored_ids(Workspace& ws);                                      // throws LoadFailure where absent

} // namespace rectify
