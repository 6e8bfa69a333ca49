// dashboard_view: see dashboard_view.h. The figures come from core/dashboard.h, recomputed only
// when the workspace (doc.rev), today or the due-soon setting changed.
//
// Index: stat() · load_bars() · item_list() · month_chart() · draw_dashboard()
#include "ui/dashboard_view.h"

#include <imgui.h>

#include <cstdio>

#include "core/dashboard.h"
#include "ui/anchor.h"
#include "ui/pickers.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {

struct DashState {
    unsigned long rev = ~0ul;
    Date today;
    int soon = -1;
    Dashboard d;
};
DashState g_dash;

const ImVec4 kRed(0.78f, 0.12f, 0.10f, 1), kGreen(0.10f, 0.50f, 0.22f, 1);

void stat(const char* label, int value, const char* name, const ImVec4* colour = nullptr) {
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", label);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
    if (colour) ImGui::TextColored(*colour, "%d", value);
    else ImGui::Text("%d", value);
    ImGui::PopFont();
    ImGui::EndGroup();
    anchor(name);
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
}

// One bar per department or leader: done (green) within all (grey), overdue count in red.
void load_bars(const Doc& doc, const std::vector<Load>& loads, RefKind kind, const char* prefix) {
    const float name_w = ImGui::CalcTextSize("字").x * 7;
    int max_total = 1;
    for (const Load& l : loads) max_total = std::max(max_total, l.total);
    int i = 0;
    for (const Load& l : loads) {
        ImGui::TextUnformatted(ref_name(doc.ws, kind, l.id).c_str());
        ImGui::SameLine(name_w);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6) * float(l.total) / float(max_total);
        const float h = ImGui::GetTextLineHeight();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), IM_COL32(205, 214, 228, 255), 3);
        dl->AddRectFilled(p, ImVec2(p.x + w * float(l.done) / float(l.total), p.y + h), IM_COL32(64, 150, 90, 255), 3);
        ImGui::Dummy(ImVec2(w, h));
        anchor_n(prefix, i++);
        ImGui::SameLine();
        ImGui::Text("%d/%d", l.done, l.total);
        if (l.overdue) {
            ImGui::SameLine();
            ImGui::TextColored(kRed, tr(S::OverdueCount), l.overdue);
        }
    }
    if (loads.empty()) ImGui::TextDisabled("%s", tr(S::Nothing));
}

// Late or due-soon measures; a click opens the measure in the editor.
void item_list(Doc& doc, ShellState& st, const std::vector<LedgerRow>& rows, const char* prefix) {
    int i = 0;
    for (const LedgerRow& row : rows) {
        const Plan& plan = doc.ws.plans[row.plan];
        const Problem& pr = plan.problems[row.problem];
        const Measure& m = pr.measures[row.measure];
        ImGui::PushID(i);
        ImGui::TextColored(due_colour(m, doc), "%s", deadline_text(m.deadline).c_str());
        ImGui::SameLine(ImGui::CalcTextSize("字").x * 9);
        if (ImGui::Selectable(m.title.c_str())) {
            nav_open_plan(st.nav, plan.id);
            st.nav.problem = pr.id;
            st.nav.measure = m.id;
            st.nav.tab = PlanTab::Problems;
        }
        anchor_n(prefix, i);
        ImGui::PopID();
        if (++i >= 50) break; // the ledger lists them all
    }
    if (rows.empty()) ImGui::TextDisabled("%s", tr(S::Nothing));
}

// Progress entries recorded per month: the rhythm of the work.
void month_chart(const std::map<int, int>& months) {
    if (months.empty()) {
        ImGui::TextDisabled("%s", tr(S::NoProgress));
        return;
    }
    int max_n = 1;
    for (auto& [ym, n] : months) max_n = std::max(max_n, n);
    const float col = ImGui::CalcTextSize("00-00").x + ImGui::GetStyle().ItemSpacing.x;
    const float h = ImGui::GetTextLineHeight() * 5;
    const float top = ImGui::GetTextLineHeight(); // room for the tallest bar's count
    const ImVec2 p(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + top);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int i = 0;
    for (auto& [ym, n] : months) {
        const float x = p.x + col * float(i++), bh = h * float(n) / float(max_n);
        dl->AddRectFilled(ImVec2(x + 4, p.y + h - bh), ImVec2(x + col - 4, p.y + h), IM_COL32(28, 97, 191, 200), 2);
        char label[16];
        std::snprintf(label, sizeof label, "%02d-%02d", (ym / 100) % 100, ym % 100);
        dl->AddText(ImVec2(x, p.y + h + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), label);
        std::snprintf(label, sizeof label, "%d", n);
        dl->AddText(ImVec2(x + 4, p.y + h - bh - ImGui::GetTextLineHeight()), ImGui::GetColorU32(ImGuiCol_Text), label);
    }
    ImGui::Dummy(ImVec2(col * float(months.size()), top + h + ImGui::GetTextLineHeight() + 4));
    anchor("progress-chart");
}

} // namespace

void draw_dashboard(Doc& doc, ShellState& st) {
    if (g_dash.rev != doc.rev || g_dash.today != doc.today || g_dash.soon != doc.soon_days) {
        g_dash.d = compute_dashboard(doc.ws, Id(), doc.today, doc.soon_days);
        g_dash.rev = doc.rev;
        g_dash.today = doc.today;
        g_dash.soon = doc.soon_days;
    }
    const Dashboard& d = g_dash.d;
    view_title(st, S::Dashboard, "dashboard-title", tr(S::AllPlans));

    ImGui::BeginChild("##dashboard", ImVec2(0, 0));
    stat(tr(S::ProblemLabel), d.problems, "stat-problems");
    stat(tr(S::MeasureLabel), d.measures, "stat-measures");
    stat(status_label(Status::Done), d.done, "stat-done", &kGreen);
    stat(status_label(Status::InProgress), d.in_progress, "stat-in-progress");
    stat(status_label(Status::NotStarted), d.not_started, "stat-not-started");
    stat(tr(S::Overdue), d.overdue, "stat-overdue", d.overdue ? &kRed : nullptr);
    stat(tr(S::DeadlineOngoing), d.ongoing, "stat-ongoing");
    ImGui::NewLine();
    char rate[64];
    std::snprintf(rate, sizeof rate, tr(S::CompletionRate), d.completion * 100.0);
    ImGui::ProgressBar(float(d.completion), ImVec2(-FLT_MIN, 0), rate);
    anchor("completion");

    if (ImGui::BeginTable("##loads", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::SeparatorText(tr(S::ByDepartment));
        load_bars(doc, d.by_department, RefKind::Department, "dept-bar");
        ImGui::TableNextColumn();
        ImGui::SeparatorText(tr(S::ByLeader));
        load_bars(doc, d.by_leader, RefKind::Person, "leader-bar");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::SeparatorText(tr(S::OverdueItems));
        item_list(doc, st, d.overdue_rows, "overdue-item");
        ImGui::TableNextColumn();
        ImGui::SeparatorText(tr(S::DueSoonItems));
        item_list(doc, st, d.soon_rows, "soon-item");
        ImGui::EndTable();
    }
    ImGui::SeparatorText(tr(S::ProgressByMonth));
    month_chart(d.progress_by_month);
    ImGui::EndChild();
}

} // namespace rectify::ui
