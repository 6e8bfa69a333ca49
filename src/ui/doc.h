// doc: the open workspace as the views see it. Views read `ws` and change it only by sending
// commands through execute(), which is what gives every edit undo/redo and autosave.
#pragma once
#include <functional>
#include <map>
#include <memory>

#include "core/commands.h"
#include "core/ids.h"
#include "core/model.h"

namespace rectify::ui {

struct Doc {
    Workspace ws;
    History history;
    IdSource ids;
    Date today;                        // drives overdue and due-soon (real date, or ?today=)
    bool read_only = false;            // the stored copy must not be changed (see the banner)
    std::function<void()> on_change;   // set by the app: schedules the autosave
    std::function<void(const Command&)> before_change; // set by the app: a restore point first (app/restore_points.h)
    unsigned long rev = 0;             // bumped by every change: views cache what they derive from ws
    int soon_days = 7;                 // "due soon" (amber) within this many days (a setting)
    bool notice_names = false;         // people's names in the public notice (公示) (a setting)
    std::string user;                  // 当前使用人: who entries are recorded under (a setting, ui/current_user.h)

    // How much of the history is in storage, so that on a two-tab conflict this tab's unsaved
    // commands can be replayed on the other tab's version (see app/session.cpp).
    size_t synced = 0;                 // history.undo_count() of the stored version
    bool undone_below_synced = false;  // an undo changed stored state: cannot be replayed

    // Fields this tab and another both changed (core/commands.h FieldConflict): the user chooses
    // (ui/sharing/tab_conflicts.h) and nothing is saved until then. `decided`: each field's key with the
    // other tab's change record the user already chose about, so it is not asked again.
    FieldConflicts conflicts;
    std::map<std::string, Stamp> decided;
    // The version a field being typed in (text_editing()) was opened on, when another tab's
    // version replaced it meanwhile: the field's commit is an edit of that version, replayed on the new one
    // (History::execute_from), so what the other tab changed in that field is not overwritten
    // unasked. Dropped once no field is being edited (end_frame).
    std::unique_ptr<Workspace> edit_base;

    bool execute(CommandPtr cmd);
    bool undo();
    bool redo();
    // After loading another workspace: old commands address entities that may be gone.
    void replace(Workspace next);
    // This tab's unsaved commands, replayed on another tab's version (History::reapply_since),
    // become the workspace; `found`: the fields both changed.
    void rebased(Workspace merged, FieldConflicts found);
    // After each frame.
    void end_frame();

private:
    void keep_edit_base(); // before another version replaces ws
    void add_conflicts(FieldConflicts found);
};

} // namespace rectify::ui
