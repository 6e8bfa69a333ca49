// The dashboard's figures: totals, completion, loads by department and leader, late and due-soon
// lists in due order, progress per month; tombstones left out.
#include <catch2/catch_test_macros.hpp>

#include "core/report/dashboard.h"

using namespace rectify;

static Measure measure(const char* id, Status s, Date due, std::vector<Id> lead, std::vector<Id> support, std::vector<Id> leaders) {
    Measure m;
    m.id = id;
    m.status = s;
    if (!due.empty()) {
        m.deadline.kind = DeadlineKind::Date;
        m.deadline.date = due;
    }
    m.lead_departments = std::move(lead);
    m.support_departments = std::move(support);
    m.leaders = std::move(leaders);
    return m;
}

TEST_CASE("dashboard: totals, loads, late and due-soon lists, progress by month", "[dashboard]") {
    Workspace ws;
    ws.id = "w";
    ws.departments = {{"d1", "基教科", {}, {}}, {"d2", "财基科", {}, {}}};
    ws.people = {{"u1", "张丽华", "副局长", "", {}, {}}};
    Plan plan;
    plan.id = "p";
    Problem a, b, empty, gone;
    a.id = "a";
    b.id = "b";
    empty.id = "e";
    gone.id = "g";
    gone.meta.deleted = Stamp{1, "X"};
    const Date today{2026, 11, 23};
    a.measures = {measure("m1", Status::Done, {2026, 10, 1}, {"d1"}, {"d2"}, {"u1"}),
                  measure("m2", Status::InProgress, {2026, 11, 1}, {"d1"}, {}, {"u1"}),  // overdue
                  measure("m3", Status::NotStarted, {2026, 11, 25}, {"d2"}, {"d1"}, {})}; // due soon
    b.measures = {measure("m4", Status::DoneOngoing, {}, {"d2"}, {}, {}),
                  measure("m5", Status::InProgress, {2026, 9, 1}, {"d2"}, {}, {})}; // overdue, earlier
    Measure deleted = measure("m6", Status::NotStarted, {2020, 1, 1}, {"d1"}, {}, {});
    deleted.meta.deleted = Stamp{1, "X"};
    b.measures.push_back(deleted);
    ProgressEntry e1, e2, e3;
    e1.id = "e1";
    e1.date = {2026, 10, 5};
    e2.id = "e2";
    e2.date = {2026, 10, 20};
    e3.id = "e3";
    e3.date = {2026, 11, 2};
    a.measures[0].progress = {e1, e2};
    a.measures[1].progress = {e3};
    plan.problems = {a, b, empty, gone};
    ws.plans.push_back(plan);

    const Dashboard d = compute_dashboard(ws, "", today, 7);
    CHECK(d.problems == 3);
    CHECK(d.measures == 5);
    CHECK(d.done == 2);
    CHECK(d.ongoing == 1);
    CHECK(d.in_progress == 2);
    CHECK(d.not_started == 1);
    CHECK(d.overdue == 2);
    CHECK(d.due_soon == 1);
    CHECK(d.completion == 0.4);
    REQUIRE(d.overdue_rows.size() == 2);
    CHECK(ws.plans[0].problems[d.overdue_rows[0].problem].measures[d.overdue_rows[0].measure].id == "m5");
    CHECK(ws.plans[0].problems[d.overdue_rows[1].problem].measures[d.overdue_rows[1].measure].id == "m2");
    REQUIRE(d.by_department.size() == 2);
    // 财基科: m1 (support), m3, m4, m5 = 4; 基教科: m1, m2, m3 (support) = 3.
    CHECK(d.by_department[0].id == "d2");
    CHECK(d.by_department[0].total == 4);
    CHECK(d.by_department[0].done == 2);
    CHECK(d.by_department[0].overdue == 1);
    CHECK(d.by_department[1].total == 3);
    REQUIRE(d.by_leader.size() == 1);
    CHECK(d.by_leader[0].total == 2);
    CHECK(d.by_leader[0].done == 1);
    CHECK(d.progress_by_month == std::map<int, int>{{202610, 2}, {202611, 1}});

    // One plan only, or an empty workspace.
    CHECK(compute_dashboard(ws, "other", today, 7).measures == 0);
    CHECK(compute_dashboard(Workspace{}, "", today, 7).completion == 0.0);
}
