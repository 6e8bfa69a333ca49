// 回头看: see recheck.h.
#include "core/recheck.h"

#include "core/directory.h"
#include "core/review_chain.h"

namespace rectify {

CommandPtr set_recheck(const Measure& m, const Date& on) {
    if (on == m.recheck) return nullptr;
    if (!on.empty() && m.closure.state != ClosureState::Verified) return nullptr;
    return RECTIFY_SET(Measure, recheck, m.id, on);
}

bool recheck_due(const Measure& m, const Date& today) {
    return alive(m) && can_recheck(m) && !(today < m.recheck);
}

int count_recheck_due(const Plan& plan, const Date& today) {
    int n = 0;
    for (const Problem& q : plan.problems)
        if (alive(q))
            for (const Measure& m : q.measures) n += recheck_due(m, today) ? 1 : 0;
    return n;
}

bool can_recheck(const Measure& m) { return m.closure.state == ClosureState::Verified && !m.recheck.empty(); }

namespace {

CommandPtr recheck_act(const Measure& m, ReviewAction a, Id id, const std::string& who, const Date& on, const std::string& text) {
    return closing_act(m, entry_of(std::move(id), a, m.closure.round, who, on, text),
                       a == ReviewAction::Confirm ? "re-check" : "reopen");
}

} // namespace

CommandPtr confirm_recheck(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& note) {
    if (!can_recheck(m) || id.empty()) return nullptr;
    return recheck_act(m, ReviewAction::Confirm, std::move(id), who, on, note);
}

CommandPtr reopen_recheck(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& reason) {
    if (!can_recheck(m) || id.empty() || trim_name(reason).empty()) return nullptr;
    return recheck_act(m, ReviewAction::Reopen, std::move(id), who, on, reason);
}

std::vector<const ReviewEntry*> closing_history(const Measure& m) {
    std::vector<const ReviewEntry*> out;
    for (const ReviewEntry& e : m.reviews) {
        if (!counts(m, e)) continue;
        const bool closed = e.action == ReviewAction::Pass && e.level >= e.of;
        if (closed || e.action == ReviewAction::Reopen || e.action == ReviewAction::Confirm) out.push_back(&e);
    }
    return out;
}

} // namespace rectify
