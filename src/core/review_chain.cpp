// The 销号 chain's rules: see review_chain.h.
// Index: levels · the order of records · settle_closure · migration (adopt_closure) · places ·
// the Settle command · the acts · records.
#include "core/review_chain.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <tuple>

#include "core/directory.h"
#include "core/texts.h"

namespace rectify {

// ---- levels -------------------------------------------------------------------------------------

std::vector<std::string> chain_levels(const Plan& plan) {
    if (plan.review_chain.empty()) return {std::string()};
    return plan.review_chain;
}

std::string level_label(const std::vector<std::string>& levels, int level, Lang lang) {
    if (level >= 1 && level <= int(levels.size()) && !levels[size_t(level - 1)].empty()) return levels[size_t(level - 1)];
    return core_text(CoreText::ChainDefaultLevel, lang);
}

std::string level_title(const std::string& name, int level, Lang lang) {
    return core_text(CoreText::ChainLevelOf, lang,
                     {{"n", std::to_string(level)}, {"name", name.empty() ? core_text(CoreText::ChainDefaultLevel, lang) : name}});
}

bool valid_chain(const std::vector<std::string>& names) {
    if (names.empty() || names.size() > size_t(kMaxReviewLevels)) return false;
    for (const std::string& n : names)
        if (trim_name(n).empty()) return false;
    return true;
}

CommandPtr set_review_chain(const Plan& plan, std::vector<std::string> names) {
    for (std::string& n : names) n = std::string(trim_name(n));
    // One unnamed level is the default: stored as none.
    if (names.size() == 1 && names[0].empty()) names.clear();
    else if (!valid_chain(names)) return nullptr;
    if (names == plan.review_chain) return nullptr;
    return RECTIFY_SET(Plan, review_chain, plan.id, std::move(names));
}

// ---- the order of records ---------------------------------------------------------------------------

namespace {

bool is_decision(ReviewAction a) { return a == ReviewAction::Pass || a == ReviewAction::Return; }

// Later by its stamp (time, office), then ID: the rule that settles two acts on one level.
bool later_entry(const ReviewEntry& a, const ReviewEntry& b) {
    return std::tie(a.meta.created.at, a.meta.created.by, a.id) > std::tie(b.meta.created.at, b.meta.created.by, b.id);
}

template <class Pred> const ReviewEntry* latest(const std::vector<ReviewEntry>& list, Pred&& pred) {
    const ReviewEntry* out = nullptr;
    for (const ReviewEntry& e : list)
        if (alive(e) && pred(e) && (!out || later_entry(e, *out))) out = &e;
    return out;
}

int last_round(const std::vector<ReviewEntry>& list) {
    int r = 0;
    for (const ReviewEntry& e : list)
        if (alive(e)) r = std::max(r, e.round);
    return r;
}

const ReviewEntry* decision_at(const std::vector<ReviewEntry>& list, int round, int level) {
    return latest(list, [&](const ReviewEntry& e) { return e.round == round && e.level == level && is_decision(e.action); });
}

} // namespace

// ---- the summary ---------------------------------------------------------------------------------

Closure settle_closure(const std::vector<ReviewEntry>& reviews) {
    Closure c;
    const int round = last_round(reviews);
    if (round == 0) return c;
    c.round = round;
    if (const ReviewEntry* s = latest(reviews, [&](const ReviewEntry& e) { return e.round == round && e.action == ReviewAction::Submit; })) {
        c.submitted_by = s->who;
        c.submitted_on = s->on;
    }
    int top = 1;
    for (const ReviewEntry& e : reviews)
        if (alive(e) && e.round == round) top = std::max(top, e.level + 1);
    c.state = ClosureState::Submitted;
    for (int k = 1; k <= top; k++) {
        c.level = k;
        const ReviewEntry* d = decision_at(reviews, round, k);
        if (!d) break; // waits here
        c.decided_by = d->who;
        c.decided_on = d->on;
        if (d->action == ReviewAction::Return) {
            c.state = ClosureState::Returned;
            c.reason = d->opinion;
            break;
        }
        if (k >= d->of) { // the chain's last level, as it was then: closed
            c.state = ClosureState::Verified;
            break;
        }
    }
    if (c.state != ClosureState::Verified) return c;
    if (const ReviewEntry* r = latest(reviews, [&](const ReviewEntry& e) { return e.round == round && e.action == ReviewAction::Reopen; })) {
        c.state = trim_name(r->opinion).empty() ? ClosureState::Open : ClosureState::Returned;
        c.reason = r->opinion;
        c.decided_by = r->who;
        c.decided_on = r->on;
        c.level = 0;
    }
    return c;
}

// ---- migration ------------------------------------------------------------------------------------

namespace {

// A stable ID for a migrated record: from the measure's ID and the record's part (FNV-1a, 64 bits).
Id migrated_id(const Id& measure, const char* part) {
    std::uint64_t h = 1469598103934665603ull;
    for (char ch : measure + "/closure/" + part) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ull;
    }
    char b[24];
    std::snprintf(b, sizeof b, "rv-%016llx", static_cast<unsigned long long>(h));
    return b;
}

} // namespace

