// Index: rows · headers and words · cells · filter · sort.
#include "core/ledger/ledger.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/date_text.h"
#include "core/measure_evidence.h"
#include "core/recheck.h"
#include "core/outcomes.h"
#include "core/supervision.h"
#include "core/directory.h"
#include "core/find_in_plan.h"
#include "core/labels.h"
#include "core/texts.h"

namespace rectify {

// ---- rows ------------------------------------------------------------------------------------------

std::vector<LedgerRow> ledger_rows(const Workspace& ws, const Id& plan) {
    std::vector<LedgerRow> rows;
    int plan_no = 0;
    for (size_t a = 0; a < ws.plans.size(); a++) {
        const Plan& p = ws.plans[a];
        if (!alive(p)) continue;
        plan_no++;
        if (!plan.empty() && p.id != plan) continue;
        int seq = 0;
        for (size_t b = 0; b < p.problems.size(); b++) {
            if (!alive(p.problems[b])) continue;
            const auto& measures = p.problems[b].measures;
            for (size_t c = 0; c < measures.size(); c++)
                if (alive(measures[c]))
                    rows.push_back(LedgerRow{a, b, c, ++seq, plan.empty() ? plan_no : 0, int(rows.size())});
        }
    }
    return rows;
}

const std::vector<LedgerColumn>& ledger_columns(bool every_plan) {
    using C = LedgerColumn;
    static const std::vector<C> one = {C::Seq, C::ProblemCode, C::Problem, C::Measure, C::Departments, C::People,
                                       C::Leaders, C::Deadline, C::Status, C::LatestProgress, C::Closure,
                                       C::ProblemType, C::RectifyType, C::CompletedOn, C::Outcome, C::Amount,
                                       C::Rules, C::Accountable};
    static const std::vector<C> every = [] {
        std::vector<C> v = one;
        v.insert(v.begin() + 1, C::Plan);
        return v;
    }();
    return every_plan ? every : one;
}

// ---- headers and words ---------------------------------------------------------------------------

static_assert(int(Label::StatusDoneOngoing) - int(Label::StatusNotStarted) == int(Status::DoneOngoing),
              "labels.h: one status label per Status, in order");
static_assert(int(Label::ClosureReturned) - int(Label::ClosureOpen) == int(ClosureState::Returned),
              "labels.h: one closure label per ClosureState, in order");
static_assert(int(Label::HeaderPlan) - int(Label::HeaderSeq) == int(LedgerColumn::Plan) &&
                  int(Label::HeaderAccountable) - int(Label::HeaderSeq) == int(LedgerColumn::Accountable),
              "labels.h: one header per LedgerColumn, in order");
static const Text& header_label(int i) { return label_text(Label(int(Label::HeaderSeq) + i)); }
static const Text& status_label(int i) { return label_text(Label(int(Label::StatusNotStarted) + i)); }

const char* ledger_header(LedgerColumn c, Lang lang) {
    int i = int(c);
    return i >= 0 && i < kLedgerColumns ? pick(lang, header_label(i)) : "";
}
const char* status_text(Status s, Lang lang) { return pick(lang, status_label(int(s))); }
const char* closure_text(ClosureState s, Lang lang) {
    return label(Label(int(Label::ClosureOpen) + int(s)), lang);
}

static bool same_ascii_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++)
        if (std::tolower((unsigned char)a[i]) != std::tolower((unsigned char)b[i])) return false;
    return true;
}

LedgerColumn ledger_column_by_header(std::string_view header) {
    std::string_view h = trim_name(header);
    for (int i = 0; i < kLedgerColumns; i++)
        if (h == header_label(i).zh || same_ascii_nocase(h, header_label(i).en)) return LedgerColumn(i);
    if (h == "责任单位") return LedgerColumn::Departments;
    if (h == "措施") return LedgerColumn::Measure;
    return LedgerColumn::Count;
}

bool status_from_text(std::string_view word, Status& out) {
    std::string_view w = trim_name(word);
    for (int i = 0; i < 4; i++)
        if (w == status_label(i).zh || same_ascii_nocase(w, status_label(i).en)) {
            out = Status(i);
            return true;
        }
    // Words the progress reports use (整改进度:整改完成。/ 正在整改中。/ 整改完成,长期坚持。).
    if (w == "已完成，长期坚持" || w == "已完成,长期坚持" || w == "整改完成，长期坚持" || w == "长期坚持") {
        out = Status::DoneOngoing;
        return true;
    }
    if (w == "整改完成" || w == "已整改完成" || w == "完成") return out = Status::Done, true;
    if (w == "正在整改" || w == "正在整改中" || w == "进行中") return out = Status::InProgress, true;
    return false;
}

