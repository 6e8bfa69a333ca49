// Index: field names · headers (normalise, variants, keywords) · status words · cell dates ·
// MergedCells · find_ledger_table (header row, second header row, title).
#include "core/ledger/ledger_mapping.h"

#include <algorithm>
#include <set>

#include "core/dates.h"
#include "core/directory.h"
#include "core/import/text_import_parts.h"
#include "core/labels.h"
#include "core/ledger/ledger.h"
#include "core/texts.h"

namespace rectify {

// ---- field names -----------------------------------------------------------------------------------

const char* ledger_field_name(LedgerField f, Lang lang) {
    const int i = int(f);
    return i >= 0 && i < kLedgerFields ? core_text(CoreText(int(CoreText::LedgerFieldNone) + i), lang) : "";
}

// ---- headers ---------------------------------------------------------------------------------------

namespace {

bool starts(std::string_view s, size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; }

bool same_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Spaces and line breaks out (a header cell often wraps: 整改\n时限), an aside in brackets out
// (整改时限（年月日）), marks of a required column (*) and a trailing colon out.
std::string normalise_header(std::string_view h) {
    std::string out;
    int depth = 0;
    for (size_t i = 0; i < h.size();) {
        if (starts(h, i, "（") || starts(h, i, "【")) { depth++, i += 3; continue; }
        if (starts(h, i, "）") || starts(h, i, "】")) { depth = std::max(0, depth - 1), i += 3; continue; }
        if (h[i] == '(') { depth++, i++; continue; }
        if (h[i] == ')') { depth = std::max(0, depth - 1), i++; continue; }
        if (starts(h, i, "\xE3\x80\x80") || starts(h, i, "：") || starts(h, i, "＊")) { i += 3; continue; }
        const char c = h[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':' || c == '*') { i++; continue; }
        if (!depth) out += c;
        i++;
    }
    return out.empty() ? std::string(trim_name(h)) : out; // a header that is all aside keeps it
}

struct Variant {
    const char* text;
    LedgerField field;
};

// Whole headers offices write, besides the app's own (ledger_column_by_header).
const Variant kVariants[] = {
    {"序号", LedgerField::Seq}, {"No", LedgerField::Seq}, {"#", LedgerField::Seq},
    {"问题编号", LedgerField::ProblemCode}, {"Problemcode", LedgerField::ProblemCode}, {"Code", LedgerField::ProblemCode},
    {"问题", LedgerField::Problem}, {"问题清单", LedgerField::Problem}, {"存在问题", LedgerField::Problem},
    {"存在的问题", LedgerField::Problem}, {"问题描述", LedgerField::Problem}, {"主要问题", LedgerField::Problem},
    {"反馈问题", LedgerField::Problem}, {"具体问题", LedgerField::Problem}, {"问题表现", LedgerField::Problem},
    {"发现问题", LedgerField::Problem}, {"Problem", LedgerField::Problem},
    {"整改措施", LedgerField::Measure}, {"措施", LedgerField::Measure}, {"具体措施", LedgerField::Measure},
    {"整改举措", LedgerField::Measure}, {"整改任务", LedgerField::Measure}, {"整改内容", LedgerField::Measure},
    {"整改目标及措施", LedgerField::Measure}, {"Measure", LedgerField::Measure}, {"Measures", LedgerField::Measure},
    {"责任科室", LedgerField::Departments}, {"责任单位", LedgerField::Departments}, {"牵头单位", LedgerField::Departments},
    {"责任部门", LedgerField::Departments}, {"牵头科室", LedgerField::Departments}, {"牵头部门", LedgerField::Departments},
    {"责任处室", LedgerField::Departments}, {"责任股室", LedgerField::Departments}, {"Department", LedgerField::Departments},
    {"Departments", LedgerField::Departments}, {"Unit", LedgerField::Departments},
    {"责任人", LedgerField::People}, {"具体责任人", LedgerField::People}, {"直接责任人", LedgerField::People},
    {"Person", LedgerField::People}, {"Responsible", LedgerField::People},
    {"分管领导", LedgerField::Leaders}, {"责任领导", LedgerField::Leaders}, {"牵头领导", LedgerField::Leaders},
    {"Leader", LedgerField::Leaders}, {"Leaders", LedgerField::Leaders},
    {"整改时限", LedgerField::Deadline}, {"完成时限", LedgerField::Deadline}, {"时间节点", LedgerField::Deadline},
    {"整改期限", LedgerField::Deadline}, {"时限", LedgerField::Deadline}, {"Deadline", LedgerField::Deadline},
    {"完成情况", LedgerField::Status}, {"整改进展", LedgerField::Status}, {"整改进度", LedgerField::Status},
    {"进展情况", LedgerField::Status}, {"整改状态", LedgerField::Status}, {"完成状态", LedgerField::Status},
    {"Status", LedgerField::Status}, {"Progress", LedgerField::Status},
    {"整改情况", LedgerField::Situation}, {"整改落实情况", LedgerField::Situation},
    {"落实情况", LedgerField::Situation}, {"Workdone", LedgerField::Situation},
    {"完成时间", LedgerField::DoneDate}, {"完成日期", LedgerField::DoneDate}, {"办结时间", LedgerField::DoneDate},
    {"实际完成时间", LedgerField::DoneDate}, {"销号时间", LedgerField::DoneDate}, {"Datedone", LedgerField::DoneDate},
    {"备注", LedgerField::Note}, {"说明", LedgerField::Note}, {"Note", LedgerField::Note}, {"Notes", LedgerField::Note},
    {"Remarks", LedgerField::Note},
    // outcome fields (core/outcomes.h); 整改金额（万元） loses its aside before it is looked up
    {"问题类型", LedgerField::ProblemType}, {"问题类别", LedgerField::ProblemType}, {"问题分类", LedgerField::ProblemType},
    {"问题性质", LedgerField::ProblemType}, {"整改类型", LedgerField::RectifyType}, {"整改方式", LedgerField::RectifyType},
    {"整改类别", LedgerField::RectifyType}, {"整改金额", LedgerField::Amount}, {"金额", LedgerField::Amount},
    {"涉及金额", LedgerField::Amount}, {"整改资金", LedgerField::Amount}, {"建章立制", LedgerField::Rules},
    {"建立完善制度", LedgerField::Rules}, {"制定完善规章制度", LedgerField::Rules}, {"追责问责", LedgerField::Accountable},
    {"追责问责人数", LedgerField::Accountable}, {"追责问责人次", LedgerField::Accountable}, {"问责人数", LedgerField::Accountable},
    {"整改成效", LedgerField::Outcome}, {"整改效果", LedgerField::Outcome},
};

// Words inside a longer header, tried in this order (the first that the header holds decides):
// 计划完成时间 is a deadline before 完成时间 is a done date; 问题类型 is no problem text.
const Variant kKeywords[] = {
    {"问题类", LedgerField::ProblemType}, {"问题分类", LedgerField::ProblemType}, {"整改类", LedgerField::RectifyType},
    {"金额", LedgerField::Amount}, {"建章立制", LedgerField::Rules}, {"规章制度", LedgerField::Rules},
    {"追责", LedgerField::Accountable}, {"问责", LedgerField::Accountable},
    {"类型", LedgerField::None}, {"类别", LedgerField::None}, {"分类", LedgerField::None}, {"领域", LedgerField::None},
    {"计划完成", LedgerField::Deadline}, {"完成时限", LedgerField::Deadline}, {"完成期限", LedgerField::Deadline},
    {"完成时间", LedgerField::DoneDate}, {"完成日期", LedgerField::DoneDate}, {"办结", LedgerField::DoneDate},
    {"编号", LedgerField::ProblemCode}, {"措施", LedgerField::Measure},
    {"时限", LedgerField::Deadline}, {"期限", LedgerField::Deadline}, {"时间节点", LedgerField::Deadline},
    {"进展", LedgerField::Status}, {"进度", LedgerField::Status}, {"完成情况", LedgerField::Status},
    {"状态", LedgerField::Status}, {"整改情况", LedgerField::Situation}, {"成效", LedgerField::Outcome},
    {"落实情况", LedgerField::Situation}, {"领导", LedgerField::Leaders}, {"责任人", LedgerField::People},
    {"负责人", LedgerField::People}, {"单位", LedgerField::Departments}, {"科室", LedgerField::Departments},
    {"部门", LedgerField::Departments}, {"处室", LedgerField::Departments}, {"问题", LedgerField::Problem},
    {"备注", LedgerField::Note}, {"说明", LedgerField::Note}, {"序号", LedgerField::Seq},
};

LedgerField from_column(LedgerColumn c) {
    switch (c) {
    case LedgerColumn::Seq: return LedgerField::Seq;
    case LedgerColumn::ProblemCode: return LedgerField::ProblemCode;
    case LedgerColumn::Problem: return LedgerField::Problem;
    case LedgerColumn::Measure: return LedgerField::Measure;
    case LedgerColumn::Departments: return LedgerField::Departments;
    case LedgerColumn::People: return LedgerField::People;
    case LedgerColumn::Leaders: return LedgerField::Leaders;
    case LedgerColumn::Deadline: return LedgerField::Deadline;
    case LedgerColumn::Status: return LedgerField::Status;
    case LedgerColumn::ProblemType: return LedgerField::ProblemType;
    case LedgerColumn::RectifyType: return LedgerField::RectifyType;
    case LedgerColumn::CompletedOn: return LedgerField::DoneDate;
    case LedgerColumn::Outcome: return LedgerField::Outcome;
    case LedgerColumn::Amount: return LedgerField::Amount;
    case LedgerColumn::Rules: return LedgerField::Rules;
    case LedgerColumn::Accountable: return LedgerField::Accountable;
    default: return LedgerField::None; // 最近进展, 销号, 方案: the app's own, recorded in the app
    }
}

} // namespace

LedgerField ledger_field_by_header(std::string_view header, bool* known) {
    bool dummy = false;
    bool& k = known ? *known : dummy;
    k = false;
    if (trim_name(header).empty()) return LedgerField::None;
    if (LedgerColumn c = ledger_column_by_header(header); c != LedgerColumn::Count) {
        k = true;
        return from_column(c);
    }
    const std::string h = normalise_header(header);
    if (LedgerColumn c = ledger_column_by_header(h); c != LedgerColumn::Count) {
        k = true;
        return from_column(c);
    }
    for (const Variant& v : kVariants)
        if (h == v.text || same_nocase(h, v.text)) return k = true, v.field;
    for (int i = 1; i < kLedgerFields; i++) // the names the mapping shows (Leader in charge, 责任科室/单位)
        for (Lang lang : {Lang::Zh, Lang::En})
            if (same_nocase(h, normalise_header(ledger_field_name(LedgerField(i), lang)))) return k = true, LedgerField(i);
    for (const Variant& v : kKeywords)
        if (h.find(v.text) != std::string::npos) return k = v.field != LedgerField::None, v.field;
    return LedgerField::None;
}

std::string ledger_column_letter(size_t column) {
    std::string s;
    for (size_t n = column + 1; n; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
    return s;
}

bool ledger_field_by_name(std::string_view name, LedgerField& out) {
    const std::string_view n = trim_name(name);
    for (const char* none : {"无", "不导入", "none", "-"})
        if (same_nocase(n, none)) return out = LedgerField::None, true;
    for (int i = 0; i < kLedgerFields; i++)
        for (Lang lang : {Lang::Zh, Lang::En})
            if (same_nocase(n, ledger_field_name(LedgerField(i), lang))) return out = LedgerField(i), true;
    bool known = false;
    out = ledger_field_by_header(n, &known);
    return known;
}

// ---- status words ----------------------------------------------------------------------------------

bool ledger_status_words(std::string_view cell, Status& out) {
    std::string_view w = text::trim_punct(trim_name(cell));
    if (w.empty()) return false;
    if (status_from_text(w, out)) return true;
    for (const char* s : {"已整改", "已办结", "办结", "已销号", "已落实"})
        if (w == s) return out = Status::Done, true;
    for (const char* s : {"整改中", "持续推进", "推进中", "正在推进", "序时推进", "持续整改", "部分完成", "基本完成", "未完成"})
        if (w == s) return out = Status::InProgress, true;
    for (const char* s : {"未整改", "尚未整改", "未启动", "未开展"})
        if (w == s) return out = Status::NotStarted, true;
    // A sentence (整改完成，长期坚持。/ 正在整改中，预计年底完成): the text import's reading of it.
    const text::StatusReading r = text::status_in(simplified(w), false);
    if (r.found) out = r.status;
    return r.found;
}

// ---- cell dates --------------------------------------------------------------------------------------

namespace {

Date date_from_days(long z) { // days since 1970-01-01 → civil date (Howard Hinnant's algorithm)
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1), m = int(mp < 10 ? mp + 3 : mp - 9);
    return Date{int(yoe + era * 400 + (m <= 2)), m, d};
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string date_wording(const Date& d) {
    return std::to_string(d.y) + "年" + std::to_string(d.m) + "月" + std::to_string(d.d) + "日";
}

Deadline on_day(const Date& d, std::string wording) {
    Deadline out;
    out.kind = DeadlineKind::Date;
    out.date = d;
    out.text = std::move(wording);
    return out;
}

// 2025/6/30, 2025.6.30, 2025-6-30: the day, or the empty date.
Date numeric_date(std::string_view t) {
    int part[3] = {0, 0, 0}, n = 0;
    size_t digits = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (++digits > 4) return {};
            part[n] = part[n] * 10 + (c - '0');
        } else if ((c == '/' || c == '.' || c == '-') && digits && n < 2) {
            n++, digits = 0;
        } else return {};
    }
    Date d{part[0], part[1], part[2]};
    return n == 2 && digits && d.y >= 1900 && valid_date(d) ? d : Date{};
}

} // namespace

