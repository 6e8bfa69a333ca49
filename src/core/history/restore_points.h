// restore_points: the rules of the app's own snapshots of the workspace (历史版本). The app takes a
// point (the workspace file text as it was) before a change that is hard to take back: the first
// change of each day, a merge of a return, a ledger or text import, a bulk delete, a restore, a
// backup restored, and a file of an older format version loaded. The points live in the page
// (platform/restore_points.h); here: why one is taken, which are dropped, what changed since one.
// Index: PointReason · point_reason() · PointCounts · budget (points_to_drop) · PointDiff ·
// restore_command · copy_plan_command.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/dates.h"
#include "core/ids.h"
#include "core/model.h"

namespace rectify {

// Why a point was taken; stored by its code (point_reason_code), so the words can change.
enum class PointReason { None, FirstToday, Merge, LedgerImport, TextImport, BulkDelete, Restore, BackupRestore, Migration };
const char* point_reason_code(PointReason r);          // "day", "merge", … ("" for None)
PointReason point_reason_from_code(const std::string& code); // None when unknown

// The one rule: must a point be taken before `cmd` is applied to `ws`? `first_today`: no point
// was taken yet on the app's today. A command that deletes a plan, a problem with its measures or
// a directory entry, merges, imports or restores always takes one; any other change takes the
// day's first one.
PointReason point_reason(const Command& cmd, const Workspace& ws, bool first_today);
// The label of the command restoring a whole workspace from a backup file (the backup's restore
// uses restore_command(ws, kRestoreBackupLabel), so the rule above names it).
extern const char* const kRestoreBackupLabel;

struct PointCounts {
    int plans = 0, problems = 0, measures = 0; // alive ones
};
PointCounts point_counts(const Workspace& ws);

// ---- budget -------------------------------------------------------------------------------------

struct PointInfo {
    std::string id;
    std::int64_t when_ms = 0;
    Date day;                 // the app's day it was taken on
    std::uint64_t bytes = 0;  // its text's size
};
struct PointBudget {
    int days = 30;                              // points older than this many days are dropped
    std::size_t max_points = 20;
    std::uint64_t max_bytes = 200ull * 1024 * 1024;
};
// The ids of the points to drop so that the rest fits the budget on `today`: those older than
// the budget's days first; then, oldest first, the extra points of a day that has several
// (one per day is kept as long as possible); then whole days, oldest first. The newest point is
// never dropped.
std::vector<std::string> points_to_drop(std::vector<PointInfo> points, const Date& today, const PointBudget& budget = {});
// Days from 1970-01-01 (for the budget's ages).
long day_number(const Date& d);

// ---- what changed since a point ----------------------------------------------------------------

struct PointDiff {
    int plans_added = 0, plans_removed = 0;
    int problems_added = 0, problems_removed = 0;
    int measures_added = 0, measures_removed = 0;
    int statuses_changed = 0; // measures alive in both whose status differs
    bool empty() const {
        return !(plans_added || plans_removed || problems_added || problems_removed || measures_added ||
                 measures_removed || statuses_changed);
    }
};
// From the point's workspace `then` to `now` ("+1 plan" means now has a plan the point lacks).
PointDiff point_diff(const Workspace& then, const Workspace& now);

// ---- commands ----------------------------------------------------------------------------------

// Replaces the whole workspace with `point` (one undo step; the undo brings back what was there).
CommandPtr restore_command(Workspace point, const char* label = "restore");
// As restore_command, for a whole workspace made elsewhere (a merge done in the office module:
// merge_wire.h). With `replays` false, replaying it on another tab's copy fails (the rebase stops
// and the user decides, session.cpp) rather than putting this copy over that one's edits.
CommandPtr replace_workspace_command(Workspace with, const char* label, bool replays);
// Copies plan `plan_id` of a point's workspace into the open workspace `into` as a new plan
// (fresh IDs, see duplicate_plan), appended; nullptr when the point has no such live plan.
CommandPtr copy_plan_command(const Workspace& point, const Id& plan_id, const Workspace& into, IdSource& ids,
                             const std::string& title_suffix);

} // namespace rectify
