// The progress report's structure and its plain-text form (report.h).
// Index: counts · wording tables · helpers (paragraphs, sentences, names) · one measure ·
// report_lines · progress_report.
#include <algorithm>

#include "core/date_text.h"
#include "core/numerals.h"
#include "core/outcomes.h"
#include "core/report/report.h"
#include "core/report/stats.h"
#include "core/texts.h"

namespace rectify {

static bool is_done(Status s) { return s == Status::Done || s == Status::DoneOngoing; }

ReportCounts report_counts(const Plan& plan, const Date& today) {
    ReportCounts c;
    for (const Problem& p : plan.problems) {
        if (!alive(p)) continue;
        c.problems++;
        int live = 0, done = 0;
        for (const Measure& m : p.measures) {
            if (!alive(m)) continue;
            live++;
            c.measures++;
            if (is_done(m.status)) done++, c.measures_done++;
            if (m.status == Status::DoneOngoing) c.measures_ongoing++;
            if (m.status == Status::InProgress) c.measures_in_progress++;
            if (m.status == Status::NotStarted) c.measures_not_started++;
            if (!today.empty() && is_overdue(m, today)) c.measures_overdue++;
        }
        if (live > 0 && done == live) c.problems_done++; // no measures: nothing was done
    }
    c.problems_in_progress = c.problems - c.problems_done;
    return c;
}

// ---- wording ---------------------------------------------------------------------------------------
// Chinese as the documents write it (DOMAIN.md); English is a plain translation for the UI language.

namespace {
// The words themselves are in core/texts.h (Report*, Headline*); here is how they are put together.
struct Words {
    Lang lang;
    bool en() const { return lang == Lang::En; }
    const char* t(CoreText key) const { return core_text(key, lang); }
    std::string t(CoreText key, std::initializer_list<Arg> args) const { return core_text(key, lang, args); }
    const char* comma() const { return t(CoreText::Comma); }
    const char* list_sep() const { return t(CoreText::ListSeparator); }
    const char* gap() const { return t(CoreText::SentenceGap); } // between sentences: English only
};

std::string roman(int n) {
    static const int v[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char* s[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    std::string out;
    for (int i = 0; i < 13; i++)
        while (n >= v[i]) out += s[i], n -= v[i];
    return out;
}

std::string heading1_number(int n, const Words& w) { return w.en() ? roman(n) + ". " : cn_number(n) + "、"; }
// Full-width brackets in Chinese, as printed documents write (一) and (1).
std::string heading2_number(int n, const Words& w) {
    return w.en() ? "(" + std::to_string(n) + ") " : "（" + cn_number(n) + "）";
}
std::string measure_number(int n, const Words& w) { return std::to_string(n) + (w.en() ? ". " : "."); }
std::string step_number(int n, const Words& w) {
    if (w.en()) return n <= 26 ? std::string("(") + char('a' + n - 1) + ") " : "(" + std::to_string(n) + ") ";
    return "（" + std::to_string(n) + "）";
}

// ---- helpers -----------------------------------------------------------------------------------

// A field's text as paragraphs: split at line breaks, blank lines dropped, trailing space trimmed.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
        if (!line.empty()) out.push_back(line);
        start = end + 1;
    }
    return out;
}

// One paragraph of a field that is quoted inline: its lines run together (Chinese needs no space).
std::string inline_text(const std::string& text, const Words& w) {
    std::string out;
    for (const std::string& p : paragraphs(text)) out += (out.empty() ? "" : w.gap()) + p;
    return out;
}

bool ends_with(const std::string& s, const char* tail) {
    std::string t(tail);
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

// Steps and progress entries are run together as sentences: each gets an end mark if it has none.
std::string sentence(std::string s, const Words& w) {
    for (const char* mark : {"。", "；", "！", "？", "…", ".", ";", "!", "?"})
        if (ends_with(s, mark)) return s;
    return s + w.t(CoreText::FullStop);
}

std::string department_names(const Workspace& ws, const std::vector<Id>& ids, const Words& w) {
    std::string out;
    for (const Id& id : ids)
        for (const Department& d : ws.departments) // a tombstone still names who was responsible
            if (d.id == id) {
                out += (out.empty() ? "" : w.list_sep()) + d.name;
                break;
            }
    return out;
}

std::string person_names(const Workspace& ws, const std::vector<Id>& ids, const Words& w) {
    std::string out;
    for (const Id& id : ids)
        for (const Person& p : ws.people)
            if (p.id == id) {
                out += (out.empty() ? "" : w.list_sep()) + p.name;
                break;
            }
    return out;
}

// ---- one measure -------------------------------------------------------------------------------

// A paragraph that starts with its number, which it records (report.h ReportLine).
ReportLine numbered(LineKind kind, int n, const std::string& number, const std::string& text) {
    return {kind, number + text, n, number.size()};
}

// A field's paragraphs, the first numbered n.
void add_paragraphs(std::vector<ReportLine>& out, LineKind kind, int n, const std::string& number,
                    const std::string& text) {
    std::vector<std::string> ps = paragraphs(text);
    if (ps.empty()) ps.push_back(std::string());
    out.push_back(numbered(kind, n, number, ps[0]));
    for (size_t i = 1; i < ps.size(); i++) out.push_back({kind, ps[i]});
}

std::string steps_text(const Measure& m, const Words& w) {
    std::vector<std::string> steps;
    for (const std::string& s : m.steps) {
        std::string t = inline_text(s, w);
        if (!t.empty()) steps.push_back(sentence(t, w));
    }
    if (steps.size() == 1) return steps[0]; // a single step goes unnumbered, as documents do
    std::string out;
    for (size_t i = 0; i < steps.size(); i++) out += (i ? w.gap() : "") + step_number(int(i + 1), w) + steps[i];
    return out;
}

std::string responsibility_text(const Workspace& ws, const Measure& m, const ReportOptions& opt, const Words& w) {
    std::vector<std::string> parts;
    auto add = [&](CoreText label, const std::string& value) {
        if (!value.empty()) parts.push_back(w.t(label, {{"names", value}, {"deadline", value}}));
    };
    std::string lead = department_names(ws, m.lead_departments, w);
    std::string support = department_names(ws, m.support_departments, w);
    if (opt.public_notice) { // one list of units: who leads and who assists is internal detail
        add(CoreText::ReportUnits, lead + (!lead.empty() && !support.empty() ? w.list_sep() : "") + support);
    } else {
        add(CoreText::ReportLead, lead);
        add(CoreText::ReportSupport, support);
    }
    if (opt.names) {
        add(CoreText::ReportResponsible, person_names(ws, m.responsible, w));
        add(CoreText::ReportLeaders, person_names(ws, m.leaders, w));
    }
    if (m.deadline.kind != DeadlineKind::None || !m.deadline.text.empty())
        add(CoreText::ReportDeadline, format_deadline(m.deadline, opt.lang));
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : w.comma()) + p;
    return out.empty() ? out : sentence(out, w);
}

// The log oldest first (stable: entries of one day keep their order); "一是…二是…" when several.
std::string progress_text(const Measure& m, const Words& w) {
    std::vector<const ProgressEntry*> entries;
    for (const ProgressEntry& e : m.progress)
        if (alive(e) && !inline_text(e.text, w).empty()) entries.push_back(&e);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ProgressEntry* a, const ProgressEntry* b) { return a->date < b->date; });
    bool number = entries.size() > 1;
    for (const ProgressEntry* e : entries) // already written as 一是…: quote as is
        if (e->text.rfind("一是", 0) == 0) number = false;
    std::string out;
    for (size_t i = 0; i < entries.size(); i++) {
        std::string prefix;
        if (number) prefix = w.t(CoreText::ReportPoint, {{"n", w.en() ? std::to_string(i + 1) : cn_number(int(i + 1))}});
        out += (i ? w.gap() : "") + prefix + sentence(inline_text(entries[i]->text, w), w);
    }
    return out;
}