// ---- cells -----------------------------------------------------------------------------------------

static const Measure& measure_of(const Workspace& ws, const LedgerRow& r) {
    return ws.plans[r.plan].problems[r.problem].measures[r.measure];
}

template <class T> static const T* by_id(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id) return &e;
    return nullptr;
}

LedgerCells::LedgerCells(const Workspace& ws, Lang lang, bool index_directory) : ws_(ws), lang_(lang) {
    if (!index_directory) return;
    indexed_ = true;
    for (const Department& d : ws.departments) names_.emplace(d.id, &d.name);
    for (const Person& p : ws.people) names_.emplace(p.id, &p.name);
}

// Department and person IDs are unique across both lists (IDs are unique across kinds).
const std::string* LedgerCells::name(const Id& id, bool person) const {
    if (indexed_) {
        auto it = names_.find(id);
        return it == names_.end() ? nullptr : it->second;
    }
    if (person) {
        const Person* p = by_id(ws_.people, id);
        return p ? &p->name : nullptr;
    }
    const Department* d = by_id(ws_.departments, id);
    return d ? &d->name : nullptr;
}

// Appends the names to `out`, joined, after any names already appended since `start`.
void LedgerCells::names(std::string& out, size_t start, const std::vector<Id>& ids, bool person,
                        const char* mark) const {
    for (const Id& id : ids)
        if (const std::string* n = name(id, person)) {
            if (out.size() > start) out += core_text(CoreText::ListSeparator, lang_);
            out += *n;
            out += mark;
        }
}

static void latest_progress(std::string& out, const Measure& m, Lang lang) {
    const ProgressEntry* best = nullptr;
    for (const ProgressEntry& e : m.progress)
        if (alive(e) && (!best || !(e.date < best->date))) best = &e;
    if (!best) return;
    std::string d = format_date(best->date, lang);
    if (!d.empty()) (out += d) += ' ';
    out += best->text;
}

void LedgerCells::append(std::string& out, const LedgerRow& row, LedgerColumn c) const {
    const Problem& p = ws_.plans[row.plan].problems[row.problem];
    const Measure& m = p.measures[row.measure];
    switch (c) {
    case LedgerColumn::Seq:
        if (row.plan_no > 0) (out += std::to_string(row.plan_no)) += '-';
        out += std::to_string(row.seq);
        break;
    case LedgerColumn::Plan: out += ws_.plans[row.plan].title; break;
    case LedgerColumn::ProblemCode: out += p.code; break;
    case LedgerColumn::Problem: out += p.text; break;
    case LedgerColumn::Measure:
        out += m.title;
        for (const std::string& s : m.steps) (out += '\n') += s;
        break;
    case LedgerColumn::Departments: {
        const size_t start = out.size();
        const char* mark = m.support_departments.empty() ? "" : label(Label::LeadMark, lang_);
        names(out, start, m.lead_departments, false, mark);
        names(out, start, m.support_departments, false, "");
        break;
    }
    case LedgerColumn::People: names(out, out.size(), m.responsible, true, ""); break;
    case LedgerColumn::Leaders: names(out, out.size(), m.leaders, true, ""); break;
    case LedgerColumn::Deadline: out += format_deadline(m.deadline, lang_); break;
    case LedgerColumn::Status: out += status_text(m.status, lang_); break;
    case LedgerColumn::LatestProgress: latest_progress(out, m, lang_); break;
    case LedgerColumn::Closure: out += closure_text(m.closure.state, lang_); break;
    case LedgerColumn::ProblemType: out += p.problem_type; break;
    case LedgerColumn::RectifyType: out += rectify_type_text(p.rectify_type, lang_); break;
    case LedgerColumn::CompletedOn: out += format_date(m.completed_on, lang_); break;
    case LedgerColumn::Outcome: out += p.outcome; break;
    case LedgerColumn::Amount: out += p.amount; break;
    case LedgerColumn::Rules: if (p.rules) out += std::to_string(p.rules); break;
    case LedgerColumn::Accountable: if (p.accountable) out += std::to_string(p.accountable); break;
    case LedgerColumn::Count: break;
    }
}

std::string LedgerCells::operator()(const LedgerRow& row, LedgerColumn c) const {
    std::string out;
    append(out, row, c);
    return out;
}

std::string ledger_cell(const Workspace& ws, const LedgerRow& row, LedgerColumn c, Lang lang) {
    return LedgerCells(ws, lang, false)(row, c);
}

// ---- filter ----------------------------------------------------------------------------------------

