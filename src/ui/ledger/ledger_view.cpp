// ledger_view: see ledger_view.h.
//
// Index
//   LedgerState        the filter, the sort, and the rows derived from them (cached per doc.rev)
//   refresh()          rows → sort → filter, each only when something it depends on changed
//   draw_filters()     text, department, person, leader, status, overdue / due soon, submitted without evidence,
//                      回头看 due
//   column_layout()    widths that fit codes, dates and words; long texts share the rest
//   draw_table()       the clipped table: 10,000 rows draw only what is on screen, each row
//                      kCellLines high; a double click edits a cell in place (ledger_cell_edit.h)
//   draw_ledger()
#include "ui/ledger/ledger_view.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <unordered_set>

#include "core/ledger/csv.h"
#include "core/ledger/ledger_form.h"
#include "core/file_name.h"
#include "core/ledger/ledger.h"
#include "core/lookup.h"
#include "core/ledger/sheet.h"
#include "core/supervision.h"
#include "ui/plan/plan_parts.h"
#include "ui/widgets/anchor.h"
#include "ui/guide.h"
#include "ui/sharing/incoming_files.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/ledger/ledger_cell_edit.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/probe.h"
#include "ui/strings.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct LedgerSort {
    LedgerColumn column = LedgerColumn::Seq;
    bool ascending = true;
};

