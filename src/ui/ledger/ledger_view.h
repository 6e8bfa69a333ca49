// ledger_view: the ledger (整改台账): every measure of a plan, or of all plans, in one table
// with the offices' columns; sort by any column, filters that combine, CSV/XLSX export, CSV
// import; a double click edits a cell in place (ledger_cell_edit.h) or opens the measure.
#pragma once
#include "core/ledger/ledger.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_ledger(Doc& doc, ShellState& st);

// Goes to the ledger of every plan with one yes/no filter set and the others cleared: the
// dashboard's 已提交无佐证 (&LedgerFilter::without_evidence) and 待回头看 (recheck_due) open it.
void open_ledger_only(ShellState& st, bool LedgerFilter::*which);

} // namespace rectify::ui
