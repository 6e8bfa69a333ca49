// The ledger import's preview (csv.h): every row of the chosen sheet read through the column
// mapping, with the reason a row is left out and what was carried into it. Changes nothing.
// Index: helpers · guess_ledger_sheet · Reader (one row) · preview_ledger_grid · preview_ledger_import.
#include <map>

#include "core/directory.h"
#include "core/ledger/csv.h"
#include "core/outcomes.h"
#include "core/texts.h"

namespace rectify {

// ---- helpers ---------------------------------------------------------------------------------------

namespace {

std::string trimmed(std::string_view s) { return std::string(trim_name(s)); }

void row_error(ImportRow& r, CoreText why, std::initializer_list<Arg> args = {}) {
    if (!r.ok) return; // the first problem of a row is the one worth reading
    r.ok = false;
    r.error_zh = core_text(CoreText::LedgerRowError, Lang::Zh, {{"line", r.line}, {"why", core_text(why, Lang::Zh, args)}});
    r.error_en = core_text(CoreText::LedgerRowError, Lang::En, {{"line", r.line}, {"why", core_text(why, Lang::En, args)}});
}

void row_info(ImportRow& r, CoreText what, std::initializer_list<Arg> args) {
    r.info_zh += (r.info_zh.empty() ? "" : "；") + core_text(what, Lang::Zh, args);
    r.info_en += (r.info_en.empty() ? "" : "; ") + core_text(what, Lang::En, args);
}

void refuse(ImportPreview& out, CoreText why, std::initializer_list<Arg> args = {}) {
    out.error_zh = core_text(why, Lang::Zh, args);
    out.error_en = core_text(why, Lang::En, args);
    out.rows.clear();
}

// The measure cell: its first non-blank line is the title, the other non-blank lines its steps.
void read_measure(std::string_view cell, ImportRow& r) {
    size_t i = 0;
    while (i <= cell.size()) {
        size_t j = cell.find_first_of("\r\n", i);
        if (j == std::string_view::npos) j = cell.size();
        std::string line = trimmed(cell.substr(i, j - i));
        if (!line.empty()) (r.measure_title.empty() ? r.measure_title : r.measure_steps.emplace_back()) = line;
        i = j + 1;
    }
}

void join(std::string& to, std::string_view text, const char* sep) {
    if (text.empty()) return;
    if (!to.empty()) to += sep;
    to += text;
}

bool hidden(const GridSheet& s, size_t r) { return r < s.hidden_rows.size() && s.hidden_rows[r]; }

int line_of(const GridSheet& s, int r) { return size_t(r) < s.source_rows.size() ? s.source_rows[size_t(r)] : r + 1; }

bool blank_row(const std::vector<GridCell>& cells) {
    for (const GridCell& c : cells)
        if (!trim_name(c.text).empty()) return false;
    return true;
}

} // namespace

// ---- guess_ledger_sheet ------------------------------------------------------------------------------

int guess_ledger_sheet(const Grid& grid) {
    int first_visible = -1;
    for (size_t i = 0; i < grid.sheets.size(); i++) {
        const GridSheet& s = grid.sheets[i];
        if (s.hidden) continue;
        if (first_visible < 0) first_visible = int(i);
        if (s.rows.size() <= kMaxLedgerRows && find_ledger_table(s, MergedCells(s)).header >= 0) return int(i);
    }
    return first_visible < 0 ? 0 : first_visible;
}

// ---- one row ---------------------------------------------------------------------------------------

namespace {

// Reads the rows of one sheet in order, carrying the problem above into a row that leaves it blank.
struct Reader {
    const GridSheet& sheet;
    const MergedCells& cells;
    const std::vector<LedgerField>& mapping;
    const std::vector<std::string>& headers;
    int default_year;
    bool has_problem_column = false; // 问题 or 问题编号 is mapped
    bool has_text_column = false;    // 问题 is mapped
    // The last problem read, for a row that leaves its cells blank.
    std::string last_code, last_text;
    int last_line = 0;
    std::map<std::string, std::pair<std::string, int>> text_by_code; // code → its text and line

    // The header of the first column mapped to f, for the wording of a progress entry.
    std::string header_of(LedgerField f) const {
        for (size_t c = 0; c < mapping.size(); c++)
            if (mapping[c] == f && c < headers.size() && !headers[c].empty()) return headers[c];
        return ledger_field_name(f, Lang::Zh);
    }

