// debug_fields: `?debug=fields` opens a small window with two one-line fields and a text_area
// bound to in-memory strings, showing what each committed, so text input can be tested (and
// tried) without any view.
#pragma once
namespace rectify::ui {

// Every frame; nothing unless ?debug=fields. The tests read what the fields committed as
// state().debugValues (one, two, area) and how many commits happened as debugCommits.
void draw_debug_fields();

} // namespace rectify::ui
