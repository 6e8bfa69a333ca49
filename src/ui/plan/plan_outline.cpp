// plan_outline: the left pane of the problems tab. Problems grouped by area, measures under each,
// one line per row so that a plan of a thousand measures draws only the rows on screen.
//
// Index
//   OutlineState, rebuild()    rows derived from the plan, cached per doc.rev
//   step_problem(), step_measure()   reorder one step (buttons, Alt+Up/Down)
//   drag_source(), drop_target()     reorder by dragging a row onto another
//   starts_area(), area_label()     the area headings (the narrow outline's too)
//   draw_row()
//   draw_outline(), add_measure_here(), add_problem_here(), step_selected()
#include <imgui.h>

#include "core/supervision.h"
#include <imgui_internal.h> // RenderTextEllipsis, ImGuiSelectableFlags_SelectOnNav

#include <cstring>

#include "core/commands.h"
#include "core/move_measure.h"
#include "core/numerals.h"
#include "ui/widgets/anchor.h"
#include "ui/guide.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {

struct Row {
    enum Kind : unsigned char { Area, ProblemRow, MeasureRow } kind;
    int problem;  // index in plan.problems
    int measure;  // index in problem.measures (MeasureRow)
    int number;   // the measure's position among the problem's live measures, from 1
};

struct OutlineState {
    unsigned long rev = ~0ul;
    Id plan;
    std::vector<Row> rows;
    bool scroll_to_selection = true;
};
OutlineState g_outline;

constexpr const char* kPayload = "rectify-row";
struct DragPayload {
    char kind; // 'p' or 'm'
    char id[63];
};

void rebuild(const Plan& plan) {
    auto& rows = g_outline.rows;
    rows.clear();
    const Problem* before = nullptr;
    for (int pi = 0; pi < int(plan.problems.size()); pi++) {
        const Problem& p = plan.problems[size_t(pi)];
        if (!alive(p)) continue;
        if (starts_area(before, p)) rows.push_back(Row{Row::Area, pi, -1, 0});
        before = &p;
        rows.push_back(Row{Row::ProblemRow, pi, -1, 0});
        int n = 0;
        for (int mi = 0; mi < int(p.measures.size()); mi++)
            if (alive(p.measures[size_t(mi)])) rows.push_back(Row{Row::MeasureRow, pi, mi, ++n});
    }
}

} // namespace

bool starts_area(const Problem* before, const Problem& p) { return !before || before->area != p.area; }

std::string area_label(const Problem& p) {
    std::string area = p.area.empty() ? std::string(tr(S::AreaNone)) : p.area;
    for (char& c : area) if (c == '\n' || c == '\r' || c == '\t') c = ' '; // one line per row
    return area;
}

namespace {

// The live sibling before (dir < 0) or after (dir > 0) index i, or -1.
template <class T> int live_neighbour(const std::vector<T>& list, int i, int dir) {
    for (int j = i + dir; j >= 0 && j < int(list.size()); j += dir)
        if (alive(list[size_t(j)])) return j;
    return -1;
}

void step_problem(Doc& doc, Plan& plan, const Id& id, int dir) {
    int i = 0;
    while (i < int(plan.problems.size()) && plan.problems[size_t(i)].id != id) i++;
    const int j = live_neighbour(plan.problems, i, dir);
    if (j >= 0) doc.execute(move<Problem>(id, size_t(j)));
}

// One step up or down; past the first or last measure of a problem it moves into the
// neighbouring problem, so a measure can travel anywhere with the keyboard alone.
void step_measure(Doc& doc, Plan& plan, const Id& problem_id, const Id& id, int dir) {
    int pi = 0;
    while (pi < int(plan.problems.size()) && plan.problems[size_t(pi)].id != problem_id) pi++;
    if (pi == int(plan.problems.size())) return;
    Problem& p = plan.problems[size_t(pi)];
    int mi = 0;
    while (mi < int(p.measures.size()) && p.measures[size_t(mi)].id != id) mi++;
    const int j = live_neighbour(p.measures, mi, dir);
    if (j >= 0) {
        doc.execute(move<Measure>(id, size_t(j)));
        return;
    }
    const int pj = live_neighbour(plan.problems, pi, dir);
    if (pj < 0) return;
    Problem& to = plan.problems[size_t(pj)];
    doc.execute(move_measure(id, to.id, dir < 0 ? to.measures.size() : 0));
}

void drag_source(const Row& row, const Id& id) {
    if (!ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceAllowNullID)) return;
    DragPayload p{};
    p.kind = row.kind == Row::ProblemRow ? 'p' : 'm';
    std::strncpy(p.id, id.c_str(), sizeof p.id - 1);
    if (id.size() < sizeof p.id) ImGui::SetDragDropPayload(kPayload, &p, sizeof p);
    ImGui::TextUnformatted(row.kind == Row::ProblemRow ? tr(S::ProblemLabel) : tr(S::MeasureLabel));
    ImGui::EndDragDropSource();
}

