// ledger_view: see ledger_view.h.
//
// Index
//   LedgerState        the filter, the sort, and the rows derived from them (cached per doc.rev)
//   refresh()          rows → sort → filter, each only when something it depends on changed
//   draw_filters()     text, department, person, leader, status, overdue / due soon
//   draw_table()       the clipped table: 10,000 rows draw only what is on screen; a double click
//                      edits a cell in place (ledger_cell_edit.h)
//   draw_ledger()
#include "ui/ledger_view.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <chrono>
#include <unordered_set>

#include "core/csv.h"
#include "core/file_name.h"
#include "core/ledger.h"
#include "core/lookup.h"
#include "core/sheet.h"
#include "ui/anchor.h"
#include "ui/guide.h"
#include "ui/file_intake.h"
#include "ui/ledger_cell_edit.h"
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
    std::vector<LedgerRow> all, sorted, shown; // document order; by the sort; what passes the filter
    LedgerColumn sorted_by = LedgerColumn::Count;
    bool sorted_ascending = true;
    std::vector<std::string> search; // per row of `all`: what the text filter reads
    bool dirty = true;
    std::string cell;                // scratch for one cell's text
    // What the filters offer: the departments, people and leaders named in these rows.
    std::vector<Id> dept_choices, person_choices, leader_choices;
};
LedgerState g_ledger;

// The names in use, in directory order (the order the office keeps its directory in).
void collect_choices(const Workspace& ws, LedgerState& L) {
    std::unordered_set<std::string_view> depts, people, leaders;
    for (const LedgerRow& r : L.all) {
        const Measure& m = ws.plans[r.plan].problems[r.problem].measures[r.measure];
        for (const Id& id : m.lead_departments) depts.insert(id);
        for (const Id& id : m.support_departments) depts.insert(id);
        for (const Id& id : m.responsible) people.insert(id);
        for (const Id& id : m.leaders) leaders.insert(id);
    }
    L.dept_choices.clear();
    L.person_choices.clear();
    L.leader_choices.clear();
    for (const Department& d : ws.departments)
        if (alive(d) && depts.count(d.id)) L.dept_choices.push_back(d.id);
    for (const Person& p : ws.people) {
        if (!alive(p)) continue;
        if (people.count(p.id)) L.person_choices.push_back(p.id);
        if (leaders.count(p.id)) L.leader_choices.push_back(p.id);
    }
}

double g_refresh_ms = 0;

