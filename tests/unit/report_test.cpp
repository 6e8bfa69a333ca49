// The progress report (整改情况报告): text compared byte for byte with hand-written documents in
// tests/data/report, headline counts, the English form, and the printable HTML page.
// Index: fixture · text vs expected files · counts · English · HTML.
#include <catch2/catch_test_macros.hpp>

#include "core/report/report.h"
#include "report_fixture.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

} // namespace

TEST_CASE("the internal report reads as the hand-written document", "[report]") {
    Workspace ws = fixture_workspace();
    CHECK(progress_report(ws, ws.plans[0], options(false, true)) == fixture("report/expected-report.txt"));
}

TEST_CASE("the 公示 without names reads as the hand-written notice", "[report]") {
    Workspace ws = fixture_workspace();
    CHECK(progress_report(ws, ws.plans[0], options(true, false)) == fixture("report/expected-public.txt"));
}

TEST_CASE("a 公示 with names keeps the people but not the internal fields", "[report]") {
    Workspace ws = fixture_workspace();
    std::string text = progress_report(ws, ws.plans[0], options(true, true));
    CHECK(contains(text, "责任单位：基教科、财基科，责任人：王晓明，分管领导：陈建国，整改时限：2025年11月底前。\n"));
    CHECK_FALSE(contains(text, "销号"));
    CHECK_FALSE(contains(text, "超过整改时限"));
    CHECK_FALSE(contains(text, "责任科室"));
}

TEST_CASE("an internal report without names leaves people out", "[report]") {
    Workspace ws = fixture_workspace();
    std::string text = progress_report(ws, ws.plans[0], options(false, false));
    CHECK(contains(text, "责任科室：基教科，配合科室：财基科，整改时限：2025年11月底前。\n"));
    for (const char* name : {"王晓明", "李芳", "陈建国", "赵磊"}) CHECK_FALSE(contains(text, name));
}

TEST_CASE("headline counts: done problems, tombstones, no measures", "[report]") {
    Workspace ws = fixture_workspace();
    ReportCounts c = report_counts(ws.plans[0], {2025, 12, 1});
    CHECK(c.problems == 3);
    CHECK(c.problems_done == 1);
    CHECK(c.problems_in_progress == 2);
    CHECK(c.measures == 4);
    CHECK(c.measures_done == 2);
    CHECK(c.measures_ongoing == 1);
    CHECK(c.measures_in_progress == 1);
    CHECK(c.measures_not_started == 1);
    CHECK(c.measures_overdue == 1);
    CHECK(report_counts(ws.plans[0], Date{}).measures_overdue == 0);

    SECTION("a problem without measures is not done") {
        Plan plan = testing::plan("", "", {problem("", "尚无措施的问题")});
        ReportCounts e = report_counts(plan, {});
        CHECK(e.problems == 1);
        CHECK(e.problems_done == 0);
        CHECK(e.problems_in_progress == 1);
        ReportOptions o;
        CHECK(contains(progress_report(ws, plan, o), "\n共1个问题，已整改完成0个，正在整改1个。\n"));
    }
    SECTION("a problem whose live measures are all done is done, whatever its tombstones") {
        Plan& plan = ws.plans[0];
        plan.problems[1].measures[0].status = Status::Done;          // m-3; m-gone stays not started
        plan.problems[3].measures[0].status = Status::DoneOngoing;   // m-4
        ReportCounts d = report_counts(plan, {2025, 12, 1});
        CHECK(d.problems_done == 3);
        CHECK(d.problems_in_progress == 0);
        CHECK(d.measures_done == 4);
        CHECK(d.measures_overdue == 0);
        std::string text = progress_report(ws, plan, options(false, true));
        CHECK(contains(text, "截至2025年12月1日，共3个问题，已全部整改完成；涉及整改措施4项，已完成4项（其中长期坚持2项）。\n"));
    }
    SECTION("a deleted plan item never shows") {
        std::string text = progress_report(ws, ws.plans[0], options(false, true));
        CHECK_FALSE(contains(text, "已删除"));
        CHECK_FALSE(contains(text, "不应出现"));
        CHECK_FALSE(contains(text, "作废"));
    }
}

TEST_CASE("a plan without areas numbers its problems at the top level", "[report]") {
    Workspace ws = fixture_workspace();
    for (Problem& p : ws.plans[0].problems) p.area.clear();
    std::string text = progress_report(ws, ws.plans[0], options(false, true));
    CHECK_FALSE(contains(text, "一、"));
    CHECK(contains(text, "\n（三）农村学校教师培训机会少。\n"));
}

