// A spreadsheet to be written as XLSX: one sheet, a header row, column widths and wrapping, and
// the page setup offices print with. Plain data: the core builds it (ledger_sheet) and passes it
// as JSON to the XLSX writer (src/xlsx), which runs in its own wasm module, loaded on demand.
// Index: XlsxSheet · ledger_sheet · JSON both ways.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/ledger/ledger.h"

namespace rectify {

struct XlsxSheet {
    std::string name;                          // the sheet tab (the writer trims it to Excel's rules)
    std::vector<std::string> header;           // the first row: bold, filled
    std::vector<double> widths;                // per column, in Excel character units (a CJK character is about 2)
    std::vector<bool> wrap;                    // per column: wrap long text inside the cell
    std::vector<bool> numeric;                 // per column: a cell of digits is written as a number
    std::vector<std::vector<std::string>> rows;
    bool freeze_header = true;                 // the header stays on screen while scrolling
    bool autofilter = true;                    // Excel's filter buttons on the header
    bool landscape = true;                     // A4 landscape, fit to the page width, header row repeated
    std::string print_title;                   // the printed page header ("" none)
};

// The ledger's columns (ledger_header in `lang`) and one row per ledger row (ledger_cell, the same
// texts as the CSV), with widths suited to Chinese text and wrapping in the long columns.
// sheet name 整改台账 / Ledger; print_title: title (a plan's, or "" for all plans) and the name.
XlsxSheet ledger_sheet(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang,
                       const std::string& title = "");

// The sheet as compact JSON: {"name","header","widths","wrap","numeric","rows","freeze_header",
// "autofilter","landscape","print_title"}; and back. sheet_from_json returns false with a reason
// in `error` (English, for the console: this JSON comes from the app, not from users).
std::string sheet_to_json(const XlsxSheet& sheet);
bool sheet_from_json(std::string_view json, XlsxSheet& sheet, std::string& error);

} // namespace rectify