void adopt_closure(Measure& m) {
    const Closure& c = m.closure;
    if (!m.reviews.empty()) return;
    // Reopened in format 2: open again, with the decision still named (only a verified item reopens).
    const bool reopened = c.state == ClosureState::Open && !c.decided_by.empty();
    if (c.state == ClosureState::Open && !reopened) return;
    auto it = m.meta.changed.fields.find("closure");
    const Stamp when = it != m.meta.changed.fields.end() ? it->second : m.meta.created;
    auto record = [&](const char* part, ReviewAction a, int level, std::string who, Date on, std::string opinion) {
        ReviewEntry e;
        e.id = migrated_id(m.id, part);
        e.action = a;
        e.round = 1;
        e.level = level;
        e.of = level == 0 ? 0 : 1;
        e.who = std::move(who);
        e.on = on;
        e.opinion = std::move(opinion);
        e.meta.created = when;
        m.reviews.push_back(std::move(e));
    };
    record("submit", ReviewAction::Submit, 0, c.submitted_by, c.submitted_on, "");
    if (c.state == ClosureState::Submitted) return;
    if (c.state == ClosureState::Returned) {
        record("return", ReviewAction::Return, 1, c.decided_by, c.decided_on, c.reason);
        return;
    }
    record("pass", ReviewAction::Pass, 1, c.decided_by, c.decided_on, "");
    if (reopened) record("reopen", ReviewAction::Reopen, 0, "", Date{}, "");
}

bool status_from_closing(const Measure& m) {
    if (m.status != Status::Done && m.status != Status::DoneOngoing) return false;
    auto it = m.meta.changed.fields.find("status");
    if (it == m.meta.changed.fields.end() || it->second.empty()) return false;
    // closing_act stamps the status with the stamp of the record it adds (one command, one stamp).
    // Records that share a stamp with a return or reopening came from a format-2 closure
    // (adopt_closure stamps all of them alike): no closing of this chain set that status.
    bool closing = false;
    for (const ReviewEntry& e : m.reviews) {
        if (!alive(e) || !(e.meta.created == it->second)) continue;
        if (e.action == ReviewAction::Return || e.action == ReviewAction::Reopen) return false;
        if (e.action == ReviewAction::Pass && e.level >= e.of) closing = true;
    }
    return closing;
}

void settle_measure(Measure& m) {
    adopt_closure(m);
    if (m.reviews.empty()) return; // open, never submitted: as stored
    Extras keep = std::move(m.closure.extras);
    m.closure = settle_closure(m.reviews);
    m.closure.extras = std::move(keep);
    // 已完成 that only the closing set, while the records now say the item is not closed: being
    // rectified again, as a reopening says. The status's stamp stays (the rule derives the value).
    if (m.closure.state != ClosureState::Verified && status_from_closing(m)) m.status = Status::InProgress;
}

void settle_closures(Workspace& ws) {
    for (Plan& plan : ws.plans)
        for (Problem& q : plan.problems)
            for (Measure& m : q.measures) settle_measure(m);
}

// ---- where an item is ------------------------------------------------------------------------------

