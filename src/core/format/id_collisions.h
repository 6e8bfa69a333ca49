// IDs that never collide (issue 14): a plan file from another office may reuse IDs that already
// belong to other items here (old short IDs such as the sample's s-1, m-1; a hand-written file;
// a file written by an older version). Merged as they are, two items would share an ID and the
// workspace would no longer load. Index: which item an ID belongs to (EntityKind, owners) ·
// rekey_return (before a merge) · repair_duplicate_ids (a stored workspace) · verify_for_save.
//
// "The same item" means the same kind of entity in the same place: a plan by its ID; a section,
// phase, problem or measure in the same plan (a measure may move between problems); a progress
// entry or evidence item under the same measure; a department or person in the directory. An ID
// held by a different item is given a new one, derived from the item (kind, owner, old ID) by
// SHA-256, so that merging the same return again — or replaying a merge for undo/redo or on
// another tab's copy — gives the same new IDs, and the second merge matches the items it added.
// Every reference to a renamed item is rewritten: places in its list (Meta::after) and, for
// directory entries, the departments and people that measures and people name.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/format/messages.h"
#include "core/model.h"

namespace rectify {

// Gives every entity of `ret` whose ID belongs to a different item in `master` a new ID, and
// rewrites the references to it inside `ret`. Returns how many IDs were changed.
size_t rekey_return(const Workspace& master, Workspace& ret);

// A workspace in which an ID occurs more than once (stored by an older version after such a
// merge): the first occurrence (in file order) keeps it, each later one gets a new ID, and the
// references that can only mean the later one (a place in its own list; a directory reference
// when the first holder is not a directory entry of the same kind) follow it. Nothing is
// dropped. Returns how many IDs were changed; 0 leaves `ws` untouched.
size_t repair_duplicate_ids(Workspace& ws);

// Whether `bytes` (the file text save_workspace made of `ws`) would load again: the workspace's
// integrity (unique IDs, references that resolve) and the raw checks of a load (size, UTF-8,
// nesting). Every write of a plan file — autosave, export, the CLI — calls this first and
// refuses to write what fails, so no write ever produces a file our own validation refuses.
bool verify_for_save(const Workspace& ws, std::string_view bytes, LoadError& error);

} // namespace rectify
