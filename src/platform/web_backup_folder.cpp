// web_backup_folder: backup_folder.h over web/backup_folder.js (window.rectifyBackupFolder).
#include <emscripten/emscripten.h>

#include "core/backup_due.h"
#include "platform/backup_folder.h"
#include "platform/js_string.h"

// The folder's pruning (web/backup_folder.js) asks which of its files are backups: core's rule
// (core/backup_due.h is_backup_file_name), so nothing else in the folder is ever removed.
extern "C" EMSCRIPTEN_KEEPALIVE int rectify_is_backup_file_name(const char* name) {
    return name && rectify::is_backup_file_name(name) ? 1 : 0;
}

EM_JS(int, js_folder_flags, (), {
    var f = window.rectifyBackupFolder;
    if (!f) return 0;
    var s = f.state;
    return (s.supported ? 1 : 0) | (s.chosen ? 2 : 0) | (s.busy ? 4 : 0);
});
EM_JS(int, js_folder_written, (), { return window.rectifyBackupFolder ? rectifyBackupFolder.state.written : 0; });
// 0: the name, 1: the permission, 2: the error.
EM_JS(char*, js_folder_field, (int which), {
    var s = window.rectifyBackupFolder ? rectifyBackupFolder.state : {};
    return rectifyHost.allocString(Module, [s.name, s.permission, s.error][which] || "");
});
EM_JS(void, js_folder_choose, (), { rectifyBackupFolder.choose(); });
EM_JS(void, js_folder_reauthorize, (), { rectifyBackupFolder.reauthorize(); });
EM_JS(void, js_folder_write, (const char* manifest, const char* filename, int keep), {
    rectifyBackupFolder.write(UTF8ToString(manifest), UTF8ToString(filename), keep);
});

namespace rectify::platform {

BackupFolder backup_folder() {
    BackupFolder f;
    const int flags = js_folder_flags();
    f.supported = flags & 1;
    f.chosen = flags & 2;
    f.busy = flags & 4;
    f.written = js_folder_written();
    if (f.chosen) {
        f.name = take(js_folder_field(0));
        f.permission = take(js_folder_field(1));
    }
    f.error = take(js_folder_field(2));
    return f;
}

void backup_folder_choose() { js_folder_choose(); }
void backup_folder_reauthorize() { js_folder_reauthorize(); }

void backup_folder_write(const std::string& manifest_json, const std::string& filename, int keep) {
    js_folder_write(manifest_json.c_str(), filename.c_str(), keep);
}

} // namespace rectify::platform
