#include "app/session.h"

#include "app/backups.h"
#include "app/restore_points.h"

#include <cstdio>

#include "core/date_text.h"
#include "core/format/format.h"
#include "core/format/id_collisions.h"
#include "core/lookup.h"
#include "platform/autosave.h"
#include "platform/host.h"
#include "platform/storage.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"

// The sample plan (assets/sample-plan.rectify.json), compiled in by cmake/embed.cmake.
extern const unsigned char rectify_sample_plan[];
extern const unsigned long rectify_sample_plan_size;

namespace rectify::app {

std::string session_serialize(Session& s) {
    s.writing_mark = s.doc.history.undo_count();
    return save_workspace(s.doc.ws, platform::epoch_ms());
}

std::string session_refusal(const Workspace& ws, const std::string& text) {
    LoadError err;
    return verify_for_save(ws, text, err) ? std::string() : format_error(err, ui::language());
}

namespace {

// The app's own stored copy (or another tab's save): repeated IDs stored by an older version
// are repaired, not refused, and the repaired copy is stored (see load_initial).
LoadResult load_stored(const std::string& text) {
    Limits limits;
    limits.repair_ids = true;
    return load_workspace(text, limits);
}

} // namespace

// The app's today (core/date_text.h app_today): the views, new entries and file names all use it.
static Date today_now() {
    return app_today(platform::query_param("today"), platform::epoch_ms(), platform::utc_offset_minutes());
}

// An app left open over midnight moves on to the new day (overdue, due soon, new entries' dates);
// looked at twice a minute, between frames.
static bool refresh_today(Session& s, double now_ms) {
    if (now_ms < s.next_today_check_ms) return false;
    s.next_today_check_ms = now_ms + 30000;
    const Date today = today_now();
    if (today == s.doc.today) return false;
    s.doc.today = today;
    s.doc.rev++; // views that cache what they derive (the ledger's due states) derive it again
    return true;
}

std::string workspace_json(const Session& s) { return save_workspace(s.doc.ws, platform::epoch_ms()); }

namespace {

// Another tab saved `theirs` while we had unsaved edits: replay ours on top of it. The merged
// workspace is then saved as the next revision, once the user has chosen about the fields both
// tabs changed (doc.conflicts, ui/sharing/tab_conflicts.h), if any.
bool rebase_onto(ui::Doc& doc, Workspace theirs) {
    FieldConflicts found;
    if (doc.undone_below_synced || !doc.history.reapply_since(doc.synced, theirs, &found)) return false;
    doc.rebased(std::move(theirs), std::move(found));
    return true;
}

// A workspace for a first visit: this office's sample plan, so there is something real to see.
Workspace sample_workspace(ui::Doc& doc) {
    LoadResult r = load_workspace(std::string_view(reinterpret_cast<const char*>(rectify_sample_plan), rectify_sample_plan_size));
    if (r.ok) {
        // Every workspace signs its edits with its own office code: two offices that both began
        // from the sample must not look like one when their copies are merged (core/merge/merge.h).
        r.workspace.office.code = "QSJY-" + doc.ids.make("o").substr(2, 8);
        return std::move(r.workspace);
    }
    std::fprintf(stderr, "sample plan does not load: %s\n", format_error(r.error, Lang::En).c_str());
    Workspace ws;
    ws.id = doc.ids.make("w");
    return ws;
}

ui::Banner banner_for(const platform::Autosaver& s) {
    using State = platform::Autosaver::State;
    switch (s.state()) {
    case State::Failed:
        return s.error() == platform::StoreError::Unavailable ? ui::Banner::Unavailable
             : s.error() == platform::StoreError::QuotaExceeded ? ui::Banner::Quota
                                                                 : ui::Banner::Failed;
    case State::Conflict: return ui::Banner::Conflict;
    default: return ui::Banner::None;
    }
}

// The banners go_read_only sets: the page stays read-only under them until it is reloaded.
bool read_only_banner(ui::Banner b) {
    return b == ui::Banner::Newer || b == ui::Banner::Unreadable || b == ui::Banner::NeedsUpgrade;
}

// The stored copy cannot be used by this version (newer format, unreadable, or in an old format
// while the office module cannot be loaded): it stays exactly as it is, the banner says why, and
// nothing is edited or written until the page is reloaded.
void go_read_only(Session& s, const LoadError& err) {
    ui::AppStatus& st = s.shell.status;
    st.banner = err.key == Msg::TooNew         ? ui::Banner::Newer
              : err.key == Msg::NeedsUpgrade ? ui::Banner::NeedsUpgrade // the office module could not be loaded
                                             : ui::Banner::Unreadable;
    st.banner_detail = format_error(err, ui::language());
    s.doc.read_only = true;
    s.saver.set_read_only(st.banner_detail);
}
} // namespace

void session_sync_banner(Session& s) {
    ui::AppStatus& st = s.shell.status;
    if (read_only_banner(st.banner)) return; // read-only stays
    st.banner = banner_for(s.saver);
    st.banner_detail = s.saver.detail();
    st.saving = s.saver.has_unsaved() && st.banner == ui::Banner::None;
}

void session_begin(Session& s) {
    s.doc.today = today_now();
    s.doc.on_change = [&s] {
        s.saver.edited(platform::now_ms());
        backups_edited(s); // issue 20: edits since the last backup
    };
    points_begin(s); // restore points before the changes that need one
    s.saver.set_check([&s](const std::string& text) { return session_refusal(s.doc.ws, text); });
    s.doc.read_only = true;
    s.shell.status.loading = true;
}

// The stored copy read (`r`, directly or by the office module): open it, or the sample when it does not load.
static void open_initial(Session& s, const platform::StoredDoc& stored, LoadResult r) {
    ui::Doc& doc = s.doc;
    s.shell.status.loading = false;
    platform::mark("workspace"); // bench/startup.mjs: the workspace is shown from the next frame
    doc.read_only = false;
    if (stored.available && stored.found) {
        if (r.ok) {
            if (r.info.version < kFormatVersion) points_take(s, PointReason::Migration, stored.text, r.workspace); // as it was stored
            doc.ws = std::move(r.workspace);
            s.saver.start(stored.rev, true);
            // Store it properly now; a migrated copy too, so that the next start reads it without the office
            // module (the copy as it was is kept as a restore point above).
            if (stored.recovered || r.repaired_ids || r.info.version < kFormatVersion) s.saver.edited(platform::now_ms());
            if (r.repaired_ids) // worth reading: it stays longer than a passing notice
                ui::show_notice(s.shell, ui::trf(ui::S::RepairedIds, {{"n", r.repaired_ids}}), ui::NoticeKind::Info, 15000);
        } else {
            doc.ws = sample_workspace(doc); // something to look at; the stored copy is not touched
            s.saver.start(stored.rev, true);
            go_read_only(s, r.error);
        }
    } else {
        doc.ws = sample_workspace(doc);
        s.saver.start(stored.rev, stored.available);
        if (stored.available) s.saver.edited(platform::now_ms()); // keep the sample, so IDs stay stable
        else s.shell.status.banner_detail = stored.error; // the Failed(Unavailable) state shows the banner
    }
    doc.rev++;
    session_sync_banner(s);
}

// Storage has answered: the stored copy is read here, or, when it is in a format the startup module
// no longer reads (old_formats.h), by the office module (upgrade_call) while the app still says it
// is reading; open_initial once the copy is read.
static void load_initial(Session& s) {
    platform::StoredDoc stored = platform::storage_initial();
    LoadResult r;
    if (stored.available && stored.found) {
        r = load_stored(stored.text);
        if (!r.ok && r.error.key == Msg::NeedsUpgrade) {
            s.upgrade_call = platform::upgrade_in_module(stored.text, /*stored_copy=*/true);
            s.upgrading = std::move(stored);
            ui::show_notice(s.shell, ui::tr(ui::S::UpgradingWorkspace));
            return;
        }
    }
    open_initial(s, stored, std::move(r));
}

bool session_tick(Session& s, double now_ms) {
    ui::Doc& doc = s.doc;
    ui::AppStatus& st = s.shell.status;
    if (st.loading) {
        if (s.upgrade_call) {
            LoadResult r;
            if (!platform::take_upgrade(s.upgrade_call, r)) return false;
            s.upgrade_call = 0;
            open_initial(s, s.upgrading, std::move(r));
            s.upgrading = platform::StoredDoc{};
            return true;
        }
        if (!platform::storage_initial_ready()) return false;
        load_initial(s);
        return true;
    }
    st.now_ms = now_ms;
    bool changed = refresh_today(s, now_ms);
    if (platform::OfficeExport which; platform::take_export_failure(which)) { // the office module could not be loaded or failed
        static const ui::S what[] = {ui::S::XlsxFailed, ui::S::DocxFailed, ui::S::FormFailed, ui::S::SheetFailed, ui::S::ArchiveFailed};
        ui::show_notice(s.shell, ui::tr(what[int(which)]), ui::NoticeKind::Error);
        changed = true;
    }
    if (platform::take_document_downloaded()) { // a report page made by the office module, its tab blocked
        ui::show_notice(s.shell, ui::tr(ui::S::OpenedAsDownload));
        changed = true;
    }
    // While the office module is fetched for a report, say so (once per file).
    static std::string making;
    if (std::string loading = platform::report_file_loading(); loading != making) {
        if (!loading.empty()) ui::show_notice(s.shell, ui::trf(ui::S::ReportMaking, {{"file", loading}}));
        making = std::move(loading);
        changed = true;
    }
    // How long the browser keeps the workspace: answered once, soon after the start.
    const platform::Durability durability = platform::durability_of(platform::storage_keeping());
    if (durability != st.durability) {
        st.durability = durability;
        changed = true;
    }
    platform::StorageEvent ev;
    while (platform::storage_poll(&ev)) {
        changed = true;
        if (ev.kind == platform::StorageEvent::Kind::Read) {
            LoadResult loaded = load_stored(ev.text);
            Workspace next = std::move(loaded.workspace);
            const LoadError& err = loaded.error;
            const bool rebase = s.rebase;
            s.rebase = false;
            if (loaded.ok) {
                if (!rebase) {
                    doc.replace(std::move(next));
                    s.saver.reloaded(ev.rev);
                    ui::show_notice(s.shell, ui::tr(ui::S::ReloadedFromOtherTab));
                } else if (rebase_onto(doc, std::move(next))) {
                    s.saver.reloaded(ev.rev);
                    s.saver.edited(now_ms); // store the merged version
                    ui::show_notice(s.shell, ui::tr(ui::S::MergedOtherTab));
                } else {
                    s.saver.rebase_failed(); // the user decides, with the banner's buttons
                }
            } else {
                go_read_only(s, err);
            }
            continue;
        }
        if (ev.kind == platform::StorageEvent::Kind::Saved) doc.synced = s.writing_mark;
        switch (s.saver.on_event(ev)) {
        case platform::Autosaver::Action::Reload: platform::storage_read(); break;
        case platform::Autosaver::Action::Rebase:
            s.rebase = true;
            platform::storage_read();
            break;
        default: break;
        }
    }
    if (changed) doc.rev++; // another tab's version may have replaced the workspace
    changed = backups_tick(s) || changed; // issue 20: the last backup, the reminder
    const bool was_saving = st.saving;
    s.saver.hold(!doc.conflicts.empty()); // the user is choosing between the tabs' values
    s.saver.tick(now_ms, [&s] { return session_serialize(s); });
    session_sync_banner(s);
    return changed || was_saving != st.saving;
}

} // namespace rectify::app

namespace rectify::app {

void session_flush(Session& s) {
    ui::text_fields_commit_active(); // a field being edited is part of what must not be lost
    s.saver.hold(!s.doc.conflicts.empty()); // the commit may have asked
    s.saver.flush([&s] { return session_serialize(s); });
}

} // namespace rectify::app
