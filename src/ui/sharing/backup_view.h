// backup_view: backups in the shell (issue 20): 上次备份：N天前 in the menu bar (a click backs up),
// 立即备份 and 从备份恢复… in the 编辑 menu, the reminder after a week of edits without a backup
// (立即备份 / 稍后, never blocking), the banner when the browser cleared the stored workspace, and
// the backup folder's 选择备份文件夹… and state, 从备份恢复's preview: what the backup holds, then 替换当前工作区 (one undoable step) or 合并 (the
// merge preview of a return, returns.h). The app makes the backups (app/backups.cpp); a backup
// file picked for restoring arrives like any plan file or package (incoming_files.h).
#pragma once
#include "core/import/file_intake.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Purpose for the file picker: a backup to restore (.rectify.zip or .rectify.json).
inline constexpr const char* kPickRestore = "backup-restore";

void draw_backup_menu_items(ShellState& st, const Doc& doc);
// 上次备份：… in the menu bar (its width first, to place it), then the backup folder's state:
// 重新授权 when the browser asks again, 备份文件夹写入失败 (error colour) when it could not write.
float backup_status_width(const ShellState& st, const Doc& doc);
void draw_backup_status(ShellState& st, const Doc& doc);
float folder_status_width(const ShellState& st);
void draw_folder_status(ShellState& st);
// The reminder and the cleared-storage banner (in the shell's banner area).
void draw_backup_banners(ShellState& st, const Doc& doc);

// A backup file read for restoring: its preview opens (or its error is said).
void receive_backup(ShellState& st, IncomingPlan file);
void draw_restore_preview(Doc& doc, ShellState& st);

} // namespace rectify::ui
