// theme: the named colours views use beyond ImGui's own style slots (apply_theme in shell.h sets
// those). One place, so an error looks the same wherever it is shown.
#pragma once
#include <imgui.h>

namespace rectify::ui {

struct ThemeColors {
    ImVec4 error;          // refusals and failures: text, and the border of an error notice
    ImVec4 error_bg;       // an error notice's background
    ImVec4 ok;             // done, accepted (a short notice, "可导入")
    ImVec4 ok_bg;          // a short notice's background
    ImVec4 warning;        // a banner's text: storage problems, data kept only for a while
    ImVec4 warning_bg;     // a banner's background
    ImVec4 warning_border; // a banner's border
};
const ThemeColors& theme_colors();

} // namespace rectify::ui
