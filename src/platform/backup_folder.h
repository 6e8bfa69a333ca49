// backup_folder: the folder the app writes a dated backup into every day (issue 20), where the
// browser has the File System Access API (Chrome, Edge). Web: web_backup_folder.cpp over
// web/backup_folder.js (the folder's handle kept in IndexedDB, the ZIP streamed into its file);
// native: not supported.
#pragma once
#include <string>

namespace rectify::platform {

struct BackupFolder {
    bool supported = false;  // the browser has window.showDirectoryPicker
    bool chosen = false;     // a folder was picked (now or at an earlier visit)
    bool busy = false;       // a backup is being written
    std::string name;        // the folder's name
    std::string permission;  // "granted", "prompt" (ask again: 重新授权), "denied", "" (not known yet)
    std::string error;       // why the last pick, request or write failed; "" when it did not
    int written = 0;         // backups written there since the page opened
};
BackupFolder backup_folder();

// 选择备份文件夹… and 重新授权: each only from the user's click (the browser requires one).
void backup_folder_choose();
void backup_folder_reauthorize();
// Streams the ZIP of `manifest_json` (platform/zip_stream.h) into `filename` in the folder, then
// keeps the newest `keep` backups, removing older ones and no other file: which names are backups
// the page asks the app (core/backup_due.h is_backup_file_name, through
// web_backup_folder.cpp's rectify_is_backup_file_name). The outcome arrives in backup_folder() (written, error).
void backup_folder_write(const std::string& manifest_json, const std::string& filename, int keep);

} // namespace rectify::platform
