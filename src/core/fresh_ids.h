// fresh_ids: IDs for copies brought into a workspace (a text import, an item taken back from a
// restore point): the copy keeps its own ID unless the workspace (or the copy itself) already uses
// it, then it gets a new one. IDs are unique across kinds, so one set holds them all.
// Index: ids_in · fresh_id
#pragma once
#include <unordered_set>

#include "core/ids.h"
#include "core/model.h"

namespace rectify {

// Every ID the workspace uses, of every kind, tombstones included: looked up once per copied
// item, so a copy costs time linear in the copy plus the workspace, not their product.
std::unordered_set<Id> ids_in(const Workspace& ws);

// An ID for something new: `want` unless it is empty or `used` has it; either way it is then used.
Id fresh_id(std::unordered_set<Id>& used, const Id& want, IdSource& ids, const char* prefix);

} // namespace rectify
