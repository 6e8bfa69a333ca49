// supervision_view: the dashboard's issue 22 part: the outcome figures (the report's headline
// sentence, counts by 问题类型 and by 整改类型) and 三色督办 by department, each department with
// its 督办单: printed (core/report/supervision_sheet.h, the report's page) or sent as the 下发
// file of its items (the sharing tab's mechanism: requests.export_plan/export_department), which
// the unit answers with its return. Recomputed only when the workspace or today changed.
//
// Index: cache · figures · colours by department · draw_dashboard_supervision()
#include <imgui.h>

#include <string>

#include "core/outcomes.h"
#include "core/report/supervision_sheet.h"
#include "core/supervision.h"
#include "ui/ledger/dashboard_view.h"
#include "ui/layout.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"

namespace rectify::ui {

namespace {

struct Cache {
    unsigned long rev = ~0ul;
    Date today;
    Outcomes o;
    std::vector<DepartmentColours> colours;
};
Cache g_cache;

void figures(const Outcomes& o) {
    ImGui::SeparatorText(tr(S::DashFigures));
    const std::string headline = outcome_headline(o, language());
    if (headline.empty()) ImGui::TextDisabled("%s", tr(S::Nothing));
    else ImGui::TextWrapped("%s", headline.c_str());
    anchor("outcome-headline");
    if (!ImGui::BeginTable("##by-type", 2, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", tr(S::DashByProblemType));
    int n = 0;
    for (const auto& [type, count] : o.by_problem_type) {
        ImGui::Text("%s  %d", type.empty() ? tr(S::NotSet) : type.c_str(), count);
        anchor_n("problem-type-count", n++);
    }
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", tr(S::DashByRectifyType));
    for (int i = 0; i < 4; i++) {
        const RectifyType t = RectifyType(i);
        ImGui::Text("%s  %d", t == RectifyType::None ? tr(S::NotSet) : rectify_type_text(t, language()),
                    o.by_rectify_type[size_t(i)]);
        anchor_n("rectify-type-count", i);
    }
    ImGui::EndTable();
}

// The plan a department's 督办单 is sent under: the plan of its first red or yellow item.
Id sheet_plan(const Workspace& ws, const Id& department, const Date& today) {
    const auto items = supervision_items(ws, Id(), department, today);
    return items.empty() ? Id() : ws.plans[items.front().plan].id;
}

void colours_table(Doc& doc, ShellState& st, const std::vector<DepartmentColours>& rows) {
    ImGui::SeparatorText(tr(S::DashColours));
    if (rows.empty()) {
        ImGui::TextDisabled("%s", tr(S::Nothing));
        return;
    }
    if (!ImGui::BeginTable("##colours", 5, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn("dept", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(S::ColourRed));
    ImGui::TableSetupColumn(tr(S::ColourYellow));
    ImGui::TableSetupColumn(tr(S::ColourBlue));
    ImGui::TableSetupColumn("actions");
    int i = 0;
    for (const DepartmentColours& d : rows) {
        ImGui::PushID(d.department.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ref_name(doc.ws, RefKind::Department, d.department).c_str());
        anchor_n("colour-row", i);
        const int counts[] = {d.red, d.yellow, d.blue};
        const Colour colours[] = {Colour::Red, Colour::Yellow, Colour::Blue};
        for (int c = 0; c < 3; c++) {
            ImGui::TableNextColumn();
            if (counts[c]) ImGui::TextColored(colour_rgb(colours[c]), "● %d", counts[c]);
            else ImGui::TextDisabled("0");
            anchor_n((std::string("colour-") + colour_mark(colours[c])).c_str(), i);
        }
        ImGui::TableNextColumn();
        if (d.red + d.yellow > 0) {
            if (small_button(tr(S::PrintSupervisionSheet)))
                st.requests.open_document =
                    supervision_sheet_html(supervision_sheet(doc.ws, Id(), d.department, doc.today, language()), language());
            anchor_n("print-sheet", i);
            ImGui::SameLine();
            if (small_button(tr(S::SendSupervisionSheet))) {
                st.requests.export_plan = sheet_plan(doc.ws, d.department, doc.today);
                st.requests.export_department = d.department;
            }
            anchor_n("send-sheet", i);
        }
        ImGui::PopID();
        i++;
    }
    ImGui::EndTable();
}

} // namespace

void draw_dashboard_supervision(Doc& doc, ShellState& st) {
    if (g_cache.rev != doc.rev || g_cache.today != doc.today) {
        g_cache.o = compute_outcomes(doc.ws, Id());
        g_cache.colours = colours_by_department(doc.ws, Id(), doc.today);
        g_cache.rev = doc.rev;
        g_cache.today = doc.today;
    }
    figures(g_cache.o);
    colours_table(doc, st, g_cache.colours);
}

} // namespace rectify::ui