Deadline ledger_deadline_cell(const GridCell& cell, int default_year) {
    const std::string_view t = trim_name(cell.text);
    if (t.empty() || t == label(Label::DeadlineNone, Lang::Zh) || t == label(Label::DeadlineNone, Lang::En))
        return Deadline{}; // what the export writes for none
    Date d;
    if (cell.kind == GridCell::Kind::Date && parse_iso_date(t, d) && !d.empty()) return on_day(d, date_wording(d));
    // An Excel serial (1900 system: day 60 is the 29 February 1900 that never was, so later days
    // count from 1899-12-30), only where it can only be a day this century.
    // A date with a time of day (45808.5) is the day.
    const std::string_view whole = cell.kind == GridCell::Kind::Number ? t.substr(0, t.find('.')) : t;
    if (all_digits(whole) && whole.size() == 5 && (whole.size() == t.size() || all_digits(t.substr(6)))) {
        const long serial = std::stol(std::string(whole));
        if (serial >= 36526 && serial <= 73050) {
            d = date_from_days(serial - 25569); // 25569: 1970-01-01
            return on_day(d, date_wording(d));
        }
    }
    if ((d = numeric_date(t)), !d.empty()) return on_day(d, std::string(t));
    return parse_deadline(t, default_year);
}

// ---- MergedCells -------------------------------------------------------------------------------------

