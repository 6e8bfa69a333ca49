// shell: the app's frame around every view: the full-window host, the menu bar, the home view
// and the small help windows (about, font check).
#pragma once
#include "core/i18n.h"

namespace rectify::ui {

enum class FontLoad { Pending, Loaded, Failed };

struct ShellState {
    const char* view = "home";        // the current view's name (reported by the test bridge)
    bool show_about = false;
    bool show_font_check = false;
    FontLoad full_font = FontLoad::Pending;
};

// Draws one frame of the shell and the current view. Language changes go through set_language().
void draw_shell(ShellState& st);

// The visual style: a light theme readable for long office sessions, sized for CJK text.
// em_ratio: the font's height per em, so that text is 16 px in CSS terms (see app/fonts.cpp).
void apply_theme(float em_ratio);

// The body text size in ImGui units (16 CSS px); headings are multiples of it.
float body_font_size();

} // namespace rectify::ui
