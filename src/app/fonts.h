// fonts: the two CJK fonts. The small ui font (punctuation and the characters of the app's own
// texts) is loaded before the first frame; the full font (all of GB2312 and every CJK ideograph)
// arrives from the page later and is merged behind it.
#pragma once
#include <string>

#include "ui/shell.h"

namespace rectify::app {

// Loads the first font (fonts/rectify-ui.otf, downloaded by web/loader.js). Falls back to
// ImGui's built-in font, and says why in *error, if it is missing or unreadable.
// *em_ratio receives the font's height per em (see fonts.cpp), for apply_theme().
bool load_ui_font(std::string* error, float* em_ratio);

// Merges a full font that arrived since the last call. Returns true when the fonts changed
// (the caller redraws). Must be called between frames, never inside NewFrame/Render.
bool merge_pending_full_font();

ui::FontLoad full_font_state();

} // namespace rectify::app
