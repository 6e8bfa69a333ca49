// recheck: 回头看 (issue 22). A closed (已销号) measure can get a re-check date; from that day on it
// is due (listed in the ledger's 待回头看 filter and counted on the overview). The re-check either
// confirms the closing (who, when, a note) or finds it not fixed and reopens it with a reason: the
// item goes back to the unit as returned with that reason, is being rectified again (整改中), and
// its next submission starts the 销号 chain again at level 1 (core/review_chain.h). Either way
// the date is cleared (another can be set), and the act is a record kept on the measure, so its
// history of closes, re-checks and reopens stays (closing_history).
// Index: the date · due · the two outcomes · history.
#pragma once
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/model.h"

namespace rectify {

// The re-check date of a closed item (an empty date clears it). nullptr when not closed (a date
// may still be cleared) or unchanged.
CommandPtr set_recheck(const Measure& m, const Date& on);
// Closed, with a re-check date that has come (today ≥ the date).
bool recheck_due(const Measure& m, const Date& today);
// The live measures of a plan whose re-check is due.
int count_recheck_due(const Plan& plan, const Date& today);

// Outcomes: only for a closed item with a re-check date; a reopening needs a reason. `id` is the
// new record's.
bool can_recheck(const Measure& m);
CommandPtr confirm_recheck(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& note);
CommandPtr reopen_recheck(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& reason);

// The measure's closes, confirmations and reopenings, oldest first (the passes that closed it,
// and every re-check and reopening).
std::vector<const ReviewEntry*> closing_history(const Measure& m);

} // namespace rectify
