// home_cards: the home view at a phone's width: a card per plan (its title, source, issuer,
// progress and overdue count), a tap on 打开 (or the title) opens it, 更多… holds 复制/改名/删除;
// 打开文件… above them takes a plan file sent to the unit.
// The actions, the new plan's title field and the dialogs are home.cpp's own (home.h).
#include <imgui.h>

#include <string>

#include "ui/guide.h"
#include "ui/home.h"
#include "ui/narrow/narrow.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

constexpr int kTitleLines = 3;

void draw_card(Doc& doc, ShellState& st, const Plan& plan, int row) {
    ImGui::PushID(plan.id.c_str());
    const std::string n = std::to_string(row);
    ImGui::BeginChild("##card", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                                         ImGuiChildFlags_AlwaysUseWindowPadding);
    const float w = ImGui::GetContentRegionAvail().x;
    if (plan_being_named(plan)) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        draw_naming(doc, plan);
        anchor(("plan-" + n).c_str());
    } else if (clamped_selectable("##title", plan.title.c_str(), plan.title.c_str() + plan.title.size(), w, kTitleLines,
                                  ImGui::GetColorU32(theme_colors().link), ("plan-" + n).c_str())) {
        nav_open_plan(st.nav, plan.id);
    }
    std::string source = feedback_label(plan.feedback.kind);
    if (!plan.feedback.name.empty()) source += " · " + plan.feedback.name;
    if (!plan.issuer.empty()) source += " · " + plan.issuer;
    clamped_text(source.c_str(), source.c_str() + source.size(), w, 2, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    const PlanProgress p = plan_progress(plan, doc.today);
    ImGui::ProgressBar(p.all ? float(p.done) / float(p.all) : 0.0f, ImVec2(-FLT_MIN, ImGui::GetFontSize() * 0.5f), "");
    ImGui::TextUnformatted(trf(S::MeasuresDone, {{"done", p.done}, {"total", p.all}}).c_str());
    if (p.overdue > 0) {
        ImGui::SameLine();
        ImGui::TextColored(theme_colors().overdue, "%s", trf(S::NarrowOverdue, {{"n", p.overdue}}).c_str());
    }
    anchor(("card-progress-" + n).c_str());
    const float more_w = ImGui::CalcTextSize(tr(S::NarrowMore)).x + ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::Button(tr(S::Open), ImVec2(w - more_w - ImGui::GetStyle().ItemSpacing.x, 0))) nav_open_plan(st.nav, plan.id);
    anchor_n("open", row);
    ImGui::SameLine();
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::NarrowMore))) ImGui::OpenPopup("more");
    anchor_n("more", row);
    ImGui::EndDisabled();
    if (ImGui::BeginPopup("more")) {
        const ImVec2 item(ImGui::GetFontSize() * 8, 0);
        if (ImGui::Selectable(tr(S::Duplicate), false, 0, ImVec2(item.x, kTouchTarget))) duplicate_plan_after(doc, plan);
        anchor_n("duplicate", row);
        if (ImGui::Selectable(tr(S::Rename), false, 0, ImVec2(item.x, kTouchTarget))) ask_rename(plan);
        anchor_n("rename", row);
        if (ImGui::Selectable(tr(S::Delete), false, 0, ImVec2(item.x, kTouchTarget))) ask_delete(plan);
        anchor_n("delete", row);
        ImGui::EndPopup();
    }
    ImGui::EndChild();
    ImGui::PopID();
}

} // namespace

void draw_home_cards(Doc& doc, ShellState& st) {
    if (draw_home_header(doc, st)) {
        // A plan file sent to the unit (in WeChat: saved from the chat first) is opened from here:
        // a phone drops nothing onto the page.
        if (ImGui::Button(tr(S::OpenFile))) request_open_file(st);
        anchor("narrow-open-file");
        ImGui::BeginChild("##cards", ImVec2(0, 0));
        int row = 0;
        for (const Plan& plan : doc.ws.plans)
            if (alive(plan)) draw_card(doc, st, plan, row++);
        touch_scroll();
        ImGui::EndChild();
    }
    draw_home_popups(doc, st);
}

} // namespace rectify::ui
