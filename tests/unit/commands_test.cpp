// Edits as commands: each kind applies, stamps, undoes and redoes exactly; long random sessions
// undo back to the start and redo forward to the end, state by state.
#include <catch2/catch_test_macros.hpp>

#include <random>

#include "core/commands.h"
#include "core/review_chain.h"
#include "core/format/format.h"
#include "command_fixture.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;

namespace {
struct Fixture : testing::CommandFixture {
    Fixture() : CommandFixture(11) {}
    Measure& first_measure() { return ws.plans[0].problems[0].measures[0]; }
};
} // namespace

TEST_CASE("set_field changes the value, stamps the field, and undo/redo restore both", "[commands]") {
    Fixture f;
    const Workspace start = f.ws;
    Id id = f.first_measure().id;
    f.first_measure().meta.changed.fields.erase("title");
    const Workspace clean = f.ws;
    REQUIRE(f.history.execute(f.ws, RECTIFY_SET(Measure, title, id, std::string("新标题"))));
    CHECK(f.first_measure().title == "新标题");
    const Stamp s = f.first_measure().meta.changed.fields.at("title");
    CHECK(s.at == 1'700'000'001'000);
    CHECK(s.by == "QSJY");
    const Workspace edited = f.ws;
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == clean); // value back and the stamp gone
    REQUIRE(f.history.redo(f.ws));
    CHECK(f.ws == edited); // the same stamp again, not a new time
    (void)start;
}

TEST_CASE("undo restores a field's previous stamp, not just its value", "[commands]") {
    Fixture f;
    Id id = f.first_measure().id;
    f.first_measure().meta.changed.fields["status"] = Stamp{42, "OLD"};
    const Workspace before = f.ws;
    REQUIRE(f.history.execute(f.ws, RECTIFY_SET(Measure, status, id, Status::Done)));
    CHECK(f.first_measure().meta.changed.fields.at("status").by == "QSJY");
    f.history.undo(f.ws);
    CHECK(f.ws == before);
}

TEST_CASE("commands on missing targets or with dangling references do nothing", "[commands]") {
    Fixture f;
    const Workspace before = f.ws;
    CHECK_FALSE(f.history.execute(f.ws, RECTIFY_SET(Measure, title, "m-none", std::string("x"))));
    CHECK_FALSE(f.history.execute(f.ws, RECTIFY_SET(Measure, lead_departments, f.first_measure().id,
                                                    std::vector<Id>{"d-none"})));
    CHECK_FALSE(f.history.execute(f.ws, RECTIFY_SET(Person, department, f.ws.people[0].id, Id("u-none"))));
    CHECK(f.ws == before);
    CHECK_FALSE(f.history.can_undo());
    // A valid reference is accepted.
    CHECK(f.history.execute(f.ws, RECTIFY_SET(Measure, lead_departments, f.first_measure().id,
                                              std::vector<Id>{f.ws.departments[1].id})));
}

TEST_CASE("add inserts under its parent with a creation stamp; undo removes it", "[commands]") {
    Fixture f;
    const Workspace before = f.ws;
    Problem& problem = f.ws.plans[0].problems[1];
    size_t count = problem.measures.size();
    Measure m;
    m.id = "m-new";
    m.title = "新增措施";
    REQUIRE(f.history.execute(f.ws, add<Measure>(problem.id, m, 1)));
    Problem& p = f.ws.plans[0].problems[1];
    REQUIRE(p.measures.size() == count + 1);
    CHECK(p.measures[1].id == "m-new");
    CHECK(p.measures[1].meta.created.by == "QSJY");
    const Workspace added = f.ws;
    CHECK_FALSE(f.history.execute(f.ws, add<Measure>(p.id, m))); // the ID exists now
    CHECK_FALSE(f.history.execute(f.ws, add<Measure>("q-none", Measure{})));
    f.history.undo(f.ws);
    CHECK(f.ws == before);
    f.history.redo(f.ws);
    CHECK(f.ws == added);
}

TEST_CASE("remove leaves a tombstone that survives a save; undo revives it", "[commands]") {
    Fixture f;
    Id id = f.ws.plans[1].problems[0].id;
    f.ws.plans[1].problems[0].meta.deleted = Stamp{};
    const Workspace before = f.ws;
    REQUIRE(f.history.execute(f.ws, remove<Problem>(id)));
    CHECK(f.ws.plans[1].problems[0].id == id); // still there
    CHECK_FALSE(alive(f.ws.plans[1].problems[0]));
    CHECK(f.ws.plans[1].problems[0].meta.deleted.by == "QSJY");
    CHECK_FALSE(f.history.execute(f.ws, remove<Problem>(id))); // already deleted
    LoadResult r = load_workspace(save_workspace(f.ws, testing::kSaveTime));
    REQUIRE(r.ok);
    CHECK(r.workspace.plans[1].problems[0].meta.is_deleted());
    f.history.undo(f.ws);
    CHECK(f.ws == before);
}

