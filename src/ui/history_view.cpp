// history_view: the 历史版本 window. While it is open the points' texts are read from the page
// (platform/restore_points.h) and parsed, to say what changed since each and to restore or view
// one; closed, they are let go.
// Index: state · texts · words (when, why, changes) · a point's row · the read-only view (a plan
// copied whole; a problem or a measure taken back) · window.
#include "ui/history_view.h"

#include <imgui.h>
#include <cstdio>
#include <map>
#include <memory>

#include "core/format/format.h"
#include "core/history/copy_back.h"
#include "core/history/restore_points.h"
#include "platform/host.h"
#include "platform/restore_points.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

// ---- state ---------------------------------------------------------------------------------------------
struct Loaded {
    bool arrived = false;
    int upgrade = 0;               // a point in a format the startup module no longer reads (the
                                   // migration's): the office module is reading it (old_formats.h)
    std::unique_ptr<Workspace> ws; // null: unreadable (or gone)
    PointDiff diff;
    unsigned long diff_rev = 0;    // the doc's rev the diff was made against
};
struct HistoryState {
    bool show = false;
    std::map<std::string, Loaded> points; // by id
    std::string viewing;                  // the point shown read-only
} g_hist;

// ---- texts -----------------------------------------------------------------------------------------------
void read_point(const Doc& doc, Loaded& l, LoadResult r) {
    l.arrived = true;
    if (!r.ok) return;
    l.ws = std::make_unique<Workspace>(std::move(r.workspace));
    l.diff = point_diff(*l.ws, doc.ws);
    l.diff_rev = doc.rev;
}

void take_texts(const Doc& doc) {
    std::string id, text;
    while (platform::points_take_text(&id, &text)) {
        Loaded& l = g_hist.points[id];
        if (text.empty()) {
            l.arrived = true;
            continue;
        }
        LoadResult r = load_workspace(text);
        if (!r.ok && r.error.key == Msg::NeedsUpgrade) l.upgrade = platform::upgrade_in_module(text, /*stored_copy=*/false);
        else read_point(doc, l, std::move(r));
    }
    for (auto& [pid, l] : g_hist.points) {
        LoadResult r;
        if (l.upgrade && platform::take_upgrade(l.upgrade, r)) {
            l.upgrade = 0;
            read_point(doc, l, std::move(r));
        }
    }
}

// ---- words -----------------------------------------------------------------------------------------------
std::string when_text(const platform::StoredPoint& p) {
    const long long local = (long long)(p.when_ms / 60000) + platform::utc_offset_minutes();
    const int minutes = int(((local % 1440) + 1440) % 1440);
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", minutes / 60, minutes % 60);
    return p.day + " " + hm;
}

S reason_key(PointReason r) {
    switch (r) {
    case PointReason::Merge: return S::ReasonMerge;
    case PointReason::LedgerImport: return S::ReasonLedger;
    case PointReason::TextImport: return S::ReasonText;
    case PointReason::BulkDelete: return S::ReasonDelete;
    case PointReason::Restore: return S::ReasonRestore;
    case PointReason::BackupRestore: return S::ReasonBackup;
    case PointReason::Migration: return S::ReasonMigrate;
    default: return S::ReasonDay;
    }
}

std::string changes_text(const PointDiff& d) {
    if (d.empty()) return tr(S::HistorySame);
    std::string parts;
    auto add = [&](std::string part) { parts += (parts.empty() ? "" : language() == Lang::Zh ? "，" : ", ") + part; };
    if (d.plans_added || d.plans_removed) add(trf(S::DiffPlans, {{"a", d.plans_added}, {"r", d.plans_removed}}));
    if (d.problems_added || d.problems_removed) add(trf(S::DiffProblems, {{"a", d.problems_added}, {"r", d.problems_removed}}));
    if (d.measures_added || d.measures_removed) add(trf(S::DiffMeasures, {{"a", d.measures_added}, {"r", d.measures_removed}}));
    if (d.statuses_changed) add(trf(S::DiffStatuses, {{"n", d.statuses_changed}}));
    return trf(S::HistorySince, {{"changes", parts}});
}

// ---- a point's row ---------------------------------------------------------------------------------------
void draw_point(Doc& doc, ShellState& st, const platform::StoredPoint& p, int row) {
    Loaded& l = g_hist.points[p.id];
    ImGui::PushID(p.id.c_str());
    ImGui::Separator();
    const std::string head = when_text(p) + "  " + tr(reason_key(point_reason_from_code(p.reason)));
    ImGui::TextUnformatted(head.c_str());
    anchor_text(("history-when-" + std::to_string(row)).c_str(), head);
    const std::string counts = trf(S::HistoryCounts, {{"plans", p.plans}, {"problems", p.problems}, {"measures", p.measures}});
    ImGui::TextDisabled("%s", counts.c_str());
    anchor_text(("history-counts-" + std::to_string(row)).c_str(), counts);
    if (l.ws && l.diff_rev != doc.rev) {
        l.diff = point_diff(*l.ws, doc.ws);
        l.diff_rev = doc.rev;
    }
    const std::string since = !l.arrived ? tr(S::HistoryLoading) : l.ws ? changes_text(l.diff) : tr(S::HistoryUnreadable);
    ImGui::TextUnformatted(since.c_str());
    anchor_text(("history-since-" + std::to_string(row)).c_str(), since);
    ImGui::BeginDisabled(!l.ws || doc.read_only);
    if (ImGui::Button(tr(S::HistoryRestore)) && l.ws) {
        const std::string when = when_text(p);
        if (doc.execute(restore_command(*l.ws))) show_notice(st, trf(S::HistoryRestored, {{"when", when}}), NoticeKind::Undo);
    }
    anchor_n("history-restore", row);
    ImGui::SameLine();
    if (ImGui::Button(tr(S::HistoryView))) g_hist.viewing = g_hist.viewing == p.id ? std::string() : p.id;
    anchor_n("history-view", row);
    ImGui::EndDisabled();
    ImGui::PopID();
}

