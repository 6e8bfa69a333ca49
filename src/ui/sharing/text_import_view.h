// text_import_view: a plan from the text of an official document (issue 8). The user pastes the
// text of a 整改方案 or 整改情况报告 (or drops a .txt file); the app tags each line of the text in
// its margin with what it was recognised as, and shows the plan it makes and every line it could
// not place; the text can be corrected, and is recognised again when typing pauses; 导入为新方案
// adds the plan (one undo step) and opens it.
#pragma once
#include <string>
#include <string_view>

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Opens the dialog, with `text` or empty for pasting.
void open_text_import(Doc& doc, std::string text = {}, std::string source = {});
// Opens it with a dropped file's bytes (decoded by import_text_file) once they are read (a text
// given to open_text_import likewise). A file that is not text or is too large opens it with the
// reason, and no text to edit.
void open_text_import_file(Doc& doc, std::string_view bytes, std::string source);
void draw_text_import(Doc& doc, ShellState& st);
// Takes the importer's results (it runs in the office module on the web, so they come back later),
// opens the dialog for a file once it is read, says the module is loading or failed to. Called on
// every turn of the main loop, drawn or not: true when something came back.
bool text_import_tick(ShellState& st);

} // namespace rectify::ui
