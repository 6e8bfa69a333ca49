// debug_fields: `?debug=fields` opens a small window with two one-line fields and a text_area
// bound to in-memory strings, showing what each committed, so text input can be tested (and
// tried) without any view.
#pragma once
#include <string>
#include <vector>

namespace rectify::ui {

void draw_debug_fields();                    // every frame; nothing unless ?debug=fields
std::vector<std::string> debug_field_values(); // the committed values: one, two, area
int debug_field_commits();                   // how many commits happened

} // namespace rectify::ui
