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
};

// Overdue as of `today`: status 未开始/整改中, not verified closed (销号), and a dated deadline
// (date or end of month) before today. 长期坚持, 立行立改 and unparsed wordings have no date and are never overdue here.
bool is_overdue(const Measure& m, const Date& today);
Stats compute_stats(const Workspace& ws, const Date& today);

} // namespace rectify
