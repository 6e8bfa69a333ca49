// The ledger (整改台账): one row per live measure, with the columns offices keep in their Excel
// ledgers, filters and sorting. The UI draws it; csv.h exports and imports it.
// Index: LedgerRow/ledger_rows · LedgerColumn and headers · ledger_cell · filter · sort.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// A row addresses its measure by indices into ws.plans[plan].problems[problem].measures[measure]:
// valid until the workspace changes (any command may add, move or remove entries); rebuild the
// rows with ledger_rows after every edit.
struct LedgerRow {
    size_t plan = 0, problem = 0, measure = 0;
    int seq = 0;     // 序号 within its plan: 1-based, document order
    int plan_no = 0; // every plan's ledger: the plan's number among the live plans (1-based), so
                     // that 序号 reads "2-15" and never repeats across plans; 0 in one plan's ledger
    int index = 0;   // the row's place in what ledger_rows returned (ledger_search_text's index)
};

// Every live measure under a live problem of a live plan, in document order. `plan` empty: all
// live plans, one after another, each numbered from 1 with its plan_no; otherwise only that plan.
std::vector<LedgerRow> ledger_rows(const Workspace& ws, const Id& plan);

// Rows of every plan's ledger (plan_no set): their tables and files have a 方案 column.
inline bool ledger_every_plan(const std::vector<LedgerRow>& rows) { return !rows.empty() && rows.front().plan_no > 0; }

// Plan (方案) is last so that the other columns keep their numbers; ledger_columns gives the order
// they are shown and exported in.
enum class LedgerColumn {
    Seq, ProblemCode, Problem, Measure, Departments, People, Leaders, Deadline, Status,
    LatestProgress, Closure, Plan,
    // outcome fields (core/outcomes.h): the problem's, on each of its rows; 实际完成时间 the measure's
    ProblemType, RectifyType, CompletedOn, Outcome, Amount, Rules, Accountable, Count
};
constexpr int kLedgerColumns = int(LedgerColumn::Count);

// The columns in the order the ledger shows and exports them: 序号, (方案: every plan's ledger),
// 问题编号, 问题, 整改措施, 责任科室, 责任人, 分管领导, 整改时限, 状态, 最近进展, 销号, then the
// outcome fields: 问题类型, 整改类型, 实际完成时间, 整改成效, 整改金额（万元）, 建章立制（项）, 追责问责（人次）.
const std::vector<LedgerColumn>& ledger_columns(bool every_plan);

// 序号, 问题编号, 问题, 整改措施, 责任科室, 责任人, 分管领导, 整改时限, 状态, 最近进展, 销号, 方案 / English.
const char* ledger_header(LedgerColumn c, Lang lang);
// The column a header names, in either language (trimmed; English ignores ASCII case); also the
// common variants 责任单位 and 整改措施/措施. Count when it names none.
LedgerColumn ledger_column_by_header(std::string_view header);

// Words for a status (未开始/整改中/已完成/已完成·长期坚持) and a closure state (未提交/待审核/
// 已销号/已退回), and back (either language, trimmed); false when the word is none of them.
const char* status_text(Status s, Lang lang);
const char* closure_text(ClosureState s, Lang lang);
bool status_from_text(std::string_view word, Status& out);

// The text shown and exported for a cell:
// - Seq: "15", or "2-15" (plan_no-seq) in every plan's ledger; Plan: the plan's title;
// - Measure: the title, then its steps one per line (a multi-line cell);
// - Departments: lead then support units joined with 、 (", " in English); when there are both,
//   each lead unit is marked 基教科（牵头） / "基教科 (lead)";
// - People, Leaders: names joined the same way; Deadline: format_deadline;
// - LatestProgress: the newest live progress entry (latest date; the later one on a tie) as
//   "date text"; "" when there is none.
std::string ledger_cell(const Workspace& ws, const LedgerRow& row, LedgerColumn c, Lang lang);

// The same texts for many rows: appends to a caller's buffer (no string per cell) and, when
// index_directory, looks names up in a hash index built once rather than scanning the directory
// per reference. Holds a reference to ws: valid while ws is unchanged.
class LedgerCells {
public:
    LedgerCells(const Workspace& ws, Lang lang, bool index_directory = true);
    void append(std::string& out, const LedgerRow& row, LedgerColumn c) const;
    std::string operator()(const LedgerRow& row, LedgerColumn c) const;

private:
    const std::string* name(const Id& id, bool person) const;
    void names(std::string& out, size_t start, const std::vector<Id>& ids, bool person, const char* mark) const;
    const Workspace& ws_;
    Lang lang_;
    bool indexed_ = false;
    std::unordered_map<std::string_view, const std::string*> names_;
};

// All conditions must hold (AND). Within a list, any of its IDs matches (a department as lead or
// support unit). overdue and due_soon select by due_state: when either is set the row must be in
// one of the selected states (they exclude each other, so AND would select nothing). status -1:
// any. text: any column's text (in `lang`) contains it, ignoring ASCII case and full-width forms.
struct LedgerFilter {
    std::vector<Id> departments, people, leaders;
    int status = -1; // a Status, or -1
    bool overdue = false, due_soon = false;
    bool without_evidence = false; // only items submitted or closed without evidence (measure_evidence.h)
    bool recheck_due = false;      // only closed items whose 回头看 date has come (recheck.h)
    int colour = -1;               // only items of this 三色督办 colour (a Colour, supervision.h), or -1
    std::string text;
    Lang lang = Lang::Zh; // the language the text filter reads the cells in
};

// Keeps the rows that pass, in their order. Cells are built only for rows that passed every other
// condition. search_text (optional, from ledger_search_text over the same ledger_rows result, in
// f.lang, and the workspace unchanged since) saves building them at all: for type-ahead, build it
// once per workspace change and filter on every keystroke.
void ledger_filter(const Workspace& ws, std::vector<LedgerRow>& rows, const LedgerFilter& f,
                   const Date& today, int soon_days, const std::vector<std::string>* search_text = nullptr);

// The text the filter searches for each row, indexed by LedgerRow::index: every cell, in `lang`.
std::vector<std::string> ledger_search_text(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang);

// Stable sort by one column. Seq numerically (by plan, then number); Plan by the plans' order; Deadline by due date, rows without one (长期坚持,
// 立行立改, none, unparsed) last in either direction; Status and Closure in their workflow order;
// text columns by the bytes of their UTF-8 (code point order: not pinyin, but it groups equal
// texts and is the same on every platform). Keys are computed once per row, then sorted.
void ledger_sort(const Workspace& ws, std::vector<LedgerRow>& rows, LedgerColumn c, bool ascending,
                 Lang lang);

} // namespace rectify
