// ledger_cell_edit: editing one ledger cell in place. A double click on an editable cell opens a
// small editor over it: a text field for 问题编号 / 问题 / 整改措施 (with the measure's steps under
// it), the directory pickers for 责任科室 / 责任人 / 分管领导, the deadline picker, the status, or a
// new progress entry for 最近进展 (under the latest one, shown whole).
// Every change is a command (undo, autosave); the editor closes on Enter, a pick, Escape or a click
// elsewhere, and a text being typed is committed, never dropped.
#pragma once
#include <imgui.h>

#include "core/ledger/ledger.h"
#include "ui/doc.h"

namespace rectify::ui {

// 序号, 方案 and 销号 are not edited here (销号 is a workflow with its own checks: the editor has it).
bool ledger_cell_editable(LedgerColumn c);

void ledger_cell_edit_begin(const Id& problem, const Id& measure, LedgerColumn c);
// While the table draws: the cell being edited is here (the editor follows it when it scrolls,
// and stays inside the window: near an edge it is moved in, over or above the cell).
bool ledger_cell_edited(const Id& measure, LedgerColumn c);
void ledger_cell_edit_place(ImVec2 top_left, float width, float height);

// After the table, in the same ID scope as ledger_cell_edit_begin was called in.
void draw_ledger_cell_edit(Doc& doc);

} // namespace rectify::ui