    void read(int row, ImportRow& r) {
        std::string measure, status, situation, note;
        const GridCell* deadline = nullptr;
        const GridCell* done = nullptr;
        int problem_from = row;
        for (size_t c = 0; c < mapping.size(); c++) {
            const LedgerField f = mapping[c];
            if (f == LedgerField::None || f == LedgerField::Seq) continue;
            int from = row;
            // A measure is its own row's: a range merged over measure rows would repeat it.
            static const GridCell kEmpty;
            const auto& own = sheet.rows[size_t(row)];
            const GridCell& cell = f != LedgerField::Measure ? cells.at(row, int(c), &from) : c < own.size() ? own[c] : kEmpty;
            const std::string_view v = cell.text;
            if (trim_name(v).empty()) continue;
            switch (f) {
            case LedgerField::ProblemCode:
                if (r.problem_code.empty()) r.problem_code = trimmed(v), problem_from = from;
                break;
            case LedgerField::Problem:
                if (r.problem_text.empty()) r.problem_text = trimmed(v), problem_from = from;
                break;
            case LedgerField::Measure:
                if (measure.empty()) measure = std::string(v);
                break;
            case LedgerField::Departments: join(r.departments, trim_name(v), "、"); break;
            case LedgerField::People: join(r.people, trim_name(v), "、"); break;
            case LedgerField::Leaders: join(r.leaders, trim_name(v), "、"); break;
            case LedgerField::Deadline:
                if (!deadline) deadline = &cell;
                break;
            case LedgerField::Status:
                if (status.empty()) status = trimmed(v);
                break;
            case LedgerField::Situation: join(situation, trim_name(v), "\n"); break;
            case LedgerField::DoneDate:
                if (!done) done = &cell;
                break;
            case LedgerField::Note: join(note, trim_name(v), "\n"); break;
            case LedgerField::ProblemType:
            case LedgerField::RectifyType:
            case LedgerField::Amount:
            case LedgerField::Rules:
            case LedgerField::Accountable:
            case LedgerField::Outcome: read_outcome(r, f, c, v); break;
            default: break;
            }
        }
        read_measure(measure, r);
        if (deadline) r.deadline = ledger_deadline_cell(*deadline, default_year);
        if (done) {
            const Deadline d = ledger_deadline_cell(*done, default_year);
            if (d.kind == DeadlineKind::Date || d.kind == DeadlineKind::EndOfMonth) r.done = d.date;
        }
        read_status(r, status);
        read_progress(r, situation, status, note, done);
        read_problem(row, r, problem_from);
        if (r.measure_title.empty()) row_error(r, CoreText::LedgerNoMeasure);
    }

    // An outcome field (outcomes.h): the first cell of the row that has it. A figure, or a 整改类型
    // word, that does not read is left out and said in the row's note.
    void read_outcome(ImportRow& r, LedgerField f, size_t c, std::string_view v) {
        const std::string text = trimmed(v);
        auto refuse = [&] {
            row_info(r, CoreText::LedgerOutcomeKept, {{"text", text}, {"field", c < headers.size() && !headers[c].empty() ? headers[c] : std::string(ledger_field_name(f, Lang::Zh))}});
        };
        switch (f) {
        case LedgerField::ProblemType: if (r.problem_type.empty()) r.problem_type = text; break;
        case LedgerField::Outcome: join(r.outcome, text, "\n"); break;
        case LedgerField::RectifyType:
            if (r.rectify_type == RectifyType::None && !rectify_type_from_text(text, r.rectify_type)) refuse();
            break;
        case LedgerField::Amount:
            if (r.amount.empty() && !normalize_amount(text, r.amount)) refuse();
            break;
        case LedgerField::Rules:
            if (!r.rules && !parse_count(text, r.rules)) refuse();
            break;
        case LedgerField::Accountable:
            if (!r.accountable && !parse_count(text, r.accountable)) refuse();
            break;
        default: break;
        }
    }

    void read_status(ImportRow& r, const std::string& status) {
        r.status_wording = status;
        if (status.empty()) return;
        r.status_understood = ledger_status_words(status, r.status);
        if (!r.status_understood) {
            r.status = Status::NotStarted;
            row_info(r, CoreText::LedgerStatusKept, {{"status", status}});
        }
    }

    // One entry: 整改情况, then the status as worded when it is not the app's own word, then 备注;
    // a 完成时间 alone is its own line.
    void read_progress(ImportRow& r, const std::string& situation, const std::string& status, const std::string& note,
                       const GridCell* done) {
        join(r.progress, situation, "\n");
        const bool own_word = r.status_understood && (status == status_text(r.status, Lang::Zh) || status == status_text(r.status, Lang::En));
        if (!status.empty() && !own_word) join(r.progress, header_of(LedgerField::Status) + "：" + status, "\n");
        if (!note.empty()) join(r.progress, header_of(LedgerField::Note) + "：" + note, "\n");
        if (r.progress.empty() && done && !trim_name(done->text).empty())
            r.progress = header_of(LedgerField::DoneDate) + "：" + (r.done.empty() ? trimmed(done->text) : to_iso(r.done));
    }

