// ledger_view: the ledger (整改台账): every measure of a plan, or of all plans, in one table
// with the offices' columns; sort by any column, filters that combine, CSV/XLSX export, CSV
// import; a double click edits a cell in place (ledger_cell_edit.h) or opens the measure.
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_ledger(Doc& doc, ShellState& st);

// Goes to the ledger of every plan filtered to the items submitted or closed without evidence
// (core/measure_evidence.h), the other filters cleared: the dashboard's 已提交无佐证 opens it.
void open_ledger_without_evidence(ShellState& st);

} // namespace rectify::ui
