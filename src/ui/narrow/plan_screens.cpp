// plan_screens: the plan at a phone's width, as screens: the outline (the problems with their
// measures, a row each, tall enough for a finger; 台账, 报告, 导出, 查找, 方案信息, 方法步骤,
// 添加问题 above it; a long press on a row: 上移/下移/添加措施), then the tapped item's form on its
// own screen with ← 返回, or one of the plan's other tabs (方案信息, 方法步骤; 正文 and 领导小组
// where 查找 leads). The forms are the wide view's own (item_detail.cpp, plan_header.cpp), so
// every field they have shows here too.
//
// Index
//   row_label(), draw_lines(), outline_row()   one row of the outline: its text on up to two lines
//   area_heading()               the area above its problems, in grey, not tappable
//   row_menu()                   the long press on a row: 上移, 下移, 添加措施
//   outline_toolbar(), draw_outline_screen()
//   draw_item_screen(), draw_tab_screen()
//   plan_screen_depth(), plan_screen_back()
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

enum class Screen { Outline, Item, Tab };
struct Screens {
    Id plan;                          // the plan the screens were drawn for: another one starts at its outline
    Screen screen = Screen::Outline;
    PlanTab tab = PlanTab::Header;    // Screen::Tab: which
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

// `text` wrapped into `lines` drawn from `at` down, … where it was cut; the y under the last line.
float draw_lines(const std::vector<WrappedLine>& lines, const std::string& text, ImVec2 at, ImU32 colour) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line_h = ImGui::GetTextLineHeight();
    for (size_t i = 0; i < lines.size(); i++, at.y += line_h) {
        std::string part(lines[i].begin, lines[i].end);
        if (i + 1 == lines.size() && lines[i].end < text.c_str() + text.size()) part += "…";
        dl->AddText(at, colour, part.c_str());
    }
    return at.y;
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
    y = draw_lines(lines, label, ImVec2(at.x + indent, y), text);
    if (m) {
        std::string due = deadline_text(m->deadline);
        if (m->status == Status::Done || m->status == Status::DoneOngoing) due = status_label(m->status);
        else due = std::string(status_label(m->status)) + " · " + due;
        dl->AddText(ImVec2(at.x + indent, y), ImGui::GetColorU32(due_colour(*m, doc)), due.c_str());
    }
    return tapped;
}

// The area a run of problems is under (聚焦…方面), as the wide outline shows it: grey, on up to two
// lines, not a widget (a tap on it does nothing). Anchored narrow-area-n with its text.
void area_heading(const Problem& p, int n) {
    const std::string area = area_label(p);
    const float w = ImGui::GetContentRegionAvail().x;
    const std::vector<WrappedLine> lines = wrap_text(area.c_str(), area.c_str() + area.size(), w, 2);
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, line_h * float(lines.size())));
    anchor_text(("narrow-area-" + std::to_string(n)).c_str(), area);
    const ImU32 grey = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw_lines(lines, area, at, grey);
}

// A long press on a row (a right click, narrow.cpp) selects it and offers to move it a step, or to
// add a measure after it: what was chosen, done by the caller once the rows are drawn.
struct RowAction {
    int dir = 0;      // 上移 -1, 下移 +1
    bool add = false; // 添加措施
};
void row_menu(const Doc& doc, Nav& nav, const Problem& p, const Measure* m, RowAction& act) {
    if (doc.read_only || !ImGui::BeginPopupContextItem("row-menu")) return;
    nav.problem = p.id;
    nav.measure = m ? m->id : Id{};
    const ImVec2 size(ImGui::GetFontSize() * 8, kTouchTarget);
    if (ImGui::Selectable(tr(S::MoveUp), false, 0, size)) act.dir = -1;
    anchor("row-move-up");
    if (ImGui::Selectable(tr(S::MoveDown), false, 0, size)) act.dir = 1;
    anchor("row-move-down");
    if (ImGui::Selectable(tr(S::AddMeasure), false, 0, size)) act.add = true;
    anchor("row-add-measure");
    ImGui::EndPopup();
}

// A button on the toolbar's line when it fits, else on the next one.
bool tool_button(S label, const char* name) {
    same_line_if_fits(button_width(tr(label)));
    const bool pressed = ImGui::Button(tr(label));
    anchor(name);
    return pressed;
}

// Two lines at any phone width (360 px up): where to go (首页, 台账) and what to make of the plan
// (报告, 导出), then what is done here (查找, 添加问题) and 更多… for the plan's other screens
// (方案信息, 方法步骤), opened now and then, so the outline keeps the screen.
void outline_toolbar(Doc& doc, ShellState& st, Plan& plan) {
    if (ImGui::Button(tr(S::BackHome))) st.nav.view = View::Home;
    anchor("back-home");
    if (tool_button(S::Ledger, "open-ledger")) st.nav.view = View::Ledger;
    // The report's and the export's menu items a finger high, as the menu bar's.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, kTouchTarget - ImGui::GetTextLineHeight()));
    same_line_if_fits(button_width(tr(S::Report)));
    draw_report_menu(doc, st, plan);
    same_line_if_fits(button_width(tr(S::ExportPlan)));
    draw_export_menu(doc, st, plan);
    ImGui::PopStyleVar();
    // The line breaks here.
    if (ImGui::Button(tr(S::Find))) open_find();
    anchor("narrow-find");
    ImGui::BeginDisabled(doc.read_only);
    if (tool_button(S::AddProblem, "narrow-add-problem")) {
        add_problem_here(doc, st.nav, plan);
        g_screens.screen = Screen::Item;
    }
    ImGui::EndDisabled();
    if (tool_button(S::NarrowMore, "narrow-more")) ImGui::OpenPopup("narrow-more");
    if (ImGui::BeginPopup("narrow-more")) {
        const ImVec2 size(ImGui::GetFontSize() * 8, kTouchTarget);
        if (ImGui::Selectable(tr(S::TabHeader), false, 0, size)) g_screens = {plan.id, Screen::Tab, PlanTab::Header};
        anchor("narrow-info");
        if (ImGui::Selectable(tr(S::TabPhases), false, 0, size)) g_screens = {plan.id, Screen::Tab, PlanTab::Phases};
        anchor("narrow-phases");
        ImGui::EndPopup();
    }
}

