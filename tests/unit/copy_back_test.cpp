// Taking one item back from a restore point (core/history/copy_back.h): a deleted problem comes
// back with its measures, a deleted measure alone, beside their tombstones under fresh IDs; one
// undo step each; nothing when the open workspace has no place for it.
#include <catch2/catch_test_macros.hpp>

#include <set>

#include "core/format/format.h"
#include "core/fresh_ids.h"
#include "core/history/copy_back.h"
#include "core/history/restore_points.h"
#include "core/lookup.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;

namespace {
// The first live plan with a live problem holding at least two live measures.
const Plan* plan_with_measures(const Workspace& ws, const Problem** problem) {
    for (const Plan& p : ws.plans) {
        if (!alive(p)) continue;
        for (const Problem& q : p.problems) {
            int n = 0;
            for (const Measure& m : q.measures) n += alive(m) ? 1 : 0;
            if (alive(q) && n >= 2) return *problem = &q, &p;
        }
    }
    return nullptr;
}
// A point's workspace, its plan and problem to take back, and the open workspace, a copy of it.
struct Setup {
    Workspace point;
    const Problem* q = nullptr;
    const Plan* plan = nullptr;
    Workspace ws;
    explicit Setup(std::uint64_t seed) : point(testing::random_workspace(seed)) {
        plan = plan_with_measures(point, &q);
        REQUIRE(plan);
        ws = point;
    }
};
std::set<Id> all_ids(const Workspace& ws) {
    const auto set = ids_in(ws);
    return std::set<Id>(set.begin(), set.end());
}
} // namespace

TEST_CASE("copy back: a deleted problem comes back with its live measures, fresh IDs, one undo step", "[points]") {
    Setup s(21);
    const Workspace& point = s.point;
    const Problem* q = s.q;
    const Plan* plan = s.plan;
    Workspace& ws = s.ws;
    History h([] { return testing::kSaveTime; });
    REQUIRE(h.execute(ws, remove<Problem>(q->id))); // the tombstone keeps its ID
    const std::string before = save_workspace(ws, testing::kSaveTime);
    const std::set<Id> used = all_ids(ws);
    IdSource ids(7);

    CHECK(copy_back_place(point, plan->id, q->id, ws) == plan->id);
    REQUIRE(h.execute(ws, copy_problem_command(point, plan->id, q->id, ws, ids)));
    const Plan* now = find<Plan>(ws, plan->id);
    REQUIRE(now);
    const Problem& back = now->problems.back();
    CHECK(alive(back));
    CHECK(back.id != q->id);
    CHECK(back.text == q->text);
    CHECK(back.number == q->number);
    std::vector<const Measure*> was;
    for (const Measure& m : q->measures)
        if (alive(m)) was.push_back(&m);
    REQUIRE(back.measures.size() == was.size()); // deleted ones are left out
    for (size_t i = 0; i < was.size(); i++) {
        CHECK(back.measures[i].title == was[i]->title);
        CHECK(back.measures[i].status == was[i]->status);
        CHECK(!used.count(back.measures[i].id)); // the originals' IDs are taken by their tombstones
    }
    // Every ID is unique in the workspace (the load checks them too).
    LoadResult reloaded = load_workspace(save_workspace(ws, testing::kSaveTime));
    REQUIRE(reloaded.ok);
    CHECK(point_counts(ws).problems == point_counts(point).problems);
    CHECK(point_counts(ws).measures == point_counts(point).measures);
    REQUIRE(h.undo(ws));
    CHECK(save_workspace(ws, testing::kSaveTime) == before);
}

TEST_CASE("copy back: a problem whose IDs are free keeps them", "[points]") {
    Setup s(22);
    const Problem* q = s.q;
    Workspace& ws = s.ws;
    const Plan* plan = s.plan;
    const Workspace& point = s.point;
    Plan* p = find<Plan>(ws, plan->id);
    p->problems.erase(std::remove_if(p->problems.begin(), p->problems.end(), [&](const Problem& x) { return x.id == q->id; }),
                      p->problems.end()); // gone without a tombstone (never merged in, say)
    IdSource ids(8);
    History h([] { return testing::kSaveTime; });
    REQUIRE(h.execute(ws, copy_problem_command(point, plan->id, q->id, ws, ids)));
    const Problem* back = find<Problem>(ws, q->id);
    REQUIRE(back);
    CHECK(back->measures.front().id == q->measures.front().id);
}

TEST_CASE("copy back: one deleted measure comes back into its problem; nothing without a place", "[points]") {
    Setup s(23);
    const Workspace& point = s.point;
    const Problem* q = s.q;
    const Plan* plan = s.plan;
    const Measure* m = nullptr;
    for (const Measure& x : q->measures)
        if (alive(x)) m = &x;
    REQUIRE(m);
    Workspace& ws = s.ws;
    History h([] { return testing::kSaveTime; });
    REQUIRE(h.execute(ws, remove<Measure>(m->id)));
    const std::string before = save_workspace(ws, testing::kSaveTime);
    IdSource ids(9);
    CHECK(copy_back_place(point, plan->id, m->id, ws) == q->id);
    // A problem of the point is not taken as a measure, nor a measure as a problem.
    CHECK(copy_measure_command(point, plan->id, q->id, ws, ids) == nullptr);
    CHECK(copy_problem_command(point, plan->id, m->id, ws, ids) == nullptr);
    const size_t count = find<Problem>(ws, q->id)->measures.size();
    REQUIRE(h.execute(ws, copy_measure_command(point, plan->id, m->id, ws, ids)));
    const Problem* home = find<Problem>(ws, q->id);
    REQUIRE(home->measures.size() == count + 1);
    const Measure& back = home->measures.back();
    CHECK(back.id != m->id);
    CHECK(back.title == m->title);
    CHECK(back.steps == m->steps);
    CHECK(back.lead_departments == m->lead_departments);
    REQUIRE(h.undo(ws));
    CHECK(save_workspace(ws, testing::kSaveTime) == before);

    // Its problem deleted too, or the plan gone, or an unknown plan: no place, no command.
    REQUIRE(h.execute(ws, remove<Problem>(q->id)));
    CHECK(copy_back_place(point, plan->id, m->id, ws).empty());
    CHECK(copy_measure_command(point, plan->id, m->id, ws, ids) == nullptr);
    CHECK(copy_problem_command(point, "no-such-plan", q->id, ws, ids) == nullptr);
    REQUIRE(h.execute(ws, remove<Plan>(plan->id)));
    CHECK(copy_problem_command(point, plan->id, q->id, ws, ids) == nullptr);
}
