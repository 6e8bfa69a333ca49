// The measure's actions (core/measure_actions.h): the rules that come with them, as one undo step.
#include <catch2/catch_test_macros.hpp>

#include "core/commands.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "command_fixture.h"

using namespace rectify;

namespace {
struct Fixture : testing::CommandFixture {
    Fixture() : CommandFixture(5) {
        Measure& m = measure();
        m.status = Status::NotStarted;
        m.closure = Closure{};
        m.deadline = Deadline{};
        m.progress.clear();
        m.evidence.clear();
    }
    Measure& measure() { return ws.plans[0].problems[0].measures[0]; }
    bool run(CommandPtr cmd) { return cmd && history.execute(ws, std::move(cmd)); }
    ProgressEntry entry(const char* id, const char* text) {
        ProgressEntry e;
        e.id = id;
        e.text = text;
        e.date = Date{2026, 11, 23};
        return e;
    }
};
const Date kToday{2026, 11, 23};
} // namespace

TEST_CASE("the first progress entry starts the work, in the same undo step", "[measure_actions]") {
    Fixture f;
    const Workspace before = f.ws;
    REQUIRE(f.run(add_progress(f.measure(), f.entry("pg-1", "召开专题会议"))));
    CHECK(f.measure().status == Status::InProgress);
    CHECK(f.measure().progress.size() == 1);
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == before); // one step: entry and status together

    // A second entry, or one on an item already done, leaves the status alone.
    f.measure().status = Status::Done;
    REQUIRE(f.run(add_progress(f.measure(), f.entry("pg-2", "巩固成果"))));
    CHECK(f.measure().status == Status::Done);
}

TEST_CASE("a status already set is nothing to do", "[measure_actions]") {
    Fixture f;
    CHECK(set_status(f.measure(), Status::NotStarted) == nullptr);
    REQUIRE(f.run(set_status(f.measure(), Status::InProgress)));
    CHECK(f.measure().status == Status::InProgress);
}

TEST_CASE("a record is removed once, as a tombstone, and only from its own measure", "[measure_actions]") {
    Fixture f;
    REQUIRE(f.run(add_progress(f.measure(), f.entry("pg-1", "召开专题会议"))));
    REQUIRE(f.run(add_evidence(f.measure(), Evidence{"ev-1", "会议纪要", "", {}, {}, {}})));
    CHECK(has_record(f.measure()));
    CHECK(remove_progress(f.measure(), "ev-1") == nullptr); // not a progress entry
    CHECK(remove_evidence(f.measure(), "pg-1") == nullptr);
    const Measure* other = nullptr;
    for (const Plan& p : f.ws.plans)
        for (const Problem& q : p.problems)
            for (const Measure& m : q.measures)
                if (!other && m.id != f.measure().id) other = &m;
    REQUIRE(other);
    CHECK(remove_evidence(*other, "ev-1") == nullptr); // another measure's
    REQUIRE(f.run(remove_progress(f.measure(), "pg-1")));
    REQUIRE(f.run(remove_evidence(f.measure(), "ev-1")));
    CHECK_FALSE(has_record(f.measure()));
    CHECK(f.measure().evidence.size() == 1); // kept as a tombstone, so the deletion merges
    CHECK(remove_evidence(f.measure(), "ev-1") == nullptr); // already gone
    REQUIRE(f.history.undo(f.ws));
    CHECK(has_record(f.measure()));
}

// 销号 (submit, pass/return per level, reopen): tests/unit/review_chain_test.cpp.
