// plan_editor: one plan, edited. Tabs for the problems and measures (an outline on the left, the
// selected item's details on the right), the plan's header, its phases, its narrative sections
// and its leading group; Ctrl+F finds text anywhere in the plan.
#pragma once
#include "ui/doc.h"
#include "ui/nav.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_plan_editor(Doc& doc, ShellState& st);

} // namespace rectify::ui
