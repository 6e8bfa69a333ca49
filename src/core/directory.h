// The directory (departments and people) as the editor manages it: how much each entry is used,
// finding an entry by the name a user typed, and removing an entry from everywhere in one step.
// Renaming needs nothing here: measures reference entries by ID, so one
// RECTIFY_SET(Department, name, id, …) renames it everywhere.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/commands.h"
#include "core/ids.h"

namespace rectify {

// How many live measures (in live problems of live plans) name the department as lead or
// support unit / the person as responsible or leader. A measure counts once.
int department_usage(const Workspace& ws, const Id& dept);
int person_usage(const Workspace& ws, const Id& person);

// The live entry whose name equals `name`, both trimmed of spaces (ASCII and 全角 U+3000);
// the first such in directory order, or nullptr (always for a blank name).
const Department* find_department_by_name(const Workspace& ws, std::string_view name);
const Person* find_person_by_name(const Workspace& ws, std::string_view name);
// The first live person of that name in that department (empty: in none).
const Person* find_person_by_name(const Workspace& ws, std::string_view name, const Id& department);

// For importers, which name entries as text: the ID for `name`. A live entry of ws with that name
// (when ws is given) is reused; else the one this import already made for the very same text (when
// `made` is given); else create() makes one, records it (as a command into the import's batch, or
// straight into the workspace being built) and returns its ID.
template <class T, class Create>
Id directory_id_for(const Workspace* ws, std::map<std::string, Id>* made, const std::string& name, Create&& create) {
    static_assert(std::is_same_v<T, Department> || std::is_same_v<T, Person>);
    if (ws) {
        const T* have;
        if constexpr (std::is_same_v<T, Department>) have = find_department_by_name(*ws, name);
        else have = find_person_by_name(*ws, name);
        if (have) return have->id;
    }
    if (!made) return create();
    Id& id = (*made)[name];
    if (id.empty()) id = create();
    return id;
}

// A new entry with a fresh ID (prefix "d" or "p") and the name, for create() above.
template <class T> T new_directory_entry(IdSource& ids, const std::string& name) {
    T e;
    e.id = ids.make(std::is_same_v<T, Department> ? "d" : "p");
    e.name = name;
    return e;
}

// One undoable step: deletes the entry (a tombstone) and takes it out of every live measure's
// lead/support lists (responsible/leaders for a person). People keep their department field: a
// tombstone still resolves, and who belonged where stays true. The batch fails (changes
// nothing) if the entry is missing or already deleted.
CommandPtr remove_department_everywhere(const Workspace& ws, const Id& dept);
CommandPtr remove_person_everywhere(const Workspace& ws, const Id& person);

// Trims ASCII whitespace and the ideographic space U+3000 from both ends.
std::string_view trim_name(std::string_view s);

} // namespace rectify
