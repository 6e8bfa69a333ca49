#include "core/duplicate_plan.h"

namespace rectify {

namespace {

// Same prefixes as the rest of the app (and tests/unit/random_plan.cpp).
const char* prefix(const Plan*) { return "plan"; }
const char* prefix(const Section*) { return "s"; }
const char* prefix(const Phase*) { return "ph"; }
const char* prefix(const Problem*) { return "q"; }
const char* prefix(const Measure*) { return "m"; }
const char* prefix(const ProgressEntry*) { return "p"; }
const char* prefix(const Evidence*) { return "e"; }
const char* prefix(const ReviewEntry*) { return "rv"; }

// A copy is a new entity: new ID, no history, but what this version does not know is kept.
template <class T> void renew(T& e, IdSource& ids) {
    e.id = ids.make(prefix(&e));
    Extras kept = std::move(e.meta.extras);
    e.meta = Meta{};
    e.meta.extras = std::move(kept);
}

// Drops tombstones and renews the survivors; `deep` handles their own children.
template <class T, class F> void renew_list(std::vector<T>& list, IdSource& ids, F deep) {
    std::vector<T> out;
    out.reserve(list.size());
    for (T& e : list) {
        if (!alive(e)) continue;
        renew(e, ids);
        deep(e);
        out.push_back(std::move(e));
    }
    list = std::move(out);
}

} // namespace

Plan duplicate_plan(const Plan& src, IdSource& ids, std::string title_suffix) {
    Plan plan = src;
    renew(plan, ids);
    plan.title += title_suffix;
    auto leaf = [](auto&) {};
    renew_list(plan.sections, ids, leaf);
    renew_list(plan.phases, ids, leaf);
    renew_list(plan.problems, ids, [&](Problem& problem) {
        renew_list(problem.measures, ids, [&](Measure& m) {
            renew_list(m.progress, ids, [&](ProgressEntry& e) { renew_list(e.evidence, ids, leaf); });
            renew_list(m.evidence, ids, leaf);
            // The 销号 records stay with the closure they explain, new IDs, their creation kept: it
            // decides which of two acts on one level counts (core/review_chain.h).
            std::vector<ReviewEntry> reviews;
            for (ReviewEntry& e : m.reviews) {
                if (!alive(e)) continue;
                const Stamp made = e.meta.created;
                renew(e, ids);
                e.meta.created = made;
                reviews.push_back(std::move(e));
            }
            m.reviews = std::move(reviews);
        });
    });
    return plan;
}

} // namespace rectify