std::string status_text(const Measure& m, const ReportOptions& opt, const Words& w) {
    switch (m.status) {
    case Status::Done: return w.t(CoreText::ReportDone);
    case Status::DoneOngoing: return w.t(CoreText::ReportDoneOngoing);
    case Status::NotStarted: return w.t(CoreText::ReportNotStarted);
    case Status::InProgress: break;
    }
    if (!opt.public_notice && !opt.today.empty() && is_overdue(m, opt.today))
        return w.t(CoreText::ReportInProgressOverdue);
    return w.t(CoreText::ReportInProgress);
}

// 销号 is the supervising office's internal workflow: internal report only.
std::string closure_text(const Closure& c, const Words& w) {
    switch (c.state) {
    case ClosureState::Open: return {};
    case ClosureState::Submitted: return w.t(CoreText::ReportSubmitted);
    case ClosureState::Verified: {
        std::string on = format_date(c.decided_on, w.lang);
        if (on.empty()) return w.t(CoreText::ReportVerified);
        return w.t(CoreText::ReportVerifiedOn, {{"date", on}});
    }
    case ClosureState::Returned:
        if (c.reason.empty()) return w.t(CoreText::ReportReturned);
        return w.t(CoreText::ReportReturnedWhy, {{"reason", inline_text(c.reason, w)}});
    }
    return {};
}

