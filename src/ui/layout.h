// layout: rows of widgets that fit the window in any language and width. A row of buttons or
// filters goes on the next line when the window is too narrow for it, rather than off screen.
#pragma once

namespace rectify::ui {

// Widths of common widgets with this label, in the current font and style.
float button_width(const char* label);       // ImGui::Button
float small_button_width(const char* label); // ImGui::SmallButton
float checkbox_width(const char* label);     // ImGui::Checkbox

// ImGui::SmallButton where a mouse points; at a phone's width (narrow/narrow.h) a whole button,
// as tall as a finger needs.
bool small_button(const char* label);

// Between two items: keeps the next one (`next_width` wide) on the line of the last one when it
// fits before the right edge of the window (or table cell), else it starts the next line.
// spacing < 0: the style's item spacing.
void same_line_if_fits(float next_width, float spacing = -1.0f);

// The label of a form field (plan_parts.h form_row) or of a line of fields: wrapped within
// `width`, never running into what follows.
void field_label(const char* label, float width);

} // namespace rectify::ui
