// history_view: 历史版本, the app's restore points (core/history/restore_points.h, kept by the
// session: app/restore_points.h). The list (when, why, counts, what changed since); 恢复 restores
// one as one undoable step; 查看 shows it read-only, each plan with 复制到工作区 (a new plan).
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void open_history_window();
void draw_history_window(Doc& doc, ShellState& st);

} // namespace rectify::ui