    // The problem: as the row (or a merged range over it) gives it, else the one above continued.
    void read_problem(int row, ImportRow& r, int problem_from) {
        if (r.problem_text.empty() && !r.problem_code.empty()) {
            if (auto it = text_by_code.find(r.problem_code); it != text_by_code.end()) {
                r.problem_text = it->second.first;
                r.continues_line = it->second.second;
            } else if (!has_text_column) {
                r.problem_text = r.problem_code; // no problem text in the sheet: the code names it
            }
        } else if (r.problem_text.empty() && r.problem_code.empty() && !r.measure_title.empty()) {
            if (has_problem_column && last_line) {
                r.problem_code = last_code;
                r.problem_text = last_text;
                r.continues_line = last_line;
            } else if (!has_text_column) {
                r.problem_text = r.measure_title; // a list of measures: each is its own problem
            }
        } else if (problem_from != row) {
            r.continues_line = line_of(sheet, problem_from);
        }
        if (r.problem_text.empty()) {
            if (!r.measure_title.empty()) row_error(r, CoreText::LedgerNoProblem);
            return;
        }
        if (r.continues_line) {
            row_info(r, CoreText::LedgerContinues, {{"line", r.continues_line}});
            return;
        }
        last_code = r.problem_code;
        last_text = r.problem_text;
        last_line = r.line;
        if (!r.problem_code.empty()) text_by_code.emplace(r.problem_code, std::make_pair(r.problem_text, r.line));
    }
};

} // namespace

// ---- preview_ledger_grid -----------------------------------------------------------------------------

ImportPreview preview_ledger_grid(const Grid& grid, int sheet_index, const std::vector<LedgerField>* mapping,
                                  int default_year) {
    ImportPreview out;
    for (const GridSheet& s : grid.sheets) out.sheet_names.push_back(s.name);
    if (grid.sheets.empty()) {
        refuse(out, CoreText::LedgerNoSheet);
        return out;
    }
    if (sheet_index < 0 || size_t(sheet_index) >= grid.sheets.size()) sheet_index = guess_ledger_sheet(grid);
    out.sheet = sheet_index;
    const GridSheet& sheet = grid.sheets[size_t(sheet_index)];
    if (sheet.rows.size() > kMaxLedgerRows) {
        refuse(out, CoreText::LedgerTooManyRows, {{"rows", sheet.rows.size()}, {"limit", kMaxLedgerRows}});
        return out;
    }
    if (sheet.rows.empty()) {
        refuse(out, CoreText::LedgerEmpty);
        return out;
    }
    const MergedCells cells(sheet);
    const LedgerTable table = find_ledger_table(sheet, cells);
    if (table.header < 0) {
        refuse(out, CoreText::LedgerNoHeader, {{"rows", kHeaderSearchRows}});
        return out;
    }
    out.header_line = line_of(sheet, table.header);
    out.header_rows = table.header_rows;
    out.title = table.title;
    out.title_line = table.title_row < 0 ? 0 : line_of(sheet, table.title_row);
    out.headers = table.headers;
    out.guessed = table.guessed;
    out.mapping = mapping && !mapping->empty() ? *mapping : table.guessed;
    out.mapping.resize(out.headers.size(), LedgerField::None);
    bool has_measure = false, has_problem = false, has_text = false;
    for (size_t c = 0; c < out.headers.size(); c++) {
        has_measure |= out.mapping[c] == LedgerField::Measure;
        has_problem |= out.mapping[c] == LedgerField::Problem || out.mapping[c] == LedgerField::ProblemCode;
        has_text |= out.mapping[c] == LedgerField::Problem;
        if (!table.known[c] && !trim_name(out.headers[c]).empty() && out.mapping[c] == LedgerField::None)
            out.unknown_headers.push_back(out.headers[c]);
    }
    if (!has_measure) { // the table is shown, so that the user can map a column
        out.error_zh = core_text(CoreText::LedgerNoMeasureMapped, Lang::Zh);
        out.error_en = core_text(CoreText::LedgerNoMeasureMapped, Lang::En);
        return out;
    }
    Reader reader{sheet, cells, out.mapping, out.headers, default_year, has_problem, has_text, {}, {}, 0, {}};
    for (size_t k = size_t(table.header + 1); k < sheet.rows.size(); k++) {
        if (hidden(sheet, k)) {
            out.hidden_rows++;
            continue;
        }
        if (int(k) == table.second) continue; // the second header row
        const auto& rec = sheet.rows[k];
        if (blank_row(rec)) continue; // spreadsheets leave empty rows at the end
        ImportRow r;
        r.line = line_of(sheet, int(k));
        reader.read(int(k), r);
        if (rec.size() > out.headers.size()) {
            bool extra = false;
            for (size_t i = out.headers.size(); i < rec.size(); i++) extra |= !trim_name(rec[i].text).empty();
            if (extra)
                row_error(r, CoreText::LedgerExtraFields, {{"fields", rec.size()}, {"header", out.headers.size()}});
        }
        out.rows.push_back(std::move(r));
    }
    return out;
}

ImportPreview preview_ledger_import(std::string_view file_bytes, int default_year) {
    GridRead g = read_csv_grid(file_bytes);
    ImportPreview out;
    if (!g.ok()) {
        out.error_zh = std::move(g.error_zh);
        out.error_en = std::move(g.error_en);
    } else {
        out = preview_ledger_grid(g.grid, 0, nullptr, default_year);
    }
    out.encoding = g.encoding;
    return out;
}

} // namespace rectify
