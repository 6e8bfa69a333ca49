// shell: the host window that fills the canvas, the menu bar, the home view, and the help windows.
//
// Index
//   draw_menu_bar()    File / View / Language / Help
//   draw_home()        the home view
//   draw_about(), draw_font_check()
//   draw_shell()       one frame of all of the above
#include "ui/shell.h"

#include <imgui.h>

#include "ui/anchor.h"
#include "ui/strings.h"

namespace rectify::ui {

static void draw_menu_bar(ShellState& st) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu(tr(S::MenuView))) {
        if (ImGui::MenuItem(tr(S::ViewHome), nullptr, std::string_view(st.view) == "home")) st.view = "home";
        ImGui::EndMenu();
    }
    // The language menu keeps a fixed ID so its label can change with the language.
    char lang_label[64];
    snprintf(lang_label, sizeof lang_label, "%s###lang", tr(S::MenuLanguage));
    if (ImGui::BeginMenu(lang_label)) {
        if (ImGui::MenuItem("中文(简体)", nullptr, language() == Lang::Zh)) set_language(Lang::Zh);
        if (ImGui::MenuItem("English", nullptr, language() == Lang::En)) set_language(Lang::En);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(S::MenuHelp))) {
        if (ImGui::MenuItem(tr(S::MenuFontCheck))) st.show_font_check = true;
        if (ImGui::MenuItem(tr(S::MenuAbout))) st.show_about = true;
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

static void draw_home() {
    ImGui::PushFont(nullptr, body_font_size() * 1.6f);
    ImGui::TextUnformatted(tr(S::HomeWelcome));
    ImGui::PopFont();
    anchor("home-title");
    ImGui::TextDisabled("%s", tr(S::AppTagline));
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x > 760 ? ImGui::GetCursorPosX() + 760 : 0.0f);
    ImGui::TextWrapped("%s", tr(S::HomeIntro));
    ImGui::Spacing();
    for (S step : {S::HomeStepPlan, S::HomeStepAssign, S::HomeStepTrack, S::HomeStepClose}) ImGui::TextWrapped("%s", tr(step));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(S::HomeOffline));
    ImGui::PopTextWrapPos();
}

static void draw_about(ShellState& st) {
    if (!st.show_about) return;
    char title[96];
    snprintf(title, sizeof title, "%s###about", tr(S::MenuAbout));
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(title, &st.show_about, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextUnformatted(tr(S::AppName));
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s", tr(S::AboutVersion), RECTIFY_VERSION);
        ImGui::TextWrapped("%s", tr(S::AboutBody));
        if (ImGui::Button(tr(S::Close))) st.show_about = false;
    }
    ImGui::End();
}

static void draw_font_check(ShellState& st) {
    if (!st.show_font_check) return;
    char title[96];
    snprintf(title, sizeof title, "%s###fontcheck", tr(S::MenuFontCheck));
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(title, &st.show_font_check, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("%s", tr(S::FontCheckIntro));
        ImGui::PushFont(nullptr, body_font_size() * 1.5f);
        ImGui::TextUnformatted(tr(S::FontCheckNames));
        anchor("font-check-names");
        ImGui::TextUnformatted(tr(S::FontCheckTraditional));
        anchor("font-check-traditional");
        ImGui::PopFont();
        switch (st.full_font) {
        case FontLoad::Pending: ImGui::TextDisabled("%s", tr(S::FontFullLoading)); break;
        case FontLoad::Loaded: ImGui::TextDisabled("%s", tr(S::FontFullLoaded)); break;
        case FontLoad::Failed: ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", tr(S::FontFullFailed)); break;
        }
        if (ImGui::Button(tr(S::Close))) st.show_font_check = false;
    }
    ImGui::End();
}

void draw_shell(ShellState& st) {
    // One undecorated window covering the whole canvas hosts the menu bar and the current view.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("###shell", nullptr, flags);
    draw_menu_bar(st);
    draw_home();
    ImGui::End();

    draw_about(st);
    draw_font_check(st);
}

} // namespace rectify::ui
