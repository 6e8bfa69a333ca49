// old_formats: see old_formats.h. Only these two definitions here, so that a program defining them
// itself (the web app) never links this file, nor what it calls.
#include "core/format/old_formats.h"

#include "core/format/id_collisions.h"

namespace rectify {

void read_version_1(const JsonValue& root, Workspace& out, FileInfo& info) { migrate_v1(root, out, info); }

size_t repair_stored_ids(Workspace& ws) { return repair_duplicate_ids(ws); }

} // namespace rectify