void add_measure(std::vector<ReportLine>& out, const Workspace& ws, const Measure& m, int n,
                 const ReportOptions& opt, const Words& w) {
    add_paragraphs(out, LineKind::Body, n, measure_number(n, w), m.title);
    std::string steps = steps_text(m, w);
    if (!steps.empty()) out.push_back({LineKind::Body, w.t(CoreText::ReportMeasures, {{"text", steps}})});
    std::string resp = responsibility_text(ws, m, opt, w);
    if (!resp.empty()) out.push_back({LineKind::Body, resp});
    std::string progress = progress_text(m, w);
    if (!progress.empty()) out.push_back({LineKind::Body, w.t(CoreText::ReportProgress, {{"text", progress}})});
    out.push_back({LineKind::Body, w.t(CoreText::ReportStatus, {{"text", status_text(m, opt, w)}})});
    std::string closure = opt.public_notice ? std::string() : closure_text(m.closure, w);
    if (!closure.empty()) out.push_back({LineKind::Body, w.t(CoreText::ReportClosure, {{"text", closure}})});
}

// ---- the opening -------------------------------------------------------------------------------

std::string title_text(const Plan& plan, const ReportOptions& opt, const Words& w) {
    if (plan.title.empty()) return w.t(opt.public_notice ? CoreText::NoticeTitle : CoreText::ReportTitle);
    return w.t(opt.public_notice ? CoreText::NoticeTitleOf : CoreText::ReportTitleOf, {{"title", inline_text(plan.title, w)}});
}

std::string opening_text(const Plan& plan, const ReportOptions& opt, const Words& w) {
    std::string title = inline_text(plan.title, w), number = inline_text(plan.doc_number, w);
    std::string required;
    if (!title.empty())
        required = w.t(number.empty() ? CoreText::ReportRequiredBy : CoreText::ReportRequiredByNumbered,
                       {{"title", title}, {"number", number}});
    return w.t(opt.public_notice ? CoreText::NoticeOpening : CoreText::ReportOpening, {{"required", required}});
}