// ---- the read-only view --------------------------------------------------------------------------------
// One problem or measure of the point taken back into the open plan of the same ID (copy_back.h):
// disabled, with why, when the workspace has no place for it.
void take_back_button(Doc& doc, ShellState& st, const Workspace& point, const Id& plan_id, const Id& item_id,
                      const std::string& title, const std::string& when, bool measure, int row) {
    ImGui::SameLine();
    const bool place = !copy_back_place(point, plan_id, item_id, doc.ws).empty();
    ImGui::BeginDisabled(doc.read_only || !place);
    if (small_button(tr(measure ? S::HistoryTakeMeasure : S::HistoryTakeProblem))) {
        CommandPtr cmd = measure ? copy_measure_command(point, plan_id, item_id, doc.ws, doc.ids)
                                 : copy_problem_command(point, plan_id, item_id, doc.ws, doc.ids);
        if (cmd && doc.execute(std::move(cmd))) show_notice(st, trf(S::HistoryTaken, {{"title", title}, {"when", when}}), NoticeKind::Undo);
    }
    ImGui::EndDisabled();
    if (!place && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(S::HistoryNoPlace));
    anchor_n(measure ? "history-take-measure" : "history-take-problem", row);
}

// The point's plans as a read-only outline: each plan copied whole as a new plan, or one of its
// problems (with its measures) or measures taken back into the open plan of the same ID.
void draw_viewing(Doc& doc, ShellState& st, const platform::StoredPoint& p) {
    auto it = g_hist.points.find(p.id);
    if (it == g_hist.points.end() || !it->second.ws) return;
    const Workspace& point = *it->second.ws;
    const std::string when = when_text(p);
    ImGui::SeparatorText(trf(S::HistoryViewing, {{"when", when}}).c_str());
    int row = 0, problem_row = 0, measure_row = 0;
    for (const Plan& plan : point.plans) {
        if (!alive(plan)) continue;
        ImGui::PushID(plan.id.c_str());
        const bool open = ImGui::TreeNodeEx("##plan", ImGuiTreeNodeFlags_DefaultOpen, "%s", plan.title.c_str());
        anchor_n("history-plan", row);
        ImGui::SameLine();
        ImGui::BeginDisabled(doc.read_only);
        if (small_button(tr(S::HistoryCopyPlan))) {
            if (CommandPtr cmd = copy_plan_command(point, plan.id, doc.ws, doc.ids, tr(S::HistoryCopySuffix)); cmd && doc.execute(std::move(cmd)))
                show_notice(st, trf(S::HistoryCopied, {{"title", plan.title}}), NoticeKind::Undo);
        }
        anchor_n("history-copy", row);
        ImGui::EndDisabled();
        if (open) {
            for (const Problem& q : plan.problems) {
                if (!alive(q)) continue;
                ImGui::PushID(q.id.c_str());
                const std::string head = q.number + q.text;
                ImGui::Bullet();
                ImGui::TextUnformatted(head.c_str());
                anchor_text(("history-problem-" + std::to_string(problem_row)).c_str(), head);
                take_back_button(doc, st, point, plan.id, q.id, head, when, false, problem_row++);
                ImGui::Indent();
                for (const Measure& m : q.measures) {
                    if (!alive(m)) continue;
                    ImGui::PushID(m.id.c_str());
                    ImGui::TextDisabled("%s", m.title.c_str());
                    anchor_text(("history-measure-" + std::to_string(measure_row)).c_str(), m.title);
                    take_back_button(doc, st, point, plan.id, m.id, m.title, when, true, measure_row++);
                    ImGui::PopID();
                }
                ImGui::Unindent();
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
        row++;
    }
}

} // namespace

// ---- window ----------------------------------------------------------------------------------------------

void open_history_window() {
    g_hist = HistoryState{};
    g_hist.show = true;
    for (const platform::StoredPoint& p : platform::points_list()) platform::points_read(p.id);
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_history_window_open(Doc& doc, ShellState& st);

void draw_history_window(Doc& doc, ShellState& st) {
    if (!g_hist.show) return;
    call_apart(draw_history_window_open, doc, st);
}

static void draw_history_window_open(Doc& doc, ShellState& st) {
    take_texts(doc);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, ImGui::GetFontSize() * 30), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin((std::string(tr(S::HistoryTitle)) + "###history").c_str(), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        anchor("history-window");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr(S::HistoryIntro));
        std::vector<platform::StoredPoint> list = platform::points_list();
        if (!platform::points_ready()) ImGui::TextDisabled("%s", tr(S::HistoryLoading));
        else if (list.empty()) ImGui::TextUnformatted(tr(S::HistoryNone));
        int row = 0;
        for (auto p = list.rbegin(); p != list.rend(); ++p) { // newest first
            if (!g_hist.points.count(p->id)) {
                g_hist.points[p->id]; // taken since the window opened (a restore's own point)
                platform::points_read(p->id);
            }
            draw_point(doc, st, *p, row++);
        }
        for (const platform::StoredPoint& p : list)
            if (p.id == g_hist.viewing) draw_viewing(doc, st, p);
        ImGui::PopTextWrapPos();
        bool waiting = false;
        for (const auto& [id, l] : g_hist.points) waiting = waiting || !l.arrived;
        if (waiting) platform::wake_after(50); // texts are on their way from the page
    }
    ImGui::End();
    if (!open) g_hist = HistoryState{}; // let the parsed versions go
}

} // namespace rectify::ui
