// The ledger as a spreadsheet (CSV): export for Excel/WPS, text decoding of files offices send
// (UTF-8, GBK/GB18030 from Chinese Excel, UTF-16), RFC 4180 parsing, and import of a ledger into
// a plan as one undoable command, after a preview that changes nothing. The import reads a Grid
// (grid.h): read_csv_grid makes one of a CSV, the office module one of an .xlsx.
// Index: export (formula escaping) · decode_text · parse_csv · read_csv_grid · import preview · apply.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/ids.h"
#include "core/ledger/grid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledger_mapping.h"

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
// with a BOM, otherwise GB18030 (a superset of GBK and GB2312) through gb18030_to_utf8
// (core/ledger/gb18030.h: iconv natively, the browser's decoder in wasm). encoding_name says
// which ("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"); false when the bytes are none of these.
bool decode_text(std::string_view bytes, std::string& utf8, std::string& encoding_name);

// RFC 4180 records: fields split on commas, quoted fields may hold commas, "" (a quote) and line
// breaks; records end at CR, LF or CRLF; a trailing line break adds no empty record.
// start_lines, when given, gets the 1-based line each record starts on. sep '\t' reads the
// tab-separated text Excel saves as "Unicode text" (UTF-16).
std::vector<std::vector<std::string>> parse_csv(std::string_view utf8, std::vector<int>* start_lines = nullptr,
                                                char sep = ',');

// A CSV (or tab-separated text) as a one-sheet grid: decoded (decode_text), parsed (parse_csv;
// tabs when the first line with a tab or a comma has tabs and no comma), every cell read through
// unescape_csv_formula, a cell of digits (a number as written, never through a double) a Number,
// source_rows the line each record starts on. Refused with a reason: over the ledger size limit
// (input_limits.h), undecodable, empty, or more than kMaxLedgerRows records.
struct GridRead {
    Grid grid;
    std::string encoding;
    std::string error_zh, error_en;
    bool ok() const { return error_zh.empty(); }
};
GridRead read_csv_grid(std::string_view file_bytes);

// A sheet of more rows than this is refused with a message (an office ledger has hundreds).
constexpr size_t kMaxLedgerRows = 50000;

// ---- import ----------------------------------------------------------------------------------------

struct ImportRow {
    int line = 0; // the file's line (CSV) or row (sheet) the record starts on, 1-based
    bool ok = true;
    std::string error_zh, error_en; // why not, when !ok: 第5行：整改措施为空
    std::string info_zh, info_en;   // what the reader did, for an ok row too: 接续第3行的问题
    std::string problem_code, problem_text;
    int continues_line = 0; // the problem was carried from that line (a merged or blank cell)
    std::string measure_title;
    std::vector<std::string> measure_steps; // the measure cell's lines after the first
    std::string departments, people, leaders; // as written; split by apply_ledger_import
    Deadline deadline;
    Status status = Status::NotStarted;
    std::string status_wording; // the 完成情况 cell as written ("" none)
    bool status_understood = true; // false: the wording says none of the four statuses
    Date done;                  // 完成时间
    std::string progress;       // the progress entry the row adds (整改情况, the status wording, 备注); "" none
    // outcome fields (core/outcomes.h), the problem's: a problem takes the first row's that has them
    std::string problem_type, outcome, amount; // amount normalised (normalize_amount)
    RectifyType rectify_type = RectifyType::None;
    int rules = 0, accountable = 0;
};

struct ImportPreview {
    std::vector<ImportRow> rows;               // blank and hidden rows skipped
    std::vector<std::string> unknown_headers;  // columns whose header the app does not know
    std::string encoding;                      // what decode_text found ("" for a workbook)
    std::string error_zh, error_en;            // the whole file is unusable (then rows is empty)
    // What was read, for the preview to show and the user to change:
    std::vector<std::string> sheet_names;      // every sheet of the file
    int sheet = 0;                             // the one read
    int header_line = 0, header_rows = 0;      // the header's first line (1-based) and 1 or 2
    std::string title;                         // the title row above it ("" none)
    int title_line = 0;
    std::vector<std::string> headers;          // per source column, as read
    std::vector<LedgerField> guessed, mapping; // per source column: guessed from the header; used
    int hidden_rows = 0;                       // hidden rows skipped
    bool ok() const { return error_zh.empty(); }
};

// Reads a ledger sheet. sheet < 0: guess_ledger_sheet. The header row is found (find_ledger_table:
// below title rows, over one or two rows); mapping (one field per source column; nullptr or empty:
// the guess from the headers) says what each column is; 整改措施 must be mapped. Each visible row
// below the header is one measure: a merged range's value counts in every row it covers; a blank
// 问题/问题编号 in a row with a measure continues the problem above (the row says so); the
// 完成情况 wording gives the status (ledger_status_words) and is kept as progress when it is not
// the status's own word; dates as ledger_deadline_cell reads them (default_year when none named).
ImportPreview preview_ledger_grid(const Grid& grid, int sheet, const std::vector<LedgerField>* mapping,
                                  int default_year);
// The first visible sheet with a header, else the first visible sheet, else 0.
int guess_ledger_sheet(const Grid& grid);

// read_csv_grid, then preview_ledger_grid with the guessed mapping.
ImportPreview preview_ledger_import(std::string_view file_bytes, int default_year);

// Splits a departments/people cell on 、 , ， ; ；. For departments, names marked （牵头）/(牵头)/
// (lead) are lead units and the others support units; without any mark, all are lead units.
std::vector<std::string> split_names(std::string_view cell);

// Where the rows go: an existing plan (plan set), or a new plan titled new_title (plan empty).
// as_of dates a progress entry of a row without a 完成时间.
struct LedgerTarget {
    Id plan;
    std::string new_title;
    Date as_of;
    LedgerForm form; // a workbook's form (ledger_form.h), kept as the plan's: empty for a CSV
    LedgerTarget() = default;
    LedgerTarget(Id p, std::string title, Date as_of_day, LedgerForm f = {})
        : plan(std::move(p)), new_title(std::move(title)), as_of(as_of_day), form(std::move(f)) {}
};
// The new plan's title: the title row found above the header, else the file name without its
// extension (台账.csv → 台账).
std::string ledger_plan_title(const ImportPreview& preview, std::string_view file_name);

// One Batch (one undo step) adding the preview's good rows: the new plan first when there is one;
// a problem per distinct code (or text, when there is no code), reusing a live problem of the plan
// with the same code/text; a measure per row, with its progress entry; departments and people found
// by name in the directory (find_*_by_name), the missing ones added to it in the same batch.
// nullptr when no row is ok (or the target plan is not there).
CommandPtr apply_ledger_import(const Workspace& ws, const LedgerTarget& target, const ImportPreview& preview,
                               IdSource& ids);
CommandPtr apply_ledger_import(const Workspace& ws, const Plan& target, const ImportPreview& preview,
                               IdSource& ids);

} // namespace rectify
