// plan_screens: the plan at a phone's width, as two screens: the outline (the problems with their
// measures, a row each, tall enough for a finger), then the tapped item's form on its own screen
// with ← 返回. The form is the wide view's own (item_detail.cpp: draw_measure_detail,
// draw_problem_detail), so every field it has shows here too.
//
// Index
//   row_label(), outline_row()   one row of the outline: its text on up to two lines
//   draw_outline_screen()
//   draw_item_screen()
//   draw_plan_screens()
#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/commands.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/plan/plan_parts.h"
#include "ui/sharing/returns.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct Screens {
    Id plan;           // the plan the screens were drawn for: another one starts at its outline
    bool item = false; // the item screen is up (else the outline)
};
Screens g_screens;
bool g_open_item = false; // open_item_screen(): the next plan shown starts on its item

std::string row_label(const Problem& p, const Measure* m, int number) {
    std::string label;
    if (!m) label = p.number.empty() ? p.text : p.number + " " + p.text;
    else label = std::to_string(number) + ". " + (m->title.empty() && !m->steps.empty() ? m->steps[0] : m->title);
    for (char& c : label)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return label;
}

// A row as tall as its text (two lines at most) and never under kTouchTarget: true when tapped.
// A measure's deadline or status is on a line of its own under the text, in its colour.
bool outline_row(const Doc& doc, const Problem& p, const Measure* m, int number, bool selected, const char* name) {
    const float em = ImGui::GetFontSize();
    const float indent = m ? em * 1.2f : 0.0f;
    const float w = ImGui::GetContentRegionAvail().x;
    const std::string label = row_label(p, m, number);
    const std::vector<WrappedLine> lines = wrap_text(label.c_str(), label.c_str() + label.size(), w - indent, 2);
    const float line_h = ImGui::GetTextLineHeight();
    const int text_lines = int(lines.size()) + (m ? 1 : 0);
    const float h = std::max(kTouchTarget, line_h * float(text_lines) + ImGui::GetStyle().FramePadding.y);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::Selectable("##row", selected, 0, ImVec2(w, h));
    anchor(name);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    float y = at.y + (h - line_h * float(text_lines)) * 0.5f;
    for (size_t i = 0; i < lines.size(); i++, y += line_h) {
        std::string part(lines[i].begin, lines[i].end);
        if (i + 1 == lines.size() && lines[i].end < label.c_str() + label.size()) part += "…";
        dl->AddText(ImVec2(at.x + indent, y), text, part.c_str());
    }
    if (m) {
        std::string due = deadline_text(m->deadline);
        if (m->status == Status::Done || m->status == Status::DoneOngoing) due = status_label(m->status);
        else due = std::string(status_label(m->status)) + " · " + due;
        dl->AddText(ImVec2(at.x + indent, y), ImGui::GetColorU32(due_colour(*m, doc)), due.c_str());
    }
    return tapped;
}

void draw_outline_screen(Doc& doc, ShellState& st, Plan& plan) {
    if (ImGui::Button(tr(S::BackHome))) st.nav.view = View::Home;
    anchor("back-home");
    same_line_if_fits(button_width(tr(S::Ledger)));
    if (ImGui::Button(tr(S::Ledger))) st.nav.view = View::Ledger;
    anchor("open-ledger");
    ImGui::SameLine();
    draw_export_menu(doc, st, plan);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(plan.title.c_str());
    ImGui::PopTextWrapPos();
    anchor("plan-title");
    ImGui::BeginChild("##narrow-outline", ImVec2(0, 0));
    int problems = 0, measures = 0;
    for (Problem& p : plan.problems) {
        if (!alive(p)) continue;
        ImGui::PushID(p.id.c_str());
        const bool problem_selected = st.nav.problem == p.id && st.nav.measure.empty();
        if (outline_row(doc, p, nullptr, 0, problem_selected, ("narrow-problem-" + std::to_string(problems++)).c_str())) {
            st.nav.problem = p.id;
            st.nav.measure.clear();
            g_screens.item = true;
        }
        int number = 0;
        for (Measure& m : p.measures) {
            if (!alive(m)) continue;
            ImGui::PushID(m.id.c_str());
            const std::string name = "narrow-measure-" + std::to_string(measures++);
            if (outline_row(doc, p, &m, ++number, st.nav.measure == m.id, name.c_str())) {
                st.nav.problem = p.id;
                st.nav.measure = m.id;
                g_screens.item = true;
            }
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    touch_scroll();
    ImGui::EndChild();
}

// False when the selected item is gone (deleted, undone): the outline shows instead.
bool draw_item_screen(Doc& doc, ShellState& st, Plan& plan) {
    Problem* problem = nullptr;
    for (Problem& p : plan.problems)
        if (p.id == st.nav.problem && alive(p)) problem = &p;
    if (!problem) return false;
    Measure* measure = nullptr;
    for (Measure& m : problem->measures)
        if (m.id == st.nav.measure && alive(m)) measure = &m;
    if (ImGui::Button(tr(S::NarrowBack))) g_screens.item = false;
    anchor("narrow-back");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(measure ? S::MeasureLabel : S::ProblemLabel));
    ImGui::BeginChild("##narrow-item", ImVec2(0, 0));
    if (measure) draw_measure_detail(doc, st, plan, *problem, *measure);
    else draw_problem_detail(doc, st, plan, *problem);
    touch_scroll();
    ImGui::EndChild();
    return true;
}

} // namespace

void open_item_screen() { g_open_item = true; }

void draw_plan_screens(Doc& doc, ShellState& st) {
    Plan* plan = find<Plan>(doc.ws, st.nav.plan);
    if (!plan || !alive(*plan)) {
        st.nav.view = View::Home;
        return;
    }
    // Another plan, or this one opened again (the view was left): its outline first.
    static int last_frame = -1;
    if (g_screens.plan != plan->id || ImGui::GetFrameCount() > last_frame + 1) g_screens = {plan->id, false};
    last_frame = ImGui::GetFrameCount();
    if (std::exchange(g_open_item, false)) g_screens.item = true;
    if (g_screens.item && draw_item_screen(doc, st, *plan)) return;
    g_screens.item = false;
    draw_outline_screen(doc, st, *plan);
}

} // namespace rectify::ui