void drop_target(Doc& doc, Plan& plan, const Row& row) {
    if (!ImGui::BeginDragDropTarget()) return;
    if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload(kPayload)) {
        DragPayload p;
        std::memcpy(&p, pl->Data, sizeof p);
        const Id id(p.id);
        const Problem& target = plan.problems[size_t(row.problem)];
        if (p.kind == 'p' && id != target.id) doc.execute(move<Problem>(id, size_t(row.problem)));
        if (p.kind == 'm') {
            const size_t at = row.kind == Row::MeasureRow ? size_t(row.measure) : target.measures.size();
            doc.execute(move_measure(id, target.id, at));
        }
    }
    ImGui::EndDragDropTarget();
}

void draw_row(Doc& doc, Nav& nav, Plan& plan, const Row& row, int index) {
    const float em = ImGui::GetFontSize();
    Problem& p = plan.problems[size_t(row.problem)];
    if (row.kind == Row::Area) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const std::string area = area_label(p);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight()));
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), a, ImVec2(a.x + ImGui::GetItemRectSize().x, a.y + em * 1.5f),
                                  a.x + ImGui::GetItemRectSize().x, area.c_str(), nullptr, nullptr);
        ImGui::PopStyleColor();
        return;
    }
    const bool is_problem = row.kind == Row::ProblemRow;
    const Measure* m = is_problem ? nullptr : &p.measures[size_t(row.measure)];
    const Id& id = is_problem ? p.id : m->id;
    const bool selected = is_problem ? nav.measure.empty() && nav.problem == p.id : nav.measure == m->id;

    ImGui::PushID(id.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SelectOnNav,
                          ImVec2(width, ImGui::GetTextLineHeight()))) {
        nav.problem = p.id;
        nav.measure = is_problem ? Id() : m->id;
    }
    if (selected && g_outline.scroll_to_selection) {
        ImGui::SetScrollHereY(0.4f);
        g_outline.scroll_to_selection = false;
    }
    anchor_n("outline", index);
    drag_source(row, id);
    drop_target(doc, plan, row);

    // The row's text, cut with an ellipsis; a measure shows its deadline on the right.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float right = at.x + width;
    float text_right = right;
    if (m) {
        std::string due = deadline_text(m->deadline);
        if (m->status == Status::Done || m->status == Status::DoneOngoing) due = status_label(m->status);
        const float w = ImGui::CalcTextSize(due.c_str()).x;
        if (w < width * 0.4f) {
            dl->AddText(ImVec2(right - w, at.y), ImGui::GetColorU32(due_colour(*m, doc)), due.c_str());
            text_right = right - w - em * 0.6f;
        }
        // 三色督办 (core/supervision.h): a dot before the deadline, its colour's.
        const Colour c = colour_of(*m, doc.today, supervision_rule(plan));
        if (c != Colour::None) {
            const float r = em * 0.3f;
            dl->AddCircleFilled(ImVec2(text_right - r, at.y + em * 0.5f), r, ImGui::GetColorU32(colour_rgb(c)));
            text_right -= r * 2 + em * 0.4f;
        }
    }
    std::string label;
    if (is_problem) label = p.number.empty() ? p.text : p.number + " " + p.text;
    else label = std::to_string(row.number) + ". " + (m->title.empty() && !m->steps.empty() ? m->steps[0] : m->title);
    for (char& c : label) if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    const float indent = is_problem ? 0.0f : em * 1.2f;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(is_problem ? ImGuiCol_Text : ImGuiCol_Text));
    ImGui::RenderTextEllipsis(dl, ImVec2(at.x + indent, at.y), ImVec2(text_right, at.y + em * 1.5f), text_right,
                              label.c_str(), nullptr, nullptr);
    ImGui::PopStyleColor();
    ImGui::PopID();
}

} // namespace

void add_measure_here(Doc& doc, Nav& nav, Plan& plan) {
    Problem* p = nullptr;
    for (Problem& q : plan.problems)
        if (q.id == nav.problem && alive(q)) p = &q;
    if (!p) return;
    size_t at = p->measures.size();
    for (size_t i = 0; i < p->measures.size(); i++)
        if (p->measures[i].id == nav.measure) at = i + 1;
    Measure m;
    m.id = doc.ids.make("m");
    m.title = tr(S::NewMeasureTitle);
    const Id id = m.id;
    if (doc.execute(add<Measure>(p->id, std::move(m), at))) {
        nav.measure = id;
        g_outline.scroll_to_selection = true;
        focus_next_field();
    }
}

