// backups: see backups.h.
//
// Index
//   load_record() / store_record()   the record in the settings (rectify.backup)
//   backup_manifest()                the whole workspace and its files, as a package
//   folder_tick()                    the backup folder: written, due, started
//   backups_edited()                 the first edit since the last backup noted
//   backups_tick()                   a backup offered since: recorded; storage cleared; the reminder
//   backups_request()                立即备份 (a package of everything) / 稍后 / the folder's buttons
#include "app/backups.h"

#include "core/evidence_files.h"
#include "core/format/format.h"
#include "core/zip_manifest.h"
#include "platform/backup_folder.h"
#include "platform/host.h"
#include "platform/storage.h"
#include "platform/zip_stream.h"
#include "ui/strings.h"

namespace rectify::app {

namespace {

constexpr const char* kRecordKey = "rectify.backup";

struct Pending {
    std::string filename; // the backup being made; empty: none
    int made_before = 0;  // zip_streams_made(filename) when it was asked for
};
Pending g_pending;
bool g_loaded = false;
bool g_folder_check = true; // at the start, and after each edit: is the folder's backup due?
double g_folder_poll_ms = 0;
int g_folder_written = 0;   // the folder's `written` count already recorded

void store_record(const Session& s) { platform::settings_set(kRecordKey, backup_record_text(s.shell.status.backup)); }

void load_record(Session& s) {
    if (g_loaded) return;
    g_loaded = true;
    s.shell.status.backup = parse_backup_record(platform::settings_get(kRecordKey));
}

// The whole workspace with every file it references, as a package manifest; "" (and the reason
// said) when the workspace fails its own check.
std::string backup_manifest(Session& s) {
    const std::string text = workspace_json(s); // not session_serialize: the autosave's books stay as they are
    const std::string why = session_refusal(s.doc.ws, text);
    if (why.empty()) return package_manifest(text, referenced_files(s.doc.ws));
    ui::show_notice(s.shell, ui::trf(ui::S::NotExportedInvalid, {{"why", why}}), ui::NoticeKind::Error);
    return {};
}

// The backup folder: its state looked at twice a second; a backup written there recorded; the
// day's backup started when due.
bool folder_tick(Session& s, double now_ms) {
    ui::AppStatus& st = s.shell.status;
    if (now_ms < g_folder_poll_ms) return false;
    g_folder_poll_ms = now_ms + 500;
    platform::BackupFolder f = platform::backup_folder();
    bool changed = f.chosen != st.folder.chosen || f.busy != st.folder.busy || f.permission != st.folder.permission ||
                   f.error != st.folder.error || f.supported != st.folder.supported;
    if (f.written > g_folder_written) {
        g_folder_written = f.written;
        st.backup.folder = s.doc.today;
        backup_made(st.backup, s.doc.today);
        store_record(s);
        changed = true;
    }
    st.folder = std::move(f);
    const platform::BackupFolder& now = st.folder;
    if (now.chosen && now.permission == "granted" && !now.busy && !s.doc.read_only &&
        folder_backup_due(st.backup, s.doc.today, g_folder_check)) {
        g_folder_check = false;
        const std::string manifest = backup_manifest(s);
        if (!manifest.empty())
            platform::backup_folder_write(manifest, backup_file_name(s.doc.today), kBackupFolderKeep);
        st.folder.busy = true; // until the page says
    } else if (now.chosen && now.permission == "granted") {
        g_folder_check = false; // written today already
    }
    return changed;
}

} // namespace

void backups_edited(Session& s) {
    g_folder_check = true;
    load_record(s);
    if (backup_edited(s.shell.status.backup, s.doc.today)) store_record(s);
}

bool backups_tick(Session& s) {
    load_record(s);
    ui::AppStatus& st = s.shell.status;
    bool changed = false;
    if (!g_pending.filename.empty() && platform::zip_streams_made(g_pending.filename) > g_pending.made_before) {
        backup_made(st.backup, s.doc.today);
        store_record(s);
        ui::show_notice(s.shell, ui::trf(ui::S::BackupDone, {{"file", g_pending.filename}}));
        g_pending = {};
        changed = true;
    }
    // Storage that vanished (platform/storage.h): said, and the workspace stored again.
    if (platform::storage_take_cleared()) {
        st.storage_cleared = true;
        s.saver.start(0, true);
        s.saver.edited(platform::now_ms());
        changed = true;
    }
    changed = folder_tick(s, platform::now_ms()) || changed;
    const bool remind = !st.loading && backup_reminder_due(st.backup, s.doc.today);
    if (remind != st.backup_reminder) {
        st.backup_reminder = remind;
        changed = true;
    }
    return changed;
}

void backups_request(Session& s, const ui::ShellRequests& req) {
    ui::AppStatus& st = s.shell.status;
    if (req.backup_later) {
        st.backup.put_off = s.doc.today;
        store_record(s);
    }
    if (req.folder_choose) {
        platform::backup_folder_choose();
        g_folder_check = true; // the first backup goes there as soon as it is granted
    }
    if (req.folder_reauthorize) platform::backup_folder_reauthorize();
    if (!req.backup_now) return;
    // Always a package, with or without files: one kind of backup file, restored one way.
    const std::string manifest = backup_manifest(s);
    if (manifest.empty()) return;
    g_pending.filename = backup_file_name(s.doc.today);
    g_pending.made_before = platform::zip_streams_made(g_pending.filename);
    platform::export_zip_stream(manifest, g_pending.filename);
}

} // namespace rectify::app