TEST_CASE("the English report is the same structure translated", "[report]") {
    Workspace ws = fixture_workspace();
    std::string text = progress_report(ws, ws.plans[0], options(false, true, Lang::En));
    CHECK(text.rfind("Report on the Rectification under \u201c某区教育局2025年度公众评议意见建议整改落实工作方案\u201d\n\n", 0) == 0);
    CHECK(contains(text, "As of 1 Dec 2025, 3 problems in total: 1 rectified, 2 being rectified; 4 measures, "
                         "2 completed (1 of them ongoing), 1 in progress, 1 not started; 1 past the deadline.\n"));
    CHECK(contains(text, "\nI. 聚焦教育资源配置方面\n(1) 城区小学学位紧张，入学难。 (Problem No. 120250070800011)\n1. 增加城区小学学位。\n"));
    CHECK(contains(text, "\nLead departments: 基教科, Supporting departments: 财基科, Responsible: 王晓明, "
                         "Supervising leaders: 陈建国, Deadline: 2025年11月底前.\n"));
    CHECK(contains(text, "\nStatus: Completed; kept up (ongoing).\n"));
    CHECK(contains(text, "\nStatus: In progress (past its deadline).\n"));
    CHECK(contains(text, "\nII. 聚焦教师队伍建设方面\n"));
    CHECK(contains(text, "\n\n某区教育局\n1 Dec 2025\n"));
    std::string notice = progress_report(ws, ws.plans[0], options(true, false, Lang::En));
    CHECK(notice.rfind("Public Notice on", 0) == 0);
    CHECK(contains(notice, "Responsible units: 基教科, 财基科, Deadline: 2025年11月底前.\n"));
}

TEST_CASE("the HTML page escapes text and carries the GB/T 9704 layout", "[report][html]") {
    Workspace ws = fixture_workspace();
    ws.plans[0].title = "<script>alert('x')</script>&\"方案\"";
    std::string html = progress_report_html(ws, ws.plans[0], options(false, true));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "关于《&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;方案&quot;》整改落实情况的报告"));
    CHECK(contains(html, "size: A4"));
    CHECK(contains(html, "margin: 37mm 26mm 35mm 28mm"));
    CHECK(contains(html, "@bottom-center"));
    CHECK(contains(html, "counter(page)"));
    CHECK(contains(html, "\"仿宋_GB2312\", \"FangSong\", \"STFangsong\", \"Noto Serif CJK SC\", serif"));
    CHECK(contains(html, "\"方正小标宋简体\", \"STZhongsong\", \"SimSun\", serif"));
    CHECK(contains(html, "\"SimHei\", \"Noto Sans CJK SC\", sans-serif"));
    CHECK(contains(html, "\"KaiTi\", \"KaiTi_GB2312\", \"STKaiti\", serif"));
    CHECK(contains(html, "font-size: 16pt"));
    CHECK(contains(html, "font-size: 22pt"));
    CHECK(contains(html, "<p class=\"h1\">一、聚焦教育资源配置方面</p>"));
    CHECK(contains(html, "<p class=\"h2\">（一）城区小学学位紧张，入学难。（问题编号：120250070800011）</p>"));
    CHECK(contains(html, "<p class=\"sign first\">某区教育局</p>"));
    CHECK(contains(html, "<p class=\"sign\">2025年12月1日</p>"));
    CHECK(contains(html, "<html lang=\"zh-CN\">"));
    // Self-contained: nothing is fetched.
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));
    CHECK_FALSE(contains(html, "url("));
    CHECK_FALSE(contains(html, "<link"));
    CHECK(contains(progress_report_html(ws, ws.plans[0], options(false, true, Lang::En)), "<html lang=\"en\">"));
}

TEST_CASE("html_escape covers the five special characters", "[report][html]") {
    CHECK(html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(html_escape("整改") == "整改");
}

TEST_CASE("texts are quoted as written: line breaks, 一是… logs, single steps", "[report]") {
    Workspace ws = fixture_workspace();
    Plan& plan = ws.plans[0];
    Measure& m = plan.problems[0].measures[0];
    m.title = "增加学位\n（分两期）";
    m.progress = {progress("e-a", {2025, 6, 1}, "一是完成立项；"), progress("e-b", {2025, 7, 1}, "二是开工建设")};
    plan.problems[0].text = "城区小学\n学位紧张。";
    std::string text = progress_report(ws, plan, options(false, true));
    CHECK(contains(text, "\n（一）城区小学学位紧张。（问题编号：120250070800011）\n"));
    CHECK(contains(text, "\n1.增加学位\n（分两期）\n整改措施："));           // paragraphs kept
    CHECK(contains(text, "\n整改情况：一是完成立项；二是开工建设。\n")); // not numbered twice
    plan.title.clear();
    CHECK(progress_report(ws, plan, options(true, true)).rfind("整改落实情况的公示\n\n现将整改落实情况公示如下。\n", 0) == 0);
}

