// The directory (departments and people) as the editor manages it: how much each entry is used,
// finding an entry by the name a user typed, and removing an entry from everywhere in one step.
// Renaming needs nothing here: measures reference entries by ID, so one
// RECTIFY_SET(Department, name, id, …) renames it everywhere.
#pragma once
#include <string_view>

#include "core/commands.h"

namespace rectify {

// How many live measures (in live problems of live plans) name the department as lead or
// support unit / the person as responsible or leader. A measure counts once.
int department_usage(const Workspace& ws, const Id& dept);
int person_usage(const Workspace& ws, const Id& person);

// The live entry whose name equals `name`, both trimmed of spaces (ASCII and 全角 U+3000);
// the first such in directory order, or nullptr (always for a blank name).
const Department* find_department_by_name(const Workspace& ws, std::string_view name);
const Person* find_person_by_name(const Workspace& ws, std::string_view name);

// One undoable step: deletes the entry (a tombstone) and takes it out of every live measure's
// lead/support lists (responsible/leaders for a person). People keep their department field: a
// tombstone still resolves, and who belonged where stays true. The batch fails (changes
// nothing) if the entry is missing or already deleted.
CommandPtr remove_department_everywhere(const Workspace& ws, const Id& dept);
CommandPtr remove_person_everywhere(const Workspace& ws, const Id& person);

// Trims ASCII whitespace and the ideographic space U+3000 from both ends.
std::string_view trim_name(std::string_view s);

} // namespace rectify