ChainPlace chain_place(const Measure& m, const std::vector<std::string>& levels, Lang lang) {
    ChainPlace p;
    p.state = m.closure.state;
    p.of = int(levels.size());
    if (p.state == ClosureState::Open) return p;
    p.level = std::min(std::max(m.closure.level, 1), p.of);
    if (p.state == ClosureState::Submitted) {
        p.name = level_label(levels, p.level, lang);
    } else if (const ReviewEntry* d = level_record(m, m.closure.round, m.closure.level)) {
        p.level = m.closure.level; // as recorded: the chain may have changed since
        p.name = d->level_name.empty() ? core_text(CoreText::ChainDefaultLevel, lang) : d->level_name;
    } else {
        p.name = level_label(levels, p.level, lang);
    }
    return p;
}

std::string chain_place_text(const Measure& m, const std::vector<std::string>& levels, Lang lang) {
    const ChainPlace p = chain_place(m, levels, lang);
    switch (p.state) {
    case ClosureState::Open: return core_text(CoreText::ChainNotSubmitted, lang);
    case ClosureState::Verified: return core_text(CoreText::ChainClosed, lang);
    case ClosureState::Submitted:
        return core_text(CoreText::ChainPending, lang, {{"level", level_title(p.name, p.level, lang)}});
    case ClosureState::Returned:
        if (m.closure.level == 0) return core_text(CoreText::ChainReopened, lang);
        return core_text(CoreText::ChainReturnedAt, lang, {{"level", level_title(p.name, p.level, lang)}});
    }
    return {};
}

// ---- the Settle command: the summary from the records, on whatever copy it runs ----------------------

namespace {

class SettleClosure : public Command {
public:
    explicit SettleClosure(Id measure) : id_(std::move(measure)) {}
    bool apply(Workspace& ws) override {
        Measure* m = find<Measure>(ws, id_);
        if (!m) return false;
        before_ = m->closure;
        Closure next = settle_closure(m->reviews);
        next.extras = m->closure.extras;
        m->closure = std::move(next);
        return true;
    }
    void undo(Workspace& ws) override {
        if (Measure* m = find<Measure>(ws, id_)) m->closure = before_;
    }
    std::string label() const override { return "closure"; }

private:
    Id id_;
    Closure before_;
};

} // namespace

CommandPtr closing_act(const Measure& m, ReviewEntry entry, const char* label) {
    const ReviewAction entry_action = entry.action;
    std::vector<ReviewEntry> after = m.reviews;
    after.push_back(entry);
    after.back().meta.created = Stamp{std::numeric_limits<std::int64_t>::max(), ""}; // the latest, as it will be
    const Closure next = settle_closure(after);
    auto batch = std::make_unique<Batch>(label);
    batch->push(add<ReviewEntry>(m.id, std::move(entry)));
    batch->push(std::make_unique<SettleClosure>(m.id));
    const bool done = m.status == Status::Done || m.status == Status::DoneOngoing;
    // Closed means done (an item kept up for good stays 已完成·长期坚持); reopened, it is being rectified again.
    if (next.state == ClosureState::Verified && m.closure.state != ClosureState::Verified && !done)
        batch->push(RECTIFY_SET(Measure, status, m.id, m.deadline.kind == DeadlineKind::Ongoing ? Status::DoneOngoing : Status::Done));
    // Closing records the actual completion date (core/outcomes.h) unless one was set already.
    if (next.state == ClosureState::Verified && m.closure.state != ClosureState::Verified &&
        m.completed_on.empty() && !next.decided_on.empty())
        batch->push(RECTIFY_SET(Measure, completed_on, m.id, next.decided_on));
    if (m.closure.state == ClosureState::Verified && next.state != ClosureState::Verified && done)
        batch->push(RECTIFY_SET(Measure, status, m.id, Status::InProgress));
    // A re-check done, or the item no longer closed: its 回头看 date is spent (core/recheck.h).
    const bool spent = entry_action == ReviewAction::Confirm || next.state != ClosureState::Verified;
    if (spent && !m.recheck.empty()) batch->push(RECTIFY_SET(Measure, recheck, m.id, Date{}));
    return batch;
}

// ---- the acts -------------------------------------------------------------------------------------

bool can_submit(const Closure& c) { return c.state == ClosureState::Open || c.state == ClosureState::Returned; }
bool can_decide(const Closure& c) { return c.state == ClosureState::Submitted; }
bool can_reopen(const Closure& c) { return c.state == ClosureState::Verified; }
bool can_return(const Closure& c, const std::string& reason) { return can_decide(c) && !trim_name(reason).empty(); }

