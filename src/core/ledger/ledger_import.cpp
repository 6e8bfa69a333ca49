// Importing a ledger CSV (csv.h): the preview, which reads and checks every row, then the one
// command that applies it.
// Index: helpers · preview_ledger_import · split_names · apply_ledger_import.
#include <map>

#include "core/ledger/csv.h"
#include "core/directory.h"
#include "core/format/input_limits.h"
#include "core/labels.h"
#include "core/numerals.h"
#include "core/texts.h"

namespace rectify {

// ---- helpers ---------------------------------------------------------------------------------------

static std::string trimmed(std::string_view s) { return std::string(trim_name(s)); }

static void row_error(ImportRow& r, CoreText why, std::initializer_list<Arg> args = {}) {
    if (!r.ok) return; // the first problem of a row is the one worth reading
    r.ok = false;
    r.error_zh = core_text(CoreText::LedgerRowError, Lang::Zh, {{"line", r.line}, {"why", core_text(why, Lang::Zh, args)}});
    r.error_en = core_text(CoreText::LedgerRowError, Lang::En, {{"line", r.line}, {"why", core_text(why, Lang::En, args)}});
}

static bool refuse(ImportPreview& out, CoreText why) {
    out.error_zh = core_text(why, Lang::Zh);
    out.error_en = core_text(why, Lang::En);
    return false;
}

// The measure cell: its first non-blank line is the title, the other non-blank lines its steps.
static void read_measure(std::string_view cell, ImportRow& r) {
    size_t i = 0;
    while (i <= cell.size()) {
        size_t j = cell.find_first_of("\r\n", i);
        if (j == std::string_view::npos) j = cell.size();
        std::string line = trimmed(cell.substr(i, j - i));
        if (!line.empty()) (r.measure_title.empty() ? r.measure_title : r.measure_steps.emplace_back()) = line;
        i = j + 1;
    }
}

static Deadline read_deadline(std::string_view cell, int default_year) {
    std::string_view t = trim_name(cell);
    if (t.empty() || t == label(Label::DeadlineNone, Lang::Zh) || t == label(Label::DeadlineNone, Lang::En))
        return Deadline{}; // what export writes for none
    return parse_deadline(t, default_year);
}

// ---- preview ---------------------------------------------------------------------------------------

ImportPreview preview_ledger_import(std::string_view file_bytes, int default_year) {
    ImportPreview out;
    if (file_bytes.size() > max_input_bytes(InputKind::LedgerCsv)) {
        out.error_zh = too_large_message(InputKind::LedgerCsv, file_bytes.size(), Lang::Zh);
        out.error_en = too_large_message(InputKind::LedgerCsv, file_bytes.size(), Lang::En);
        return out;
    }
    std::string text;
    if (!decode_text(file_bytes, text, out.encoding)) {
        refuse(out, CoreText::LedgerUndecodable);
        return out;
    }
    std::vector<int> lines;
    std::string_view first = std::string_view(text).substr(0, text.find_first_of("\r\n"));
    bool tabs = first.find('\t') != std::string_view::npos && first.find(',') == std::string_view::npos;
    auto records = parse_csv(text, &lines, tabs ? '\t' : ',');
    if (records.empty()) {
        refuse(out, CoreText::LedgerEmpty);
        return out;
    }
    std::vector<LedgerColumn> cols; // the column of each field of the header
    bool has_measure = false;
    for (const std::string& h : records[0]) {
        LedgerColumn c = ledger_column_by_header(h);
        cols.push_back(c);
        has_measure |= c == LedgerColumn::Measure;
        if (c == LedgerColumn::Count && !trim_name(h).empty()) out.unknown_headers.push_back(h);
    }
    if (!has_measure) {
        refuse(out, CoreText::LedgerNoMeasureColumn);
        return out;
    }
    for (size_t k = 1; k < records.size(); k++) {
        const auto& rec = records[k];
        bool blank = true;
        for (const std::string& f : rec) blank &= trim_name(f).empty();
        if (blank) continue; // spreadsheets leave empty rows at the end
        ImportRow r;
        r.line = lines[k];
        std::string measure;
        for (size_t i = 0; i < rec.size() && i < cols.size(); i++) {
            const std::string_view v = unescape_csv_formula(rec[i]);
            switch (cols[i]) {
            case LedgerColumn::ProblemCode: r.problem_code = trimmed(v); break;
            case LedgerColumn::Problem: r.problem_text = trimmed(v); break;
            case LedgerColumn::Measure: measure = v; break;
            case LedgerColumn::Departments: r.departments = trimmed(v); break;
            case LedgerColumn::People: r.people = trimmed(v); break;
            case LedgerColumn::Leaders: r.leaders = trimmed(v); break;
            case LedgerColumn::Deadline: r.deadline = read_deadline(v, default_year); break;
            case LedgerColumn::Status:
                if (!trim_name(v).empty() && !status_from_text(v, r.status))
                    row_error(r, CoreText::LedgerUnknownStatus, {{"status", trimmed(v)}});
                break;
            default: break; // 序号, 方案, 最近进展, 销号 and unknown columns are not imported
            }
        }
        if (rec.size() > cols.size()) {
            bool extra = false;
            for (size_t i = cols.size(); i < rec.size(); i++) extra |= !trim_name(rec[i]).empty();
            if (extra)
                row_error(r, CoreText::LedgerExtraFields, {{"fields", rec.size()}, {"header", cols.size()}});
        }
        read_measure(measure, r);
        if (r.measure_title.empty()) row_error(r, CoreText::LedgerNoMeasure);
        out.rows.push_back(std::move(r));
    }
    return out;
}

// ---- split_names -------------------------------------------------------------------------------------

std::vector<std::string> split_names(std::string_view cell) {
    static const char* const seps[] = {"、", ",", "，", ";", "；", "\n"};
    std::vector<std::string> out;
    size_t i = 0, start = 0;
    auto flush = [&](size_t end) {
        std::string name = trimmed(cell.substr(start, end - start));
        if (!name.empty()) out.push_back(name);
    };
    while (i < cell.size()) {
        size_t len = 0;
        for (const char* s : seps)
            if (cell.compare(i, std::char_traits<char>::length(s), s) == 0) len = std::char_traits<char>::length(s);
        if (len) {
            flush(i);
            i += len;
            start = i;
        } else i++;
    }
    flush(cell.size());
    return out;
}

// A lead-unit mark at the end of a name: removed, and true.
static bool strip_lead(std::string& name) {
    for (const char* mark : {"（牵头）", "(牵头)", "(lead)", "（lead）"}) {
        size_t n = std::char_traits<char>::length(mark);
        if (name.size() > n && name.compare(name.size() - n, n, mark) == 0) {
            name = trimmed(name.substr(0, name.size() - n));
            return true;
        }
    }
    return false;
}

// ---- apply -----------------------------------------------------------------------------------------

namespace {

// Directory entries by name: existing ones, then those this import adds (added once each).
struct Resolver {
    const Workspace& ws;
    IdSource& ids;
    Batch& batch;
    std::map<std::string, Id> new_departments, new_people;