void draw_outline_screen(Doc& doc, ShellState& st, Plan& plan) {
    outline_toolbar(doc, st, plan);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(plan.title.c_str());
    ImGui::PopTextWrapPos();
    anchor("plan-title");
    // 查找: a hit tapped opens its screen (an item's, or the tab it is on).
    if (draw_find_bar(doc, st, plan)) {
        if (st.nav.tab == PlanTab::Problems) g_screens.screen = Screen::Item;
        else g_screens = {plan.id, Screen::Tab, st.nav.tab};
        st.nav.tab = PlanTab::Problems;
    }
    ImGui::BeginChild("##narrow-outline", ImVec2(0, 0));
    int problems = 0, measures = 0, areas = 0;
    RowAction act;
    const Problem* before = nullptr;
    for (Problem& p : plan.problems) {
        if (!alive(p)) continue;
        if (starts_area(before, p)) area_heading(p, areas++);
        before = &p;
        ImGui::PushID(p.id.c_str());
        const bool problem_selected = st.nav.problem == p.id && st.nav.measure.empty();
        if (outline_row(doc, p, nullptr, 0, problem_selected, ("narrow-problem-" + std::to_string(problems++)).c_str())) {
            st.nav.problem = p.id;
            st.nav.measure.clear();
            g_screens.screen = Screen::Item;
        }
        row_menu(doc, st.nav, p, nullptr, act);
        int number = 0;
        for (Measure& m : p.measures) {
            if (!alive(m)) continue;
            ImGui::PushID(m.id.c_str());
            const std::string name = "narrow-measure-" + std::to_string(measures++);
            if (outline_row(doc, p, &m, ++number, st.nav.measure == m.id, name.c_str())) {
                st.nav.problem = p.id;
                st.nav.measure = m.id;
                g_screens.screen = Screen::Item;
            }
            row_menu(doc, st.nav, p, &m, act);
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    touch_scroll();
    ImGui::EndChild();
    step_selected(doc, plan, st.nav, act.dir);
    if (act.add) {
        add_measure_here(doc, st.nav, plan);
        g_screens.screen = Screen::Item;
    }
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
    if (ImGui::Button(tr(S::NarrowBack))) g_screens.screen = Screen::Outline;
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

// One of the plan's other tabs (方案信息, 方法步骤, 正文, 领导小组), the wide view's form, stacked.
void draw_tab_screen(Doc& doc, Plan& plan) {
    static const S titles[] = {S::TabProblems, S::TabHeader, S::TabPhases, S::TabSections, S::TabGroup, S::TabTimeline};
    if (ImGui::Button(tr(S::NarrowBack))) g_screens.screen = Screen::Outline;
    anchor("narrow-back");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(titles[int(g_screens.tab)]));
    ImGui::BeginChild("##narrow-tab", ImVec2(0, 0));
    switch (g_screens.tab) {
    case PlanTab::Phases: draw_phases_tab(doc, plan); break;
    case PlanTab::Sections: draw_sections_tab(doc, plan); break;
    case PlanTab::Group: draw_group_tab(doc, plan); break;
    default: draw_header_tab(doc, plan); break;
    }
    touch_scroll();
    ImGui::EndChild();
}

} // namespace

void open_item_screen() { g_open_item = true; }

int plan_screen_depth() { return g_screens.screen == Screen::Outline ? 0 : 1; }

void plan_screen_back() { g_screens.screen = Screen::Outline; }

void draw_plan_screens(Doc& doc, ShellState& st) {
    Plan* plan = find<Plan>(doc.ws, st.nav.plan);
    if (!plan || !alive(*plan)) {
        st.nav.view = View::Home;
        return;
    }
    // Another plan, or this one opened again (the view was left): its outline first.
    static int last_frame = -1;
    if (g_screens.plan != plan->id || ImGui::GetFrameCount() > last_frame + 1) g_screens = {plan->id, Screen::Outline};
    last_frame = ImGui::GetFrameCount();
    if (std::exchange(g_open_item, false)) g_screens.screen = Screen::Item;
    if (g_screens.screen == Screen::Item && draw_item_screen(doc, st, *plan)) return;
    if (g_screens.screen == Screen::Tab) {
        draw_tab_screen(doc, *plan);
        return;
    }
    g_screens.screen = Screen::Outline;
    draw_outline_screen(doc, st, *plan);
}

} // namespace rectify::ui
