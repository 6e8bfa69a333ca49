// native_backup_folder: backup_folder.h outside the browser: no folder (the CLI writes files itself).
#include "platform/backup_folder.h"

namespace rectify::platform {

BackupFolder backup_folder() { return {}; }
void backup_folder_choose() {}
void backup_folder_reauthorize() {}
void backup_folder_write(const std::string&, const std::string&, int) {}

} // namespace rectify::platform
