#include "app/persistence.h"

#include <cstdio>
#include <emscripten/emscripten.h>

#include "core/date_text.h"
#include "core/merge/export_plan.h"
#include "core/format/format.h"
#include "core/format/id_collisions.h"
#include "core/lookup.h"
#include "platform/autosave.h"
#include "platform/files.h"
#include "platform/host.h"
#include "platform/storage.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"

// The sample plan (assets/sample-plan.rectify.json), compiled in by cmake/embed.cmake.
extern const unsigned char rectify_sample_plan[];
extern const unsigned long rectify_sample_plan_size;

namespace rectify::app {

namespace {
platform::Autosaver g_saver;
ui::Doc* g_doc = nullptr;
bool g_rebase = false;      // the next Read is for replaying our edits on top of it
size_t g_writing_mark = 0;  // history depth of the version being written

std::string serialize() {
    g_writing_mark = g_doc->history.undo_count();
    return save_workspace(g_doc->ws, platform::epoch_ms());
}

// "" when the file text of `ws` passes our own validation, else why not (in the UI's language).
std::string refusal(const Workspace& ws, const std::string& text) {
    LoadError err;
    return verify_for_save(ws, text, err) ? std::string() : format_error(err, ui::language());
}

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
static bool refresh_today(ui::Doc& doc, double now_ms) {
    static double next_ms = 0;
    if (now_ms < next_ms) return false;
    next_ms = now_ms + 30000;
    const Date today = today_now();
    if (today == doc.today) return false;
    doc.today = today;
    doc.rev++; // views that cache what they derive (the ledger's due states) derive it again
    return true;
}

std::string workspace_json() { return g_doc ? save_workspace(g_doc->ws, platform::epoch_ms()) : std::string("null"); }

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
Workspace sample_workspace() {
    LoadResult r = load_workspace(std::string_view(reinterpret_cast<const char*>(rectify_sample_plan), rectify_sample_plan_size));
    if (r.ok) {
        // Every workspace signs its edits with its own office code: two offices that both began
        // from the sample must not look like one when their copies are merged (core/merge/merge.h).
        r.workspace.office.code = "QSJY-" + g_doc->ids.make("o").substr(2, 8);
        return std::move(r.workspace);
    }
    std::fprintf(stderr, "sample plan does not load: %s\n", format_error(r.error, Lang::En).c_str());
    Workspace ws;
    ws.id = g_doc->ids.make("w");
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

// The stored copy cannot be used by this version (newer format, or unreadable): it stays exactly
// as it is, the banner says why, and nothing is edited or written until the page is reloaded.
void go_read_only(ui::Doc& doc, ui::ShellState& st, const LoadError& err) {
    st.banner = err.key == Msg::TooNew ? ui::Banner::Newer : ui::Banner::Unreadable;
    st.banner_detail = format_error(err, ui::language());
    doc.read_only = true;
    g_saver.set_read_only(st.banner_detail);
}

void sync_banner(ui::ShellState& st) {
    if (st.banner == ui::Banner::Newer || st.banner == ui::Banner::Unreadable) return; // read-only stays
    st.banner = banner_for(g_saver);
    st.banner_detail = g_saver.detail();
    st.saving = g_saver.has_unsaved() && st.banner == ui::Banner::None;
}
} // namespace

void persistence_begin(ui::Doc& doc, ui::ShellState& st) {
    g_doc = &doc;
    doc.today = today_now();
    doc.on_change = [] { g_saver.edited(platform::now_ms()); };
    g_saver.set_check([](const std::string& text) { return refusal(g_doc->ws, text); });
    doc.read_only = true;
    st.loading = true;
}

static void load_initial(ui::Doc& doc, ui::ShellState& st) {
    st.loading = false;
    doc.read_only = false;

    platform::StoredDoc stored = platform::storage_initial();
    if (stored.available && stored.found) {
        LoadResult r = load_stored(stored.text);
        if (r.ok) {
            doc.ws = std::move(r.workspace);
            g_saver.start(stored.rev, true);
            if (stored.recovered || r.repaired_ids) g_saver.edited(platform::now_ms()); // store it properly now
            if (r.repaired_ids) { // worth reading: it stays longer than a passing notice
                st.now_ms = platform::now_ms();
                ui::show_notice(st, ui::trf(ui::S::RepairedIds, {{"n", r.repaired_ids}}));
                st.notice_until_ms = st.now_ms + 15000;
            }
        } else {
            doc.ws = sample_workspace(); // something to look at; the stored copy is not touched
            g_saver.start(stored.rev, true);
            go_read_only(doc, st, r.error);
        }
    } else {
        doc.ws = sample_workspace();
        g_saver.start(stored.rev, stored.available);
        if (stored.available) g_saver.edited(platform::now_ms()); // keep the sample, so IDs stay stable
        else st.banner_detail = stored.error; // the Failed(Unavailable) state shows the banner
    }
    doc.rev++;
    sync_banner(st);
}

bool persistence_tick(ui::Doc& doc, ui::ShellState& st, double now_ms) {
    if (st.loading) {
        if (!platform::storage_initial_ready()) return false;
        load_initial(doc, st);
        return true;
    }
    st.now_ms = now_ms;
    bool changed = refresh_today(doc, now_ms);
    if (platform::take_xlsx_failure()) { // the XLSX module could not be loaded or failed: say so
        ui::show_notice(st, ui::S::XlsxFailed, ui::NoticeKind::Error);
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
            const bool rebase = g_rebase;
            g_rebase = false;
            if (loaded.ok) {
                if (!rebase) {
                    doc.replace(std::move(next));
                    g_saver.reloaded(ev.rev);
                    ui::show_notice(st, ui::S::ReloadedFromOtherTab);
                } else if (rebase_onto(doc, std::move(next))) {
                    g_saver.reloaded(ev.rev);
                    g_saver.edited(now_ms); // store the merged version
                    ui::show_notice(st, ui::S::MergedOtherTab);
                } else {
                    g_saver.rebase_failed(); // the user decides, with the banner's buttons
                }
            } else {
                go_read_only(doc, st, err);
            }
            continue;
        }
        if (ev.kind == platform::StorageEvent::Kind::Saved) doc.synced = g_writing_mark;
        switch (g_saver.on_event(ev)) {
        case platform::Autosaver::Action::Reload: platform::storage_read(); break;
        case platform::Autosaver::Action::Rebase:
            g_rebase = true;
            platform::storage_read();
            break;
        default: break;
        }
    }
    if (changed) doc.rev++; // another tab's version may have replaced the workspace
    const bool was_saving = st.saving;
    g_saver.hold(!doc.conflicts.empty()); // the user is choosing between the tabs' values
    g_saver.tick(now_ms, serialize);
    sync_banner(st);
    return changed || was_saving != st.saving;
}

void persistence_requests(ui::Doc& doc, ui::ShellState& st) {
    ui::ShellRequests req = st.requests;
    st.requests = {};
    if (st.loading) return;
    // A download is checked like every write: a file that would not load again is not offered.
    auto offer = [&](const std::string& name, const Workspace& ws, const std::string& text) {
        std::string why = refusal(ws, text);
        if (why.empty()) {
            platform::download_file(name, "application/json", text);
            return;
        }
        ui::show_notice(st, ui::trf(ui::S::NotExportedInvalid, {{"why", why}}), ui::NoticeKind::Error);
    };
    if (req.export_workspace) {
        offer("整改通工作区-" + to_iso(doc.today) + ".rectify.json", doc.ws, serialize());
    }
    if (req.keep_mine) g_saver.keep_mine(serialize);
    if (req.take_theirs) platform::storage_read();
    if (!req.export_plan.empty()) {
        // 下发 (one department's items) or the whole plan (报送, or a copy to keep): signed by
        // this office, with what it has seen recorded so the copy merges back (core/merge/merge.h).
        const std::int64_t now = platform::epoch_ms();
        const Department* dept = find<Department>(doc.ws, req.export_department);
        const Workspace sub = export_plan(doc.ws, req.export_plan, req.export_department);
        if (!sub.plans.empty())
            offer(export_file_name("整改方案", dept ? dept->name : doc.ws.office.name, doc.today), sub,
                  save_workspace(sub, now));
    }
    if (req.pick_purpose) platform::pick_files(req.pick_purpose, req.pick_accept, req.pick_multiple);
    if (!req.download_data.empty()) platform::download_file(req.download_name, req.download_mime, req.download_data);
    if (!req.xlsx_json.empty()) platform::export_xlsx(req.xlsx_json, req.xlsx_name);
    if (!req.open_document.empty() && !platform::open_document(req.open_document)) {
        platform::download_file(req.document_name, "text/html", req.open_document);
        st.now_ms = platform::now_ms();
        ui::show_notice(st, ui::S::OpenedAsDownload);
    }
    sync_banner(st);
}

} // namespace rectify::app

namespace rectify::app {

void persistence_flush() {
    ui::text_fields_commit_active(); // a field being edited is part of what must not be lost
    if (!g_doc) return;
    g_saver.hold(!g_doc->conflicts.empty()); // the commit may have asked
    g_saver.flush(serialize);
}

} // namespace rectify::app