// The counts, then the figures superiors ask for (outcomes.h) when the plan has any.
std::string headline_text(const Plan& plan, const ReportCounts& c, const ReportOptions& opt, const Words& w) {
    std::string today = format_date(opt.today, opt.lang);
    std::string s = today.empty() ? "" : w.t(CoreText::HeadlineAsOf, {{"date", today}});
    s += w.t(c.problems == 1 ? CoreText::HeadlineOneProblem : CoreText::HeadlineProblems, {{"n", c.problems}});
    if (c.problems > 0 && c.problems_done == c.problems) s += w.t(CoreText::HeadlineAllDone);
    else s += w.t(CoreText::HeadlineSomeDone, {{"done", c.problems_done}, {"doing", c.problems_in_progress}});
    if (c.measures > 0) {
        s += w.t(c.measures == 1 ? CoreText::HeadlineOneMeasure : CoreText::HeadlineMeasures,
                 {{"n", c.measures}, {"done", c.measures_done}});
        if (c.measures_ongoing) s += w.t(CoreText::HeadlineOngoing, {{"n", c.measures_ongoing}});
        if (c.measures_in_progress) s += w.t(CoreText::HeadlineInProgress, {{"n", c.measures_in_progress}});
        if (c.measures_not_started) s += w.t(CoreText::HeadlineNotStarted, {{"n", c.measures_not_started}});
        if (!opt.public_notice && c.measures_overdue) s += w.t(CoreText::HeadlineOverdue, {{"n", c.measures_overdue}});
    }
    std::string figures = outcome_headline(plan_outcomes(plan), opt.lang);
    if (!figures.empty()) s += w.t(CoreText::HeadlineOutcomesAfter, {{"figures", figures}});
    return s + w.t(CoreText::FullStop);
}
} // namespace

// ---- the whole report --------------------------------------------------------------------------

std::vector<ReportArea> report_areas(const Plan& plan, Lang lang) {
    const Words w{lang};
    std::vector<ReportArea> areas;
    std::vector<size_t> unassigned;
    for (size_t i = 0; i < plan.problems.size(); i++) {
        const Problem& p = plan.problems[i];
        if (!alive(p)) continue;
        std::string a = inline_text(p.area, w);
        if (a.empty()) {
            unassigned.push_back(i);
            continue;
        }
        auto it = std::find_if(areas.begin(), areas.end(), [&](const ReportArea& r) { return r.name == a; });
        if (it == areas.end()) areas.push_back({std::move(a), {i}});
        else it->problems.push_back(i);
    }
    if (!unassigned.empty() || areas.empty()) areas.push_back({std::string(), std::move(unassigned)});
    return areas;
}

std::vector<ReportLine> report_lines(const Workspace& ws, const Plan& plan, const ReportOptions& opt) {
    Words w{opt.lang};
    std::vector<ReportLine> out;
    out.push_back({LineKind::Title, title_text(plan, opt, w)});
    out.push_back({LineKind::Blank, ""});
    out.push_back({LineKind::Body, opening_text(plan, opt, w)});
    out.push_back({LineKind::Body, headline_text(plan, report_counts(plan, opt.today), opt, w)});

    // Problems stand at the top level unless the plan has areas (report_areas).
    const std::vector<ReportArea> areas = report_areas(plan, opt.lang);
    const bool grouped = areas.size() > 1 || (areas.size() == 1 && !areas[0].name.empty());
    for (size_t ai = 0; ai < areas.size(); ai++) {
        if (grouped)
            out.push_back(numbered(LineKind::Heading1, int(ai + 1), heading1_number(int(ai + 1), w),
                                   areas[ai].name.empty() ? w.t(CoreText::ReportOtherProblems) : areas[ai].name));
        int pn = 0;
        for (size_t pi : areas[ai].problems) {
            const Problem& p = plan.problems[pi];
            std::string head = inline_text(p.text, w);
            if (!p.code.empty())
                head += w.t(CoreText::ReportProblemCode, {{"code", p.code}});
            ++pn;
            out.push_back(numbered(LineKind::Heading2, pn, heading2_number(pn, w), head));
            int mn = 0;
            for (const Measure& m : p.measures)
                if (alive(m)) add_measure(out, ws, m, ++mn, opt, w);
        }
    }

    std::string issuer = inline_text(plan.issuer.empty() ? ws.office.name : plan.issuer, w);
    std::string date = format_date(opt.today, opt.lang);
    if (!issuer.empty() || !date.empty()) out.push_back({LineKind::Blank, ""});
    if (!issuer.empty()) out.push_back({LineKind::Signature, issuer});
    if (!date.empty()) out.push_back({LineKind::Signature, date});
    return out;
}

std::string progress_report(const Workspace& ws, const Plan& plan, const ReportOptions& opt) {
    std::string out;
    for (const ReportLine& line : report_lines(ws, plan, opt)) out += line.text + "\n";
    return out;
}

} // namespace rectify
