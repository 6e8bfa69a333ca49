// returns: see returns.h.
//
// Index
//   Received / ReturnsState   the files received this session, each loaded, previewed, merged
//   ask() / refresh_preview()  the merge runs in the office module (core/merge/merge_wire.h): asked
//                              for a preview when what is shown is out of date, or to merge
//   draw_export_menu()         下发 / 报送: a file for the whole plan (or its package) or one department's items
//   receive_plan_files()       load each file (its own errors), then preview or roll-up
//   preview helpers            the four lists, the conflicts with a choice each
//   returns_tick()             the module's answers: previews shown, merges put in (one undo step each)
//   draw_merge_preview()       the modal, once its preview is in: counts, lists, 合并 / 取消
//   draw_returns()             the roll-up view (汇总报送)
#include "ui/sharing/returns.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/format/format.h"
#include "core/history/restore_points.h"
#include "core/merge/merge_wire.h"
#include "platform/host.h"
#include "platform/evidence.h"
#include "core/evidence_files.h"
#include "ui/widgets/anchor.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/probe.h"
#include "ui/sharing/export_password.h"
#include "ui/sharing/incoming_files.h"
#include "ui/guide.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

struct Received {
    std::string file;
    bool ok = false;
    std::string error;    // why the file cannot be used (the loader's message, in the UI language)
    FileInfo info;
    Workspace ws;
    MergePreview preview; // against the workspace as it was at preview_rev
    unsigned long preview_rev = ~0ul; // ~0ul: none yet
    Lang preview_lang = Lang::Zh;
    bool merged = false;
    unsigned long failed_rev = ~0ul; // the module could not run for the workspace at this revision
    // The call to the office module in flight (platform::call_module, the merge lives there), 0 none:
    // a preview, or the merge itself (call_apply), asked against the workspace at call_rev.
    int call = 0;
    bool call_apply = false;
    unsigned long call_rev = 0;
    Lang call_lang = Lang::Zh;
    bool want_apply = false;              // merge as soon as the module is free (合并, 合并全部无冲突)
    std::map<std::string, Side> choices;  // the conflicts' sides for that merge
    std::string plan_file;                // ws as sent to the module (made on the first call)
};

struct ReturnsState {
    std::vector<Received> files;
    int open = -1, want_open = -1;         // the file whose preview is shown
    double want_since = 0;                 // when want_open was asked for (platform::now_ms)
    bool loading_said = false;             // the notice that the preview is being made, for want_open
    std::map<std::string, Side> choices;   // conflict key -> the side the user chose
    std::string missing;                   // the roll-up's "not yet returned", as last drawn
};
ReturnsState g_ret;
std::vector<int> g_dropped_calls; // calls of files cleared from the list: their answers are taken and dropped

// A preview not made by then is said to be on its way (a notice), so a large workspace never
// looks as if the file was ignored.
constexpr double kSayComparingMs = 400;

// The preview of file i opens once its answer is in (draw_merge_preview); asked for again even if
// the module failed for it before (the user asks again: the network may be back).
void open_when_ready(int i) {
    g_ret.files[size_t(i)].failed_rev = ~0ul;
    g_ret.want_open = i;
    g_ret.want_since = platform::now_ms();
    g_ret.loading_said = false;
}

bool fresh(const Doc& doc, const Received& r) { return r.preview_rev == doc.rev && r.preview_lang == language(); }
bool busy(const Received& r) { return r.want_apply || (r.call && r.call_apply); }
bool has_preview(const Received& r) { return r.preview_rev != ~0ul; } // for some revision, maybe an older one

// The workspace as a plan file for the module, made once per revision: the roll-up asks about
// every file it lists against the same workspace.
const std::string& workspace_file(const Doc& doc) {
    static unsigned long rev = ~0ul;
    static std::string file;
    if (rev != doc.rev || file.empty()) {
        file = save_workspace(doc.ws, 0);
        rev = doc.rev;
    }
    return file;
}

// Asks the module to preview (or, with `apply`, to do) merging `r` into the workspace as it is now.
void ask(const Doc& doc, Received& r, bool apply) {
    MergeRequest q;
    q.lang = language();
    q.apply = apply;
    if (apply) q.choices = r.choices;
    if (r.plan_file.empty()) r.plan_file = save_workspace(r.ws, 0);
    std::string input;
    const std::string request = merge_request_json(q, workspace_file(doc), r.plan_file, input);
    r.call = platform::call_module(platform::ModuleCall::Merge, request, input);
    r.call_apply = apply;
    r.call_rev = doc.rev;
    r.call_lang = q.lang;
}

