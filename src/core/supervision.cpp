// supervision: the rules are in supervision.h.
// Index: thresholds · milestones · colour · texts · 督办单 items · colours by department.
#include "core/supervision.h"

#include <algorithm>

#include "core/date_text.h"

namespace rectify {

SupervisionRule supervision_rule(const Plan& plan) {
    SupervisionRule r;
    if (plan.supervision.soon_days > 0) r.soon_days = plan.supervision.soon_days;
    if (plan.supervision.grace_days > 0) r.grace_days = plan.supervision.grace_days;
    return r;
}

bool milestone_behind(const Milestone& s, const Date& today, int grace_days) {
    if (s.done || s.date.empty() || today.empty()) return false;
    return add_days(s.date, grace_days) < today;
}

std::vector<size_t> milestones_behind(const Measure& m, const Date& today, int grace_days) {
    std::vector<size_t> out;
    for (size_t i = 0; i < m.milestones.size(); i++)
        if (milestone_behind(m.milestones[i], today, grace_days)) out.push_back(i);
    return out;
}

static CommandPtr set_milestones(const Measure& m, std::vector<Milestone> v) {
    if (v == m.milestones) return nullptr;
    return RECTIFY_SET(Measure, milestones, m.id, std::move(v));
}

CommandPtr add_milestone(const Measure& m, Milestone s) {
    std::vector<Milestone> v = m.milestones;
    v.push_back(std::move(s));
    return set_milestones(m, std::move(v));
}

CommandPtr change_milestone(const Measure& m, size_t i, Milestone s) {
    if (i >= m.milestones.size()) return nullptr;
    std::vector<Milestone> v = m.milestones;
    v[i] = std::move(s);
    return set_milestones(m, std::move(v));
}

CommandPtr remove_milestone(const Measure& m, size_t i) {
    if (i >= m.milestones.size()) return nullptr;
    std::vector<Milestone> v = m.milestones;
    v.erase(v.begin() + std::ptrdiff_t(i));
    return set_milestones(m, std::move(v));
}

CommandPtr mark_milestone(const Measure& m, size_t i, bool done, const Date& on) {
    if (i >= m.milestones.size()) return nullptr;
    Milestone s = m.milestones[i];
    s.done = done;
    s.done_on = done ? on : Date{};
    return change_milestone(m, i, std::move(s));
}

Colour colour_of(const Measure& m, const Date& today, const SupervisionRule& rule) {
    Due due = due_state(m, today, rule.soon_days);
    if (due == Due::Overdue) return Colour::Red;
    bool done = m.status == Status::Done || m.status == Status::DoneOngoing ||
                m.closure.state == ClosureState::Verified;
    if (done) return Colour::None;
    if (!milestones_behind(m, today, rule.grace_days).empty()) return Colour::Yellow;
    return due == Due::Soon ? Colour::Blue : Colour::None;
}

int days_overdue(const Measure& m, const Date& today) {
    if (due_state(m, today, 0) != Due::Overdue) return 0;
    return days_between(due_date(m.deadline), today);
}

// ---- texts ---------------------------------------------------------------------------------------------

const char* colour_text(Colour c, Lang lang) {
    static const Text kText[] = {{"", ""}, {"蓝色提醒", "Blue (due soon)"}, {"黄色督办", "Yellow (behind schedule)"},
                                 {"红色督办", "Red (overdue)"}};
    return pick(lang, kText[int(c)]);
}

const char* colour_mark(Colour c) {
    static const char* const kMark[] = {"", "blue", "yellow", "red"};
    return kMark[int(c)];
}

std::string milestone_text(const Milestone& s, Lang lang) {
    std::string t = format_date(s.date, lang);
    if (!s.what.empty()) t += (t.empty() ? "" : " ") + s.what;
    if (s.done) {
        static const Text kDone = {"（已完成）", " (done)"}, kDoneOn = {"（{date}完成）", " (done {date})"};
        t += s.done_on.empty() ? pick(lang, kDone) : format_text(lang, kDoneOn, {{"date", format_date(s.done_on, lang)}});
    }
    return t;
}

std::string milestones_text(const std::vector<Milestone>& v, Lang lang) {
    std::string out;
    for (const Milestone& s : v) out += (out.empty() ? "" : lang == Lang::Zh ? "；" : "; ") + milestone_text(s, lang);
    return out;
}

std::string supervision_text(const SupervisionSettings& s, Lang lang) {
    static const Text kRule = {"临期{soon}天提醒，节点逾期{grace}天督办", "blue within {soon} days, yellow {grace} days after a milestone"};
    SupervisionRule r;
    if (s.soon_days > 0) r.soon_days = s.soon_days;
    if (s.grace_days > 0) r.grace_days = s.grace_days;
    return format_text(lang, kRule, {{"soon", r.soon_days}, {"grace", r.grace_days}});
}

// ---- 督办单 items and colours by department -----------------------------------------------------------

namespace {

bool names_department(const Measure& m, const Id& d) {
    return std::find(m.lead_departments.begin(), m.lead_departments.end(), d) != m.lead_departments.end() ||
           std::find(m.support_departments.begin(), m.support_departments.end(), d) != m.support_departments.end();
}

// Calls f(plan index, problem index, measure index, rule) for every live measure in scope.
template <class F> void each_measure(const Workspace& ws, const Id& plan, F f) {
    for (size_t p = 0; p < ws.plans.size(); p++) {
        const Plan& pl = ws.plans[p];
        if (!alive(pl) || (!plan.empty() && pl.id != plan)) continue;
        const SupervisionRule rule = supervision_rule(pl);
        for (size_t q = 0; q < pl.problems.size(); q++) {
            if (!alive(pl.problems[q])) continue;
            for (size_t i = 0; i < pl.problems[q].measures.size(); i++)
                if (alive(pl.problems[q].measures[i])) f(p, q, i, rule);
        }
    }
}

} // namespace

std::vector<SupervisionItem> supervision_items(const Workspace& ws, const Id& plan, const Id& department,
                                               const Date& today) {
    std::vector<SupervisionItem> out;
    each_measure(ws, plan, [&](size_t p, size_t q, size_t i, const SupervisionRule& rule) {
        const Measure& m = ws.plans[p].problems[q].measures[i];
        if (!names_department(m, department)) return;
        Colour c = colour_of(m, today, rule);
        if (c != Colour::Red && c != Colour::Yellow) return;
        out.push_back(SupervisionItem{p, q, i, c, days_overdue(m, today), milestones_behind(m, today, rule.grace_days)});
    });
    std::stable_sort(out.begin(), out.end(),
                     [](const SupervisionItem& a, const SupervisionItem& b) { return a.colour > b.colour; });
    return out;
}

std::vector<DepartmentColours> colours_by_department(const Workspace& ws, const Id& plan, const Date& today) {
    std::vector<DepartmentColours> out;
    for (const Department& d : ws.departments)
        if (alive(d)) out.push_back(DepartmentColours{d.id});
    each_measure(ws, plan, [&](size_t p, size_t q, size_t i, const SupervisionRule& rule) {
        const Measure& m = ws.plans[p].problems[q].measures[i];
        Colour c = colour_of(m, today, rule);
        if (c == Colour::None) return;
        for (DepartmentColours& d : out) {
            if (!names_department(m, d.department)) continue;
            (c == Colour::Red ? d.red : c == Colour::Yellow ? d.yellow : d.blue)++;
        }
    });
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const DepartmentColours& d) { return d.red + d.yellow + d.blue == 0; }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const DepartmentColours& a, const DepartmentColours& b) {
        return std::tie(a.red, a.yellow, a.blue) > std::tie(b.red, b.yellow, b.blue);
    });
    return out;
}

} // namespace rectify
