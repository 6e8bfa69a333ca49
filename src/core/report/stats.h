// Headline counts of a report ("共N个问题,已整改完成X个,正在整改Y个") and what is overdue.
// Tombstones are not counted.
#pragma once
#include <array>
#include <vector>

#include "core/model.h"

namespace rectify {

struct Stats {
    int plans = 0, problems = 0, measures = 0;
    std::array<int, 4> by_status{}; // indexed by Status
    int overdue = 0;                // not done and past the due date of its deadline
    std::vector<Id> overdue_ids;
    // The 销号 chain (issue 22): items by closing state; of the submitted ones, how many wait at
    // each level (index 0 = level 1, as far as the longest chain); closed items due for 回头看.
    std::array<int, 4> by_closure{}; // indexed by ClosureState
    std::vector<int> pending_by_level;
    int recheck_due = 0;
};

// Overdue as of `today`: status 未开始/整改中, not verified closed (销号), and a dated deadline
// (date or end of month) before today. 长期坚持, 立行立改 and unparsed wordings have no date and are never overdue here.
bool is_overdue(const Measure& m, const Date& today);
Stats compute_stats(const Workspace& ws, const Date& today);

} // namespace rectify