void refresh(const Doc& doc, const Id& plan) {
    LedgerState& L = g_ledger;
    const bool ws_changed = L.rev != doc.rev || L.plan != plan || L.lang != language();
    if (!ws_changed && !L.dirty) return;
    const auto t0 = std::chrono::steady_clock::now();
    if (ws_changed) {
        L.all = ledger_rows(doc.ws, plan);
        L.search = ledger_search_text(doc.ws, L.all, language());
        collect_choices(doc.ws, L);
        L.rev = doc.rev;
        L.plan = plan;
        L.lang = language();
    }
    // Sorted once per change of the rows or the sort; a filter keystroke only filters that list
    // (the sort is stable, so filtering the sorted rows gives what sorting the filtered ones would).
    if (ws_changed || L.sorted_by != L.sort || L.sorted_ascending != L.ascending) {
        L.sorted = L.all;
        ledger_sort(doc.ws, L.sorted, L.sort, L.ascending, language());
        L.sorted_by = L.sort;
        L.sorted_ascending = L.ascending;
    }
    L.shown = L.sorted;
    L.filter.lang = language();
    ledger_filter(doc.ws, L.shown, L.filter, doc.today, doc.soon_days, &L.search);
    L.dirty = false;
    g_refresh_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// One entry at a time (the common question is "what does 基教科 still owe?"), from `choices`.
bool ref_filter(const char* id, const Doc& doc, RefKind kind, std::vector<Id>& value, const std::vector<Id>& choices,
                S all, float width_em) {
    bool changed = false;
    const Id current = value.empty() ? Id() : value[0];
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
    if (ImGui::BeginCombo(id, current.empty() ? tr(all) : ref_name(doc.ws, kind, current).c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(tr(all), current.empty())) {
            value.clear();
            changed = true;
        }
        for (const Id& c : choices) {
            ImGui::PushID(c.c_str());
            if (ImGui::Selectable(ref_name(doc.ws, kind, c).c_str(), c == current)) {
                value = {c};
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void draw_filters(Doc& doc) {
    LedgerState& L = g_ledger;
    LedgerFilter& f = L.filter;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 12);
    if (ImGui::InputTextWithHint("##ledger-text", tr(S::LedgerSearch), &f.text)) L.dirty = true;
    anchor("ledger-text");
    ImGui::SameLine();
    if (ref_filter("##ledger-dept", doc, RefKind::Department, f.departments, L.dept_choices, S::AllDepartments, 8)) L.dirty = true;
    anchor("ledger-dept");
    ImGui::SameLine();
    if (ref_filter("##ledger-person", doc, RefKind::Person, f.people, L.person_choices, S::AllPeople, 7)) L.dirty = true;
    anchor("ledger-person");
    ImGui::SameLine();
    if (ref_filter("##ledger-leader", doc, RefKind::Person, f.leaders, L.leader_choices, S::AllLeaders, 7)) L.dirty = true;
    anchor("ledger-leader");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 7);
    if (ImGui::BeginCombo("##ledger-status", f.status < 0 ? tr(S::AllStatuses) : status_label(Status(f.status)))) {
        if (ImGui::Selectable(tr(S::AllStatuses), f.status < 0)) {
            f.status = -1;
            L.dirty = true;
        }
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::DoneOngoing})
            if (ImGui::Selectable(status_label(s), f.status == int(s))) {
                f.status = int(s);
                L.dirty = true;
            }
        ImGui::EndCombo();
    }
    anchor("ledger-status");
    ImGui::SameLine();
    if (ImGui::Checkbox(tr(S::Overdue), &f.overdue)) L.dirty = true;
    anchor("ledger-overdue");
    ImGui::SameLine();
    if (ImGui::Checkbox(tr(S::DueSoon), &f.due_soon)) L.dirty = true;
    anchor("ledger-soon");
}

void draw_table(Doc& doc, ShellState& st) {
    LedgerState& L = g_ledger;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("##ledger", kLedgerColumns, flags)) return;
    const float ch = ImGui::CalcTextSize("字").x; // widths in Chinese characters
    static const float widths[] = {4, 8, 12, 12, 9, 5, 5, 8, 5, 12, 4};
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
            const Plan& plan = doc.ws.plans[row.plan];
            const Problem& problem = plan.problems[row.problem];
            for (int c = 0; c < kLedgerColumns; c++) {
                ImGui::TableSetColumnIndex(c);
                if (ledger_cell_edited(m.id, LedgerColumn(c)))
                    ledger_cell_edit_place(ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x);
                L.cell.clear();
                cells.append(L.cell, row, LedgerColumn(c));
                const size_t nl = L.cell.find('\n'); // one line per row; the editor shows the rest
                const char* end = L.cell.data() + (nl == std::string::npos ? L.cell.size() : nl);
                if (c == 0) {
                    // The row is one selectable. A double click edits the cell under the mouse,
                    // or opens the measure in the editor from 序号 and 销号 (and when read-only).
                    ImGui::Selectable(L.cell.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick);
                    anchor_n("ledger-row", i);
                    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        const LedgerColumn at = LedgerColumn(ImGui::TableGetHoveredColumn());
                        if (!doc.read_only && ledger_cell_editable(at)) {
                            ledger_cell_edit_begin(problem.id, m.id, at);
                        } else {
                            nav_open_plan(st.nav, plan.id);
                            st.nav.problem = problem.id;
                            st.nav.measure = m.id;
                            st.nav.tab = PlanTab::Problems;
                        }
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
    draw_ledger_cell_edit(doc);
}

// "<plan title>-整改台账.csv" (or 全部方案 for every plan), made safe as a file name.
std::string ledger_file_name(const Plan* plan, const char* extension) {
    return safe_file_name(std::string(plan ? plan->title : tr(S::AllPlans)) + "-" + tr(S::Ledger), extension, tr(S::Ledger));
}

} // namespace

double ledger_last_refresh_ms() { return g_refresh_ms; }

void draw_ledger(Doc& doc, ShellState& st) {
    const Id& plan_id = st.nav.plan; // empty: every plan
    const Plan* plan = plan_id.empty() ? nullptr : find<Plan>(doc.ws, plan_id);
    view_title(st, S::Ledger, "ledger-title", plan ? plan->title.c_str() : tr(S::AllPlans));

    refresh(doc, plan ? plan_id : Id());
    draw_filters(doc);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(tr(S::LedgerCount), int(g_ledger.shown.size()), int(g_ledger.all.size()));
    anchor("ledger-count");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ClearFilters))) {
        g_ledger.filter = LedgerFilter{};
        g_ledger.dirty = true;
    }
    anchor("ledger-clear");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ExportCsv))) {
        st.requests.download_data = ledger_csv(doc.ws, g_ledger.shown, language());
        st.requests.download_name = ledger_file_name(plan, ".csv");
        st.requests.download_mime = "text/csv;charset=utf-8";
    }
    anchor("ledger-export");
    ImGui::SameLine();
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::ImportCsv))) {
        st.requests.pick_purpose = kPickLedger;
        st.requests.pick_accept = ".csv,.txt,.tsv,text/csv,text/plain";
    }
    anchor("ledger-import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ExportXlsx))) {
        st.requests.xlsx_json = sheet_to_json(ledger_sheet(doc.ws, g_ledger.shown, language(), plan ? plan->title : ""));
        st.requests.xlsx_name = ledger_file_name(plan, ".xlsx");
    }
    anchor("ledger-export-xlsx");
    // Nothing to list: say why (no measures, or the filters hide them all) and what to do.
    if (g_ledger.shown.empty() && draw_ledger_empty(int(g_ledger.all.size()))) {
        g_ledger.filter = LedgerFilter{};
        g_ledger.dirty = true;
    }
    draw_table(doc, st);
}

} // namespace rectify::ui
