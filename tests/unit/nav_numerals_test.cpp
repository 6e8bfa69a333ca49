// Where the user is (ui/nav) survives a reload and never points at something gone; problems are
// numbered the way documents number them.
#include <catch2/catch_test_macros.hpp>

#include "core/commands.h"
#include "core/numerals.h"
#include "ui/nav.h"

using namespace rectify;
using namespace rectify::ui;

static Workspace two_problems() {
    Workspace ws;
    ws.id = "w";
    Plan plan;
    plan.id = "plan-1";
    for (const char* pid : {"pr-1", "pr-2"}) {
        Problem p;
        p.id = pid;
        Measure m;
        m.id = std::string("m-of-") + pid;
        p.measures.push_back(m);
        plan.problems.push_back(p);
    }
    ws.plans.push_back(plan);
    return ws;
}

TEST_CASE("nav: encode and decode round-trip; garbage decodes to home", "[nav]") {
    Nav nav;
    nav.view = View::Plan;
    nav.plan = "plan-1";
    nav.problem = "pr-2";
    nav.measure = "m-of-pr-2";
    nav.tab = PlanTab::Phases;
    CHECK(nav_decode(nav_encode(nav)) == nav);
    CHECK(nav_encode(nav) == "plan|plan-1|pr-2|m-of-pr-2|2");
    for (const char* bad : {"", "plan", "plan|a|b|c", "plan|a|b|c|9", "x|||||", "plan|a|b|c|d|e"}) {
        INFO(bad);
        const Nav d = nav_decode(bad);
        CHECK(d.tab == PlanTab::Problems);
        if (std::string(bad).empty() || std::string(bad) == "plan") CHECK(d.view == View::Home);
    }
    CHECK(nav_decode("directory||||0").view == View::Directory);
}

TEST_CASE("nav: validation drops what is gone and follows a moved measure", "[nav]") {
    Workspace ws = two_problems();
    Nav nav;
    nav.view = View::Plan;
    nav.plan = "plan-1";
    nav.problem = "pr-1";
    nav.measure = "m-of-pr-1";
    nav_validate(nav, ws);
    CHECK(nav.measure == "m-of-pr-1");

    // The measure now sits under the other problem: the selection follows it.
    Measure moved = ws.plans[0].problems[0].measures[0];
    ws.plans[0].problems[0].measures.clear();
    ws.plans[0].problems[1].measures.push_back(moved);
    nav_validate(nav, ws);
    CHECK(nav.problem == "pr-2");
    CHECK(nav.measure == "m-of-pr-1");

    // Deleted (a tombstone): the problem stays selected, the measure does not.
    ws.plans[0].problems[1].measures.back().meta.deleted = Stamp{1, "X"};
    nav_validate(nav, ws);
    CHECK(nav.problem == "pr-2");
    CHECK(nav.measure.empty());

    // A deleted plan sends the user home.
    ws.plans[0].meta.deleted = Stamp{1, "X"};
    nav_validate(nav, ws);
    CHECK(nav.view == View::Home);
    CHECK(nav.plan.empty());

    // A selection from another plan is not kept.
    Workspace ws2 = two_problems();
    Nav other;
    other.view = View::Plan;
    other.plan = "plan-1";
    other.problem = "pr-elsewhere";
    nav_validate(other, ws2);
    CHECK(other.problem.empty());
    CHECK(other.view == View::Plan);
}

TEST_CASE("numerals: problems are numbered as documents number them", "[numerals]") {
    CHECK(cn_number(1) == "一");
    CHECK(cn_number(9) == "九");
    CHECK(cn_number(10) == "十");
    CHECK(cn_number(11) == "十一");
    CHECK(cn_number(20) == "二十");
    CHECK(cn_number(99) == "九十九");
    CHECK(cn_number(100) == "一百");
    CHECK(cn_number(105) == "一百零五");
    CHECK(cn_number(110) == "一百一十");
    CHECK(cn_number(999) == "九百九十九");
    CHECK(cn_number(0) == "0");
    CHECK(cn_number(1000) == "1000");
    CHECK(problem_number(3) == "（三）");
}