// What is shown must be for the workspace and language as they are: asked again when not (and
// nothing is asked yet); the old preview stays on screen until the answer comes.
void refresh_preview(const Doc& doc, Received& r) {
    if (!r.ok || r.merged || r.call || fresh(doc, r) || r.failed_rev == doc.rev) return;
    ask(doc, r, false);
}

} // namespace

std::string local_time(const std::string& iso) {
    std::int64_t ms = 0;
    if (!parse_iso_timestamp(iso, ms)) return iso;
    const std::string s = iso_timestamp(ms + std::int64_t(platform::utc_offset_minutes()) * 60000);
    return s.substr(0, 10) + " " + s.substr(11, 5);
}

// ---- 下发 / 报送 ------------------------------------------------------------------------------

void draw_export_menu(Doc& doc, ShellState& st, const Plan& plan) {
    if (ImGui::Button(tr(S::ExportPlan))) ImGui::OpenPopup("export-menu");
    anchor("export-plan");
    if (!ImGui::BeginPopup("export-menu")) return;
    if (ImGui::MenuItem(tr(S::ExportWholePlan))) {
        st.requests.export_plan = plan.id;
        st.requests.export_department.clear();
    }
    anchor("export-whole");
    if (!referenced_files(plan).empty() && ImGui::MenuItem(tr(S::ExportPackage))) {
        st.requests.export_plan = plan.id;
        st.requests.export_department.clear();
        st.requests.export_package = true;
    }
    anchor("export-package");
    draw_export_password_items();
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(S::ExportForDepartment));
    // The departments that lead or support a measure of this plan: the units items go down to.
    std::set<Id> used;
    for (const Problem& p : plan.problems)
        if (alive(p))
            for (const Measure& m : p.measures)
                if (alive(m)) {
                    used.insert(m.lead_departments.begin(), m.lead_departments.end());
                    used.insert(m.support_departments.begin(), m.support_departments.end());
                }
    int n = 0;
    for (const Department& d : doc.ws.departments) {
        if (!alive(d) || !used.count(d.id)) continue;
        ImGui::PushID(d.id.c_str());
        if (ImGui::MenuItem(d.name.c_str())) {
            st.requests.export_plan = plan.id;
            st.requests.export_department = d.id;
        }
        anchor_n("export-dept", n++);
        ImGui::PopID();
    }
    ImGui::EndPopup();
}

// ---- receiving -------------------------------------------------------------------------------

void receive_plan_files(ShellState& st, std::vector<IncomingPlan> files) {
    int first_new = -1;
    for (IncomingPlan& f : files) {
        Received r;
        r.file = std::move(f.name);
        r.ok = f.ok;
        r.error = std::move(f.error);
        r.info = std::move(f.info);
        r.ws = std::move(f.ws);
        if (first_new < 0) first_new = int(g_ret.files.size());
        g_ret.files.push_back(std::move(r));
    }
    if (first_new < 0) return;
    // One file, and no roll-up in progress: straight to its preview (or its error). Several:
    // the roll-up view, where each file's state and errors are listed.
    const bool one = files.size() == 1 && st.nav.view != View::Returns;
    if (one && g_ret.files[size_t(first_new)].ok && g_ret.open < 0) {
        open_when_ready(first_new);
    } else if (one && !g_ret.files[size_t(first_new)].ok) {
        const Received& r = g_ret.files[size_t(first_new)];
        show_notice(st, trf(S::FileRefused, {{"file", r.file}, {"why", r.error}}), NoticeKind::Error);
    } else {
        st.nav.view = View::Returns;
    }
}

// For the tests: each received file's row in the roll-up (its state "comparing" until the first
// preview is in, "pending", "merging", "merged", "nothing" or "error: <message>"), and the departments listed as not yet returned.
[[maybe_unused]] static const bool kReturnsProbe = probe("returns", [](JsonOut& o, const Doc& doc) {
    std::vector<std::string> files, units, states;
    for (const Received& r : g_ret.files) {
        files.push_back(r.file);
        units.push_back(r.info.exported_by.name);
        states.push_back(!r.ok ? "error: " + r.error : r.merged ? "merged" : busy(r) ? "merging"
                         : r.failed_rev == doc.rev ? std::string("error: ") + tr(S::MergeModuleFailed)
                         : !has_preview(r) ? "comparing" : r.preview.empty() ? "nothing" : "pending");
    }
    o.begin_object().field("files", files).field("units", units).field("states", states);
    o.field("missing", g_ret.missing).end_object();
});