    template <class T> Id entry(std::map<std::string, Id>& made, const std::string& name) {
        return directory_id_for<T>(&ws, &made, name, [&] {
            T e = new_directory_entry<T>(ids, name);
            Id id = e.id;
            batch.push(add<T>(ws.id, std::move(e)));
            return id;
        });
    }
    Id department(const std::string& name) { return entry<Department>(new_departments, name); }
    Id person(const std::string& name) { return entry<Person>(new_people, name); }
    std::vector<Id> people(const std::string& cell) {
        std::vector<Id> out;
        for (const std::string& n : split_names(cell)) out.push_back(person(n));
        return out;
    }
};

} // namespace

CommandPtr apply_ledger_import(const Workspace& ws, const Plan& target, const ImportPreview& preview,
                               IdSource& ids) {
    auto batch = std::make_unique<Batch>("import ledger");
    Resolver dir{ws, ids, *batch, {}, {}};
    std::vector<CommandPtr> problems, measures; // after the directory entries they refer to
    std::map<std::string, Id> problem_by_key;   // "c:" + code or "t:" + text
    int live = 0;
    for (const Problem& p : target.problems)
        if (alive(p)) {
            live++;
            problem_by_key.emplace(p.code.empty() ? "t:" + p.text : "c:" + p.code, p.id);
        }
    for (const ImportRow& r : preview.rows) {
        if (!r.ok) continue;
        std::string key = r.problem_code.empty() ? "t:" + r.problem_text : "c:" + r.problem_code;
        Id& pid = problem_by_key[key];
        if (pid.empty()) {
            Problem p;
            p.id = pid = ids.make("pr");
            p.number = problem_number(++live);
            p.code = r.problem_code;
            p.text = r.problem_text;
            problems.push_back(add<Problem>(target.id, std::move(p)));
        }
        Measure m;
        m.id = ids.make("m");
        m.title = r.measure_title;
        m.steps = r.measure_steps;
        std::vector<std::string> names = split_names(r.departments);
        bool marked = false;
        std::vector<bool> lead(names.size());
        for (size_t i = 0; i < names.size(); i++) marked |= lead[i] = strip_lead(names[i]);
        for (size_t i = 0; i < names.size(); i++)
            (lead[i] || !marked ? m.lead_departments : m.support_departments).push_back(dir.department(names[i]));
        m.responsible = dir.people(r.people);
        m.leaders = dir.people(r.leaders);
        m.deadline = r.deadline;
        m.status = r.status;
        measures.push_back(add<Measure>(pid, std::move(m)));
    }
    if (measures.empty()) return nullptr;
    for (auto& c : problems) batch->push(std::move(c));
    for (auto& c : measures) batch->push(std::move(c));
    return batch;
}

} // namespace rectify
