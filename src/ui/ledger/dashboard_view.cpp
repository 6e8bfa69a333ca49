// dashboard_view: see dashboard_view.h. The figures come from core/dashboard.h, recomputed only
// when the workspace (doc.rev), today or the due-soon setting changed.
//
// Index: stat() · load_bars() · item_list() · month_chart() · draw_dashboard()
#include "ui/ledger/dashboard_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/labels.h"
#include "core/report/dashboard.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/layout.h"
#include "ui/ledger/ledger_view.h"
#include "ui/narrow/narrow.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct DashState {
    unsigned long rev = ~0ul;
    Date today;
    int soon = -1;
    Dashboard d;
};
DashState g_dash;


// One figure with its label; the figures run along a line and wrap onto the next when narrow.
void stat(const char* label, int value, const char* name, const ImVec4* colour = nullptr, bool first = false) {
    char number[16];
    std::snprintf(number, sizeof number, "%d", value);
    if (!first) same_line_if_fits(std::max(ImGui::CalcTextSize(label).x, ImGui::CalcTextSize(number).x * 1.6f), ImGui::GetFontSize() * 2);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", label);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
    if (colour) ImGui::TextColored(*colour, "%s", number);
    else ImGui::TextUnformatted(number);
    ImGui::PopFont();
    ImGui::EndGroup();
    anchor(name);
}

// One bar per department or leader: done (green) within all (grey), overdue count in red. The
// names get the width of the longest (up to 10 characters; a longer one wraps onto a second line).
void load_bars(const Doc& doc, const std::vector<Load>& loads, RefKind kind, const char* prefix) {
    if (loads.empty()) {
        ImGui::TextDisabled("%s", tr(S::Nothing));
        return;
    }
    float name_w = 0, count_w = 0;
    int max_total = 1;
    for (const Load& l : loads) {
        max_total = std::max(max_total, l.total);
        name_w = std::max(name_w, ImGui::CalcTextSize(ref_name(doc.ws, kind, l.id).c_str()).x);
        char n[48];
        std::snprintf(n, sizeof n, "%d/%d", l.done, l.total);
        float w = ImGui::CalcTextSize(n).x;
        if (l.overdue) w += ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(trf(S::OverdueCount, {{"n", l.overdue}}).c_str()).x;
        count_w = std::max(count_w, w);
    }
    name_w = std::min(name_w, ImGui::CalcTextSize("字").x * 10);
    if (!ImGui::BeginTable(prefix, 3, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed, name_w);
    ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed, count_w);
    int i = 0;
    for (const Load& l : loads) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string& name = ref_name(doc.ws, kind, l.id);
        clamped_text(name.c_str(), name.c_str() + name.size(), name_w, 2, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::TableNextColumn();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x * float(l.total) / float(max_total);
        const float h = ImGui::GetTextLineHeight();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), IM_COL32(205, 214, 228, 255), 3);
        dl->AddRectFilled(p, ImVec2(p.x + w * float(l.done) / float(l.total), p.y + h), IM_COL32(64, 150, 90, 255), 3);
        ImGui::Dummy(ImVec2(w, h));
        anchor_n(prefix, i++);
        ImGui::TableNextColumn();
        ImGui::Text("%d/%d", l.done, l.total);
        if (l.overdue) {
            ImGui::SameLine();
            ImGui::TextColored(theme_colors().overdue, "%s", trf(S::OverdueCount, {{"n", l.overdue}}).c_str());
        }
    }
    ImGui::EndTable();
}

