// backup_due: when a backup is due (issue 20): what the app keeps about backups (BackupRecord:
// the day of the last backup, the day of the first edit since it, the day the reminder was put
// off), the backup file's name, how long ago the last one was, and whether to remind.
// The app keeps the record in its settings (app/backups.cpp); the rules live here only.
// Index: BackupRecord · backup_file_name · is_backup_file_name · days_since_backup · backup_edited
//        · backup_made · backup_reminder_due · folder_backup_due · backup_record_text / parse_backup_record.
#pragma once
#include <string>
#include <string_view>

#include "core/dates.h"

namespace rectify {

inline constexpr int kBackupRemindDays = 7; // edits this many days without a backup: remind
inline constexpr int kBackupFolderKeep = 10; // the backup folder keeps this many (the newest)
// A backup's file name is kBackupFilePrefix + YYYY-MM-DD + kBackupFileSuffix.
inline constexpr const char* kBackupFilePrefix = "整改通备份-";
inline constexpr const char* kBackupFileSuffix = ".rectify.zip";

struct BackupRecord {
    Date last;        // the day the last backup was downloaded (or written to the folder); empty: never
    Date first_edit;  // the first edit since then; empty: nothing changed since
    Date put_off;     // the reminder was put off (稍后) on this day: not again that day
    Date folder;      // the day of the last backup written to the backup folder; empty: none
};

// 整改通备份-YYYY-MM-DD.rectify.zip
std::string backup_file_name(const Date& day);
// Whether `name` is one of ours (that pattern exactly): the backup folder deletes only those.
bool is_backup_file_name(std::string_view name, Date* day = nullptr);

// Whole days from the last backup to `today` (0: today); -1 when there never was one.
int days_since_backup(const BackupRecord& r, const Date& today);

// The workspace was edited on `today`: remembered when it is the first edit since the last backup.
// Returns whether the record changed (so the caller stores it).
bool backup_edited(BackupRecord& r, const Date& today);
// A backup was made on `today`: edits since then are none.
void backup_made(BackupRecord& r, const Date& today);

// Whether the reminder shows: edits since the last backup, the last backup (or, never made, the
// first of those edits) at least kBackupRemindDays ago, and not put off today.
bool backup_reminder_due(const BackupRecord& r, const Date& today);

// Whether the day's backup goes to the backup folder now: at the start or at an edit
// (`start_or_edit`), when none was written there today.
bool folder_backup_due(const BackupRecord& r, const Date& today, bool start_or_edit);

// The record as kept in the settings: "last=…;edit=…;later=…;folder=…" (YYYY-MM-DD,  (parts
// empty when unset); an unreadable text is an empty record.
std::string backup_record_text(const BackupRecord& r);
BackupRecord parse_backup_record(std::string_view text);

} // namespace rectify
