// directory_view: the workspace's departments (科室, schools, units) and people. Measures refer to
// them by ID, so renaming here renames them in every measure, as one undoable step.
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_directory(Doc& doc, ShellState& st);

} // namespace rectify::ui
