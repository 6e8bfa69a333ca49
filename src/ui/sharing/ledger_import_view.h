// ledger_import_view: the preview of a ledger file before it is imported: the sheet read (a combo
// when there are several), the title and the header row found, every source column with a combo
// to change the field it goes to (the preview is read again at once), the target (新建方案 or an
// existing plan), every row with the reason a bad one is left out, and 导入 / 取消. Nothing enters
// the workspace before 导入, and then as one undo step.
#pragma once
#include <string>

#include "core/import/file_intake.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// The plan rows go into by default: the one open (editor or its ledger), else a new plan (empty).
Id ledger_import_target(Doc& doc, const ShellState& st);
// The year of a deadline that names none (11月30日前): the target plan's own, else today's.
int ledger_import_year(Doc& doc, const Id& plan);

// Opens the preview of a file file_intake read as a ledger (its grid and first preview).
void start_ledger_import(const std::string& file, const Id& target, Intake in);
// A preview is open or about to open: one at a time.
bool ledger_import_busy();

} // namespace rectify::ui
