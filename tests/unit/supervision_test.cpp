// 三色督办 and 序时进度 (core/supervision.h): each colour at its threshold (the day before, the day
// of, the day after), milestones met by marking them done, the plan's thresholds, the 督办单's
// items for a department and the colours by department.
#include <catch2/catch_test_macros.hpp>

#include "core/date_text.h"
#include "core/ledger/ledger.h"
#include "core/report/supervision_sheet.h"
#include "core/supervision.h"
#include "plan_builder.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

Measure due_on(Date d, Status s = Status::InProgress) { return measure("m", "措施", s, deadline_on(d)); }
Milestone milestone(Date d, std::string what, bool done = false) {
    Milestone s;
    s.date = d;
    s.what = std::move(what);
    s.done = done;
    return s;
}
const SupervisionRule kRule{}; // 7 days, no grace

} // namespace

TEST_CASE("red: overdue from the day after the due date, not on it", "[supervision]") {
    Measure m = due_on({2026, 6, 30});
    CHECK(colour_of(m, {2026, 6, 30}, kRule) != Colour::Red);
    CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::Red);
    CHECK(days_overdue(m, {2026, 7, 1}) == 1);
    CHECK(days_overdue(m, {2026, 7, 11}) == 11);
    CHECK(days_overdue(m, {2026, 6, 30}) == 0);
    SECTION("done or closed is never coloured") {
        m.status = Status::Done;
        CHECK(colour_of(m, {2026, 7, 11}, kRule) == Colour::None);
        m.status = Status::InProgress;
        m.closure.state = ClosureState::Verified;
        CHECK(colour_of(m, {2026, 7, 11}, kRule) == Colour::None);
    }
}

TEST_CASE("blue: due within the threshold, the day of the due date included", "[supervision]") {
    Measure m = due_on({2026, 6, 30});
    CHECK(colour_of(m, {2026, 6, 22}, kRule) == Colour::None); // 8 days before
    CHECK(colour_of(m, {2026, 6, 23}, kRule) == Colour::Blue); // 7 days before: the threshold
    CHECK(colour_of(m, {2026, 6, 30}, kRule) == Colour::Blue); // the day itself
    SECTION("the plan's threshold") {
        Plan p;
        p.supervision.soon_days = 3;
        SupervisionRule r = supervision_rule(p);
        CHECK(r.soon_days == 3);
        CHECK(colour_of(m, {2026, 6, 26}, r) == Colour::None);
        CHECK(colour_of(m, {2026, 6, 27}, r) == Colour::Blue);
    }
    CHECK(supervision_rule(Plan{}).soon_days == kDefaultSoonDays);
}

TEST_CASE("yellow: a milestone past its date and not marked done", "[supervision]") {
    Measure m = due_on({2026, 12, 31});
    m.milestones = {milestone({2026, 6, 30}, "完成摸底"), milestone({2026, 9, 30}, "出台制度")};
    CHECK(colour_of(m, {2026, 6, 30}, kRule) == Colour::None); // the milestone's own day: not behind yet
    CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::Yellow);
    CHECK(milestones_behind(m, {2026, 10, 1}, 0) == std::vector<size_t>{0, 1});
    SECTION("met when marked done") {
        m.milestones[0].done = true;
        CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::None);
        CHECK(milestones_behind(m, {2026, 10, 1}, 0) == std::vector<size_t>{1});
    }
    SECTION("grace days move the threshold") {
        SupervisionRule r;
        r.grace_days = 5;
        CHECK(colour_of(m, {2026, 7, 5}, r) == Colour::None);
        CHECK(colour_of(m, {2026, 7, 6}, r) == Colour::Yellow);
    }
    SECTION("red outranks yellow, yellow outranks blue") {
        CHECK(colour_of(m, {2027, 1, 1}, kRule) == Colour::Red);
        m.deadline = deadline_on({2026, 7, 3});
        CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::Yellow);
        m.milestones[0].done = true;
        CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::Blue);
    }
    SECTION("a milestone without a date is never behind") {
        m.milestones = {milestone({}, "待定")};
        CHECK(colour_of(m, {2026, 10, 1}, kRule) == Colour::None);
    }
}

