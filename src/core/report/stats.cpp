#include "core/report/stats.h"

#include "core/recheck.h"
#include "core/review_chain.h"

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
        const std::vector<std::string> levels = chain_levels(plan);
        for (const Problem& problem : plan.problems) {
            if (!alive(problem)) continue;
            s.problems++;
            for (const Measure& m : problem.measures) {
                if (!alive(m)) continue;
                s.measures++;
                s.by_status[size_t(m.status)]++;
                s.by_closure[size_t(m.closure.state)]++;
                if (m.closure.state == ClosureState::Submitted) {
                    const size_t at = size_t(chain_place(m, levels, Lang::Zh).level);
                    if (s.pending_by_level.size() < at) s.pending_by_level.resize(at);
                    s.pending_by_level[at - 1]++;
                }
                if (!today.empty() && recheck_due(m, today)) s.recheck_due++;
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