struct LedgerState {
    LedgerFilter filter;
    LedgerColumn sort = LedgerColumn::Seq; // of the plan shown
    bool ascending = true;
    std::map<Id, LedgerSort> sorts;        // each plan's ledger keeps its own ("": every plan's)
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
    float code_ems = 0;              // the longest 问题编号 among the rows, in font sizes (its column fits it)
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
    if (L.plan != plan) { // another plan's ledger: its own sort, as it was left
        const auto it = L.sorts.find(plan);
        const LedgerSort s = it == L.sorts.end() ? LedgerSort{} : it->second;
        L.sort = s.column;
        L.ascending = s.ascending;
    }
    const bool ws_changed = L.rev != doc.rev || L.plan != plan || L.lang != language();
    if (!ws_changed && !L.dirty) return;
    const auto t0 = std::chrono::steady_clock::now();
    if (ws_changed) {
        L.all = ledger_rows(doc.ws, plan);
        L.search = ledger_search_text(doc.ws, L.all, language());
        float code_w = 0;
        const Problem* last = nullptr; // rows of one problem follow each other: measure each code once
        for (const LedgerRow& r : L.all) {
            const Problem* p = &doc.ws.plans[r.plan].problems[r.problem];
            if (p != last) code_w = std::max(code_w, ImGui::CalcTextSize(p->code.c_str()).x);
            last = p;
        }
        L.code_ems = code_w / ImGui::GetFontSize();
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
    const char* shown = current.empty() ? tr(all) : ref_name(doc.ws, kind, current).c_str();
    const bool open = ImGui::BeginCombo(id, shown, ImGuiComboFlags_HeightLarge);
    if (!open) tooltip_if_cut(shown);
    if (open) {
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
    // One line when the window is wide enough; a filter that does not fit starts the next line.
    ImGui::SetNextItemWidth(em * 12);
    if (ImGui::InputTextWithHint("##ledger-text", tr(S::LedgerSearch), &f.text)) L.dirty = true;
    anchor("ledger-text");
    same_line_if_fits(em * 8);
    if (ref_filter("##ledger-dept", doc, RefKind::Department, f.departments, L.dept_choices, S::AllDepartments, 8)) L.dirty = true;
    anchor("ledger-dept");
    same_line_if_fits(em * 7);
    if (ref_filter("##ledger-person", doc, RefKind::Person, f.people, L.person_choices, S::AllPeople, 7)) L.dirty = true;
    anchor("ledger-person");
    same_line_if_fits(em * 7);
    if (ref_filter("##ledger-leader", doc, RefKind::Person, f.leaders, L.leader_choices, S::AllLeaders, 7)) L.dirty = true;
    anchor("ledger-leader");
    same_line_if_fits(em * 7);
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
    same_line_if_fits(checkbox_width(tr(S::Overdue)));
    if (ImGui::Checkbox(tr(S::Overdue), &f.overdue)) L.dirty = true;
    anchor("ledger-overdue");
    same_line_if_fits(checkbox_width(tr(S::DueSoon)));
    if (ImGui::Checkbox(tr(S::DueSoon), &f.due_soon)) L.dirty = true;
    anchor("ledger-soon");
    same_line_if_fits(checkbox_width(tr(S::WithoutEvidence)));
    if (ImGui::Checkbox(tr(S::WithoutEvidence), &f.without_evidence)) L.dirty = true;
    anchor("ledger-without-evidence");
    same_line_if_fits(ImGui::GetFontSize() * 8);
    { // 三色督办 (core/supervision.h): all, or one colour
        static const S words[] = {S::AnyColour, S::ColourBlue, S::ColourYellow, S::ColourRed}; // by Colour; [0]: any
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        if (ImGui::BeginCombo("##colour", tr(words[f.colour < 0 ? 0 : f.colour]))) {
            for (int c = -1; c < 4; c++) {
                if (c == 0) continue; // None is no filter of its own
                if (ImGui::Selectable(tr(words[c < 0 ? 0 : c]), f.colour == c)) f.colour = c, L.dirty = true;
                anchor_n("ledger-colour-option", c + 1);
            }
            ImGui::EndCombo();
        }
        anchor("ledger-colour");
    }
    same_line_if_fits(checkbox_width(tr(S::FilterRecheckDue)));
    if (ImGui::Checkbox(tr(S::FilterRecheckDue), &f.recheck_due)) L.dirty = true;
    anchor("ledger-recheck-due");
}

// Widths that fit what the columns hold: 问题编号 (the longest code shown), dates, the status and
// closing words on one line; the long texts share what is left (at least a readable minimum)
// and wrap. The table scrolls sideways when even the minimum does not fit.
struct ColumnLayout {
    float width = 0; // fixed columns: their width; stretch columns: their weight
    bool stretch = false;
    bool fit = false; // sized to what it holds, in the language shown: not resized by hand
};

float widest(std::initializer_list<const char*> texts) {
    float w = 0;
    for (const char* t : texts) w = std::max(w, ImGui::CalcTextSize(t).x);
    return w;
}

ColumnLayout column_layout(LedgerColumn c, bool every_plan) {
    const float ch = ImGui::CalcTextSize("字").x;
    const Lang lang = language();
    // Room for the header's sort arrow.
    const float header = ImGui::CalcTextSize(ledger_header(c, lang)).x + ImGui::GetFontSize();
    auto fixed = [&](float w) { return ColumnLayout{std::max(w, header), false, true}; };
    switch (c) {
    case LedgerColumn::Seq: return fixed(ImGui::CalcTextSize(every_plan ? "00-0000" : "0000").x);
    case LedgerColumn::ProblemCode: { // the longest code here, at least 15 digits; beyond 24 it wraps
        const float digit = ImGui::CalcTextSize("0").x;
        return fixed(std::min(std::max(g_ledger.code_ems * ImGui::GetFontSize(), digit * 15), digit * 24) + digit * 0.5f);
    }
    case LedgerColumn::Departments: return {std::max(ch * 7, header), false, false};
    case LedgerColumn::People: case LedgerColumn::Leaders: return {std::max(ch * 5, header), false, false};
    case LedgerColumn::Deadline: return fixed(ImGui::CalcTextSize(lang == Lang::Zh ? "0000年00月00日前" : "by 00 Sep 0000").x);
    case LedgerColumn::Status:
        return fixed(widest({status_text(Status::NotStarted, lang), status_text(Status::InProgress, lang),
                             status_text(Status::Done, lang), status_text(Status::DoneOngoing, lang)}));
    case LedgerColumn::Closure:
        return fixed(widest({closure_text(ClosureState::Open, lang), closure_text(ClosureState::Submitted, lang),
                             closure_text(ClosureState::Verified, lang), closure_text(ClosureState::Returned, lang)}));
    case LedgerColumn::Plan: return {1.0f, true};
    case LedgerColumn::Measure: return {1.5f, true};
    default: return {1.2f, true}; // 问题, 最近进展
    }
}

// A row is kCellLines lines high: long texts wrap up to there, the rest shows on hover and in the
// cell's editor. One height for every row keeps the clipper exact (10,000 rows draw what is seen).
constexpr int kCellLines = 3;

void draw_table(Doc& doc, ShellState& st) {
    LedgerState& L = g_ledger;
    const bool every_plan = L.plan.empty();
    const std::vector<LedgerColumn>& cols = ledger_columns(every_plan);
    const int ncols = int(cols.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float min_stretch = ImGui::CalcTextSize("字").x * 9; // a long text's column: 9 characters at least
    float needed = style.ScrollbarSize;
    ColumnLayout layout[kLedgerColumns];
    for (int i = 0; i < ncols; i++) {
        layout[i] = column_layout(cols[size_t(i)], every_plan);
        needed += (layout[i].stretch ? min_stretch : layout[i].width) + style.CellPadding.x * 2 + 1;
    }
    const float inner = std::max(needed, ImGui::GetContentRegionAvail().x);
    // Each plan's ledger is its own table: its own sort, scroll and column widths.
    ImGui::PushID(every_plan ? "every-plan" : L.plan.c_str());
    if (!ImGui::BeginTable("##ledger", ncols, flags, ImVec2(0, 0), inner)) {
        ImGui::PopID();
        return;
    }
    for (int i = 0; i < ncols; i++) {
        const LedgerColumn c = cols[size_t(i)];
        ImGuiTableColumnFlags f = layout[i].stretch ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
        if (layout[i].fit) f |= ImGuiTableColumnFlags_NoResize; // its width follows the language
        if (c == LedgerColumn::Seq) f |= ImGuiTableColumnFlags_DefaultSort;
        ImGui::TableSetupColumn(ledger_header(c, language()), f, layout[i].width, ImGuiID(c));
    }
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < ncols; i++) {
        if (!ImGui::TableSetColumnIndex(i)) continue;
        ImGui::TableHeader(ImGui::TableGetColumnName(i));
        anchor_n("ledger-col", int(cols[size_t(i)])); // a click sorts by it
    }
    if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsDirty) {
        if (spec->SpecsCount > 0) {
            L.sort = LedgerColumn(spec->Specs[0].ColumnUserID);
            L.ascending = spec->Specs[0].SortDirection != ImGuiSortDirection_Descending;
            L.sorts[L.plan] = {L.sort, L.ascending};
        }
        spec->SpecsDirty = false;
        L.dirty = true;
        refresh(doc, L.plan);
    }
    LedgerCells cells(doc.ws, language());
    const float row_h = ImGui::GetTextLineHeight() * kCellLines;
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    char name[48];
    ImGuiListClipper clipper;
    clipper.Begin(int(L.shown.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const LedgerRow& row = L.shown[size_t(i)];
            const Measure& m = doc.ws.plans[row.plan].problems[row.problem].measures[row.measure];
            ImGui::TableNextRow(0, row_h);
            ImGui::PushID(i);
            const Plan& plan = doc.ws.plans[row.plan];
            const Problem& problem = plan.problems[row.problem];
            for (int ci = 0; ci < ncols; ci++) {
                const LedgerColumn c = cols[size_t(ci)];
                ImGui::TableSetColumnIndex(ci);
                const float width = ImGui::GetContentRegionAvail().x;
                if (ledger_cell_edited(m.id, c)) ledger_cell_edit_place(ImGui::GetCursorScreenPos(), width, row_h);
                L.cell.clear();
                cells.append(L.cell, row, c);
                std::snprintf(name, sizeof name, "ledger-cell-%d-%d", i, int(c));
                if (c == LedgerColumn::Seq) {
                    // The row is one selectable. A double click edits the cell under the mouse,
                    // or opens the measure in the editor from 序号, 方案 and 销号 (and when read-only).
                    ImGui::Selectable(L.cell.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick,
                                      ImVec2(0, row_h));
                    anchor_n("ledger-row", i);
                    anchor_text(name, L.cell);
                    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        const int hovered = ImGui::TableGetHoveredColumn();
                        const LedgerColumn at = hovered >= 0 && hovered < ncols ? cols[size_t(hovered)] : LedgerColumn::Seq;
                        if (!doc.read_only && ledger_cell_editable(at)) {
                            ledger_cell_edit_begin(problem.id, m.id, at);
                        } else {
                            nav_open_plan(st.nav, plan.id);
                            st.nav.problem = problem.id;
                            st.nav.measure = m.id;
                            st.nav.tab = PlanTab::Problems;
                        }
                    }
                    continue;
                }
                const ImU32 colour = c == LedgerColumn::Status     ? ImGui::GetColorU32(status_colour(m.status))
                                     : c == LedgerColumn::Deadline ? ImGui::GetColorU32(due_colour(m, doc))
                                                                   : text_colour;
                clamped_text(L.cell.data(), L.cell.data() + L.cell.size(), width, kCellLines, colour, name);
                if (c == LedgerColumn::Deadline) { // 三色督办 (core/supervision.h): a dot at the cell's corner
                    const Colour mark = colour_of(m, doc.today, supervision_rule(plan));
                    if (mark != Colour::None) {
                        const float r = ImGui::GetFontSize() * 0.22f;
                        const ImVec2 at = ImGui::GetItemRectMin();
                        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + width - r, at.y + r + 1), r,
                                                                    ImGui::GetColorU32(colour_rgb(mark)));
                    }
                }
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
    draw_ledger_cell_edit(doc);
    ImGui::PopID();
}

// "<plan title>-整改台账.csv" (or 全部方案 for every plan), made safe as a file name.
std::string ledger_file_name(const Plan* plan, const char* extension) {
    return safe_file_name(std::string(plan ? plan->title : tr(S::AllPlans)) + "-" + tr(S::Ledger), extension, tr(S::Ledger));
}

} // namespace

