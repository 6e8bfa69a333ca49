// text_import_view: a plan from the text of an official document (issue 8). The user pastes the
// text of a 整改方案 or 整改情况报告 (or drops a .txt file); the app shows each line marked with
// what it was recognised as, the plan it makes, and every line it could not place; the text can
// be corrected and recognised again; 导入为新方案 adds the plan (one undo step) and opens it.
#pragma once
#include <string>

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Opens the dialog, with `text` (a dropped file's, decoded) or empty for pasting.
void open_text_import(Doc& doc, std::string text = {}, std::string source = {});
void draw_text_import(Doc& doc, ShellState& st);

// For the test bridge: the dialog is open, and what the last recognition found.
struct TextImportInfo {
    bool open = false;
    int problems = 0, measures = 0, responsibility = 0, deadlines = 0, unplaced = 0;
    std::string title;
};
TextImportInfo text_import_info();

} // namespace rectify::ui
