// home: the workspace's plans, with their source, issuer, progress and overdue count; create,
// rename, delete (with a confirmation, and undo).
#pragma once
#include "ui/doc.h"

namespace rectify::ui {

void draw_home(Doc& doc);

} // namespace rectify::ui
