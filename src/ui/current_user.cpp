// current_user: see current_user.h. One action waits at a time: a second request replaces it.
#include "ui/current_user.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <utility>

#include "core/directory.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/shell.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

namespace {
struct Waiting {
    DocAction act;           // what runs once confirmed and the name is known
    S question = S::Ok;      // the confirmation's text and its yes button
    S yes = S::Ok;
    bool open_confirm = false, open_ask = false;
    std::string name;        // the name being typed
} g_wait;
} // namespace

const std::string& actor(const Doc& doc) { return doc.user.empty() ? doc.ws.office.name : doc.user; }

void with_user(Doc& doc, DocAction act) {
    if (!doc.user.empty()) {
        act(doc);
        return;
    }
    g_wait.act = std::move(act);
    g_wait.open_ask = true;
    g_wait.name.clear();
    expect_typing(); // a name typed straight after the button lands in the dialog's field
}

void confirm_then(S question, S yes, DocAction act) {
    g_wait.act = std::move(act);
    g_wait.question = question;
    g_wait.yes = yes;
    g_wait.open_confirm = true;
}

static void draw_confirm(Doc& doc) {
    if (std::exchange(g_wait.open_confirm, false)) ImGui::OpenPopup("###confirm-action");
    if (!begin_fit_modal(tr_id(g_wait.yes, "confirm-action")))
        return;
    ImGui::PushTextWrapPos(body_font_size() * 24);
    ImGui::TextUnformatted(tr(g_wait.question));
    ImGui::PopTextWrapPos();
    anchor("confirm-text");
    const bool yes = ImGui::Button(tr_id(g_wait.yes, "confirm-yes").c_str());
    anchor("confirm-yes");
    ImGui::SameLine();
    const bool no = ImGui::Button(tr_id(S::Cancel, "confirm-no").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape);
    anchor("confirm-no");
    if (yes || no) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (no) g_wait.act = nullptr;
    if (yes && g_wait.act) with_user(doc, std::move(g_wait.act));
}

static void draw_ask(Doc& doc) {
    if (std::exchange(g_wait.open_ask, false)) ImGui::OpenPopup("###current-user");
    ImGui::SetNextWindowSize(ImVec2(body_font_size() * 26, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(tr_id(S::CurrentUserAsk, "current-user").c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings))
        return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(S::CurrentUserWhy));
    ImGui::PopTextWrapPos();
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##user-name", tr(S::ColPersonName), &g_wait.name, ImGuiInputTextFlags_EnterReturnsTrue);
    anchor("user-name");
    const std::string name(trim_name(g_wait.name));
    ImGui::BeginDisabled(name.empty());
    const bool ok = ImGui::Button(tr_id(S::Ok, "user-ok").c_str()) || (enter && !name.empty());
    ImGui::EndDisabled();
    anchor("user-ok");
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr_id(S::Cancel, "user-cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape);
    if (ok || cancel) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (!ok && !cancel) return;
    DocAction act = std::exchange(g_wait.act, nullptr);
    if (cancel) return;
    doc.user = name;
    if (act) act(doc);
}

void draw_user_dialogs(Doc& doc) {
    draw_confirm(doc);
    draw_ask(doc);
}

void draw_user_setting(Doc& doc) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::CurrentUser));
    ImGui::SameLine();
    FieldOpts opts;
    opts.width = ImGui::GetFontSize() * 10;
    opts.hint = tr(S::ColPersonName);
    text_field("##current-user", doc.user, [&doc](std::string v) { doc.user = std::string(trim_name(v)); }, opts);
    anchor("current-user");
    // The hint beside the field when a part of it fits there, else under it (a phone's width).
    same_line_if_fits(std::min(ImGui::CalcTextSize(tr(S::CurrentUserHint)).x, ImGui::GetFontSize() * 8));
    ImGui::TextDisabled("%s", tr(S::CurrentUserHint));
}

} // namespace rectify::ui