MergedCells::MergedCells(const GridSheet& sheet) : sheet_(sheet), by_row_(sheet.rows.size()) {
    size_t budget = 4 * sheet.rows.size() + 1024; // row entries: a hostile file's huge overlapping ranges stop here
    for (size_t i = 0; i < sheet.merges.size(); i++) {
        const GridMerge& m = sheet.merges[i];
        if (m.row0 < 0 || m.col0 < 0 || m.row1 < m.row0 || m.col1 < m.col0) continue;
        if (m.row0 == m.row1 && m.col0 == m.col1) continue;
        const int last = std::min<int>(m.row1, int(sheet.rows.size()) - 1);
        for (int r = m.row0; r <= last && budget; r++, budget--) by_row_[size_t(r)].push_back(int(i));
    }
}

const GridCell& MergedCells::at(int row, int col, int* from_row) const {
    static const GridCell kEmpty;
    if (from_row) *from_row = row;
    if (row < 0 || size_t(row) >= sheet_.rows.size() || col < 0) return kEmpty;
    int r = row, c = col;
    for (int i : by_row_[size_t(row)]) {
        const GridMerge& m = sheet_.merges[size_t(i)];
        if (col >= m.col0 && col <= m.col1) {
            r = m.row0, c = m.col0;
            break;
        }
    }
    if (from_row) *from_row = r;
    const auto& cells = sheet_.rows[size_t(r)];
    return size_t(c) < cells.size() ? cells[size_t(c)] : kEmpty;
}

