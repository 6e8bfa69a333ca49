// doc: the open workspace as the views see it. Views read `ws` and change it only by sending
// commands through execute(), which is what gives every edit undo/redo and autosave.
#pragma once
#include <functional>

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
    unsigned long rev = 0;             // bumped by every change: views cache what they derive from ws
    int soon_days = 7;                 // "due soon" (amber) within this many days (a setting)
    bool notice_names = false;         // people's names in the public notice (公示) (a setting)

    // How much of the history is in storage, so that on a two-tab conflict this tab's unsaved
    // commands can be replayed on the other tab's version (see app/persistence.cpp).
    size_t synced = 0;                 // history.undo_count() of the stored version
    bool undone_below_synced = false;  // an undo changed stored state: cannot be replayed

    bool execute(CommandPtr cmd);
    bool undo();
    bool redo();
    // After loading another workspace: old commands address entities that may be gone.
    void replace(Workspace next);
};

} // namespace rectify::ui
