// home: the plan list.
//
// Index
//   plan_progress()    done / all measures of a plan, overdue count
//   draw_naming()      a new plan's title, typed in at once
//   draw_plan_row()    one table row with its actions
//   draw_rename_popup(), draw_delete_popup()
//   draw_home_header(), duplicate_plan_after(), ask_rename(), ask_delete()   shared with narrow/home_cards.cpp
//   draw_home()
#include "ui/home.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/directory.h"
#include "core/duplicate_plan.h"
#include "core/report/stats.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/guide.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/pickers.h"
#include "ui/shell.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/text_field.h"
#include "ui/sharing/text_import_view.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

constexpr int kTitleLines = 3; // a plan's title and issuer: the rest shows on hover

struct HomeState {
    Id rename_id, delete_id;
    std::string rename_text;
    bool open_rename = false, open_delete = false;
    Id naming;            // a plan just made by 新建方案: its title is a field, typed into at once
    bool naming_focused = false;
};
HomeState g_home;

} // namespace

PlanProgress plan_progress(const Plan& plan, const Date& today) {
    PlanProgress p;
    for (const Problem& pr : plan.problems) {
        if (!alive(pr)) continue;
        for (const Measure& m : pr.measures) {
            if (!alive(m)) continue;
            p.all++;
            if (m.status == Status::Done || m.status == Status::DoneOngoing) p.done++;
            if (is_overdue(m, today)) p.overdue++;
        }
    }
    return p;
}

bool plan_being_named(const Plan& plan) { return g_home.naming == plan.id; }

// A new plan's title, as a field with the caret in it, until the user leaves it (Enter, a click
// elsewhere); or until it turns out the field never came (read-only).
void draw_naming(Doc& doc, const Plan& plan) {
    if (!std::exchange(g_home.naming_focused, true)) focus_field_here();
    const Id id = plan.id;
    FieldOpts opts;
    opts.read_only = doc.read_only;
    text_field("##new-title", plan.title, [&doc, id](std::string v) {
        if (!trim_name(v).empty()) doc.execute(RECTIFY_SET(Plan, title, id, std::string(trim_name(v))));
    }, opts);
    if (!ImGui::IsItemActive() && !typing_expected()) g_home.naming.clear();
}

void duplicate_plan_after(Doc& doc, const Plan& plan) {
    Plan copy = duplicate_plan(plan, doc.ids, tr(S::CopySuffix));
    size_t index = 0;
    while (index < doc.ws.plans.size() && doc.ws.plans[index].id != plan.id) index++;
    doc.execute(add<Plan>(doc.ws.id, std::move(copy), index + 1));
}

void ask_rename(const Plan& plan) {
    g_home.rename_id = plan.id;
    g_home.rename_text = plan.title;
    g_home.open_rename = true;
}

void ask_delete(const Plan& plan) {
    g_home.delete_id = plan.id;
    g_home.open_delete = true;
}

