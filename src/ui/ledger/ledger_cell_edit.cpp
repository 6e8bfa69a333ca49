// ledger_cell_edit: see ledger_cell_edit.h.
//
// Index
//   CellEdit            which cell, where it is on screen, whether its text field has been active
//   editors per column  text, pickers, deadline, status, a new progress entry
//   draw_ledger_cell_edit()
#include "ui/ledger/ledger_cell_edit.h"

#include <algorithm>
#include <cfloat>

#include "core/commands.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

namespace {

struct CellEdit {
    bool want_open = false;
    Id problem, measure;
    LedgerColumn column = LedgerColumn::Count;
    ImVec2 pos;
    float width = 0, height = 0; // of the cell
    ImVec2 size;                 // the editor's, as last drawn (it sizes itself to its content)
    bool field_seen_active = false; // its text field took the keyboard: it closes when that ends
};
CellEdit g_cell;

constexpr const char* kPopup = "##ledger-cell-edit";

// The measure's row in the ledger of its plan (for its cells' texts).
const LedgerRow& row_of(const Workspace& ws, const Id& measure, LedgerRow& row) {
    for (size_t a = 0; a < ws.plans.size(); a++)
        for (size_t b = 0; b < ws.plans[a].problems.size(); b++) {
            const auto& ms = ws.plans[a].problems[b].measures;
            for (size_t c = 0; c < ms.size(); c++)
                if (ms[c].id == measure) {
                    row.plan = a;
                    row.problem = b;
                    row.measure = c;
                    return row;
                }
        }
    return row;
}

// A text editor of the cell: closes once the field was active and no longer is (Enter, Tab,
// Escape), so one edit is one command and the user is back in the table.
bool text_editor(bool multi_line, const std::string& value, const Commit& commit) {
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    FieldOpts opts;
    opts.min_lines = 3;
    if (multi_line) text_area("##cell-text", value, commit, opts);
    else text_field("##cell-text", value, commit, opts);
    anchor("cell-text");
    if (text_field_active()) g_cell.field_seen_active = true;
    return g_cell.field_seen_active && !text_field_active();
}

// A new progress entry, as in the editor's progress log (plan_parts.h add_progress_entry).
void add_progress_text(Doc& doc, const Measure& m, std::string text) {
    if (!text.empty()) add_progress_entry(doc, m.id, std::move(text));
}

// The editor for the cell; true when it is done and should close.
bool draw_editor(Doc& doc, Problem& p, Measure& m) {
    const Id pid = p.id, mid = m.id;
    switch (g_cell.column) {
    case LedgerColumn::ProblemCode:
        return text_editor(false, p.code, [&doc, pid](std::string v) { doc.execute(RECTIFY_SET(Problem, code, pid, std::move(v))); });
    case LedgerColumn::Problem:
        return text_editor(true, p.text, [&doc, pid](std::string v) { doc.execute(RECTIFY_SET(Problem, text, pid, std::move(v))); });
    case LedgerColumn::Measure: {
        const bool done = text_editor(false, m.title, [&doc, mid](std::string v) { doc.execute(RECTIFY_SET(Measure, title, mid, std::move(v))); });
        if (!m.steps.empty()) { // the rest of the cell: the steps (edited in the plan's editor)
            std::string steps;
            for (const std::string& step : m.steps) (steps += steps.empty() ? "" : "\n") += step;
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", steps.c_str());
            ImGui::PopTextWrapPos();
            anchor_text("cell-rest", std::move(steps));
        }
        return done;
    }
    case LedgerColumn::LatestProgress: {
        LedgerRow row; // the latest entry, whole, above the new one
        const std::string latest = ledger_cell(doc.ws, row_of(doc.ws, mid, row), LedgerColumn::LatestProgress, language());
        if (!latest.empty()) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(latest.c_str());
            ImGui::PopTextWrapPos();
            anchor_text("cell-latest", latest);
        }
        ImGui::TextDisabled("%s", tr(S::CellNewProgress));
        const Measure* mp = &m;
        return text_editor(true, "", [&doc, mp](std::string v) { add_progress_text(doc, *mp, std::move(v)); });
    }
    case LedgerColumn::Departments:
        ImGui::TextDisabled("%s", tr(S::FieldLead));
        ref_picker("cell-lead", doc, RefKind::Department, m.lead_departments,
                   [mid](std::vector<Id> v) { return RECTIFY_SET(Measure, lead_departments, mid, std::move(v)); });
        ImGui::TextDisabled("%s", tr(S::FieldSupport));
        ref_picker("cell-support", doc, RefKind::Department, m.support_departments,
                   [mid](std::vector<Id> v) { return RECTIFY_SET(Measure, support_departments, mid, std::move(v)); });
        return false; // several names may be picked: closes on Escape or a click elsewhere
    case LedgerColumn::People:
        ref_picker("cell-people", doc, RefKind::Person, m.responsible,
                   [mid](std::vector<Id> v) { return RECTIFY_SET(Measure, responsible, mid, std::move(v)); });
        return false;
    case LedgerColumn::Leaders:
        ref_picker("cell-leaders", doc, RefKind::Person, m.leaders,
                   [mid](std::vector<Id> v) { return RECTIFY_SET(Measure, leaders, mid, std::move(v)); });
        return false;
    case LedgerColumn::Deadline: {
        Deadline dl;
        if (deadline_button("cell-deadline", m, doc, &dl)) {
            doc.execute(RECTIFY_SET(Measure, deadline, mid, dl));
            return true;
        }
        return false;
    }
    case LedgerColumn::Status: // the four choices at once: one click
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::DoneOngoing}) {
            ImGui::PushStyleColor(ImGuiCol_Text, status_colour(s));
            const bool picked = ImGui::Selectable(status_label(s), m.status == s);
            ImGui::PopStyleColor();
            if (picked) {
                if (CommandPtr cmd = set_status(m, s)) doc.execute(std::move(cmd));
                return true;
            }
        }
        return false;
    default: return true;
    }
}

} // namespace

