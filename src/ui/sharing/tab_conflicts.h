// tab_conflicts: the question asked when this tab and another tab changed the same fields (the
// other tab saved first; see core/commands.h FieldConflict and ui/doc.h). Each field is listed
// with this tab's value and the other tab's, 本标签页 / 另一标签页 to choose (this tab's by
// default); the choice is applied as one undo step, and only then is the workspace saved.
// Every other edit of both tabs is kept without asking.
#pragma once
#include <string>
#include <vector>

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// A modal over any view, open while doc.conflicts is not empty.
void draw_tab_conflicts(Doc& doc, ShellState& st);

} // namespace rectify::ui