void add_problem_here(Doc& doc, Nav& nav, Plan& plan) {
    size_t at = plan.problems.size();
    std::string area;
    int live = 0;
    for (size_t i = 0; i < plan.problems.size(); i++) {
        if (!alive(plan.problems[i])) continue;
        live++;
        if (plan.problems[i].id == nav.problem) {
            at = i + 1;
            area = plan.problems[i].area;
        }
    }
    if (at == plan.problems.size()) // at the end: the last problem's area
        for (const Problem& q : plan.problems)
            if (alive(q)) area = q.area;
    Problem p;
    p.id = doc.ids.make("pr");
    p.number = problem_number(live + 1);
    p.area = area;
    p.text = tr(S::NewProblemText);
    const Id id = p.id;
    if (doc.execute(add<Problem>(plan.id, std::move(p), at))) {
        nav.problem = id;
        nav.measure.clear();
        g_outline.scroll_to_selection = true;
        focus_next_field();
    }
}

void draw_outline(Doc& doc, ShellState& st, Plan& plan) {
    Nav& nav = st.nav;
    if (g_outline.rev != doc.rev || g_outline.plan != plan.id) {
        if (g_outline.plan != plan.id) g_outline.scroll_to_selection = true;
        rebuild(plan);
        g_outline.rev = doc.rev;
        g_outline.plan = plan.id;
    }

    // Toolbar.
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::AddProblem))) add_problem_here(doc, nav, plan);
    anchor("add-problem");
    ImGui::SameLine();
    ImGui::BeginDisabled(nav.problem.empty());
    if (ImGui::Button(tr(S::AddMeasure))) add_measure_here(doc, nav, plan);
    anchor("add-measure");
    ImGui::SameLine();
    const bool up = ImGui::ArrowButton("##up", ImGuiDir_Up);
    anchor("move-up");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (Alt+↑)", tr(S::MoveUp));
    ImGui::SameLine();
    const bool down = ImGui::ArrowButton("##down", ImGuiDir_Down);
    anchor("move-down");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (Alt+↓)", tr(S::MoveDown));
    ImGui::EndDisabled();
    ImGui::EndDisabled();

    ImGui::BeginChild("##outline-rows", ImVec2(0, 0), ImGuiChildFlags_Borders);
    // Alt+Up/Down reorder while the outline has focus (a text field keeps its own keys).
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    int dir = up ? -1 : down ? 1 : 0;
    if (focused && ImGui::Shortcut(ImGuiMod_Alt | ImGuiKey_UpArrow, ImGuiInputFlags_Repeat)) dir = -1;
    if (focused && ImGui::Shortcut(ImGuiMod_Alt | ImGuiKey_DownArrow, ImGuiInputFlags_Repeat)) dir = 1;
    // The same arrow also asked keyboard navigation to move to the next row, which would
    // select another item; the selection stays with the item being moved.
    if (focused && dir != 0 && !up && !down) ImGui::NavMoveRequestCancel();
    step_selected(doc, plan, nav, dir);
    if (doc.rev != g_outline.rev) {
        rebuild(plan);
        g_outline.rev = doc.rev;
        nav_validate(nav, doc.ws); // a measure moved to another problem: follow it
    }

    if (g_outline.rows.empty()) {
        draw_outline_empty();
    } else {
        // Jump the clipper to the selection when asked (after a move, an add, a find).
        int sel_row = -1;
        if (g_outline.scroll_to_selection)
            for (int i = 0; i < int(g_outline.rows.size()); i++) {
                const Row& r = g_outline.rows[size_t(i)];
                const Problem& p = plan.problems[size_t(r.problem)];
                if ((r.kind == Row::ProblemRow && nav.measure.empty() && p.id == nav.problem) ||
                    (r.kind == Row::MeasureRow && p.measures[size_t(r.measure)].id == nav.measure))
                    sel_row = i;
            }
        ImGuiListClipper clipper;
        clipper.Begin(int(g_outline.rows.size()));
        if (sel_row >= 0) clipper.IncludeItemByIndex(sel_row);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) draw_row(doc, nav, plan, g_outline.rows[size_t(i)], i);
        if (sel_row < 0) g_outline.scroll_to_selection = false;
    }
    ImGui::EndChild();
}

void reveal_selection() { g_outline.scroll_to_selection = true; }

void step_selected(Doc& doc, Plan& plan, Nav& nav, int dir) {
    if (dir == 0 || doc.read_only || nav.problem.empty()) return;
    if (nav.measure.empty()) step_problem(doc, plan, nav.problem, dir);
    else step_measure(doc, plan, nav.problem, nav.measure, dir);
    g_outline.scroll_to_selection = true;
    nav_validate(nav, doc.ws); // a measure moved to another problem: follow it
}

} // namespace rectify::ui
