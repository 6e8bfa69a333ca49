// Merging a return (a copy of a plan filled in by a unit, 报送) into the master copy (issue 6).
// Index: KnownVector (what a copy has seen) · MergeItem/MergePreview (what a merge would do) ·
// Resolutions · preview_merge / merge_into / merge_command · roll-up.
//
// How a side is judged to have "changed" a field, without a common ancestor: every copy knows a
// version vector — per office code, the latest stamp time it has seen. It is the vector stored
// in the copy ("merge_seen" in plan.extras / the workspace's extras, written at export and at
// every merge) joined with every stamp the copy holds. A side's stamp on a field is news to the
// other side iff stamp.at > other.known[stamp.by]: each office is compared with its own clock,
// so clock skew between offices never drops an edit. For a field whose values differ:
//   news only from the return → taken (value and stamp); news only from the master → kept;
//   news from both, or from neither (no knowledge: a copy without a stored vector whose stamps
//   say nothing) → a conflict, decided by Resolutions (default: the master's value).
// A field with no stamp on a side is unchanged since creation there: never news.
// Equal values with different stamps take the later stamp silently (so copies converge).
// Why the merge records what it has seen (instead of only comparing to an export base): a
// conflict kept as the master's value must not come back as a conflict when the same return is
// merged again; recording the return's stamps as seen makes the second merge a no-op.
//
// Entities are matched by ID, once the return's IDs that belong to different items here (another
// plan, another kind of entity: old short IDs like s-1) were given new ones (id_collisions.h), so
// a merge never makes a workspace that holds an ID twice. Deletion is a tombstone and is never undone by an older copy: a
// deletion that is news wins, unless the other side edited the entity after the deleter's copy
// was taken — then it is an EditedVsDeleted conflict; its default (the master's side) keeps a
// live master item live and a deleted one deleted. Items added on either side are kept. Order:
// every item has a place (the item it follows, and when it got there: core/list_place.h); each
// item takes the later of its two places and the list is ordered by the places, so concurrent
// moves in different copies all hold and the order is the same whatever order the returns are
// merged in. Moves are never asked about (order is not worth a question); "problem" (which
// problem a measure is under) is a field like any other. Lists of IDs, steps, deadline, closure,
// feedback and the leading group are each one field (the stamp granularity of the editor's
// commands).
// Directory entries match by ID, or, for an entry added in the return, by name (find_*_by_name):
// two units that each added 基教科 do not make two. (The first merged keeps its ID, so with such
// entries the IDs depend on merge order; the content does not.)
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// ---- what a copy has seen ---------------------------------------------------------------------

struct KnownVector {
    std::map<std::string, std::int64_t> at; // office code -> latest stamp time seen
    bool covers(const Stamp& s) const;      // s is not news to a copy with this vector
    void add(const Stamp& s);
    void join(const KnownVector& o);
    bool operator==(const KnownVector& o) const { return at == o.at; }
};

inline constexpr const char* kSeenMember = "merge_seen"; // in Plan::extras and Workspace::extras
KnownVector stored_vector(const Extras& x);                // {} when absent or unreadable
void store_vector(Extras& x, const KnownVector& v);
KnownVector plan_known(const Plan& plan);          // stored ∪ every stamp in the plan
KnownVector directory_known(const Workspace& ws);  // stored ∪ every stamp in the directory

// Records in every plan and in the directory what they have seen; called when exporting a copy
// (下发) so the return carries its base even if the unit's stamps say little.
void stamp_known_vectors(Workspace& ws);

// ---- what a merge does ------------------------------------------------------------------------

enum class MergeKind { Added, Changed, Deleted, Conflict };
enum class ConflictKind { None, BothEdited, EditedVsDeleted };
enum class Side { Master, Return };

struct MergeItem {
    MergeKind kind = MergeKind::Changed;
    ConflictKind conflict = ConflictKind::None;
    std::string entity;       // "plan", "problem", "measure", "progress", "evidence", "section", "phase", "department", "person"
    Id id;                    // the entity
    Id plan;                  // its plan (empty for the directory)
    std::string field;        // name in the change records ("deadline"; "deleted" for deletions; empty when added)
    std::string path;         // display: "（一）· 规范招生录取 · 进展 2022-06-01"
    std::string master_text;  // display values (conflicts and changes); empty for added/deleted
    std::string return_text;
    Stamp master_stamp, return_stamp;
    bool master_deleted = false; // EditedVsDeleted: which side deleted
    std::string key() const { return id + "/" + field; } // for Resolutions
};

struct MergePreview {
    std::vector<MergeItem> added, changed, deleted, conflicts;
    bool empty() const { return added.empty() && changed.empty() && deleted.empty() && conflicts.empty(); }
    size_t size() const { return added.size() + changed.size() + deleted.size() + conflicts.size(); }
};

// For people: the entity's name (措施 / measure) and a field's (整改时限 / deadline; a person's
// "title" is 职务); the stamp name itself if unknown.
const char* merge_entity_label(const std::string& entity, Lang lang);
const char* merge_field_label(const std::string& entity, const std::string& field, Lang lang);

// How to decide conflicts: by MergeItem::key(), else `fallback`. `decide`, when set, is asked
// for every conflict not in `by_key` (tests use it for a deterministic rule).
struct Resolutions {
    std::map<std::string, Side> by_key;
    Side fallback = Side::Master;
    std::function<Side(const MergeItem&)> decide;
    Side pick(const MergeItem& c) const;
};

// Merges `ret` into `master` in place and returns what it did (conflicts listed with the side
// taken being res's choice). Display texts are in `lang`.
MergePreview merge_into(Workspace& master, const Workspace& ret, const Resolutions& res = {},
                        Lang lang = Lang::Zh);

// What merging would do, master untouched (conflicts shown with the default: master's side).
MergePreview preview_merge(const Workspace& master, const Workspace& ret, Lang lang = Lang::Zh);

// The merge as one undoable command for History: applies merge_into on the workspace it is run
// on (so replaying it on another tab's copy merges there too); undo restores the whole
// workspace as it was before.
CommandPtr merge_command(Workspace ret, Resolutions res);

// ---- roll-up (汇总): several returns at once ---------------------------------------------------

struct ReturnSummary {
    std::string file;          // as given by the caller (a file name)
    Office office;             // who exported it (the envelope's exported_by)
    std::string exported_at;   // ISO 8601 UTC, the file's export time
    size_t added = 0, changed = 0, deleted = 0, conflicts = 0; // against the master, each alone
};

struct ReturnFile {
    std::string file;
    Office office;
    std::string exported_at;
    Workspace workspace;
};

// Each return previewed against the master alone (not cumulatively).
std::vector<ReturnSummary> roll_up(const Workspace& master, const std::vector<ReturnFile>& returns);

// Offices (by code) among `expected` that sent no return.
std::vector<std::string> missing_returns(const std::vector<ReturnSummary>& got,
                                         const std::vector<std::string>& expected_codes);

} // namespace rectify
