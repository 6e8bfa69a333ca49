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

TEST_CASE("销号: submit, return with a reason, submit again, verify, reopen", "[measure_actions]") {
    Fixture f;
    CHECK_FALSE(has_record(f.measure()));
    REQUIRE(f.run(add_evidence(f.measure(), Evidence{"ev-1", "会议纪要", "", {}, {}, {}})));
    CHECK(has_record(f.measure()));

    // Only a submitted item is decided on; only a verified one is reopened.
    CHECK(verify_closure(f.measure(), "王芳", kToday) == nullptr);
    CHECK(return_closure(f.measure(), "王芳", kToday, "缺照片") == nullptr);
    CHECK_FALSE(can_return(f.measure().closure, "缺照片"));
    CHECK(reopen_closure(f.measure()) == nullptr);

    REQUIRE(f.run(submit_closure(f.measure(), "李明", kToday)));
    CHECK(f.measure().closure.state == ClosureState::Submitted);
    CHECK(f.measure().closure.submitted_by == "李明");
    CHECK(f.measure().closure.submitted_on == kToday);
    CHECK(submit_closure(f.measure(), "李明", kToday) == nullptr); // already submitted

    // A return says why: a blank reason (spaces, new lines, a full-width space) is refused.
    CHECK(return_closure(f.measure(), "王芳", kToday, " \n\xE3\x80\x80 ") == nullptr);
    CHECK_FALSE(can_return(f.measure().closure, " \n\xE3\x80\x80 "));
    CHECK(can_return(f.measure().closure, "缺少停车区照片。"));
    REQUIRE(f.run(return_closure(f.measure(), "王芳", kToday, "缺少停车区照片。")));
    CHECK(f.measure().closure.state == ClosureState::Returned);
    CHECK(f.measure().closure.reason == "缺少停车区照片。");
    CHECK(f.measure().closure.decided_by == "王芳");
    CHECK(f.measure().status == Status::NotStarted); // a return is not done

    REQUIRE(f.run(submit_closure(f.measure(), "李明", kToday)));
    REQUIRE(f.run(verify_closure(f.measure(), "王芳", kToday)));
    CHECK(f.measure().closure.state == ClosureState::Verified);
    CHECK(f.measure().closure.reason.empty());
    CHECK(f.measure().status == Status::Done); // verified means done

    REQUIRE(f.run(rename_closure_person(f.measure(), false, "张丽华")));
    CHECK(f.measure().closure.decided_by == "张丽华");
    CHECK(f.measure().closure.submitted_by == "李明");

    REQUIRE(f.run(reopen_closure(f.measure())));
    CHECK(f.measure().closure.state == ClosureState::Open);
}

TEST_CASE("verifying an item kept up for good makes it 已完成·长期坚持, in one undo step", "[measure_actions]") {
    Fixture f;
    f.measure().deadline.kind = DeadlineKind::Ongoing;
    REQUIRE(f.run(submit_closure(f.measure(), "李明", kToday)));
    const Workspace submitted = f.ws;
    REQUIRE(f.run(verify_closure(f.measure(), "王芳", kToday)));
    CHECK(f.measure().status == Status::DoneOngoing);
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == submitted);
}
