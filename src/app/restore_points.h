// app/restore_points: the session's side of the restore points (历史版本). Before a command the
// rule names (core/history/restore_points.h point_reason: the day's first change, a merge, an
// import, a bulk delete, a restore), the workspace as it is is kept as a point; so is a stored
// copy of an older format before it is migrated. After each point, the budget drops old ones.
// Index: points_begin · points_take.
#pragma once
#include <string>

#include "core/history/restore_points.h"

namespace rectify::app {

struct Session;

// Hooks the doc's commands (ui::Doc::before_change). Call once, from session_begin.
void points_begin(Session& s);
// Keeps `text` (the file text of `ws`) as a point taken for `why`, then applies the budget.
void points_take(Session& s, PointReason why, const std::string& text, const Workspace& ws);

} // namespace rectify::app
