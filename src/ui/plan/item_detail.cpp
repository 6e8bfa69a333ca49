// item_detail: the right pane of the problems tab: the selected problem's form, or the selected
// measure's: what to do, who is responsible, by when, its status, progress, evidence and closing.
//
// Index
//   form_row(), problem_number(), focus requests
//   draw_problem_detail()
//   draw_responsibility()   lead / supporting departments, people, leaders
//   draw_measure_detail()
#include <imgui.h>

#include <cstdio>

#include "core/commands.h"
#include "core/measure_actions.h"
#include "core/move_measure.h"
#include "core/file_name.h"
#include "ui/widgets/anchor.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

namespace {
bool g_focus_request = false;
bool g_form_stacked = false; // the form being drawn has its labels above the fields
}

void focus_next_field() {
    g_focus_request = true;
    expect_typing(); // keys typed before the field is there wait for it
}

bool take_focus_request() {
    const bool r = g_focus_request;
    g_focus_request = false;
    return r;
}

// Labels wrap within their column (never into the field); in a narrow pane they go above the fields.
void form_row(const char* label) {
    static int frame = -1, n = 0; // anchors form-label-N, numbered per frame (tests check each)
    if (ImGui::GetFrameCount() != frame) frame = ImGui::GetFrameCount(), n = 0;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    field_label(label, ImGui::GetContentRegionAvail().x);
    anchor_n("form-label", n++);
    if (!g_form_stacked) ImGui::TableNextColumn();
}

bool begin_form(const char* id) {
    g_form_stacked = narrow_layout() || ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 20;
    if (!ImGui::BeginTable(id, g_form_stacked ? 1 : 2, ImGuiTableFlags_SizingStretchProp)) return false;
    if (!g_form_stacked) ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7.5f);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void draw_problem_detail(Doc& doc, ShellState& st, Plan& plan, Problem& p) {
    const Id id = p.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    ImGui::PushID(id.c_str());
    ImGui::TextDisabled("%s %s", tr(S::ProblemLabel), p.number.c_str());
    if (begin_form("problem-form")) {
        form_row(tr(S::FieldNumber));
        text_field("##number", p.number, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Problem, number, id, std::move(v))); }, ro);
        anchor("problem-number");
        form_row(tr(S::FieldCode));
        text_field("##code", p.code, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Problem, code, id, std::move(v))); }, ro);
        anchor("problem-code");
        form_row(tr(S::FieldArea));
        text_field("##area", p.area, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Problem, area, id, std::move(v))); }, ro);
        anchor("problem-area");
        form_row(tr(S::FieldProblemText));
        if (take_focus_request()) focus_field_here();
        FieldOpts big = ro;
        big.min_lines = 4;
        text_area("##text", p.text, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Problem, text, id, std::move(v))); }, big);
        anchor("problem-text");
        draw_problem_outcomes(doc, plan, p);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::SeparatorText(tr(S::ProblemMeasures));
    int n = 0;
    for (const Measure& m : p.measures) {
        if (!alive(m)) continue;
        ImGui::PushID(m.id.c_str());
        char label[64];
        std::snprintf(label, sizeof label, "%d.", ++n);
        ImGui::TextDisabled("%s", label);
        ImGui::SameLine();
        if (ImGui::Selectable(m.title.c_str(), false, 0, ImVec2(ImGui::GetContentRegionAvail().x * 0.7f, 0))) {
            st.nav.measure = m.id;
            reveal_selection();
        }
        ImGui::SameLine();
        ImGui::TextColored(due_colour(m, doc), "%s", deadline_text(m.deadline).c_str());
        ImGui::PopID();
    }
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::AddMeasure))) add_measure_here(doc, st.nav, plan);
    same_line_if_fits(button_width(tr(S::DeleteProblem)));
    if (delete_button(tr(S::DeleteProblem)) && doc.execute(remove<Problem>(id))) show_notice(st, tr(S::DeletedNotice), NoticeKind::Undo);
    anchor("delete-problem");
    ImGui::EndDisabled();
    // 对账销号单: this problem's page, to print and sign (core/report/closing_sheet.h, made by the
    // office module: core/report/report_wire.h).
    same_line_if_fits(button_width(tr(S::SheetPrint)));
    if (ImGui::Button(tr(S::SheetPrint))) {
        st.requests.report = ReportRequest{};
        st.requests.report.kind = ReportFile::ClosingSheet;
        st.requests.report.plan = plan.id;
        st.requests.report.options.lang = language();
        st.requests.report.problems = {id};
        st.requests.report_name = safe_file_name(plan.title + "-" + p.number + "对账销号单", ".html");
    }
    anchor("sheet-print");
    ImGui::PopID();
}

