// The ledger as a spreadsheet (CSV): export for Excel/WPS, text decoding of files offices send
// (UTF-8, GBK/GB18030 from Chinese Excel, UTF-16), RFC 4180 parsing, and import of a ledger into
// a plan as one undoable command, after a preview that changes nothing.
// Index: export (formula escaping) · decode_text · parse_csv · import preview · apply.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/ids.h"
#include "core/ledger/ledger.h"

namespace rectify {

// A header row (ledger_header in `lang`) and one row per ledger row (ledger_cell). UTF-8 with a
// BOM (Excel and WPS read BOM-less CSV as GBK), CRLF line ends, RFC 4180 quoting: a cell with a
// comma, quote, CR or LF is quoted and its quotes doubled, so a multi-line cell stays one cell.
// Every cell goes through escape_csv_formula first.
std::string ledger_csv(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang);

// Formula injection (OWASP "CSV injection"): Excel and WPS run a cell that begins with = + - @, a
// tab or a carriage return as a formula (=HYPERLINK(…), =cmd|…). escape_csv_formula puts a ' in
// front of such a cell, so it is text. It also puts one in front of a cell whose text already is
// apostrophes followed by such a character ('=1 → ''=1), so that unescape_csv_formula, which
// takes one ' off exactly those cells, gives every text back as it was, -5 included.
std::string escape_csv_formula(std::string_view cell);
std::string_view unescape_csv_formula(std::string_view cell);

// Text of a file in any encoding offices use, as UTF-8: UTF-8 (a BOM is dropped), UTF-16 LE/BE
// with a BOM, otherwise GB18030 (a superset of GBK and GB2312) through iconv. encoding_name says
// which ("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"); false when the bytes are none of these.
bool decode_text(std::string_view bytes, std::string& utf8, std::string& encoding_name);

// RFC 4180 records: fields split on commas, quoted fields may hold commas, "" (a quote) and line
// breaks; records end at CR, LF or CRLF; a trailing line break adds no empty record.
// start_lines, when given, gets the 1-based line each record starts on. sep '\t' reads the
// tab-separated text Excel saves as "Unicode text" (UTF-16).
std::vector<std::vector<std::string>> parse_csv(std::string_view utf8, std::vector<int>* start_lines = nullptr,
                                                char sep = ',');

// ---- import ----------------------------------------------------------------------------------------

struct ImportRow {
    int line = 0; // the file line the record starts on (the header is line 1)
    bool ok = true;
    std::string error_zh, error_en; // why not, when !ok: 第5行：整改措施为空
    std::string problem_code, problem_text;
    std::string measure_title;
    std::vector<std::string> measure_steps; // the measure cell's lines after the first
    std::string departments, people, leaders; // as written; split by apply_ledger_import
    Deadline deadline;
    Status status = Status::NotStarted;
};

struct ImportPreview {
    std::vector<ImportRow> rows;               // blank records skipped
    std::vector<std::string> unknown_headers;  // columns that were ignored
    std::string encoding;                      // what decode_text found
    std::string error_zh, error_en;            // the whole file is unusable (then rows is empty)
    bool ok() const { return error_zh.empty(); }
};

// Reads a ledger CSV. Columns are found by their header (either language, any order, see
// ledger_column_by_header); only 整改措施 is required. 序号, 最近进展 and 销号 are recognised but
// not imported (progress and closing are recorded in the app, with who and when). Every cell is
// read through unescape_csv_formula. Files over kMaxLedgerCsvBytes are refused. A file whose
// first line has tabs and no comma is read as tab-separated (Excel's "Unicode text"). Deadlines are
// read with parse_deadline (default_year when the text names none; 未定/empty: none).
ImportPreview preview_ledger_import(std::string_view file_bytes, int default_year);

// Splits a departments/people cell on 、 , ， ; ；. For departments, names marked （牵头）/(牵头)/
// (lead) are lead units and the others support units; without any mark, all are lead units.
std::vector<std::string> split_names(std::string_view cell);

// One Batch (one undo step) adding the preview's good rows to `target`: a problem per distinct
// code (or text, when there is no code), reusing a live problem of the plan with the same code/
// text; a measure per row; departments and people found by name in the directory
// (find_*_by_name), the missing ones added to it in the same batch. nullptr when no row is ok.
CommandPtr apply_ledger_import(const Workspace& ws, const Plan& target, const ImportPreview& preview,
                               IdSource& ids);

} // namespace rectify
