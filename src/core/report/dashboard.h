// The dashboard's figures for one plan or all plans: totals, completion rate, who carries what
// (by department and by supervising leader), what is late or due soon, and progress over time.
// Tombstones are not counted; a measure counts once per department it names (lead or support).
#pragma once
#include <map>
#include <vector>

#include "core/ledger/ledger.h"
#include "core/model.h"

namespace rectify {

struct Load {
    Id id;             // a department or a person
    int total = 0, done = 0, overdue = 0;
};

struct Dashboard {
    int problems = 0, measures = 0;
    int done = 0, in_progress = 0, not_started = 0, ongoing = 0; // ongoing: 已完成·长期坚持 (part of done)
    int overdue = 0, due_soon = 0;
    int without_evidence = 0;         // submitted or closed with no evidence (measure_evidence.h)
    int recheck_due = 0;              // closed, its 回头看 date come (recheck.h)
    double completion = 0;            // done / measures, 0..1
    std::vector<Load> by_department;  // most measures first
    std::vector<Load> by_leader;
    std::vector<LedgerRow> overdue_rows, soon_rows; // earliest due first
    std::map<int, int> progress_by_month;           // yyyymm → progress entries recorded that month
};

// `plan` empty: every live plan.
Dashboard compute_dashboard(const Workspace& ws, const Id& plan, const Date& today, int soon_days);

} // namespace rectify