static bool any_of_ids(const std::vector<Id>& want, const std::vector<Id>& a, const std::vector<Id>* b) {
    if (want.empty()) return true;
    for (const Id& id : want) {
        if (std::find(a.begin(), a.end(), id) != a.end()) return true;
        if (b && std::find(b->begin(), b->end(), id) != b->end()) return true;
    }
    return false;
}

// Every cell of a row, split by U+001F (never typed, so no match spans two cells).
static void row_text(const LedgerCells& cells, const LedgerRow& r, std::string& buf) {
    buf.clear();
    for (LedgerColumn c : ledger_columns(r.plan_no > 0)) {
        cells.append(buf, r, c);
        buf += '\x1F';
    }
}

std::vector<std::string> ledger_search_text(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang) {
    LedgerCells cells(ws, lang);
    std::vector<std::string> out;
    for (const LedgerRow& r : rows) {
        if (r.index < 0) continue;
        if (out.size() <= size_t(r.index)) out.resize(size_t(r.index) + 1);
        row_text(cells, r, out[size_t(r.index)]);
    }
    return out;
}

void ledger_filter(const Workspace& ws, std::vector<LedgerRow>& rows, const LedgerFilter& f,
                   const Date& today, int soon_days, const std::vector<std::string>* search_text) {
    TextMatcher matcher(f.text);
    LedgerCells cells(ws, f.lang, !matcher.empty() && !search_text);
    std::string buf;
    auto keep = [&](const LedgerRow& r) {
        const Measure& m = measure_of(ws, r);
        if (f.status >= 0 && int(m.status) != f.status) return false;
        if (f.without_evidence && !submitted_without_evidence(m)) return false;
        if (f.recheck_due && !recheck_due(m, today)) return false;
        if (!any_of_ids(f.departments, m.lead_departments, &m.support_departments)) return false;
        if (!any_of_ids(f.people, m.responsible, nullptr)) return false;
        if (!any_of_ids(f.leaders, m.leaders, nullptr)) return false;
        if (f.colour >= 0 && int(colour_of(m, today, supervision_rule(ws.plans[r.plan]))) != f.colour) return false;
        if (f.overdue || f.due_soon) {
            Due d = due_state(m, today, soon_days);
            if (!((f.overdue && d == Due::Overdue) || (f.due_soon && d == Due::Soon))) return false;
        }
        if (matcher.empty()) return true;
        size_t end = 0;
        if (search_text && r.index >= 0 && size_t(r.index) < search_text->size())
            return matcher.find((*search_text)[size_t(r.index)], 0, end) != std::string_view::npos;
        row_text(cells, r, buf);
        return matcher.find(buf, 0, end) != std::string_view::npos;
    };
    rows.erase(std::stable_partition(rows.begin(), rows.end(), keep), rows.end());
}

// ---- sort ------------------------------------------------------------------------------------------

void ledger_sort(const Workspace& ws, std::vector<LedgerRow>& rows, LedgerColumn c, bool ascending,
                 Lang lang) {
    const size_t n = rows.size();
    // One key per row, computed once: a number for ordered columns, the text otherwise.
    std::vector<long long> num(n, 0);
    std::vector<std::string> text;
    const bool numeric = c == LedgerColumn::Seq || c == LedgerColumn::Plan || c == LedgerColumn::Deadline ||
                         c == LedgerColumn::Status || c == LedgerColumn::Closure;
    std::vector<char> last(n, 0); // rows that stay at the end whatever the direction
    if (!numeric) text.resize(n);
    LedgerCells cells(ws, lang, !numeric);
    for (size_t i = 0; i < n; i++) {
        const Measure& m = measure_of(ws, rows[i]);
        switch (c) {
        case LedgerColumn::Seq: num[i] = rows[i].plan_no * (1LL << 32) + rows[i].seq; break;
        case LedgerColumn::Plan: num[i] = rows[i].plan_no; break;
        case LedgerColumn::Status: num[i] = int(m.status); break;
        case LedgerColumn::Closure: num[i] = int(m.closure.state); break;
        case LedgerColumn::Deadline: {
            Date d = due_date(m.deadline);
            if (d.empty()) last[i] = 1;
            num[i] = d.y * 10000LL + d.m * 100 + d.d;
            break;
        }
        default: cells.append(text[i], rows[i], c);
        }
    }
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; i++) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (last[a] != last[b]) return last[a] < last[b];
        int cmp = numeric ? (num[a] < num[b] ? -1 : num[a] > num[b] ? 1 : 0) : text[a].compare(text[b]);
        return ascending ? cmp < 0 : cmp > 0;
    });
    std::vector<LedgerRow> sorted;
    sorted.reserve(n);
    for (size_t i : order) sorted.push_back(rows[i]);
    rows = std::move(sorted);
}

} // namespace rectify
