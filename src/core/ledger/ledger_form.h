// ledger_form: the Excel form a ledger came in (Plan::form, model.h) — kept when a workbook is
// imported, and filled with the plan's current rows for 按原表导出, so that the office returns the
// very form its superior sent (the office module does the filling, keeping the layout).
// Index: ledger_form_of (at import) · FormFill/ledger_form_fill (at export) · form_fill_json.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/ledger/csv.h"
#include "core/model.h"

namespace rectify {

// The form to keep from a workbook's import: its name and bytes, and where its rows were read —
// the sheet, the header's last row, each column's field as the preview mapped it. A workbook over
// kMaxFormBytes is not kept (empty form): it would ride along in every save of the workspace.
constexpr size_t kMaxFormBytes = size_t(5) << 20;
LedgerForm ledger_form_of(const std::string& file_name, std::string_view xlsx, const ImportPreview& preview);

// The rows to write into the form: one per live measure of the plan, in the plan's order (the
// ledger's rows), each with the text of every column the form maps to a field (columns of no field
// and 备注 are left empty, in the form's style). merge: the columns whose runs of one value may be
// merged where the form merges them (问题, 问题编号, 责任科室).
struct FormFill {
    int sheet = 0;
    int header_row = 1;            // 1-based, the header's last row
    std::vector<int> columns;      // 0-based columns filled
    std::vector<std::vector<std::string>> rows; // per row, a text per entry of columns
    std::vector<int> merge;        // 0-based columns (a subset of columns)
    std::vector<int> numbers;      // 0-based columns written as numbers (序号)
};
FormFill ledger_form_fill(const Workspace& ws, const Plan& plan, Lang lang);

// What the office module takes: {"xlsx": base64 of the form, "sheet", "header_row", "columns",
// "rows", "merge", "numbers"}.
std::string form_fill_json(const LedgerForm& form, const FormFill& fill);

} // namespace rectify
