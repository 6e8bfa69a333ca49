// plan_find: Ctrl+F. A bar over the tabs with the query, a count and the hits (where, and a
// snippet); a click or Enter goes to the hit: its tab, its problem or measure.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdio>

#include "core/find_in_plan.h"
#include "ui/narrow/narrow.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {
struct FindState {
    bool open = false, focus = false;
    std::string query, searched;
    unsigned long rev = ~0ul;
    Id plan;
    std::vector<FindHit> hits;
    int current = -1;
};
FindState g_find;

PlanTab tab_for(const FindHit& h) {
    if (!h.problem.empty()) return PlanTab::Problems;
    switch (h.kind) {
    case FindKind::Section: return PlanTab::Sections;
    case FindKind::Phase: return PlanTab::Phases;
    case FindKind::LeadingGroup: return PlanTab::Group;
    default: return PlanTab::Header;
    }
}

void go_to(ShellState& st, const FindHit& h) {
    st.nav.tab = tab_for(h);
    if (!h.problem.empty()) {
        st.nav.problem = h.problem;
        st.nav.measure = h.measure;
        reveal_selection();
    }
}
} // namespace

void open_find() {
    g_find.open = true;
    g_find.focus = true;
}

bool find_open() { return g_find.open; }

void close_find() {
    g_find.open = false;
    g_find.query.clear();
}

bool draw_find_bar(Doc& doc, ShellState& st, Plan& plan) {
    if (!g_find.open) return false;
    bool went = false;
    ImGui::PushID("find");
    if (g_find.focus) {
        ImGui::SetKeyboardFocusHere();
        g_find.focus = false;
    }
    // At a phone's width: the field across the line, the count and 关闭 under it, hits a finger high.
    const bool narrow = narrow_layout();
    ImGui::SetNextItemWidth(narrow ? -FLT_MIN : ImGui::GetFontSize() * 20);
    const bool enter = ImGui::InputTextWithHint("##query", tr(S::FindHint), &g_find.query, ImGuiInputTextFlags_EnterReturnsTrue);
    anchor("find-input");
    const bool input_active = ImGui::IsItemActive();
    if (g_find.query != g_find.searched || g_find.rev != doc.rev || g_find.plan != plan.id) {
        g_find.hits = find_in_plan(doc.ws, plan, g_find.query);
        g_find.searched = g_find.query;
        g_find.rev = doc.rev;
        g_find.plan = plan.id;
        if (g_find.current >= int(g_find.hits.size())) g_find.current = -1;
    }
    if (!narrow) ImGui::SameLine();
    else ImGui::AlignTextToFramePadding();
    if (g_find.query.empty()) ImGui::TextDisabled(" ");
    else if (g_find.hits.empty()) ImGui::TextDisabled("%s", tr(S::FindNone));
    else ImGui::TextDisabled("%s", trf(S::FindCount, {{"n", g_find.hits.size()}}).c_str());
    anchor("find-count");
    ImGui::SameLine();
    const bool close = small_button(tr(S::Close)) ||
                       (input_active && ImGui::IsKeyPressed(ImGuiKey_Escape));
    anchor("find-close");
    if (enter && !g_find.hits.empty()) {
        g_find.current = (g_find.current + 1) % int(g_find.hits.size());
        go_to(st, g_find.hits[size_t(g_find.current)]);
        went = true;
        g_find.focus = true; // Enter again goes to the next one
    }
    if (!g_find.hits.empty()) {
        const float line = narrow ? kTouchTarget + ImGui::GetStyle().ItemSpacing.y : ImGui::GetTextLineHeightWithSpacing();
        const float h = line * float(std::min<size_t>(g_find.hits.size(), 6)) + ImGui::GetStyle().WindowPadding.y * 2;
        ImGui::BeginChild("##hits", ImVec2(0, h), ImGuiChildFlags_Borders);
        ImGuiListClipper clipper;
        clipper.Begin(int(g_find.hits.size()));
        if (g_find.current >= 0) clipper.IncludeItemByIndex(g_find.current);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
                const FindHit& hit = g_find.hits[size_t(i)];
                ImGui::PushID(i);
                if (ImGui::Selectable(hit.snippet.c_str(), i == g_find.current, 0, ImVec2(0, narrow ? kTouchTarget : 0))) {
                    g_find.current = i;
                    go_to(st, hit);
                    went = true;
                }
                if (i == g_find.current && enter) ImGui::SetScrollHereY(0.5f);
                anchor_n("find-hit", i);
                ImGui::PopID();
            }
        ImGui::EndChild();
    }
    if (close) close_find();
    ImGui::PopID();
    return went;
}

} // namespace rectify::ui