TEST_CASE("move reorders within the list and undo puts it back", "[commands]") {
    Fixture f;
    const Workspace before = f.ws;
    std::vector<Id> order;
    for (const Problem& p : f.ws.plans[0].problems) order.push_back(p.id);
    REQUIRE(order.size() >= 3);
    REQUIRE(f.history.execute(f.ws, move<Problem>(order[0], 2)));
    CHECK(f.ws.plans[0].problems[2].id == order[0]);
    CHECK(f.ws.plans[0].problems[0].id == order[1]);
    CHECK(f.ws.plans[0].problems[2].meta.changed.fields.count("position"));
    CHECK_FALSE(f.history.execute(f.ws, move<Problem>(order[0], 99)));
    f.history.undo(f.ws);
    CHECK(f.ws == before);
}

TEST_CASE("a batch is one undo step and applies all or nothing", "[commands]") {
    Fixture f;
    const Workspace before = f.ws;
    Id id = f.first_measure().id;
    auto line = std::make_unique<Batch>("responsibility");
    line->push(RECTIFY_SET(Measure, lead_departments, id, std::vector<Id>{f.ws.departments[0].id}));
    line->push(RECTIFY_SET(Measure, responsible, id, std::vector<Id>{f.ws.people[0].id}));
    line->push(RECTIFY_SET(Measure, deadline, id, parse_deadline("2022年11月底前", 2022)));
    REQUIRE(f.history.execute(f.ws, std::move(line)));
    CHECK(f.first_measure().deadline.date == Date{2022, 11, 30});
    CHECK(f.history.undo_count() == 1);
    f.history.undo(f.ws);
    CHECK(f.ws == before);

    auto broken = std::make_unique<Batch>("broken");
    broken->push(RECTIFY_SET(Measure, title, id, std::string("changed")));
    broken->push(RECTIFY_SET(Measure, title, "m-none", std::string("x")));
    CHECK_FALSE(f.history.execute(f.ws, std::move(broken)));
    CHECK(f.ws == before); // the first part was rolled back
}

TEST_CASE("a new edit after undo drops the redo list", "[commands]") {
    Fixture f;
    Id id = f.first_measure().id;
    f.history.execute(f.ws, RECTIFY_SET(Measure, title, id, std::string("a")));
    f.history.undo(f.ws);
    REQUIRE(f.history.can_redo());
    f.history.execute(f.ws, RECTIFY_SET(Measure, title, id, std::string("b")));
    CHECK_FALSE(f.history.can_redo());
    CHECK_FALSE(f.history.redo(f.ws));
}

// A random edit on a random entity of the workspace.
static CommandPtr random_command(std::mt19937_64& rng, Workspace& ws, int serial) {
    auto pick = [&](size_t n) { return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(rng)); };
    Plan& plan = ws.plans[pick(ws.plans.size())];
    Problem& problem = plan.problems[pick(plan.problems.size())];
    Measure& m = problem.measures[pick(problem.measures.size())];
    std::string s = "edit " + std::to_string(serial);
    switch (pick(10)) {
    case 0: return RECTIFY_SET(Measure, title, m.id, s);
    case 1: return RECTIFY_SET(Measure, status, m.id, Status(pick(4)));
    case 2: return RECTIFY_SET(Measure, steps, m.id, std::vector<std::string>{s, s});
    case 3: return RECTIFY_SET(Plan, title, plan.id, s);
    case 4: return RECTIFY_SET(Problem, text, problem.id, s);
    case 5: {
        Measure fresh;
        fresh.id = "m-r" + std::to_string(serial);
        fresh.title = s;
        return add<Measure>(problem.id, fresh, pick(problem.measures.size() + 1));
    }
    case 6: return remove<Measure>(m.id);
    case 7: return move<Measure>(m.id, pick(problem.measures.size()));
    case 8: {
        ProgressEntry e{"p-r" + std::to_string(serial), Date{2022, 6, 1}, "周文涛", s, {}, {}, {}};
        return add<ProgressEntry>(m.id, e);
    }
    default: { // a step of the 销号 chain (the closure is the summary of its records)
        const Id rid = "rv-r" + std::to_string(serial);
        if (can_submit(m.closure)) return submit_closure(m, rid, "基教股", Date{2022, 7, 1});
        if (can_decide(m.closure)) return pass_level(m, chain_levels(plan), rid, "督导室", Date{2022, 7, 2}, s);
        return reopen_closure(m, rid, "督导室", Date{2022, 7, 3}, s);
    }
    }
}

TEST_CASE("property: long random sessions undo to the start and redo to the end", "[commands][property]") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        Fixture f;
        std::mt19937_64 rng(seed);
        std::vector<Workspace> states{f.ws};
        for (int i = 0; i < 300; i++)
            if (f.history.execute(f.ws, random_command(rng, f.ws, i))) states.push_back(f.ws);
        REQUIRE(states.size() > 200); // most random edits apply
        REQUIRE(f.history.undo_count() == states.size() - 1);
        for (size_t i = states.size() - 1; i-- > 0;) {
            REQUIRE(f.history.undo(f.ws));
            REQUIRE(f.ws == states[i]);
        }
        CHECK_FALSE(f.history.undo(f.ws));
        for (size_t i = 1; i < states.size(); i++) {
            REQUIRE(f.history.redo(f.ws));
            REQUIRE(f.ws == states[i]);
        }
        CHECK_FALSE(f.history.can_redo());
        // Everything the session recorded is saved and loaded intact.
        LoadResult r = load_workspace(save_workspace(f.ws, testing::kSaveTime));
        REQUIRE(r.ok);
        CHECK(r.workspace == f.ws);
    }
}
