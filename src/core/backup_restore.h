// backup_restore: what a backup file holds, for the preview of 从备份恢复 (the counts of plans,
// problems, measures and evidence files, the live ones), and restoring it as the whole workspace
// in one undoable step is core/history/restore_points.h restore_command(ws, kRestoreBackupLabel). Merging a backup instead is a return's merge
// (core/merge/merge.h).
// Index: BackupContents · backup_contents.
#pragma once
#include <cstddef>

#include "core/model.h"

namespace rectify {

struct BackupContents {
    std::size_t plans = 0, problems = 0, measures = 0, files = 0;
};
BackupContents backup_contents(const Workspace& ws);


} // namespace rectify
