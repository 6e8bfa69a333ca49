#include "core/measure_actions.h"

#include <utility>

#include "core/directory.h"

namespace rectify {

namespace {

// The closing changed as `change` says; verified also marks the item done, in the same step, and
// records the actual completion date (outcomes.h) unless one was set already.
template <class F> CommandPtr closure_step(const Measure& m, const char* label, bool done, F&& change) {
    Closure next = m.closure;
    change(next);
    auto batch = std::make_unique<Batch>(label);
    if (done && m.completed_on.empty() && !next.decided_on.empty())
        batch->push(RECTIFY_SET(Measure, completed_on, m.id, next.decided_on));
    batch->push(RECTIFY_SET(Measure, closure, m.id, std::move(next)));
    // Verified means done; an item kept up for good stays 已完成·长期坚持.
    if (done && m.status != Status::Done && m.status != Status::DoneOngoing)
        batch->push(RECTIFY_SET(Measure, status, m.id, m.deadline.kind == DeadlineKind::Ongoing ? Status::DoneOngoing : Status::Done));
    return batch;
}

} // namespace

CommandPtr add_progress(const Measure& m, ProgressEntry entry) {
    auto batch = std::make_unique<Batch>("add progress");
    batch->push(add<ProgressEntry>(m.id, std::move(entry)));
    // The first progress on an item not started means work has begun: one undo step for both.
    if (m.status == Status::NotStarted) batch->push(RECTIFY_SET(Measure, status, m.id, Status::InProgress));
    return batch;
}

CommandPtr add_evidence(const Measure& m, Evidence item) { return add<Evidence>(m.id, std::move(item)); }

template <class T> static CommandPtr remove_live(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id && alive(e)) return remove<T>(id);
    return nullptr;
}

CommandPtr remove_progress(const Measure& m, const Id& entry) { return remove_live(m.progress, entry); }
CommandPtr remove_evidence(const Measure& m, const Id& item) { return remove_live(m.evidence, item); }

Evidence evidence_for_file(Id id, EvidenceFile file) {
    Evidence e;
    e.id = std::move(id);
    e.name = file.name;
    e.file = std::move(file);
    return e;
}

CommandPtr add_entry_evidence(const ProgressEntry& entry, Evidence item) { return add<Evidence>(entry.id, std::move(item)); }
CommandPtr remove_entry_evidence(const ProgressEntry& entry, const Id& item) { return remove_live(entry.evidence, item); }

CommandPtr move_evidence(const std::vector<Evidence>& list, const Id& item, int step) {
    size_t at = list.size();
    for (size_t i = 0; i < list.size(); i++)
        if (list[i].id == item && alive(list[i])) at = i;
    if (at == list.size() || step == 0) return nullptr;
    // Move<T> puts the item at the neighbour's index: before it going up, after it going down.
    for (size_t i = at; step < 0 ? i-- > 0 : ++i < list.size();)
        if (alive(list[i])) return move<Evidence>(item, i);
    return nullptr;
}

CommandPtr set_status(const Measure& m, Status status) {
    if (status == m.status) return nullptr;
    return RECTIFY_SET(Measure, status, m.id, status);
}

bool has_record(const Measure& m) {
    for (const ProgressEntry& e : m.progress)
        if (alive(e)) return true;
    for (const Evidence& e : m.evidence)
        if (alive(e)) return true;
    return false;
}

bool can_submit(const Closure& c) { return c.state == ClosureState::Open || c.state == ClosureState::Returned; }
bool can_decide(const Closure& c) { return c.state == ClosureState::Submitted; }
bool can_reopen(const Closure& c) { return c.state == ClosureState::Verified; }

CommandPtr submit_closure(const Measure& m, const std::string& who, const Date& on) {
    if (!can_submit(m.closure)) return nullptr;
    return closure_step(m, "submit", false, [&](Closure& c) {
        c.state = ClosureState::Submitted;
        c.submitted_by = who;
        c.submitted_on = on;
    });
}

CommandPtr verify_closure(const Measure& m, const std::string& who, const Date& on) {
    if (!can_decide(m.closure)) return nullptr;
    return closure_step(m, "verify", true, [&](Closure& c) {
        c.state = ClosureState::Verified;
        c.decided_by = who;
        c.decided_on = on;
        c.reason.clear();
    });
}

bool can_return(const Closure& c, const std::string& reason) {
    return can_decide(c) && !trim_name(reason).empty(); // a return says why
}

CommandPtr return_closure(const Measure& m, const std::string& who, const Date& on, const std::string& reason) {
    if (!can_return(m.closure, reason)) return nullptr;
    return closure_step(m, "return", false, [&](Closure& c) {
        c.state = ClosureState::Returned;
        c.decided_by = who;
        c.decided_on = on;
        c.reason = reason;
    });
}

CommandPtr reopen_closure(const Measure& m) {
    if (!can_reopen(m.closure)) return nullptr;
    return closure_step(m, "reopen", false, [](Closure& c) { c.state = ClosureState::Open; });
}

CommandPtr rename_closure_person(const Measure& m, bool submitter, std::string name) {
    return closure_step(m, "closure name", false, [&](Closure& c) { (submitter ? c.submitted_by : c.decided_by) = std::move(name); });
}

} // namespace rectify