static void draw_responsibility(Doc& doc, Measure& m) {
    const Id id = m.id;
    form_row(tr(S::FieldLead));
    ref_picker("lead", doc, RefKind::Department, m.lead_departments,
               [id](std::vector<Id> v) { return RECTIFY_SET(Measure, lead_departments, id, std::move(v)); });
    form_row(tr(S::FieldSupport));
    ref_picker("support", doc, RefKind::Department, m.support_departments,
               [id](std::vector<Id> v) { return RECTIFY_SET(Measure, support_departments, id, std::move(v)); });
    form_row(tr(S::FieldResponsible));
    ref_picker("responsible", doc, RefKind::Person, m.responsible,
               [id](std::vector<Id> v) { return RECTIFY_SET(Measure, responsible, id, std::move(v)); });
    form_row(tr(S::FieldLeaders));
    ref_picker("leaders", doc, RefKind::Person, m.leaders,
               [id](std::vector<Id> v) { return RECTIFY_SET(Measure, leaders, id, std::move(v)); });
}

static void draw_move_to(Doc& doc, ShellState& st, Plan& plan, Problem& from, Measure& m) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const bool open = ImGui::BeginCombo("##move-to", tr(S::MoveToProblem));
    anchor("move-to-problem");
    if (!open) return;
    int index = -1; // the problem's place among the live ones (anchor "move-to-N")
    for (const Problem& p : plan.problems) {
        if (!alive(p)) continue;
        index++;
        if (p.id == from.id) continue;
        std::string label = p.number + " " + p.text;
        if (label.size() > 90) { // cut at a character boundary
            size_t cut = 90;
            while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) cut--;
            label = label.substr(0, cut) + "…";
        }
        ImGui::PushID(p.id.c_str());
        const bool picked = ImGui::Selectable(label.c_str());
        anchor_n("move-to", index);
        if (picked && doc.execute(move_measure(m.id, p.id, p.measures.size()))) {
            st.nav.problem = p.id;
            reveal_selection();
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void draw_measure_detail(Doc& doc, ShellState& st, Plan& plan, Problem& p, Measure& m) {
    const Id id = m.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    ImGui::PushID(id.c_str());
    ImGui::TextDisabled("%s %s", tr(S::ProblemLabel), p.number.c_str());
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", p.text.c_str());
    ImGui::PopTextWrapPos();
    if (begin_form("measure-form")) {
        form_row(tr(S::FieldMeasureTitle));
        if (take_focus_request()) focus_field_here();
        text_field("##title", m.title, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Measure, title, id, std::move(v))); }, ro);
        anchor("measure-title");
        form_row(tr(S::FieldSteps));
        FieldOpts steps = ro;
        steps.min_lines = 3;
        text_area("##steps", join_lines(m.steps),
                  [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Measure, steps, id, split_lines(v))); }, steps);
        anchor("measure-steps");
        draw_responsibility(doc, m);
        form_row(tr(S::FieldDeadline));
        Deadline dl;
        ImGui::BeginDisabled(doc.read_only);
        if (deadline_button("deadline", m, doc, &dl)) doc.execute(RECTIFY_SET(Measure, deadline, id, dl));
        ImGui::EndDisabled();
        form_row(tr(S::FieldStatus));
        Status status;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        ImGui::BeginDisabled(doc.read_only);
        if (status_combo("##status", m.status, &status))
            if (CommandPtr cmd = set_status(m, status)) doc.execute(std::move(cmd));
        ImGui::EndDisabled();
        anchor("measure-status");
        draw_measure_outcomes(doc, plan, m);
        ImGui::EndTable();
    }
    ImGui::SeparatorText(tr(S::Milestones));
    draw_milestones(doc, plan, m);
    ImGui::SeparatorText(tr(S::ProgressLog));
    draw_progress_log(doc, m);
    ImGui::SeparatorText(tr(S::Evidence));
    draw_evidence(doc, m);
    ImGui::SeparatorText(tr(S::Closure));
    draw_closure(doc, plan, m);
    ImGui::Separator();
    ImGui::BeginDisabled(doc.read_only);
    draw_move_to(doc, st, plan, p, m);
    same_line_if_fits(button_width(tr(S::DeleteMeasure)));
    if (delete_button(tr(S::DeleteMeasure)) && doc.execute(remove<Measure>(id))) show_notice(st, tr(S::DeletedNotice), NoticeKind::Undo);
    anchor("delete-measure");
    ImGui::EndDisabled();
    ImGui::PopID();
}

} // namespace rectify::ui
