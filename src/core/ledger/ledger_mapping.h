// How a ledger sheet's columns are read: the field each source column goes to, found from the
// header offices write (either language, the common variants), the header row found below title
// rows (and over two rows), the status words offices write, and the dates they write.
// Index: LedgerField · names and headers · status words · cell dates · header search.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/ledger/grid.h"
#include "core/ledger/ledger.h"
#include "core/model.h"

namespace rectify {

// What a source column is imported as. Status: 完成情况/整改进度 (the measure's status, its wording
// kept as a progress entry); Situation: 整改情况 (a progress entry); DoneDate: 完成时间 (the date of
// that entry); Note: 备注 (a progress entry). Seq is recognised and not imported.
enum class LedgerField {
    None, Seq, ProblemCode, Problem, Measure, Departments, People, Leaders, Deadline, Status, Situation,
    DoneDate, Note,
    // outcome fields (core/outcomes.h), the problem's: 问题类型, 整改类型, 整改金额, 建章立制, 追责问责, 整改成效
    ProblemType, RectifyType, Amount, Rules, Accountable, Outcome, Count
};
constexpr int kLedgerFields = int(LedgerField::Count);

// The field's name as the mapping combo and `rectify import --map` show it: 不导入, 序号, 问题编号,
// 问题, 整改措施, 责任科室/单位, 责任人, 分管领导, 整改时限, 完成情况/整改进度, 整改情况, 完成时间,
// 备注 / Not imported, No., Problem code, …
const char* ledger_field_name(LedgerField f, Lang lang);

// The field a header names: the app's own ledger headers (ledger_column_by_header) and the variants
// offices write (问题清单/存在问题/问题描述, 具体措施, 牵头单位/责任部门, 具体责任人, 完成时限/时间节点,
// 整改进展/进展情况, 整改成效, 完成日期, 说明…), spaces, line breaks and a bracketed aside ignored.
// `known` (optional) is set when the header is one the app knows even if it is not imported
// (序号, 最近进展, 销号, 方案), so that only truly unknown columns are reported as ignored.
LedgerField ledger_field_by_header(std::string_view header, bool* known = nullptr);
// A stable key per field, for files and tests (the names shown are translated): none, seq, code,
// problem, measure, departments, people, leaders, deadline, status, situation, done, note,
// problem_type, rectify_type, amount, rules, accountable, outcome; and back
// (false for a key this version does not know).
const char* ledger_field_key(LedgerField f);
// The ledger column a field is read from when a header names it (问题 → Problem, 整改金额 → Amount);
// Count for a field no column gives (整改情况, 备注, none).
LedgerColumn ledger_column_of(LedgerField f);
bool ledger_field_from_key(std::string_view key, LedgerField& out);

// A column's letter as spreadsheets name it: 0 → A, 25 → Z, 26 → AA.
std::string ledger_column_letter(size_t column);

// A field named by the user (--map 列=字段): a field name in either language, a header
// ledger_field_by_header reads, or 无/不导入/none. False when it names none.
bool ledger_field_by_name(std::string_view name, LedgerField& out);

// A status as offices write it in a 完成情况/整改进度 cell: the app's own words, then the phrases
// of the reports (已完成, 已整改, 整改中, 正在整改, 持续推进, 长期坚持, 未整改…). False when the
// wording says none of the four (it is then kept as written, and the row says so).
bool ledger_status_words(std::string_view cell, Status& out);

// A deadline or done-date cell: a Date cell (YYYY-MM-DD), text (2025年6月30日, 2025/6/30,
// 2025-06-30, 2025.6.30, 6月底, 长期坚持…; default_year when it names none), or an Excel serial
// number of the 1900 date system (45808 is 2025-05-31) within 2000–2099. The wording is kept as
// written (a serial as the date it means).
Deadline ledger_deadline_cell(const GridCell& cell, int default_year);

// ---- the header -----------------------------------------------------------------------------------

// The table found on a sheet: the header row (the first row, among the first kHeaderSearchRows
// visible ones, naming at least two fields), a second header row under it when the first has
// parent headers over several columns (责任 over 责任单位|责任人), and the title above it (a row of
// one text). Rows are indices into GridSheet::rows; -1 when there is none.
struct LedgerTable {
    int header = -1, header_rows = 0;   // 1 or 2
    int second = -1;                     // the second header row, when header_rows is 2
    int title_row = -1;
    std::string title;
    std::vector<std::string> headers;    // per column: the header as read (the lower row's, else the upper's)
    std::vector<LedgerField> guessed;    // per column: ledger_field_by_header of it
    std::vector<bool> known;             // per column: a header the app knows (imported or not)
};
constexpr int kHeaderSearchRows = 30;

// A cell's text, with a merged range's value (its top-left cell) where the range covers it.
class MergedCells {
public:
    explicit MergedCells(const GridSheet& sheet);
    // The cell at (row, col) as the file holds it, or, when it lies under a merged range, the range's
    // top-left cell; `from_row`, when given, gets the row the value comes from.
    const GridCell& at(int row, int col, int* from_row = nullptr) const;

private:
    const GridSheet& sheet_;
    // Per row, the merges covering it (clipped to the sheet's rows; bounded by a multiple of the
    // sheet's size, so that thousands of overlapping huge ranges cost no more than the sheet).
    std::vector<std::vector<int>> by_row_;
};

LedgerTable find_ledger_table(const GridSheet& sheet, const MergedCells& cells);

} // namespace rectify