// Late or due-soon measures; a click opens the measure in the editor. The deadlines in a column
// as wide as the widest (a long wording wraps), the titles up to two lines (the rest on hover).
void item_list(Doc& doc, ShellState& st, const std::vector<LedgerRow>& rows, const char* prefix) {
    if (rows.empty()) {
        ImGui::TextDisabled("%s", tr(S::Nothing));
        return;
    }
    const size_t shown = std::min<size_t>(rows.size(), 50); // the ledger lists them all
    float due_w = 0;
    for (size_t i = 0; i < shown; i++) {
        const LedgerRow& row = rows[i];
        const Measure& m = doc.ws.plans[row.plan].problems[row.problem].measures[row.measure];
        due_w = std::max(due_w, ImGui::CalcTextSize(deadline_text(m.deadline).c_str()).x);
    }
    due_w = std::min(due_w, ImGui::CalcTextSize("字").x * 9);
    if (!ImGui::BeginTable(prefix, 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("due", ImGuiTableColumnFlags_WidthFixed, due_w);
    ImGui::TableSetupColumn("title", ImGuiTableColumnFlags_WidthStretch);
    for (size_t i = 0; i < shown; i++) {
        const LedgerRow& row = rows[i];
        const Plan& plan = doc.ws.plans[row.plan];
        const Problem& pr = plan.problems[row.problem];
        const Measure& m = pr.measures[row.measure];
        ImGui::PushID(int(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string due = deadline_text(m.deadline);
        clamped_text(due.c_str(), due.c_str() + due.size(), due_w, 2, ImGui::GetColorU32(due_colour(m, doc)));
        ImGui::TableNextColumn();
        char name[48];
        std::snprintf(name, sizeof name, "%s-%d", prefix, int(i));
        if (clamped_selectable("##open", m.title.c_str(), m.title.c_str() + m.title.size(), ImGui::GetContentRegionAvail().x, 2,
                               ImGui::GetColorU32(ImGuiCol_Text), name)) {
            nav_open_plan(st.nav, plan.id);
            st.nav.problem = pr.id;
            st.nav.measure = m.id;
            st.nav.tab = PlanTab::Problems;
            if (narrow_layout()) open_item_screen(); // at a phone's width: the measure's own screen
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// Progress entries recorded per month: the rhythm of the work.
void month_chart(const std::map<int, int>& months) {
    if (months.empty()) {
        ImGui::TextDisabled("%s", tr(S::NoProgress));
        return;
    }
    const float col = ImGui::CalcTextSize("00-00").x + ImGui::GetStyle().ItemSpacing.x;
    // The latest months that fit the width (a phone's shows fewer), never cut off at the edge.
    const size_t fit = size_t(std::max(1.0f, ImGui::GetContentRegionAvail().x / col));
    auto first = months.begin();
    for (size_t skip = months.size() > fit ? months.size() - fit : 0; skip > 0; skip--) ++first;
    int max_n = 1;
    for (auto it = first; it != months.end(); ++it) max_n = std::max(max_n, it->second);
    const float h = ImGui::GetTextLineHeight() * 5;
    const float top = ImGui::GetTextLineHeight(); // room for the tallest bar's count
    const ImVec2 p(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + top);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int i = 0;
    for (auto it = first; it != months.end(); ++it) {
        const int ym = it->first, n = it->second;
        const float x = p.x + col * float(i++), bh = h * float(n) / float(max_n);
        dl->AddRectFilled(ImVec2(x + 4, p.y + h - bh), ImVec2(x + col - 4, p.y + h), IM_COL32(28, 97, 191, 200), 2);
        char label[16];
        std::snprintf(label, sizeof label, "%02d-%02d", (ym / 100) % 100, ym % 100);
        dl->AddText(ImVec2(x, p.y + h + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), label);
        std::snprintf(label, sizeof label, "%d", n);
        dl->AddText(ImVec2(x + 4, p.y + h - bh - ImGui::GetTextLineHeight()), ImGui::GetColorU32(ImGuiCol_Text), label);
    }
    ImGui::Dummy(ImVec2(col * float(i), top + h + ImGui::GetTextLineHeight() + 4));
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
    stat(tr(S::ProblemLabel), d.problems, "stat-problems", nullptr, true);
    stat(tr(S::MeasureLabel), d.measures, "stat-measures");
    stat(status_label(Status::Done), d.done, "stat-done", &theme_colors().done);
    stat(status_label(Status::InProgress), d.in_progress, "stat-in-progress");
    stat(status_label(Status::NotStarted), d.not_started, "stat-not-started");
    stat(tr(S::Overdue), d.overdue, "stat-overdue", d.overdue ? &theme_colors().overdue : nullptr);
    stat(label(Label::DeadlineOngoing, language()), d.ongoing, "stat-ongoing");
    stat(tr(S::WithoutEvidence), d.without_evidence, "stat-without-evidence", d.without_evidence ? &theme_colors().due_soon : nullptr);
    if (d.without_evidence && ImGui::IsItemHovered()) { // a click lists them in the ledger
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) open_ledger_only(st, &LedgerFilter::without_evidence);
    }
    stat(tr(S::FilterRecheckDue), d.recheck_due, "stat-recheck-due", d.recheck_due ? &theme_colors().due_soon : nullptr);
    if (d.recheck_due && ImGui::IsItemHovered()) { // 回头看 due: a click lists them in the ledger
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) open_ledger_only(st, &LedgerFilter::recheck_due);
    }
    const std::string rate = trf(S::CompletionRate, {{"percent", whole_number(d.completion * 100.0)}});
    ImGui::ProgressBar(float(d.completion), ImVec2(-FLT_MIN, 0), rate.c_str());
    anchor("completion");

    // Two columns side by side; at a phone's width one, the four lists one under another.
    if (ImGui::BeginTable("##loads", narrow_layout() ? 1 : 2, ImGuiTableFlags_SizingStretchSame)) {
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
    draw_dashboard_supervision(doc, st);
    ImGui::SeparatorText(tr(S::ProgressByMonth));
    month_chart(d.progress_by_month);
    touch_scroll();
    ImGui::EndChild();
}

} // namespace rectify::ui