namespace {

void draw_plan_row(Doc& doc, ShellState& st, const Plan& plan, int row) {
    ImGui::PushID(plan.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // The title opens the plan: a link-like selectable, as people expect of a list of documents.
    // Up to three lines; a longer title shows whole on hover. A new plan's title is a field.
    const float w = ImGui::GetContentRegionAvail().x;
    if (g_home.naming == plan.id) {
        draw_naming(doc, plan);
        anchor_n("plan", row);
    } else {
        char name[32];
        std::snprintf(name, sizeof name, "plan-%d", row);
        if (clamped_selectable("##open", plan.title.c_str(), plan.title.c_str() + plan.title.size(), w, kTitleLines,
                               ImGui::GetColorU32(theme_colors().link), name))
            nav_open_plan(st.nav, plan.id);
    }
    if (!plan.feedback.name.empty()) {
        const char* fb = plan.feedback.name.c_str();
        clamped_text(fb, fb + plan.feedback.name.size(), w, 2, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    }
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", feedback_label(plan.feedback.kind));
    ImGui::TableNextColumn();
    const char* issuer = plan.issuer.c_str();
    clamped_text(issuer, issuer + plan.issuer.size(), ImGui::GetContentRegionAvail().x, kTitleLines, ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::TableNextColumn();
    const PlanProgress p = plan_progress(plan, doc.today);
    ImGui::ProgressBar(p.all ? float(p.done) / float(p.all) : 0.0f, ImVec2(-1, 0), "");
    ImGui::TextUnformatted(trf(S::MeasuresDone, {{"done", p.done}, {"total", p.all}}).c_str());
    ImGui::TableNextColumn();
    if (p.overdue > 0) ImGui::TextColored(theme_colors().overdue, "%d", p.overdue);
    else ImGui::TextDisabled("0");
    ImGui::TableNextColumn();
    if (small_button(tr(S::Open))) nav_open_plan(st.nav, plan.id);
    anchor_n("open", row);
    ImGui::SameLine();
    ImGui::BeginDisabled(doc.read_only);
    if (small_button(tr(S::Duplicate))) duplicate_plan_after(doc, plan);
    anchor_n("duplicate", row);
    ImGui::SameLine();
    if (small_button(tr(S::Rename))) ask_rename(plan);
    anchor_n("rename", row);
    ImGui::SameLine();
    if (small_button(tr(S::Delete))) ask_delete(plan);
    anchor_n("delete", row);
    ImGui::EndDisabled();
    ImGui::PopID();
}

void draw_rename_popup(Doc& doc) {
    if (g_home.open_rename) ImGui::OpenPopup("###rename");
    g_home.open_rename = false;
    ImGui::SetNextWindowSize(ImVec2(body_font_size() * 28, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(tr_id(S::Rename, "rename").c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextUnformatted(tr(S::RenamePlanTitle));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputText("##plan-title", &g_home.rename_text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::Button(tr(S::Ok)) || enter) {
        if (!g_home.rename_text.empty())
            doc.execute(RECTIFY_SET(Plan, title, g_home.rename_id, g_home.rename_text));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_delete_popup(Doc& doc, ShellState& st) {
    if (g_home.open_delete) ImGui::OpenPopup("###delete");
    g_home.open_delete = false;
    if (!begin_fit_modal(tr_id(S::DeletePlan, "delete"))) return;
    const Plan* plan = find<Plan>(doc.ws, g_home.delete_id);
    ImGui::TextUnformatted(plan ? plan->title.c_str() : "");
    ImGui::TextUnformatted(tr(S::DeletePlanConfirm));
    const bool confirmed = ImGui::Button(tr(S::Delete));
    anchor("delete-confirm");
    if (confirmed) {
        if (doc.execute(remove<Plan>(g_home.delete_id))) show_notice(st, tr(S::DeletedNotice), NoticeKind::Undo);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace

void draw_home_popups(Doc& doc, ShellState& st) {
    draw_rename_popup(doc);
    draw_delete_popup(doc, st);
}

bool draw_home_header(Doc& doc, ShellState& st) {
    ImGui::PushFont(nullptr, body_font_size() * 1.5f);
    ImGui::TextUnformatted(tr(S::HomePlans));
    ImGui::PopFont();
    anchor("home-title");
    if (!doc.ws.office.name.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", doc.ws.office.name.c_str());
    }
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::NewPlan))) {
        Plan plan;
        plan.id = doc.ids.make("plan");
        plan.title = tr(S::UntitledPlan);
        plan.issuer = doc.ws.office.name;
        g_home.naming = plan.id; // its title takes the caret: type the name straight away
        g_home.naming_focused = false;
        expect_typing();
        doc.execute(add<Plan>(doc.ws.id, std::move(plan)));
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(S::TextImportOpen))) open_text_import(doc);
    anchor("text-import-open");
    ImGui::EndDisabled();
    int shown = 0;
    for (const Plan& plan : doc.ws.plans) shown += alive(plan) ? 1 : 0;
    if (shown == 0) draw_home_empty(st);
    return shown > 0;
}

void draw_home(Doc& doc, ShellState& st) {
    if (draw_home_header(doc, st) && ImGui::BeginTable("plans", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                                       ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY)) {
        const float em = body_font_size();
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(S::ColTitle), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        auto fits = [em](S header, float ems) { return std::max(em * ems, ImGui::CalcTextSize(tr(header)).x); };
        ImGui::TableSetupColumn(tr(S::ColSource), ImGuiTableColumnFlags_WidthFixed, fits(S::ColSource, 5));
        ImGui::TableSetupColumn(tr(S::ColIssuer), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        // As wide as its line under the bar ("已完成 12 / 30 项"), in the language shown.
        const float progress = std::max(em * 4, ImGui::CalcTextSize(trf(S::MeasuresDone, {{"done", 888}, {"total", 888}}).c_str()).x);
        ImGui::TableSetupColumn(tr(S::ColProgress), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, progress);
        ImGui::TableSetupColumn(tr(S::ColOverdue), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, fits(S::ColOverdue, 3));
        // Wide enough for its four buttons in either language.
        float actions = ImGui::GetStyle().ItemSpacing.x * 3;
        for (S label : {S::Open, S::Duplicate, S::Rename, S::Delete})
            actions += ImGui::CalcTextSize(tr(label)).x + ImGui::GetStyle().FramePadding.x * 2;
        // NoResize: the width follows the labels when the language changes (a resized or stored
        // width would keep the other language's, and push 删除 / Delete out of sight).
        ImGui::TableSetupColumn(tr(S::ColActions), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, actions);
        ImGui::TableHeadersRow();
        int row = 0;
        for (const Plan& plan : doc.ws.plans)
            if (alive(plan)) draw_plan_row(doc, st, plan, row++);
        ImGui::EndTable();
    }
    draw_home_popups(doc, st);
}

} // namespace rectify::ui
