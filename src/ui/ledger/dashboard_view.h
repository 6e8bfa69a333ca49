// dashboard_view: where the work stands across all plans: totals and the completion rate, who
// carries what (by department, by supervising leader), what is late or due soon (a click opens
// the item), and progress recorded per month. 已提交无佐证 counts the items submitted or closed
// without evidence; a click lists them in the ledger.
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_dashboard(Doc& doc, ShellState& st);
// supervision_view.cpp: the outcome figures, counts by 问题类型 and 整改类型, 三色督办 by
// department with each one's 督办单 (issue 22); drawn inside the dashboard.
void draw_dashboard_supervision(Doc& doc, ShellState& st);

} // namespace rectify::ui