TEST_CASE("督办单: a department's red and yellow items, red first; colours by department", "[supervision]") {
    Measure late = measure("m-late", "逾期", Status::InProgress, deadline_on({2026, 5, 31}));
    late.lead_departments = {"d-1"};
    Measure behind = measure("m-behind", "滞后", Status::InProgress, deadline_on({2026, 12, 31}));
    behind.support_departments = {"d-1"};
    behind.milestones = {milestone({2026, 6, 1}, "节点")};
    Measure soon = measure("m-soon", "临期", Status::InProgress, deadline_on({2026, 6, 12}));
    soon.lead_departments = {"d-1", "d-2"};
    Measure other = measure("m-other", "别的科室", Status::InProgress, deadline_on({2026, 5, 1}));
    other.lead_departments = {"d-2"};
    Measure gone = deleted(measure("m-gone", "已删", Status::InProgress, deadline_on({2026, 5, 1})), Stamp{1, "X"});
    gone.lead_departments = {"d-1"};
    Workspace ws = workspace("w", {department("d-1", "基教科"), department("d-2", "督导室"), department("d-3", "办公室")}, {},
                             {plan("p", "方案", {problem("q", "问题", {behind, late, soon, other, gone})})});
    const Date today{2026, 6, 10};
    auto items = supervision_items(ws, "", "d-1", today);
    REQUIRE(items.size() == 2);
    CHECK(ws.plans[0].problems[0].measures[items[0].measure].id == "m-late");
    CHECK(items[0].colour == Colour::Red);
    CHECK(items[0].days_overdue == 10);
    CHECK(ws.plans[0].problems[0].measures[items[1].measure].id == "m-behind");
    CHECK(items[1].colour == Colour::Yellow);
    CHECK(items[1].behind == std::vector<size_t>{0});
    CHECK(supervision_items(ws, "", "d-3", today).empty());

    auto by = colours_by_department(ws, "", today);
    REQUIRE(by.size() == 2); // 办公室 has nothing coloured
    // Both have one red; 基教科's yellow puts it first. The shared blue measure counts for both.
    CHECK(by[0].department == "d-1");
    CHECK((by[0].red == 1 && by[0].yellow == 1 && by[0].blue == 1));
    CHECK(by[1].department == "d-2");
    CHECK((by[1].red == 1 && by[1].yellow == 0 && by[1].blue == 1));
}

TEST_CASE("milestone texts", "[supervision]") {
    Milestone s = milestone({2026, 6, 30}, "完成摸底", true);
    CHECK(milestone_text(s, Lang::Zh) == "2026年6月30日 完成摸底（已完成）");
    s.done_on = {2026, 6, 28};
    CHECK(milestone_text(s, Lang::Zh) == "2026年6月30日 完成摸底（2026年6月28日完成）");
    CHECK(colour_text(Colour::Red, Lang::Zh) == std::string("红色督办"));
}

TEST_CASE("milestone edits are commands: marked done with the day, undone, removed", "[supervision]") {
    Workspace ws = workspace("w", {}, {}, {plan("p", "方案", {problem("q", "问题", {due_on({2026, 12, 31})})})});
    History h([] { return std::int64_t(1'700'000'000'000); });
    const Measure& m = ws.plans[0].problems[0].measures[0];
    REQUIRE(h.execute(ws, add_milestone(m, milestone({2026, 6, 30}, "摸底"))));
    CHECK(colour_of(m, {2026, 7, 1}, kRule) == Colour::Yellow);
    REQUIRE(h.execute(ws, mark_milestone(m, 0, true, {2026, 7, 2})));
    CHECK(m.milestones[0].done_on == Date{2026, 7, 2});
    CHECK(colour_of(m, {2026, 7, 3}, kRule) == Colour::None);
    CHECK(m.meta.changed.fields.count("milestones") == 1); // stamped: it merges like any field
    CHECK_FALSE(mark_milestone(m, 0, true, {2026, 7, 2})); // nothing would change
    CHECK_FALSE(mark_milestone(m, 5, true, {2026, 7, 2}));
    REQUIRE(h.undo(ws));
    CHECK_FALSE(m.milestones[0].done);
    REQUIRE(h.execute(ws, remove_milestone(m, 0)));
    CHECK(m.milestones.empty());
}

