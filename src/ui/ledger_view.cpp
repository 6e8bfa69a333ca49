// ledger_view: see ledger_view.h.
//
// Index
//   LedgerState        the filter, the sort, and the rows derived from them (cached per doc.rev)
//   refresh()          rows → filter → sort, only when something they depend on changed
//   draw_filters()     text, department, status, overdue / due soon
//   draw_table()       the clipped table: 10,000 rows draw only what is on screen
//   draw_ledger()
#include "ui/ledger_view.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/csv.h"
#include "core/ledger.h"
#include "core/lookup.h"
#include "core/sheet.h"
#include "ui/anchor.h"
#include "ui/pickers.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {

struct LedgerState {
    LedgerFilter filter;
    LedgerColumn sort = LedgerColumn::Seq;
    bool ascending = true;
    // Derived; rebuilt when the workspace, the plan, the filter or the sort changed.
    unsigned long rev = ~0ul;
    Id plan;
    Lang lang = Lang::Zh;
    std::vector<LedgerRow> all, shown;
    std::vector<std::string> search; // per row of `all`: what the text filter reads
    bool dirty = true;
    std::string cell;                // scratch for one cell's text
};
LedgerState g_ledger;

void refresh(const Doc& doc, const Id& plan) {
    LedgerState& L = g_ledger;
    const bool ws_changed = L.rev != doc.rev || L.plan != plan || L.lang != language();
    if (!ws_changed && !L.dirty) return;
    if (ws_changed) {
        L.all = ledger_rows(doc.ws, plan);
        L.search = ledger_search_text(doc.ws, L.all, language());
        L.rev = doc.rev;
        L.plan = plan;
        L.lang = language();
    }
    L.shown = L.all;
    L.filter.lang = language();
    ledger_filter(doc.ws, L.shown, L.filter, doc.today, doc.soon_days, &L.search);
    ledger_sort(doc.ws, L.shown, L.sort, L.ascending, language());
    L.dirty = false;
}

void draw_filters(Doc& doc) {
    LedgerFilter& f = g_ledger.filter;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 14);
    if (ImGui::InputTextWithHint("##ledger-text", tr(S::LedgerSearch), &f.text)) g_ledger.dirty = true;
    anchor("ledger-text");
    ImGui::SameLine();
    // One department at a time: the common question is "what does 基教科 still owe?".
    const Id dept = f.departments.empty() ? Id() : f.departments[0];
    ImGui::SetNextItemWidth(em * 9);
    if (ImGui::BeginCombo("##ledger-dept", dept.empty() ? tr(S::AllDepartments) : ref_name(doc.ws, RefKind::Department, dept).c_str())) {
        if (ImGui::Selectable(tr(S::AllDepartments), dept.empty())) {
            f.departments.clear();
            g_ledger.dirty = true;
        }
        for (const Department& d : doc.ws.departments)
            if (alive(d) && ImGui::Selectable(d.name.c_str(), d.id == dept)) {
                f.departments = {d.id};
                g_ledger.dirty = true;
            }
        ImGui::EndCombo();
    }
    anchor("ledger-dept");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 9);
    if (ImGui::BeginCombo("##ledger-status", f.status < 0 ? tr(S::AllStatuses) : status_label(Status(f.status)))) {
        if (ImGui::Selectable(tr(S::AllStatuses), f.status < 0)) {
            f.status = -1;
            g_ledger.dirty = true;
        }
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::DoneOngoing})
            if (ImGui::Selectable(status_label(s), f.status == int(s))) {
                f.status = int(s);
                g_ledger.dirty = true;
            }
        ImGui::EndCombo();
    }
    anchor("ledger-status");
    ImGui::SameLine();
    if (ImGui::Checkbox(tr(S::Overdue), &f.overdue)) g_ledger.dirty = true;
    anchor("ledger-overdue");
    ImGui::SameLine();
    if (ImGui::Checkbox(tr(S::DueSoon), &f.due_soon)) g_ledger.dirty = true;
    anchor("ledger-soon");
}