// For the tests: the merge preview is open, and what it would do.
[[maybe_unused]] static const bool kMergeProbe = probe("merge", [](JsonOut& o, const Doc&) {
    const bool open = g_ret.open >= 0 && g_ret.open < int(g_ret.files.size());
    static const MergePreview kNone;
    const MergePreview& p = open ? g_ret.files[size_t(g_ret.open)].preview : kNone;
    o.begin_object().field("open", open).field("added", int(p.added.size())).field("changed", int(p.changed.size()));
    o.field("deleted", int(p.deleted.size())).field("conflicts", int(p.conflicts.size()));
    o.field("files", int(g_ret.files.size())).field("merging", open && busy(g_ret.files[size_t(g_ret.open)])).end_object();
});

// ---- the preview -------------------------------------------------------------------------------

static const char* field_label(const MergeItem& it) {
    return it.field.empty() ? "" : merge_field_label(it.entity, it.field, language());
}

// Added and deleted items: what they are and where.
static void draw_item_list(const char* id, const std::vector<MergeItem>& items) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn("path", ImGuiTableColumnFlags_WidthStretch);
    for (const MergeItem& it : items) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", merge_entity_label(it.entity, language()));
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", it.path.c_str());
    }
    ImGui::EndTable();
}

void draw_change_table(const char* id, const std::vector<MergeItem>& items, std::map<std::string, Side>* choices,
                       S mine, S theirs) {
    const bool choose = choices != nullptr;
    const int cols = choose ? 5 : 4;
    if (!ImGui::BeginTable(id, cols, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(S::MergeWhere), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::MergeField), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn(tr(mine), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(theirs), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    if (choose) { // two radio buttons with their labels
        const ImGuiStyle& style = ImGui::GetStyle();
        const float w = ImGui::CalcTextSize(tr(mine)).x + ImGui::CalcTextSize(tr(theirs)).x +
                        2 * (ImGui::GetFrameHeight() + style.ItemInnerSpacing.x) + style.ItemSpacing.x + style.CellPadding.x * 2;
        ImGui::TableSetupColumn(tr(S::MergeChoice), ImGuiTableColumnFlags_WidthFixed, w);
    }
    ImGui::TableHeadersRow();
    int row = 0;
    for (const MergeItem& it : items) {
        ImGui::PushID(row);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", it.path.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", it.conflict == ConflictKind::EditedVsDeleted ? tr(S::MergeEditedDeleted) : field_label(it));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", it.conflict == ConflictKind::EditedVsDeleted && it.master_deleted ? tr(S::MergeDeletedHere) : it.master_text.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", it.conflict == ConflictKind::EditedVsDeleted && !it.master_deleted ? tr(S::MergeDeletedThere) : it.return_text.c_str());
        if (choose) {
            ImGui::TableNextColumn();
            Side& side = choices->try_emplace(it.key(), Side::Master).first->second;
            if (ImGui::RadioButton(tr(mine), side == Side::Master)) side = Side::Master;
            anchor_n("keep-mine", row);
            ImGui::SameLine();
            if (ImGui::RadioButton(tr(theirs), side == Side::Return)) side = Side::Return;
            anchor_n("take-theirs", row);
        }
        ImGui::PopID();
        row++;
    }
    ImGui::EndTable();
}

// 合并: the module merges with the user's choices for the conflicts; returns_tick puts the result in.
static void merge_now(Received& r) {
    r.choices.clear();
    for (const MergeItem& c : r.preview.conflicts) {
        auto it = g_ret.choices.find(c.key());
        if (it != g_ret.choices.end()) r.choices[c.key()] = it->second;
    }
    r.want_apply = true;
}