// ---- find_ledger_table -------------------------------------------------------------------------------

namespace {

bool row_hidden(const GridSheet& s, size_t r) { return r < s.hidden_rows.size() && s.hidden_rows[r]; }

std::string_view cell_text(const GridSheet& s, size_t r, size_t c) {
    return r < s.rows.size() && c < s.rows[r].size() ? trim_name(s.rows[r][c].text) : std::string_view();
}

// The next visible row after r, or -1.
int next_visible(const GridSheet& s, int r) {
    for (size_t k = size_t(r + 1); k < s.rows.size(); k++)
        if (!row_hidden(s, k)) return int(k);
    return -1;
}

// A cell that can be a header: short, and no "key: value" (填报单位：城南中学 above a table).
bool header_like(std::string_view t) {
    if (t.empty() || text::char_count(t) > 30) return false;
    for (std::string_view colon : {"：", ":"})
        if (size_t at = t.find(colon); at != std::string_view::npos && at + colon.size() < t.size()) return false;
    return true;
}

// How many distinct fields the row's cells name (imported or only known).
int fields_named(const GridSheet& s, size_t r) {
    std::set<int> fields;
    for (size_t c = 0; c < s.rows[r].size(); c++) {
        if (!header_like(cell_text(s, r, c))) continue;
        bool known = false;
        LedgerField f = ledger_field_by_header(cell_text(s, r, c), &known);
        if (known) fields.insert(f == LedgerField::None ? 100 + int(c) : int(f));
    }
    return int(fields.size());
}

// A second header row: every text of it is a header, and the row above has a parent over several
// columns (a merged range, or, as CSV leaves it, an empty header cell with a header under it).
bool second_header(const GridSheet& s, const MergedCells& cells, int header, int below) {
    if (below < 0) return false;
    bool any = false, parent = false;
    std::string up; // the parent over the column: merged, or (CSV) the nearest to the left
    for (size_t c = 0; c < s.rows[size_t(below)].size(); c++) {
        if (std::string_view p = trim_name(cells.at(header, int(c)).text); !p.empty()) up = std::string(p);
        std::string_view t = cell_text(s, size_t(below), c);
        if (t.empty()) continue;
        bool known = false;
        ledger_field_by_header(t, &known);
        if (!known) ledger_field_by_header(up + std::string(t), &known); // 人 under 责任
        if (!known) return false;
        any = true;
        parent |= cell_text(s, size_t(header), c).empty();
    }
    for (const GridMerge& m : s.merges) parent |= m.row0 == header && m.col1 > m.col0;
    return any && parent;
}

} // namespace

