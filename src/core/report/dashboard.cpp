#include "core/report/dashboard.h"

#include <algorithm>

#include "core/date_text.h"
#include "core/measure_evidence.h"
#include "core/recheck.h"

namespace rectify {

static Load& load_of(std::vector<Load>& loads, std::map<Id, size_t>& index, const Id& id) {
    auto it = index.find(id);
    if (it != index.end()) return loads[it->second];
    index[id] = loads.size();
    loads.push_back(Load{id});
    return loads.back();
}

static void by_size(std::vector<Load>& loads) {
    std::stable_sort(loads.begin(), loads.end(), [](const Load& a, const Load& b) { return a.total > b.total; });
}

Dashboard compute_dashboard(const Workspace& ws, const Id& plan, const Date& today, int soon_days) {
    Dashboard d;
    std::map<Id, size_t> dept_index, leader_index;
    const std::vector<LedgerRow> rows = ledger_rows(ws, plan);
    const Problem* last_problem = nullptr;
    for (const LedgerRow& row : rows) {
        const Problem& pr = ws.plans[row.plan].problems[row.problem];
        const Measure& m = pr.measures[row.measure];
        if (&pr != last_problem) d.problems++;
        last_problem = &pr;
        d.measures++;
        const bool done = m.status == Status::Done || m.status == Status::DoneOngoing;
        if (done) d.done++;
        if (m.status == Status::DoneOngoing) d.ongoing++;
        if (m.status == Status::InProgress) d.in_progress++;
        if (m.status == Status::NotStarted) d.not_started++;
        const Due due = due_state(m, today, soon_days);
        if (due == Due::Overdue) d.overdue_rows.push_back(row);
        if (due == Due::Soon) d.soon_rows.push_back(row);
        if (submitted_without_evidence(m)) d.without_evidence++;
        if (recheck_due(m, today)) d.recheck_due++;
        std::vector<Id> depts = m.lead_departments;
        for (const Id& s : m.support_departments)
            if (std::find(depts.begin(), depts.end(), s) == depts.end()) depts.push_back(s);
        for (const Id& id : depts) {
            Load& l = load_of(d.by_department, dept_index, id);
            l.total++;
            l.done += done;
            l.overdue += due == Due::Overdue;
        }
        for (const Id& id : m.leaders) {
            Load& l = load_of(d.by_leader, leader_index, id);
            l.total++;
            l.done += done;
            l.overdue += due == Due::Overdue;
        }
        for (const ProgressEntry& e : m.progress)
            if (alive(e) && !e.date.empty()) d.progress_by_month[e.date.y * 100 + e.date.m]++;
    }
    // Problems under live plans only: ledger_rows skips problems without measures, count them too.
    d.problems = 0;
    for (const Plan& p : ws.plans)
        if (alive(p) && (plan.empty() || p.id == plan))
            for (const Problem& pr : p.problems) d.problems += alive(pr) ? 1 : 0;
    d.overdue = int(d.overdue_rows.size());
    d.due_soon = int(d.soon_rows.size());
    d.completion = d.measures ? double(d.done) / d.measures : 0.0;
    by_size(d.by_department);
    by_size(d.by_leader);
    auto earliest = [&](const LedgerRow& a, const LedgerRow& b) {
        return due_date(ws.plans[a.plan].problems[a.problem].measures[a.measure].deadline) <
               due_date(ws.plans[b.plan].problems[b.problem].measures[b.measure].deadline);
    };
    std::stable_sort(d.overdue_rows.begin(), d.overdue_rows.end(), earliest);
    std::stable_sort(d.soon_rows.begin(), d.soon_rows.end(), earliest);
    return d;
}

} // namespace rectify
