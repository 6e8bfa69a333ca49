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
    ImVec4 overdue;        // a deadline passed, a returned item, a count of late items
    ImVec4 due_soon;       // a deadline within the due-soon days, an item waiting for review
    ImVec4 done;           // done, verified
    ImVec4 in_progress;    // 整改中, and the accent
    ImVec4 link;           // a title that opens what it names
};
const ThemeColors& theme_colors();

} // namespace rectify::ui
