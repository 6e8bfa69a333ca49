#include "core/report/stats.h"

namespace rectify {

bool is_overdue(const Measure& m, const Date& today) {
    if (m.status == Status::Done || m.status == Status::DoneOngoing) return false;
    if (m.closure.state == ClosureState::Verified) return false; // closed off (销号): nothing due
    Date due = due_date(m.deadline);
    return !due.empty() && due < today;
}

Stats compute_stats(const Workspace& ws, const Date& today) {
    Stats s;
    for (const Plan& plan : ws.plans) {
        if (!alive(plan)) continue;
        s.plans++;
        for (const Problem& problem : plan.problems) {
            if (!alive(problem)) continue;
            s.problems++;
            for (const Measure& m : problem.measures) {
                if (!alive(m)) continue;
                s.measures++;
                s.by_status[size_t(m.status)]++;
                if (!today.empty() && is_overdue(m, today)) {
                    s.overdue++;
                    s.overdue_ids.push_back(m.id);
                }
            }
        }
    }
    return s;
}

} // namespace rectify
