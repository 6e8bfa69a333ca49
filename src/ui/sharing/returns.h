// returns: plan files going out to units (下发) and coming back (报送), merged into this
// workspace (core/merge/merge.h, run in the office module). A file received alone opens the merge preview as soon as it is made; several at
// a time open the roll-up view (汇总报送): which units have sent their return, when, what each
// changed, and which have not yet. Nothing changes before the user accepts a preview; a merge
// is one undo step.
#pragma once
#include <map>
#include <vector>

#include "core/merge/merge.h"
#include "core/import/file_intake.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Purpose for the file picker (ShellRequests::pick_purpose).
inline constexpr const char* kPickReturns = "plan-files";

// The plan editor's 导出 button: the whole plan (报送 or to keep), or one department's items.
void draw_export_menu(Doc& doc, ShellState& st, const Plan& plan);

// Plan files (.json) from the picker or dropped on the page, read by core (file_intake.h).
void receive_plan_files(ShellState& st, std::vector<IncomingPlan> files);

// "2026-11-23T08:00:00Z" on this computer's clock, as the app's dates are: "2026-11-23 16:00" in
// China (a plan file's exported_at, shown in the merge preview and 从备份恢复).
std::string local_time(const std::string& iso);

// The merge runs in the office module (core/merge/merge_wire.h, issue 23): takes its answers, puts
// a merge done into the workspace (one undo step) and asks for the next; true when anything came.
bool returns_tick(Doc& doc, ShellState& st);

// The merge preview (a modal over any view, opened once its preview is in) and the roll-up view.
void draw_merge_preview(Doc& doc, ShellState& st);
void draw_returns(Doc& doc, ShellState& st);

// Changes as a table: where, which field, this side's value and the other side's (headed `mine`
// and `theirs`); with `choices`, a choice per row between the two (default: mine), keyed by
// MergeItem::key(). The merge preview's, and the two-tab question's (tab_conflicts.h).
void draw_change_table(const char* id, const std::vector<MergeItem>& items, std::map<std::string, Side>* choices,
                       S mine, S theirs);

} // namespace rectify::ui