// An answer of the module for `r`: a preview shown if still current, a merge put in as one undo step.
static void take_answer(Doc& doc, ShellState& st, int index, Received& r, bool ok, const std::string& bytes) {
    MergePreview p;
    Workspace merged;
    bool has_merged = false;
    std::string error;
    if (ok && !merge_answer_from_wire(bytes, p, merged, has_merged, error)) {
        ok = false;
        std::fprintf(stderr, "merge: the module's answer does not read: %s\n", error.c_str());
    }
    if (!ok) { // not loaded (offline), or out of memory: nothing changed, said once
        r.failed_rev = r.call_rev;
        const bool wanted = r.call_apply || g_ret.want_open == index || g_ret.open == index;
        r.want_apply = false;
        if (g_ret.want_open == index) g_ret.want_open = -1;
        if (wanted) show_notice(st, tr(S::MergeModuleFailed), NoticeKind::Error);
        return;
    }
    if (r.call_rev != doc.rev) return; // the workspace changed meanwhile: asked again
    if (!r.call_apply) {
        r.preview = std::move(p);
        r.preview_rev = r.call_rev;
        r.preview_lang = r.call_lang;
        return;
    }
    r.want_apply = false;
    // The whole merged workspace in place: undo brings back the one before. Another tab's copy
    // cannot take it as it is (replays false): that rebase stops and the user decides.
    if (has_merged && doc.execute(replace_workspace_command(std::move(merged), "merge", false))) {
        r.merged = true;
        show_notice(st, trf(S::MergedNotice, {{"added", p.added.size()}, {"changed", p.changed.size()},
                                                 {"deleted", p.deleted.size()}, {"conflicts", p.conflicts.size()}}), NoticeKind::Undo);
    } else {
        show_notice(st, trf(S::MergeRefused, {{"file", r.file}}), NoticeKind::Error);
    }
}

bool returns_tick(Doc& doc, ShellState& st) {
    bool changed = false, ok = false;
    std::string bytes;
    for (auto it = g_dropped_calls.begin(); it != g_dropped_calls.end();)
        it = platform::take_module_answer(*it, ok, bytes) ? g_dropped_calls.erase(it) : it + 1;
    bool applying = false;
    for (size_t i = 0; i < g_ret.files.size(); i++) {
        Received& r = g_ret.files[i];
        if (r.call && platform::take_module_answer(r.call, ok, bytes)) {
            r.call = 0;
            changed = true;
            take_answer(doc, st, int(i), r, ok, bytes);
        }
        applying = applying || (r.call && r.call_apply);
    }
    // One merge at a time: each changes the workspace the next is merged into.
    if (!applying && !doc.read_only)
        for (Received& r : g_ret.files)
            if (r.want_apply && !r.call) {
                ask(doc, r, true);
                break;
            }
    // A single file's preview opens when its answer is in; a slow first download of the module, or
    // a large workspace being compared, is said after a moment.
    if (g_ret.want_open >= 0 && g_ret.want_open < int(g_ret.files.size()) && !g_ret.loading_said &&
        (platform::module_loading() || platform::now_ms() - g_ret.want_since > kSayComparingMs)) {
        g_ret.loading_said = true;
        show_notice(st, trf(S::MergeComparing, {{"file", g_ret.files[size_t(g_ret.want_open)].file}}), NoticeKind::Info);
        changed = true;
    }
    return changed;
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_merge_preview_open(Doc& doc, ShellState& st);

void draw_merge_preview(Doc& doc, ShellState& st) {
    if (g_ret.want_open >= 0 && g_ret.want_open < int(g_ret.files.size())) {
        Received& r = g_ret.files[size_t(g_ret.want_open)];
        refresh_preview(doc, r);
        if (fresh(doc, r)) { // opens with what the merge would do, never empty while it is asked
            g_ret.open = g_ret.want_open;
            g_ret.want_open = -1;
            g_ret.loading_said = false;
            g_ret.choices.clear();
            ImGui::OpenPopup("###merge-preview");
        }
    }
    if (g_ret.open < 0 || g_ret.open >= int(g_ret.files.size())) return;
    if (!begin_page_modal(tr_id(S::MergeTitle, "merge-preview"), 0.9f, 0.85f)) {
        g_ret.open = -1;
        return;
    }
    call_apart(draw_merge_preview_open, doc, st);
}

static void draw_merge_preview_open(Doc& doc, ShellState& st) {
    Received& r = g_ret.files[size_t(g_ret.open)];
    refresh_preview(doc, r);
    const MergePreview& p = r.preview;
    ImGui::TextUnformatted(r.file.c_str());
    ImGui::TextDisabled("%s", trf(S::MergeFrom, {{"office", r.info.exported_by.name}, {"date", local_time(r.info.exported_at)}}).c_str());
    ImGui::TextUnformatted(trf(S::MergeCounts, {{"added", p.added.size()}, {"changed", p.changed.size()},
                                               {"deleted", p.deleted.size()}, {"conflicts", p.conflicts.size()}}).c_str());
    anchor("merge-counts");
    ImGui::BeginChild("##merge-lists", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f));
    if (p.empty()) ImGui::TextDisabled("%s", tr(S::MergeNothing));
    if (!p.conflicts.empty()) {
        ImGui::SeparatorText(trf(S::MergeConflicts, {{"n", p.conflicts.size()}}).c_str());
        ImGui::TextDisabled("%s", tr(S::MergeConflictHint));
        if (small_button(tr(S::MergeAllMine)))
            for (const MergeItem& c : p.conflicts) g_ret.choices[c.key()] = Side::Master;
        same_line_if_fits(small_button_width(tr(S::MergeAllTheirs)));
        if (small_button(tr(S::MergeAllTheirs)))
            for (const MergeItem& c : p.conflicts) g_ret.choices[c.key()] = Side::Return;
        draw_change_table("##conflicts", p.conflicts, &g_ret.choices, S::MergeMine, S::MergeTheirs);
    }
    if (!p.changed.empty()) {
        ImGui::SeparatorText(trf(S::MergeChanged, {{"n", p.changed.size()}}).c_str());
        draw_change_table("##changed", p.changed, nullptr, S::MergeMine, S::MergeTheirs);
    }
    if (!p.added.empty()) {
        ImGui::SeparatorText(trf(S::MergeAdded, {{"n", p.added.size()}}).c_str());
        draw_item_list("##added", p.added);
    }
    if (!p.deleted.empty()) {
        ImGui::SeparatorText(trf(S::MergeDeleted, {{"n", p.deleted.size()}}).c_str());
        draw_item_list("##deleted", p.deleted);
    }
    ImGui::EndChild();
    bool close = r.merged; // the merge is in (returns_tick)
    const bool merging = busy(r);
    ImGui::BeginDisabled(p.empty() || doc.read_only || merging);
    if (ImGui::Button(tr(S::MergeAccept))) merge_now(r);
    anchor("merge-accept");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(merging); // the merge comes in whatever: closing now would hide it
    if (ImGui::Button(tr(S::Cancel)) || (!merging && ImGui::IsKeyPressed(ImGuiKey_Escape))) close = true;
    anchor("merge-cancel");
    ImGui::EndDisabled();
    if (merging) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(S::MergeApplying));
    }
    if (close) {
        ImGui::CloseCurrentPopup();
        g_ret.open = -1;
        g_ret.choices.clear();
        // Merged or given up: the files a package brought need no pin now (a merged plan
        // references them; a cancelled one may be collected).
        std::vector<std::string> files;
        for (const auto& [hash, f] : referenced_files(r.ws)) files.push_back(hash);
        platform::unpin_files(files);
    }
    ImGui::EndPopup();
}