TEST_CASE("督办单: the department's red and yellow items, printable like the report", "[supervision][report]") {
    Measure late = measure("m-late", "公开招生计划", Status::InProgress, deadline_on({2026, 5, 31}));
    late.lead_departments = {"d-1"};
    Measure behind = measure("m-behind", "化解大班额", Status::InProgress, deadline_on({2026, 12, 31}));
    behind.lead_departments = {"d-1"};
    behind.milestones = {milestone({2026, 6, 1}, "完成摸底")};
    Measure fine = measure("m-fine", "按期推进", Status::InProgress, deadline_on({2026, 12, 31}));
    fine.lead_departments = {"d-1"};
    Problem q = problem("q", "招生不规范", {late, behind, fine});
    q.number = "（一）";
    Workspace ws = workspace("w", {department("d-1", "基教科"), department("d-2", "督导室")}, {}, {plan("p", "方案", {q})});
    ws.office.name = "青山市教育局";
    SupervisionSheet s = supervision_sheet(ws, "p", "d-1", {2026, 6, 10}, Lang::Zh);
    CHECK(s.addressee == "基教科：");
    CHECK((s.red == 1 && s.yellow == 1));
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows[0].measure == "公开招生计划");
    CHECK(s.rows[0].days_overdue == 10);
    CHECK(s.rows[1].measure == "化解大班额");
    CHECK(s.rows[1].behind == "2026年6月1日 完成摸底");
    CHECK(s.body.find("红色督办（已超过整改时限未完成）1项，黄色督办（滞后于序时进度）1项") != std::string::npos);
    const std::string html = supervision_sheet_html(s, Lang::Zh);
    CHECK(html.find("size: A4") != std::string::npos); // the report's page
    CHECK(html.find("<tr class=\"red\">") != std::string::npos);
    CHECK(html.find("按期推进") == std::string::npos);
    CHECK(html.find("青山市教育局") != std::string::npos);
    CHECK(supervision_sheet_text(s, Lang::Zh).find("1. [红色督办] （一）招生不规范 / 公开招生计划") != std::string::npos);
    SupervisionSheet none = supervision_sheet(ws, "p", "d-2", {2026, 6, 10}, Lang::Zh);
    CHECK(none.rows.empty());
    CHECK(none.body == "截至2026年6月10日，你单位没有红色或黄色督办事项。");
}

TEST_CASE("the ledger filters by colour, with each plan's thresholds", "[supervision][ledger]") {
    Measure late = measure("m-late", "逾期", Status::InProgress, deadline_on({2026, 5, 31}));
    Measure soon = measure("m-soon", "十天后到期", Status::InProgress, deadline_on({2026, 6, 20}));
    Workspace ws = workspace("w", {}, {}, {plan("p1", "甲", {problem("q1", "问题", {late, soon})}),
                                           plan("p2", "乙", {problem("q2", "问题", {soon})})});
    ws.plans[1].problems[0].measures[0].id = "m-soon-2";
    ws.plans[1].supervision.soon_days = 10; // the second plan's blue reaches ten days
    auto shown = [&](Colour c) {
        std::vector<LedgerRow> rows = ledger_rows(ws, "");
        LedgerFilter f;
        f.colour = int(c);
        ledger_filter(ws, rows, f, {2026, 6, 10}, 7);
        std::vector<Id> ids;
        for (const LedgerRow& r : rows) ids.push_back(ws.plans[r.plan].problems[r.problem].measures[r.measure].id);
        return ids;
    };
    CHECK(shown(Colour::Red) == std::vector<Id>{"m-late"});
    CHECK(shown(Colour::Blue) == std::vector<Id>{"m-soon-2"});
    CHECK(shown(Colour::Yellow).empty());
}
