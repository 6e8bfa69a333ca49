// home: the workspace's plans, with their source, issuer, progress and overdue count; create,
// open, duplicate, rename, delete (with a confirmation, and undo).
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_home(Doc& doc, ShellState& st);

} // namespace rectify::ui
