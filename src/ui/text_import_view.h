// text_import_view: a plan from the text of an official document (issue 8). The user pastes the
// text of a 整改方案 or 整改情况报告 (or drops a .txt file); the app shows each line marked with
// what it was recognised as, the plan it makes, and every line it could not place; the text can
// be corrected and recognised again; 导入为新方案 adds the plan (one undo step) and opens it.
#pragma once
#include <string>
#include <string_view>

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Opens the dialog, with `text` or empty for pasting.
void open_text_import(Doc& doc, std::string text = {}, std::string source = {});
// Opens it with a dropped file's bytes (decoded by import_text_file). A file that is not text or is
// too large opens it with the reason, and no text to edit.
void open_text_import_file(Doc& doc, std::string_view bytes, std::string source);
void draw_text_import(Doc& doc, ShellState& st);

// For the test bridge: the dialog is open, and what the last recognition found.
struct TextImportInfo {
    bool open = false, refused = false; // refused: the text was not taken (too large, not text)
    int problems = 0, measures = 0, responsibility = 0, deadlines = 0, unplaced = 0;
    std::string title;
};
TextImportInfo text_import_info();

} // namespace rectify::ui