bool ledger_cell_editable(LedgerColumn c) {
    return c != LedgerColumn::Seq && c != LedgerColumn::Closure && c != LedgerColumn::Plan && c != LedgerColumn::Count;
}

void ledger_cell_edit_begin(const Id& problem, const Id& measure, LedgerColumn c) {
    g_cell = CellEdit{};
    g_cell.want_open = true;
    g_cell.problem = problem;
    g_cell.measure = measure;
    g_cell.column = c;
}

bool ledger_cell_edited(const Id& measure, LedgerColumn c) {
    return g_cell.column == c && g_cell.measure == measure && g_cell.column != LedgerColumn::Count;
}

void ledger_cell_edit_place(ImVec2 top_left, float width, float height) {
    g_cell.pos = top_left;
    g_cell.width = width;
    g_cell.height = height;
}

void draw_ledger_cell_edit(Doc& doc) {
    if (g_cell.column == LedgerColumn::Count) return;
    if (g_cell.want_open) {
        ImGui::OpenPopup(kPopup);
        g_cell.want_open = false;
    }
    const float em = ImGui::GetFontSize();
    const bool wide = g_cell.column == LedgerColumn::Problem || g_cell.column == LedgerColumn::LatestProgress ||
                      g_cell.column == LedgerColumn::Measure;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Inside the window whatever the cell: at most its width and height (less a margin), moved
    // left from the right edge, and up (over the cell, or above it) from the bottom.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = style.WindowPadding.x * 0.5f;
    const ImVec2 lo(vp->WorkPos.x + margin, vp->WorkPos.y + margin);
    const ImVec2 hi(vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + vp->WorkSize.y - margin);
    const float w = std::min(std::max(g_cell.width + style.WindowPadding.x * 2, em * (wide ? 26 : 18)), hi.x - lo.x);
    ImVec2 at(g_cell.pos.x - style.WindowPadding.x, g_cell.pos.y - style.WindowPadding.y);
    at.x = std::max(lo.x, std::min(at.x, hi.x - w));
    if (g_cell.size.y > 0 && at.y + g_cell.size.y > hi.y) {
        const float above = g_cell.pos.y - g_cell.size.y; // just above the cell, if it fits there
        at.y = above >= lo.y ? above : std::max(lo.y, hi.y - g_cell.size.y);
    }
    at.y = std::max(lo.y, std::min(at.y, hi.y - em * 2));
    ImGui::SetNextWindowPos(at, ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, hi.y - lo.y));
    // Escape (no field active) or a click elsewhere closes it; a text being typed is then committed
    // by text_field as for any field that goes away.
    if (!ImGui::BeginPopup(kPopup, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        g_cell = CellEdit{};
        return;
    }
    anchor("cell-edit");
    g_cell.size = ImGui::GetWindowSize();
    Problem* p = find<Problem>(doc.ws, g_cell.problem);
    Measure* m = find<Measure>(doc.ws, g_cell.measure);
    bool done = !p || !m || !alive(*p) || !alive(*m) || doc.read_only; // deleted meanwhile (another tab, undo)
    if (!done) done = draw_editor(doc, *p, *m);
    if (done) {
        ImGui::CloseCurrentPopup();
        g_cell = CellEdit{};
    }
    ImGui::EndPopup();
}

} // namespace rectify::ui