void draw_table(Doc& doc, ShellState& st) {
    LedgerState& L = g_ledger;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("##ledger", kLedgerColumns, flags)) return;
    const float ch = ImGui::CalcTextSize("字").x; // widths in Chinese characters
    static const float widths[] = {3, 8, 12, 12, 9, 5, 5, 8, 5, 12, 4};
    for (int c = 0; c < kLedgerColumns; c++)
        ImGui::TableSetupColumn(ledger_header(LedgerColumn(c), language()),
                                c == 0 ? ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthFixed,
                                ch * widths[c]);
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kLedgerColumns; c++) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        anchor_n("ledger-col", c); // a click sorts by it
    }
    if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsDirty) {
        if (spec->SpecsCount > 0) {
            L.sort = LedgerColumn(spec->Specs[0].ColumnIndex);
            L.ascending = spec->Specs[0].SortDirection != ImGuiSortDirection_Descending;
        }
        spec->SpecsDirty = false;
        L.dirty = true;
        refresh(doc, L.plan);
    }
    LedgerCells cells(doc.ws, language());
    ImGuiListClipper clipper;
    clipper.Begin(int(L.shown.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const LedgerRow& row = L.shown[size_t(i)];
            const Measure& m = doc.ws.plans[row.plan].problems[row.problem].measures[row.measure];
            ImGui::TableNextRow();
            ImGui::PushID(i);
            for (int c = 0; c < kLedgerColumns; c++) {
                ImGui::TableSetColumnIndex(c);
                L.cell.clear();
                cells.append(L.cell, row, LedgerColumn(c));
                const size_t nl = L.cell.find('\n'); // one line per row; the editor shows the rest
                const char* end = L.cell.data() + (nl == std::string::npos ? L.cell.size() : nl);
                if (c == 0) {
                    // The row is one selectable: a double click opens the measure.
                    ImGui::Selectable(L.cell.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick);
                    anchor_n("ledger-row", i);
                    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        const Plan& plan = doc.ws.plans[row.plan];
                        nav_open_plan(st.nav, plan.id);
                        st.nav.problem = plan.problems[row.problem].id;
                        st.nav.measure = m.id;
                        st.nav.tab = PlanTab::Problems;
                    }
                } else if (c == int(LedgerColumn::Deadline) || c == int(LedgerColumn::Status)) {
                    ImGui::PushStyleColor(ImGuiCol_Text, c == int(LedgerColumn::Status) ? status_colour(m.status) : due_colour(m, doc));
                    ImGui::TextUnformatted(L.cell.data(), end);
                    ImGui::PopStyleColor();
                } else {
                    ImGui::TextUnformatted(L.cell.data(), end);
                }
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

} // namespace

void draw_ledger(Doc& doc, ShellState& st) {
    const Id& plan_id = st.nav.plan; // empty: every plan
    const Plan* plan = plan_id.empty() ? nullptr : find<Plan>(doc.ws, plan_id);
    view_title(st, S::Ledger, "ledger-title", plan ? plan->title.c_str() : tr(S::AllPlans));

    refresh(doc, plan ? plan_id : Id());
    draw_filters(doc);
    ImGui::SameLine();
    ImGui::TextDisabled(tr(S::LedgerCount), int(g_ledger.shown.size()), int(g_ledger.all.size()));
    anchor("ledger-count");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ExportCsv))) {
        st.requests.download_data = ledger_csv(doc.ws, g_ledger.shown, language());
        st.requests.download_name = std::string(plan ? plan->title : tr(S::AllPlans)) + "-" + tr(S::Ledger) + ".csv";
        st.requests.download_mime = "text/csv;charset=utf-8";
    }
    anchor("ledger-export");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ExportXlsx))) {
        st.requests.xlsx_json = sheet_to_json(ledger_sheet(doc.ws, g_ledger.shown, language(), plan ? plan->title : ""));
        st.requests.xlsx_name = std::string(plan ? plan->title : tr(S::AllPlans)) + "-" + tr(S::Ledger) + ".xlsx";
    }
    anchor("ledger-export-xlsx");
    draw_table(doc, st);
}

} // namespace rectify::ui
