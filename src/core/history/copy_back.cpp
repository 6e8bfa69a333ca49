// copy_back: see copy_back.h.
// Index: finding (the point's item, its place) · copying (ids, tombstones) · commands
#include "core/history/copy_back.h"

#include <unordered_set>

#include "core/fresh_ids.h"

namespace rectify {

namespace {

// ---- finding ---------------------------------------------------------------------------------------------
template <class T> const T* live_in(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id && alive(e)) return &e;
    return nullptr;
}

struct Found {
    const Problem* problem = nullptr; // the point's problem (holding the measure, for a measure)
    const Measure* measure = nullptr;
    const Plan* into_plan = nullptr;  // the open plan of the same ID
};

Found find_item(const Workspace& point, const Id& plan_id, const Id& item_id, const Workspace& into) {
    Found f;
    const Plan* plan = live_in(point.plans, plan_id);
    f.into_plan = live_in(into.plans, plan_id);
    if (!plan || !f.into_plan) return {};
    for (const Problem& q : plan->problems) {
        if (!alive(q)) continue;
        if (q.id == item_id) {
            f.problem = &q;
            return f;
        }
        if (const Measure* m = live_in(q.measures, item_id)) {
            f.problem = &q, f.measure = m;
            return f;
        }
    }
    return {};
}

// ---- copying ---------------------------------------------------------------------------------------------
// A copy under a fresh ID is a new entity (as duplicate_plan makes them): no history of its own,
// but what this version does not know is kept.
template <class T> void take_id(T& e, std::unordered_set<Id>& used, IdSource& ids, const char* prefix) {
    const Id was = e.id;
    e.id = fresh_id(used, e.id, ids, prefix);
    if (e.id == was) return;
    Extras kept = std::move(e.meta.extras);
    e.meta = Meta{};
    e.meta.extras = std::move(kept);
}

template <class T, class F> void live_children(std::vector<T>& list, std::unordered_set<Id>& used, IdSource& ids,
                                               const char* prefix, F deep) {
    std::vector<T> out;
    out.reserve(list.size());
    for (T& e : list) {
        if (!alive(e)) continue;
        take_id(e, used, ids, prefix);
        deep(e);
        out.push_back(std::move(e));
    }
    list = std::move(out);
}

void copy_measure(Measure& m, std::unordered_set<Id>& used, IdSource& ids) {
    take_id(m, used, ids, "m");
    auto leaf = [](auto&) {};
    live_children(m.progress, used, ids, "p", [&](ProgressEntry& e) { live_children(e.evidence, used, ids, "e", leaf); });
    live_children(m.evidence, used, ids, "e", leaf);
    // The 销号 records (review_chain.h) under fresh IDs too, keeping their stamps: the order of the
    // acts, and so the closure settled from them, rests on those.
    std::vector<ReviewEntry> reviews;
    for (ReviewEntry& e : m.reviews)
        if (alive(e)) {
            e.id = fresh_id(used, e.id, ids, "rv");
            reviews.push_back(std::move(e));
        }
    m.reviews = std::move(reviews);
}

} // namespace

// ---- commands --------------------------------------------------------------------------------------------

Id copy_back_place(const Workspace& point, const Id& plan_id, const Id& item_id, const Workspace& into) {
    const Found f = find_item(point, plan_id, item_id, into);
    if (!f.problem) return {};
    if (!f.measure) return f.into_plan->id;
    const Problem* home = live_in(f.into_plan->problems, f.problem->id);
    return home ? home->id : Id();
}

CommandPtr copy_problem_command(const Workspace& point, const Id& plan_id, const Id& problem_id, const Workspace& into,
                                IdSource& ids) {
    const Found f = find_item(point, plan_id, problem_id, into);
    if (!f.problem || f.measure) return nullptr;
    std::unordered_set<Id> used = ids_in(into);
    Problem q = *f.problem;
    take_id(q, used, ids, "q");
    std::vector<Measure> measures;
    for (Measure& m : q.measures)
        if (alive(m)) copy_measure(m, used, ids), measures.push_back(std::move(m));
    q.measures = std::move(measures);
    return add<Problem>(f.into_plan->id, std::move(q));
}

CommandPtr copy_measure_command(const Workspace& point, const Id& plan_id, const Id& measure_id, const Workspace& into,
                                IdSource& ids) {
    const Id place = copy_back_place(point, plan_id, measure_id, into);
    const Found f = find_item(point, plan_id, measure_id, into);
    if (place.empty() || !f.measure) return nullptr;
    std::unordered_set<Id> used = ids_in(into);
    Measure m = *f.measure;
    copy_measure(m, used, ids);
    return add<Measure>(place, std::move(m));
}

} // namespace rectify
