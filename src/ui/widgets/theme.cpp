// theme: colours and spacing. Light background and dark text (people print and read these
// plans for hours); a single blue accent; generous padding because CJK glyphs are tall.
#include <imgui.h>

#include "ui/shell.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

const ThemeColors& theme_colors() {
    static const ThemeColors c = {
        ImVec4(0.75f, 0.11f, 0.11f, 1), // error: a red that reads as text on white (contrast 6:1)
        ImVec4(1.00f, 0.93f, 0.93f, 1),
        ImVec4(0.10f, 0.45f, 0.20f, 1),
        ImVec4(0.92f, 0.97f, 0.93f, 1),
        ImVec4(0.55f, 0.25f, 0.00f, 1),
        ImVec4(1.00f, 0.95f, 0.86f, 1),
        ImVec4(0.90f, 0.62f, 0.20f, 1),
        ImVec4(0.78f, 0.12f, 0.10f, 1), // overdue
        ImVec4(0.78f, 0.47f, 0.00f, 1), // due soon
        ImVec4(0.10f, 0.50f, 0.22f, 1), // done
        ImVec4(0.11f, 0.38f, 0.75f, 1), // in progress
        ImVec4(0.08f, 0.30f, 0.62f, 1), // link
    };
    return c;
}

static float g_body_size = 16.0f;

float body_font_size() { return g_body_size; }

void apply_theme(float em_ratio) {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    g_body_size = 16.0f * em_ratio;
    s.FontSizeBase = g_body_size;
    s.WindowPadding = ImVec2(14, 12);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(6, 5);
    s.ScrollbarSize = 14;
    s.WindowRounding = 6;
    s.FrameRounding = 4;
    s.PopupRounding = 4;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.WindowBorderSize = 1;
    s.FrameBorderSize = 1;

    ImVec4* c = s.Colors;
    const ImVec4 accent(0.11f, 0.38f, 0.75f, 1.00f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.47f, 0.50f, 1.00f);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_PopupBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f); // opaque: menus and lists over text stay readable
    c[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.93f, 0.95f, 1.00f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.85f, 1.00f);
    c[ImGuiCol_FrameBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.99f, 1.00f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.99f, 1.00f);
    c[ImGuiCol_TitleBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.00f);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.84f, 0.88f, 0.95f, 1.00f);
    c[ImGuiCol_Button] = ImVec4(0.91f, 0.93f, 0.97f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.88f, 0.98f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.72f, 0.81f, 0.96f, 1.00f);
    c[ImGuiCol_Header] = ImVec4(0.86f, 0.90f, 0.98f, 1.00f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.86f, 0.98f, 1.00f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.72f, 0.81f, 0.96f, 1.00f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.11f, 0.38f, 0.75f, 0.25f);
    c[ImGuiCol_NavCursor] = accent;
}

} // namespace rectify::ui
