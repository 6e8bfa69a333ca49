// Moving a measure to another problem: where it lands, its change records, undo/redo, refusals.
#include <catch2/catch_test_macros.hpp>

#include "core/format/format.h"
#include "core/move_measure.h"
#include "command_fixture.h"
#include "test_util.h"

using namespace rectify;

namespace {
struct Fixture : testing::CommandFixture {
    Fixture() : CommandFixture(5) {
        // Live entities, so every move below is allowed unless a test deletes something.
        for (Plan& plan : ws.plans)
            for (Problem& problem : plan.problems) {
                problem.meta.deleted = Stamp{};
                for (Measure& m : problem.measures) m.meta.deleted = Stamp{};
            }
    }
    Problem& problem(size_t p, size_t q) { return ws.plans[p].problems[q]; }
};
std::vector<Id> ids(const Problem& p) {
    std::vector<Id> v;
    for (const Measure& m : p.measures) v.push_back(m.id);
    return v;
}
} // namespace

TEST_CASE("move_measure puts a measure under another problem at the index, stamped", "[move_measure]") {
    Fixture f;
    const Workspace before = f.ws;
    std::vector<Id> from = ids(f.problem(0, 0)), to = ids(f.problem(0, 2));
    Id moved = from[1];
    f.problem(0, 0).measures[1].meta.changed.fields["position"] = Stamp{7, "OLD"};
    const Workspace with_old_stamp = f.ws;
    REQUIRE(f.history.execute(f.ws, move_measure(moved, f.problem(0, 2).id, 1)));
    CHECK(ids(f.problem(0, 0)) == std::vector<Id>{from[0], from[2]});
    REQUIRE(ids(f.problem(0, 2)) == std::vector<Id>{to[0], moved, to[1], to[2]});
    const auto& stamps = f.problem(0, 2).measures[1].meta.changed.fields;
    CHECK(stamps.at("position") == Stamp{1'700'000'001'000, "QSJY"});
    CHECK(stamps.at("problem") == Stamp{1'700'000'001'000, "QSJY"});
    const Workspace moved_state = f.ws;
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == with_old_stamp); // exact place, old "position" stamp back, no "problem" stamp
    REQUIRE(f.history.redo(f.ws));
    CHECK(f.ws == moved_state);
    // The moved measure is saved under its new problem and loads again.
    LoadResult r = load_workspace(save_workspace(f.ws, testing::kSaveTime));
    REQUIRE(r.ok);
    CHECK(r.workspace == f.ws);
    (void)before;
}

TEST_CASE("move_measure appends past the end, and across plans", "[move_measure]") {
    Fixture f;
    Id moved = f.problem(0, 0).measures[0].id;
    REQUIRE(f.history.execute(f.ws, move_measure(moved, f.problem(1, 3).id, 99)));
    CHECK(f.problem(1, 3).measures.back().id == moved);
    CHECK(f.problem(1, 3).measures.size() == 4);
    f.history.undo(f.ws);
    CHECK(f.problem(0, 0).measures[0].id == moved);
    CHECK(f.problem(1, 3).measures.size() == 3);
}

TEST_CASE("move_measure to its own problem behaves like move", "[move_measure]") {
    Fixture f;
    const Workspace before = f.ws;
    std::vector<Id> order = ids(f.problem(0, 1));
    Id q = f.problem(0, 1).id;
    REQUIRE(f.history.execute(f.ws, move_measure(order[0], q, 2)));
    CHECK(ids(f.problem(0, 1)) == std::vector<Id>{order[1], order[2], order[0]});
    const auto& stamps = f.problem(0, 1).measures[2].meta.changed.fields;
    CHECK(stamps.count("position"));
    CHECK_FALSE(stamps.count("problem")); // it did not change problem
    CHECK_FALSE(f.history.execute(f.ws, move_measure(order[0], q, 2)));  // already there
    CHECK_FALSE(f.history.execute(f.ws, move_measure(order[0], q, 3)));  // past the end, as Move
    f.history.undo(f.ws);
    CHECK(f.ws == before);
    REQUIRE(f.history.redo(f.ws));
    CHECK(ids(f.problem(0, 1)) == std::vector<Id>{order[1], order[2], order[0]});
}

TEST_CASE("move_measure refuses missing or deleted measures and targets", "[move_measure]") {
    Fixture f;
    Id m0 = f.problem(0, 0).measures[0].id, target = f.problem(0, 1).id;
    f.problem(0, 0).measures[1].meta.deleted = Stamp{5, "X"};
    Id dead_measure = f.problem(0, 0).measures[1].id;
    f.problem(0, 3).meta.deleted = Stamp{5, "X"};
    Id dead_problem = f.problem(0, 3).id;
    const Workspace before = f.ws;
    CHECK_FALSE(f.history.execute(f.ws, move_measure("m-none", target, 0)));
    CHECK_FALSE(f.history.execute(f.ws, move_measure(m0, "q-none", 0)));
    CHECK_FALSE(f.history.execute(f.ws, move_measure(m0, dead_problem, 0)));
    CHECK_FALSE(f.history.execute(f.ws, move_measure(dead_measure, target, 0)));
    CHECK_FALSE(f.history.execute(f.ws, move_measure(m0, f.ws.plans[0].id, 0))); // not a problem
    CHECK(f.ws == before);
    CHECK_FALSE(f.history.can_undo());
}

TEST_CASE("move_measure in a sequence of edits undoes state by state", "[move_measure]") {
    Fixture f;
    std::vector<Workspace> states{f.ws};
    Id a = f.problem(0, 0).measures[0].id, b = f.problem(1, 1).measures[2].id;
    REQUIRE(f.history.execute(f.ws, move_measure(a, f.problem(1, 1).id, 0)));
    states.push_back(f.ws);
    REQUIRE(f.history.execute(f.ws, RECTIFY_SET(Measure, title, a, std::string("改后"))));
    states.push_back(f.ws);
    REQUIRE(f.history.execute(f.ws, move_measure(b, f.problem(0, 0).id, 0)));
    states.push_back(f.ws);
    REQUIRE(f.history.execute(f.ws, move_measure(a, f.problem(0, 0).id, 1)));
    states.push_back(f.ws);
    for (size_t i = states.size() - 1; i-- > 0;) {
        REQUIRE(f.history.undo(f.ws));
        REQUIRE(f.ws == states[i]);
    }
    for (size_t i = 1; i < states.size(); i++) {
        REQUIRE(f.history.redo(f.ws));
        REQUIRE(f.ws == states[i]);
    }
}