LedgerTable find_ledger_table(const GridSheet& s, const MergedCells& cells) {
    LedgerTable t;
    int seen = 0;
    for (size_t r = 0; r < s.rows.size() && seen < kHeaderSearchRows; r++) {
        if (row_hidden(s, r)) continue;
        seen++;
        if (fields_named(s, r) >= 2) {
            t.header = int(r);
            break;
        }
    }
    if (t.header < 0) return t;
    // The title: the first row above of one text (a table's name, often merged across it), other
    // than an attachment mark (附件2) or a "key: value" line (填报单位：城南中学).
    for (int r = 0; r < t.header && t.title_row < 0; r++) {
        if (row_hidden(s, size_t(r))) continue;
        int texts = 0;
        std::string_view text;
        for (size_t c = 0; c < s.rows[size_t(r)].size(); c++)
            if (std::string_view v = cell_text(s, size_t(r), c); !v.empty()) texts++, text = v;
        const bool mark = text::starts_with(text, "附件") || text::starts_with(text, "附表");
        const bool key_value = text.find("：") != std::string_view::npos || text.find(':') != std::string_view::npos;
        if (texts == 1 && !mark && !key_value) t.title_row = r, t.title = std::string(text);
    }
    const int below = next_visible(s, t.header);
    const bool two = second_header(s, cells, t.header, below);
    t.header_rows = two ? 2 : 1;
    if (two) t.second = below;
    size_t width = s.rows[size_t(t.header)].size();
    if (two) width = std::max(width, s.rows[size_t(below)].size());
    std::string parent;
    for (size_t c = 0; c < width; c++) {
        std::string header(cell_text(s, size_t(t.header), c));
        LedgerField f = LedgerField::None;
        bool known = false;
        if (two) {
            // The parent: a merged range's text, else (CSV) the nearest one to the left.
            std::string up(trim_name(cells.at(t.header, int(c)).text));
            if (!up.empty()) parent = up;
            const std::string child(cell_text(s, size_t(below), c));
            if (!child.empty()) {
                header = child;
                f = ledger_field_by_header(child, &known);
                if (!known) f = ledger_field_by_header(parent + child, &known);
            } else {
                header = up.empty() ? std::string(trim_name(cells.at(below, int(c)).text)) : up;
                f = ledger_field_by_header(header, &known);
            }
        } else {
            f = ledger_field_by_header(header, &known);
        }
        t.headers.push_back(header);
        t.guessed.push_back(f);
        t.known.push_back(known);
    }
    return t;
}

LedgerColumn ledger_column_of(LedgerField f) {
    if (f == LedgerField::None) return LedgerColumn::Count;
    for (int c = 0; c < kLedgerColumns; c++)
        if (from_column(LedgerColumn(c)) == f) return LedgerColumn(c);
    return LedgerColumn::Count;
}

const char* ledger_field_key(LedgerField f) {
    static const char* const keys[] = {"none",     "seq",    "code",   "problem",   "measure", "departments", "people",
                                       "leaders",  "deadline", "status", "situation", "done",    "note",
                                       "problem_type", "rectify_type", "amount", "rules", "accountable", "outcome"};
    static_assert(sizeof keys / sizeof keys[0] == kLedgerFields, "a key per field");
    return keys[int(f)];
}

bool ledger_field_from_key(std::string_view key, LedgerField& out) {
    for (int f = 0; f < kLedgerFields; f++)
        if (key == ledger_field_key(LedgerField(f))) {
            out = LedgerField(f);
            return true;
        }
    return false;
}

} // namespace rectify
