// plan_timeline: the plan's phases (方法步骤) and its measures' deadlines on one time axis, with a
// red line for today: whether the work is on schedule at a glance.
//
// Index: Axis (dates ↔ x) · draw_timeline_tab()
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/date_text.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {

// Days since the first of the first month shown ↔ x in the window.
struct Axis {
    Date first; // the first of a month
    int days = 1;
    float x0 = 0, width = 1;
    float x(const Date& d) const { return x0 + width * float(days_between(first, d)) / float(days); }
};

void widen(Date& lo, Date& hi, const Date& d) {
    if (d.empty()) return;
    if (lo.empty() || d < lo) lo = d;
    if (hi.empty() || hi < d) hi = d;
}

} // namespace

void draw_timeline_tab(Doc& doc, Plan& plan) {
    // The span: every phase date, every measure's due date, and today, widened to whole months.
    Date lo, hi;
    widen(lo, hi, doc.today);
    for (const Phase& ph : plan.phases)
        if (alive(ph)) {
            widen(lo, hi, ph.start);
            widen(lo, hi, ph.end);
        }
    for (const Problem& pr : plan.problems)
        if (alive(pr))
            for (const Measure& m : pr.measures)
                if (alive(m)) widen(lo, hi, due_date(m.deadline));
    if (lo.empty()) {
        ImGui::TextDisabled("%s", tr(S::TimelineEmpty));
        return;
    }
    Axis ax;
    ax.first = Date{lo.y, lo.m, 1};
    const Date end = hi.m == 12 ? Date{hi.y + 1, 1, 1} : Date{hi.y, hi.m + 1, 1};
    ax.days = std::max(1, days_between(ax.first, end));
    const float label_w = ImGui::CalcTextSize("字").x * 8;
    ax.x0 = ImGui::GetCursorScreenPos().x + label_w;
    ax.width = std::max(100.0f, ImGui::GetContentRegionAvail().x - label_w - ImGui::GetStyle().ItemSpacing.x);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border), text = ImGui::GetColorU32(ImGuiCol_TextDisabled);

    // Month ticks and their grid lines over the rows below (the phases, then the deadlines).
    const float top = ImGui::GetCursorScreenPos().y;
    int rows = 0;
    for (const Phase& ph : plan.phases) rows += alive(ph) ? 1 : 0;
    for (Date d = ax.first; d < end; d = d.m == 12 ? Date{d.y + 1, 1, 1} : Date{d.y, d.m + 1, 1}) {
        char label[24];
        if (d.m == 1 || d == ax.first) std::snprintf(label, sizeof label, "%d年%d月", d.y, d.m);
        else std::snprintf(label, sizeof label, "%d月", d.m);
        dl->AddText(ImVec2(ax.x(d) + 2, top), text, label);
        dl->AddLine(ImVec2(ax.x(d), top + line), ImVec2(ax.x(d), top + line * float(rows + 2)), grid);
    }
    ImGui::Dummy(ImVec2(0, line));

    // Phases: a bar from start to end; without a start, a mark at its end (11月30日前).
    int n = 0;
    for (const Phase& ph : plan.phases) {
        if (!alive(ph)) continue;
        ImGui::TextUnformatted(ph.name.c_str());
        const float y = ImGui::GetItemRectMin().y, h = ImGui::GetItemRectSize().y;
        const Date from = ph.start.empty() ? ph.end : ph.start, to = ph.end.empty() ? ph.start : ph.end;
        if (!from.empty()) {
            const float x1 = ax.x(from), x2 = std::max(ax.x(to) + 4, x1 + 4);
            dl->AddRectFilled(ImVec2(x1, y + 2), ImVec2(x2, y + h - 2), IM_COL32(28, 97, 191, 170), 3);
            if (ImGui::IsMouseHoveringRect(ImVec2(x1, y), ImVec2(x2, y + h)))
                ImGui::SetTooltip("%s  %s – %s", ph.name.c_str(), date_text(ph.start).c_str(), date_text(ph.end).c_str());
        }
        anchor_n("timeline-phase", n++);
    }
    // Deadlines: one mark per measure, coloured by where it stands, on one row.
    ImGui::TextUnformatted(tr(S::FieldDeadline));
    const float y = ImGui::GetItemRectMin().y, h = ImGui::GetItemRectSize().y;
    for (const Problem& pr : plan.problems) {
        if (!alive(pr)) continue;
        for (const Measure& m : pr.measures) {
            if (!alive(m)) continue;
            const Date due = due_date(m.deadline);
            if (due.empty()) continue;
            const float x = ax.x(due);
            dl->AddCircleFilled(ImVec2(x, y + h * 0.5f), h * 0.22f, ImGui::GetColorU32(due_colour(m, doc)));
            if (ImGui::IsMouseHoveringRect(ImVec2(x - 4, y), ImVec2(x + 4, y + h)))
                ImGui::SetTooltip("%s\n%s", m.title.c_str(), deadline_text(m.deadline).c_str());
        }
    }
    anchor("timeline-deadlines");
    // Today.
    const float tx = ax.x(doc.today), bottom = ImGui::GetCursorScreenPos().y;
    dl->AddLine(ImVec2(tx, top), ImVec2(tx, bottom), IM_COL32(200, 30, 25, 255), 2.0f);
    dl->AddText(ImVec2(tx + 3, bottom), IM_COL32(200, 30, 25, 255), tr(S::Today));
    ImGui::Dummy(ImVec2(0, line));
    anchor("timeline-today");
}

} // namespace rectify::ui
