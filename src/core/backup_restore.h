// backup_restore: what a backup file holds, for the preview of 从备份恢复 (the counts of plans,
// problems, measures and evidence files, the live ones), and restoring it as the whole workspace
// in one undoable step (replace_workspace_command). Merging a backup instead is a return's merge
// (core/merge/merge.h).
// Index: BackupContents · backup_contents · replace_workspace_command.
#pragma once
#include <cstddef>

#include "core/commands.h"
#include "core/model.h"

namespace rectify {

struct BackupContents {
    std::size_t plans = 0, problems = 0, measures = 0, files = 0;
};
BackupContents backup_contents(const Workspace& ws);

// Replaces the whole workspace by `next`; its undo puts the one it replaced back.
CommandPtr replace_workspace_command(Workspace next);

} // namespace rectify