void open_ledger_only(ShellState& st, bool LedgerFilter::*which) {
    g_ledger.filter = LedgerFilter{};
    g_ledger.filter.*which = true;
    g_ledger.dirty = true;
    st.nav.view = View::Ledger;
    st.nav.plan.clear(); // every plan
}

// How long the last re-derivation of the rows took (ms): rows, sort and filter, or filter alone
// (bench/ledger reads it as state().ledgerMs).
[[maybe_unused]] static const bool kProbe = probe("ledgerMs", [](JsonOut& o, const Doc&) { o.value(g_refresh_ms); });

void draw_ledger(Doc& doc, ShellState& st) {
    const Id& plan_id = st.nav.plan; // empty: every plan
    const Plan* plan = plan_id.empty() ? nullptr : find<Plan>(doc.ws, plan_id);
    view_title(st, S::Ledger, "ledger-title", plan ? plan->title.c_str() : tr(S::AllPlans));

    refresh(doc, plan ? plan_id : Id());
    if (narrow_layout()) draw_filter_sheet(tr(S::NarrowFilters), draw_filters, doc); // a phone: in a sheet (issue 21)
    else draw_filters(doc);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", trf(S::LedgerCount, {{"shown", g_ledger.shown.size()}, {"total", g_ledger.all.size()}}).c_str());
    anchor("ledger-count");
    same_line_if_fits(button_width(tr(S::ClearFilters)));
    if (ImGui::Button(tr(S::ClearFilters))) {
        g_ledger.filter = LedgerFilter{};
        g_ledger.dirty = true;
    }
    anchor("ledger-clear");
    same_line_if_fits(button_width(tr(S::ExportCsv)));
    if (ImGui::Button(tr(S::ExportCsv))) {
        st.requests.download_data = ledger_csv(doc.ws, g_ledger.shown, language());
        st.requests.download_name = ledger_file_name(plan, ".csv");
        st.requests.download_mime = "text/csv;charset=utf-8";
    }
    anchor("ledger-export");
    same_line_if_fits(button_width(tr(S::ImportCsv)));
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::ImportCsv))) {
        st.requests.pick_purpose = kPickLedger;
        st.requests.pick_accept = ".xlsx,.csv,.txt,.tsv,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    anchor("ledger-import");
    ImGui::EndDisabled();
    same_line_if_fits(button_width(tr(S::ExportXlsx)));
    if (ImGui::Button(tr(S::ExportXlsx))) {
        st.requests.xlsx_json = sheet_to_json(ledger_sheet(doc.ws, g_ledger.shown, language(), plan ? plan->title : ""));
        st.requests.xlsx_name = ledger_file_name(plan, ".xlsx");
    }
    anchor("ledger-export-xlsx");
    // The form the plan's ledger came in (an .xlsx from the superior office): the same form back,
    // filled with the plan's current rows, every other part of it as it was.
    if (plan && !plan->form.empty()) {
        same_line_if_fits(button_width(tr(S::ExportForm)));
        if (ImGui::Button(tr(S::ExportForm))) {
            st.requests.form_json = form_fill_json(plan->form, ledger_form_fill(doc.ws, *plan, language()));
            st.requests.form_name = plan->form.name;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(S::ExportFormTip, {{"form", plan->form.name}}).c_str());
        anchor("ledger-export-form");
    }
    // Nothing to list: say why (no measures, or the filters hide them all) and what to do.
    if (g_ledger.shown.empty() && draw_ledger_empty(int(g_ledger.all.size()))) {
        g_ledger.filter = LedgerFilter{};
        g_ledger.dirty = true;
    }
    if (narrow_layout()) draw_ledger_cards(doc, st, g_ledger.shown); // a phone: a card per row (issue 21)
    else draw_table(doc, st);
}

} // namespace rectify::ui