ReviewEntry entry_of(Id id, ReviewAction a, int round, const std::string& who, const Date& on, const std::string& opinion) {
    ReviewEntry e;
    e.id = std::move(id);
    e.action = a;
    e.round = round;
    e.who = who;
    e.on = on;
    e.opinion = opinion;
    return e;
}

namespace {

// A decision at the level the item waits at (capped to the chain: it may be shorter now).
ReviewEntry decision(const Measure& m, const std::vector<std::string>& levels, Id id, ReviewAction a,
                     const std::string& who, const Date& on, const std::string& opinion) {
    ReviewEntry e = entry_of(std::move(id), a, m.closure.round, who, on, opinion);
    e.of = int(levels.size());
    e.level = std::min(std::max(m.closure.level, 1), e.of);
    e.level_name = levels[size_t(e.level - 1)];
    return e;
}

} // namespace

CommandPtr submit_closure(const Measure& m, Id id, const std::string& who, const Date& on) {
    if (!can_submit(m.closure) || id.empty()) return nullptr;
    return closing_act(m, entry_of(std::move(id), ReviewAction::Submit, last_round(m.reviews) + 1, who, on, ""), "submit");
}

CommandPtr pass_level(const Measure& m, const std::vector<std::string>& levels, Id id, const std::string& who,
                      const Date& on, const std::string& opinion) {
    if (!can_decide(m.closure) || levels.empty() || id.empty()) return nullptr;
    return closing_act(m, decision(m, levels, std::move(id), ReviewAction::Pass, who, on, opinion), "pass");
}

CommandPtr return_level(const Measure& m, const std::vector<std::string>& levels, Id id, const std::string& who,
                        const Date& on, const std::string& reason) {
    if (!can_return(m.closure, reason) || levels.empty() || id.empty()) return nullptr;
    return closing_act(m, decision(m, levels, std::move(id), ReviewAction::Return, who, on, reason), "return");
}

CommandPtr reopen_closure(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& reason) {
    if (!can_reopen(m.closure) || id.empty()) return nullptr;
    return closing_act(m, entry_of(std::move(id), ReviewAction::Reopen, m.closure.round, who, on, reason), "reopen");
}

CommandPtr rename_closure_person(const Measure& m, bool submitter, std::string name) {
    const int round = m.closure.round;
    const ReviewEntry* e = nullptr;
    if (submitter) {
        e = round_submission(m, round);
    } else {
        // The decision the summary names: the reopening, else the level it stopped at.
        e = latest(m.reviews, [&](const ReviewEntry& x) { return x.round == round && x.action == ReviewAction::Reopen; });
        if (!e || m.closure.state == ClosureState::Submitted) e = level_record(m, round, m.closure.level);
    }
    if (!e || e->who == name) return nullptr;
    auto batch = std::make_unique<Batch>("closure name");
    batch->push(RECTIFY_SET(ReviewEntry, who, e->id, std::move(name)));
    batch->push(std::make_unique<SettleClosure>(m.id));
    return batch;
}

// ---- records ----------------------------------------------------------------------------------------

const ReviewEntry* level_record(const Measure& m, int round, int level) { return decision_at(m.reviews, round, level); }

const ReviewEntry* round_submission(const Measure& m, int round) {
    return latest(m.reviews, [&](const ReviewEntry& e) { return e.round == round && e.action == ReviewAction::Submit; });
}

bool counts(const Measure& m, const ReviewEntry& e) {
    if (!alive(e)) return false;
    if (e.action == ReviewAction::Confirm) return true;
    const ReviewEntry* top = latest(m.reviews, [&](const ReviewEntry& x) {
        return x.round == e.round && x.level == e.level && (is_decision(x.action) == is_decision(e.action)) &&
               (is_decision(e.action) || x.action == e.action);
    });
    return top == &e;
}

const char* action_text(ReviewAction a, Lang lang) {
    switch (a) {
    case ReviewAction::Submit: return core_text(CoreText::ChainActSubmit, lang);
    case ReviewAction::Pass: return core_text(CoreText::ChainActPass, lang);
    case ReviewAction::Return: return core_text(CoreText::ChainActReturn, lang);
    case ReviewAction::Reopen: return core_text(CoreText::ChainActReopen, lang);
    case ReviewAction::Confirm: return core_text(CoreText::ChainActConfirm, lang);
    }
    return "";
}

} // namespace rectify
