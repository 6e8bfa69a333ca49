// ledger_cards: the ledger at a phone's width: a card per row the filters let through (序号 and
// 问题编号, the problem, the measure, departments, deadline, status, latest progress), a tap opens the
// measure on its own screen; the filters in a sheet (筛选) over the whole screen. The rows, the
// filters and their state stay ledger_view.cpp's own: it calls these in place of its table and
// its filter line.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/ledger/ledger.h"
#include "ui/narrow/narrow.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

void card_line(const std::string& text, int lines, ImU32 colour) {
    clamped_text(text.c_str(), text.c_str() + text.size(), ImGui::GetContentRegionAvail().x, lines, colour);
}

// One row's card: true when tapped.
bool draw_card(const Doc& doc, const LedgerRow& row, int n) {
    const Lang lang = language();
    const Measure& m = doc.ws.plans[row.plan].problems[row.problem].measures[row.measure];
    ImGui::PushID(n);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::Indent(ImGui::GetStyle().FramePadding.x);
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().FramePadding.y * 0.5f));
    const std::string head = ledger_cell(doc.ws, row, LedgerColumn::Seq, lang) + "  " +
                             ledger_cell(doc.ws, row, LedgerColumn::ProblemCode, lang);
    ImGui::TextDisabled("%s", head.c_str());
    ImGui::SameLine();
    ImGui::TextColored(status_colour(m.status), "%s", ledger_cell(doc.ws, row, LedgerColumn::Status, lang).c_str());
    card_line(ledger_cell(doc.ws, row, LedgerColumn::Measure, lang), 2, ImGui::GetColorU32(ImGuiCol_Text));
    card_line(ledger_cell(doc.ws, row, LedgerColumn::Problem, lang), 2, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    const std::string who = ledger_cell(doc.ws, row, LedgerColumn::Departments, lang);
    const std::string due = ledger_cell(doc.ws, row, LedgerColumn::Deadline, lang);
    ImGui::TextColored(due_colour(m, doc), "%s", due.c_str());
    if (!who.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", who.c_str());
    }
    const std::string latest = ledger_cell(doc.ws, row, LedgerColumn::LatestProgress, lang);
    if (!latest.empty()) card_line(latest, 2, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::Unindent(ImGui::GetStyle().FramePadding.x);
    ImGui::EndGroup();
    // The whole card is the target: an invisible button over it, drawn behind nothing.
    const ImVec2 end = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(at);
    const bool tapped = ImGui::InvisibleButton("##card", ImVec2(ImGui::GetContentRegionAvail().x, std::max(end.y - at.y, kTouchTarget)));
    anchor(("ledger-card-" + std::to_string(n)).c_str());
    if (ImGui::IsItemActive() || ImGui::IsItemHovered())
        ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.35f));
    ImGui::Separator();
    ImGui::PopID();
    return tapped;
}

} // namespace

void draw_ledger_cards(Doc& doc, ShellState& st, const std::vector<LedgerRow>& rows) {
    ImGui::BeginChild("##ledger-cards", ImVec2(0, 0));
    // Cards of their own height: one off screen keeps the height it had when last drawn (a
    // thousand rows cost their cells only where they show).
    static std::vector<float> heights;
    heights.resize(rows.size(), kTouchTarget * 3);
    int n = 0;
    for (const LedgerRow& row : rows) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        float& h = heights[size_t(n)];
        if (!ImGui::IsRectVisible(at, ImVec2(at.x + 1, at.y + h))) {
            ImGui::Dummy(ImVec2(0, h - ImGui::GetStyle().ItemSpacing.y));
            n++;
            continue;
        }
        const bool tapped = draw_card(doc, row, n++);
        h = ImGui::GetCursorScreenPos().y - at.y;
        if (tapped) {
            const Plan& plan = doc.ws.plans[row.plan];
            const Problem& p = plan.problems[row.problem];
            nav_open_plan(st.nav, plan.id);
            st.nav.problem = p.id;
            st.nav.measure = p.measures[row.measure].id;
            open_item_screen();
        }
    }
    touch_scroll();
    ImGui::EndChild();
}

bool draw_filter_sheet(const char* summary, void (*draw_filters)(Doc&), Doc& doc) {
    if (ImGui::Button(summary)) ImGui::OpenPopup("###filter-sheet");
    anchor("ledger-filters");
    bool open = true;
    if (!ImGui::BeginPopupModal(tr_id(S::NarrowFilters, "filter-sheet").c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) return false;
    draw_filters(doc);
    ImGui::Spacing();
    const bool done = wide_button(tr(S::NarrowFiltersDone));
    anchor("ledger-filters-done");
    if (done) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return true;
}

} // namespace rectify::ui
