// Outcome fields (core/outcomes.h): amounts read and summed exactly, counts, 整改类型 words, the
// 问题类型 list, the report headline; the fields' round trip through the file (version 3), a
// version 2 file without them, and their merge field by field; the completion date on closing.
#include <catch2/catch_test_macros.hpp>

#include "core/date_text.h"
#include "core/measure_actions.h"
#include "core/outcomes.h"
#include "core/report/report.h"
#include "core/report/report_docx.h"
#include "core/review_chain.h"
#include "merge_fixture.h"
#include "plan_builder.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::testing;

TEST_CASE("amounts: read as offices type them, summed exactly", "[outcomes]") {
    std::int64_t v = -1;
    CHECK((parse_amount("12.5", v) && v == 12'500'000));
    CHECK((parse_amount(" 1,200.30 ", v) && v == 1'200'300'000));
    CHECK((parse_amount("８.５", v) && v == 8'500'000));
    CHECK((parse_amount("3万元", v) && v == 3'000'000));
    CHECK((parse_amount("0.000001", v) && v == 1));
    CHECK((parse_amount(".5", v) && v == 500'000));
    CHECK((parse_amount("", v) && v == 0));
    for (const char* bad : {"abc", "1.2.3", "-5", "0.0000001", "12元", ".", "1e3"}) {
        INFO(bad);
        CHECK_FALSE(parse_amount(bad, v));
    }
    CHECK(amount_text(300'000) == "0.3");
    CHECK(amount_text(150'040'000) == "150.04");
    CHECK(amount_text(1'200'000'000) == "1200");
    std::string stored;
    CHECK((normalize_amount(" 12.50万元", stored) && stored == "12.50")); // as typed, the unit dropped
    CHECK_FALSE(normalize_amount("十万", stored));

    // 0.1 + 0.2 is 0.3, not 0.30000000000000004: a thousand times over, still exact.
    Plan p = plan("p", "方案");
    for (int i = 0; i < 1000; i++) {
        Problem q = problem("q" + std::to_string(i), "问题");
        q.amount = i % 2 ? "0.1" : "0.2";
        p.problems.push_back(q);
    }
    Workspace ws = workspace("w", {}, {}, {p});
    CHECK(amount_text(compute_outcomes(ws, "").amount) == "150");
}

TEST_CASE("counts, 整改类型 words and the 问题类型 list", "[outcomes]") {
    int n = -1;
    CHECK((parse_count("3", n) && n == 3));
    CHECK((parse_count("３人次", n) && n == 3));
    CHECK((parse_count("12项", n) && n == 12));
    CHECK((parse_count("", n) && n == 0));
    CHECK_FALSE(parse_count("三", n));
    CHECK_FALSE(parse_count("-1", n));
    RectifyType t = RectifyType::None;
    CHECK((rectify_type_from_text(" 限期整改 ", t) && t == RectifyType::TimeBound));
    CHECK((rectify_type_from_text("long-term", t) && t == RectifyType::LongTerm));
    CHECK((rectify_type_from_text("", t) && t == RectifyType::None));
    CHECK_FALSE(rectify_type_from_text("马上改", t));
    CHECK(rectify_type_text(RectifyType::Immediate, Lang::Zh) == std::string("立行立改"));

    Plan p;
    CHECK(problem_types(p) == default_problem_types());
    p.problem_types = problem_types_from_lines(" 财务管理\n\n招生入学\n财务管理 \n");
    CHECK(p.problem_types == std::vector<std::string>{"财务管理", "招生入学"});
    CHECK(problem_types(p) == p.problem_types);
}

TEST_CASE("totals by type and the report headline", "[outcomes]") {
    Problem a = problem("a", "甲"), b = problem("b", "乙"), c = problem("c", "丙"), gone = problem("x", "删");
    a.problem_type = "财务管理", a.rectify_type = RectifyType::Immediate, a.amount = "150.04", a.rules = 2, a.accountable = 3;
    b.problem_type = "财务管理", b.rectify_type = RectifyType::TimeBound, b.rules = 5;
    c.amount = "坏数", c.accountable = 1;
    gone = deleted(gone, Stamp{1, "X"});
    gone.amount = "1000";
    Workspace ws = workspace("w", {}, {}, {plan("p", "方案", {a, b, c, gone})});
    Outcomes o = compute_outcomes(ws, "p");
    CHECK(o.problems == 3);
    CHECK(amount_text(o.amount) == "150.04");
    CHECK(o.bad_amounts == 1);
    CHECK(o.rules == 7);
    CHECK(o.accountable == 4);
    CHECK(o.by_problem_type.at("财务管理") == 2);
    CHECK(o.by_problem_type.at("") == 1);
    CHECK(o.by_rectify_type[size_t(RectifyType::Immediate)] == 1);
    CHECK(o.by_rectify_type[size_t(RectifyType::None)] == 1);
    CHECK(outcome_headline(o, Lang::Zh) == "共整改问题金额150.04万元，制定完善规章制度7项，追责问责4人次");
    CHECK(outcome_headline(Outcomes{}, Lang::Zh).empty());
}

namespace {
Workspace with_outcomes() {
    Workspace ws = merge_master();
    Problem& q = ws.plans[0].problems[0];
    q.problem_type = "招生入学", q.rectify_type = RectifyType::LongTerm, q.outcome = "规范了招生秩序";
    q.amount = "12.50", q.rules = 2, q.accountable = 1;
    Measure& m = q.measures[0];
    m.completed_on = {2022, 6, 30};
    Milestone s;
    s.date = {2022, 6, 1}, s.what = "摸底", s.done = true, s.done_on = {2022, 5, 30};
    m.milestones = {s, Milestone{{2022, 9, 1}, "出台办法", false, {}, {}}};
    ws.plans[0].problem_types = {"招生入学", "其他"};
    ws.plans[0].supervision.soon_days = 10;
    return ws;
}
} // namespace

TEST_CASE("outcome fields: version 3 round trip, written only when set", "[outcomes][format]") {
    Workspace ws = with_outcomes();
    std::string text = save_workspace(ws, kSaveTime);
    CHECK(text.find("\"version\":4") != std::string::npos); // written as the current format
    Workspace back = load_ok(text);
    CHECK(back == ws);
    CHECK(back.plans[0].problems[0].amount == "12.50"); // as typed: not 12.5
    // A problem without outcomes writes none of their members.
    Workspace plain = merge_master();
    std::string plain_text = save_workspace(plain, kSaveTime);
    for (const char* member : {"\"amount\"", "\"problem_type\"", "\"rectify_type\"", "\"milestones\"", "\"completed_on\"",
                               "\"rules\"", "\"supervision\"", "\"problem_types\""}) {
        INFO(member);
        CHECK(plain_text.find(member) == std::string::npos);
    }
}

TEST_CASE("a version 2 file without outcome fields loads with them empty", "[outcomes][migration]") {
    LoadResult r = load_workspace(fixture("formats/v2-sample.rectify.json"));
    INFO(format_error(r.error, Lang::En));
    REQUIRE(r.ok);
    CHECK(r.info.version == 2);
    for (const Plan& p : r.workspace.plans) {
        CHECK(p.problem_types.empty());
        CHECK(p.supervision.empty());
        for (const Problem& q : p.problems) {
            CHECK((q.amount.empty() && q.rules == 0 && q.accountable == 0 && q.rectify_type == RectifyType::None));
            for (const Measure& m : q.measures) CHECK((m.milestones.empty() && m.completed_on.empty()));
        }
    }
    // Saved again it is version 3 and reads back the same.
    Workspace again = load_ok(save_workspace(r.workspace, kSaveTime));
    CHECK(again == r.workspace);
}

TEST_CASE("a newer version is still refused", "[outcomes][format]") {
    std::string text = save_workspace(merge_master(), kSaveTime);
    size_t at = text.find("\"version\":4");
    REQUIRE(at != std::string::npos);
    text.replace(at, 11, "\"version\":5");
    CHECK_FALSE(load_workspace(text).ok);
}

TEST_CASE("outcome fields merge field by field with their stamps", "[outcomes][merge]") {
    MergeFixture f;
    // The unit records the amount and a milestone; the bureau meanwhile sets the 问题类型.
    f.on_return(RECTIFY_SET(Problem, amount, "q-1", std::string("3.2")));
    f.on_return(RECTIFY_SET(Problem, accountable, "q-1", 2));
    f.on_return(RECTIFY_SET(Measure, milestones, "m-1", std::vector<Milestone>{Milestone{{2022, 7, 1}, "节点", true, {}, {}}}));
    f.on_master(RECTIFY_SET(Problem, problem_type, "q-1", std::string("招生入学")));
    f.on_master(RECTIFY_SET(Plan, supervision, "plan-1", SupervisionSettings{3, 0, {}}));
    MergePreview p = merge_into(f.master, f.returned());
    CHECK(p.conflicts.empty());
    const Problem& q = f.master.plans[0].problems[0];
    CHECK(q.amount == "3.2");
    CHECK(q.accountable == 2);
    CHECK(q.problem_type == "招生入学");
    CHECK(f.master.plans[0].supervision.soon_days == 3);
    REQUIRE(measure_in(f.master, "m-1")->milestones.size() == 1);
    CHECK(measure_in(f.master, "m-1")->milestones[0].done);
    // Both edit the amount: a conflict, the master's kept by default.
    f.on_return(RECTIFY_SET(Problem, amount, "q-1", std::string("4")));
    f.on_master(RECTIFY_SET(Problem, amount, "q-1", std::string("5")));
    MergePreview p2 = merge_into(f.master, f.returned());
    REQUIRE(p2.conflicts.size() == 1);
    CHECK(p2.conflicts[0].field == "amount");
    CHECK(f.master.plans[0].problems[0].amount == "5");
}

TEST_CASE("closing records the actual completion date, unless one was set", "[outcomes]") {
    Workspace ws = workspace("w", {}, {}, {plan("p", "方案", {problem("q", "问题", {measure("m", "措施")})})});
    History h([] { return std::int64_t(1'700'000'000'000); });
    const Measure* m = &ws.plans[0].problems[0].measures[0];
    const auto levels = chain_levels(ws.plans[0]);
    REQUIRE(h.execute(ws, submit_closure(*m, "rv-1", "甲", {2026, 6, 1})));
    REQUIRE(h.execute(ws, pass_level(*m, levels, "rv-2", "乙", {2026, 6, 3}, "")));
    CHECK(m->completed_on == Date{2026, 6, 3});
    REQUIRE(h.undo(ws));
    CHECK(m->completed_on.empty());
    REQUIRE(h.execute(ws, RECTIFY_SET(Measure, completed_on, "m", Date{2026, 5, 28})));
    REQUIRE(h.execute(ws, pass_level(*m, levels, "rv-3", "乙", {2026, 6, 3}, "")));
    CHECK(m->completed_on == Date{2026, 5, 28}); // edited by hand: kept
}

TEST_CASE("the report's headline carries the figures: text, HTML and Word", "[outcomes][report]") {
    Problem a = problem("a", "违规发放补贴", {measure("m1", "清退", Status::Done)});
    a.amount = "150.04", a.rules = 77, a.accountable = 79;
    Problem b = problem("b", "会风不正", {measure("m2", "整顿", Status::InProgress)});
    b.amount = "0.96";
    Workspace ws = workspace("w", {}, {}, {plan("p", "整改方案", {a, b})});
    ReportOptions opt;
    opt.today = {2026, 6, 30};
    const std::string figures = "共整改问题金额151万元，制定完善规章制度77项，追责问责79人次";
    const std::string text = progress_report(ws, ws.plans[0], opt);
    CHECK(text.find("涉及整改措施2项，已完成1项，正在整改1项；" + figures + "。") != std::string::npos);
    CHECK(progress_report_html(ws, ws.plans[0], opt).find(figures) != std::string::npos);
    std::string docx;
    for (const auto& [path, bytes] : progress_report_docx_parts(ws, ws.plans[0], opt)) docx += bytes;
    CHECK(docx.find(figures) != std::string::npos); // the Word form, from the same lines
    // A plan without figures says nothing of them.
    Workspace none = workspace("w", {}, {}, {plan("p", "整改方案", {problem("c", "问题", {measure("m", "措施")})})});
    CHECK(progress_report(none, none.plans[0], opt).find("整改问题金额") == std::string::npos);
}