// ---- the roll-up ---------------------------------------------------------------------------------

void draw_returns(Doc& doc, ShellState& st) {
    view_title(st, S::Returns, "returns-title");
    ImGui::TextWrapped("%s", tr(S::ReturnsHint));
    if (ImGui::Button(tr(S::ReturnsPick))) {
        st.requests.pick_purpose = kPickReturns;
        st.requests.pick_accept = ".json,.zip,application/json,application/zip";
        st.requests.pick_multiple = true;
    }
    anchor("returns-pick");
    int mergeable = 0;
    bool merging = false;
    const auto clean = [](const Received& r) {
        return r.ok && !r.merged && !busy(r) && has_preview(r) && !r.preview.empty() && r.preview.conflicts.empty();
    };
    for (const Received& r : g_ret.files) merging = merging || busy(r);
    for (Received& r : g_ret.files) {
        // While 合并全部无冲突 goes through the files, each merge makes the others' previews old:
        // they are asked again once, after the last.
        if (!merging) refresh_preview(doc, r);
        mergeable += clean(r) ? 1 : 0;
    }
    const std::string merge_clean = trf(S::ReturnsMergeClean, {{"n", mergeable}});
    same_line_if_fits(button_width(merge_clean.c_str()));
    ImGui::BeginDisabled(mergeable == 0 || doc.read_only || merging);
    // Returns without conflicts can go in together, one undo step each (returns_tick, one after
    // another); the others need a look.
    if (ImGui::Button(merge_clean.c_str()))
        for (Received& r : g_ret.files)
            if (clean(r)) {
                r.choices.clear();
                r.want_apply = true;
            }
    anchor("returns-merge-clean");
    ImGui::EndDisabled();
    same_line_if_fits(button_width(tr(S::ReturnsClear)));
    ImGui::BeginDisabled(merging);
    if (ImGui::Button(tr(S::ReturnsClear))) {
        for (const Received& r : g_ret.files)
            if (r.call) g_dropped_calls.push_back(r.call);
        g_ret = ReturnsState{};
    }
    ImGui::EndDisabled();
    if (g_ret.files.empty()) draw_returns_empty();

    const S heads[] = {S::ReturnsFile, S::ReturnsUnit, S::ReturnsWhen, S::ReturnsWhat, S::ReturnsState};
    // At a phone's width a card per file: one column, its cells stacked (no header row).
    const bool narrow = narrow_layout();
    if (ImGui::BeginTable("##returns", narrow ? 1 : 6, narrow ? ImGuiTableFlags_None : ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
        if (narrow) ImGui::TableSetupColumn("return", ImGuiTableColumnFlags_WidthStretch);
        else {
            for (S h : heads) ImGui::TableSetupColumn(tr(h));
            ImGui::TableSetupColumn("##act", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize,
                                    std::max(ImGui::GetFontSize() * 3, small_button_width(tr(S::ReturnsOpen))));
            ImGui::TableHeadersRow();
        }
        const ImVec4 red = theme_colors().error, green = theme_colors().ok;
        for (size_t i = 0; i < g_ret.files.size(); i++) {
            Received& r = g_ret.files[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", r.file.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", r.info.exported_by.name.c_str());
            ImGui::TableNextColumn();
            if (r.ok) ImGui::TextWrapped("%s", local_time(r.info.exported_at).c_str());
            ImGui::TableNextColumn();
            if (r.ok && !r.merged && has_preview(r))
                ImGui::TextWrapped("%s", trf(S::MergeCounts, {{"added", r.preview.added.size()}, {"changed", r.preview.changed.size()},
                                                           {"deleted", r.preview.deleted.size()},
                                                           {"conflicts", r.preview.conflicts.size()}}).c_str());
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f); // an error says why at length: all of it, wrapped
            if (!r.ok) ImGui::TextColored(red, "%s", r.error.c_str());
            else if (r.merged) ImGui::TextColored(green, "%s", tr(S::ReturnsMerged));
            else if (busy(r)) ImGui::TextDisabled("%s", tr(S::MergeApplying));
            else if (r.failed_rev == doc.rev) ImGui::TextColored(red, "%s", tr(S::MergeModuleFailed));
            else if (!has_preview(r)) ImGui::TextDisabled("%s", tr(S::MergeComparingRow));
            else if (r.preview.empty()) ImGui::TextDisabled("%s", tr(S::ReturnsNothingNew));
            else ImGui::TextUnformatted(tr(S::ReturnsPending));
            ImGui::PopTextWrapPos();
            anchor_n("return-state", int(i));
            ImGui::TableNextColumn();
            if (r.ok && !r.merged && !busy(r) && has_preview(r) && !r.preview.empty() && small_button(tr(S::ReturnsOpen)))
                open_when_ready(int(i));
            anchor_n("return-open", int(i));
            if (narrow) ImGui::Separator(); // between the cards
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // Who has not sent a return: the departments leading a measure of the plans the returns are
    // for, matched by name to the office that sent each file (a unit's copy is its own office).
    std::set<std::string> sent;
    std::set<Id> plans;
    for (const Received& r : g_ret.files)
        if (r.ok) {
            sent.insert(r.info.exported_by.name);
            for (const Plan& p : r.ws.plans) plans.insert(p.id);
        }
    std::set<Id> leads;
    for (const Plan& p : doc.ws.plans)
        if (alive(p) && plans.count(p.id))
            for (const Problem& pr : p.problems)
                if (alive(pr))
                    for (const Measure& m : pr.measures)
                        if (alive(m)) leads.insert(m.lead_departments.begin(), m.lead_departments.end());
    std::string missing;
    for (const Department& d : doc.ws.departments)
        if (alive(d) && leads.count(d.id) && !sent.count(d.name))
            missing += (missing.empty() ? "" : language() == Lang::Zh ? "、" : ", ") + d.name;
    g_ret.missing = missing;
    if (!plans.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", trf(S::ReturnsMissing, {{"departments", missing.empty() ? tr(S::Nothing) : missing}}).c_str());
        anchor("returns-missing");
    }
}

} // namespace rectify::ui
