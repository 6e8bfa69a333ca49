// The text importer on shapes met in the fifteenth set of unseen documents (set O, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: findings in prose on lines with no blank between them · a named 存在…问题 and 揭示 · a matter
// told to a reporter (报料) and seen by one · 反映 that means "shows" · a list glued to its heading on one
// line · a news lead given twice · 正在 before the complained-of activity.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include <optional>
#include <string>
#include <vector>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 10); }

// Whether a status was read for each problem's first measure.
std::vector<bool> status_read(const TextImport& r) {
    std::vector<bool> out;
    for (const Problem& p : r.plan().problems)
        out.push_back(!p.measures.empty() && std::count(r.status_read.begin(), r.status_read.end(), p.measures[0].id) > 0);
    return out;
}

} // namespace

TEST_CASE("findings in prose on lines with no blank line between them are one problem each; a named 存在…问题 and 审计揭示 state one", "[text][sets]") {
    const TextImport r = read("青川市审计局在学校经费审计中发现，区教育局存在重复采购教学管理软件问题，对此督促区教育局统筹整合。\n"
                              "针对审计发现的问题，区教育局制定了整合方案，已停用两套软件。\n"
                              "白石县审计局对县教育局学生资助资金管理情况开展审计调查。审计揭示资助资金拨付不及时、受助学生档案不全等问题。\n"
                              "审计建议县教育局加强资助资金管理。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("重复采购教学管理软件问题") != std::string::npos);
    CHECK(texts[1].find("审计揭示资助资金拨付不及时") != std::string::npos);
    // A generic 存在问题 names no finding.
    CHECK(read("青川市审计局在学校经费审计中发现，区教育局存在一些管理问题，需加以改进。\n审计建议加强管理。\n").problems == 0);
}

TEST_CASE("a matter told to a reporter (报料称) and seen by one (记者来到) is a problem; 反映出 (shows) is no report", "[text][sets]") {
    const TextImport r = read("本报讯 5日，松林中学一名学生向本报记者报料称，学校要求初三学生暑假到校补课，每人收取补课费900元。\n"
                              "当天上午，记者来到松林中学，看到学生正在上课。\n"
                              "校长表示学校并未收费。\n");
    CHECK(r.problems == 1);
    // With no one who checked (no office, no reporter who went), a claim alone is no finding.
    CHECK(read("松林中学一名学生向本报报料称，学校要求初三学生暑假到校补课，每人收取补课费900元。\n").problems == 0);
    const TextImport s = read("对此，市教育局要求各校开展自查。这反映出部分学校主体责任落实不到位、日常管理松懈。\n"
                              "为进一步纠正群众反映强烈的乱收费行为，市教育局要求各校全面整改。\n");
    CHECK(s.problems == 0);
}

TEST_CASE("a list copied onto one line with each heading glued to its first mark (二、问题1.教学楼隐患(1)…。(2)…) reads every item", "[text][sets]") {
    const TextImport r = read("东湖小学安全隐患排查报告\n一、基本情况学校于3月对校园进行了全面排查。二、排查发现的问题1.教学楼隐患(1)三楼楼梯扶手松动，学生上下楼易发生意外。"
                              "(2)走廊应急照明灯不亮。2.食堂隐患(1)两具灭火器已过期。(2)排烟罩油污较多。(3)留样冰箱温度不达标。"
                              "三、整改建议1.教学楼整改(1)更换楼梯扶手。(2)维修应急照明灯。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"(1)|三楼楼梯扶手松动，学生上下楼易发生意外", "(2)|走廊应急照明灯不亮", "(1)|两具灭火器已过期",
                                                       "(2)|排烟罩油污较多", "(3)|留样冰箱温度不达标"});
    // A (1) inside a sentence, with no (2) after it, cuts nothing.
    const TextImport s = read("一、存在问题1.楼梯扶手松动(1)处需维修。2.应急灯不亮。\n");
    CHECK(r.problems == 5);
    CHECK(s.problems == 2);
}

TEST_CASE("a news page that gives its lead twice has one problem; 正在 before the complained-of activity (正在补课) is no work under way", "[text][sets]") {
    const TextImport r = read("昨天，市民王女士反映，城南一所初中要求初三学生寒假到校补课，五天收取补课费980元。\n"
                              "晚报讯 昨天，市民王女士反映，城南一所初中要求初三学生寒假到校补课，五天收取补课费980元。\n"
                              "记者来到该校时，初三学生正在补课。\n"
                              "学校负责人称不存在收费现象。\n");
    REQUIRE(r.problems == 1);
    CHECK(status_read(r) == std::vector<bool>{false});
    // Two different matters stay two.
    const TextImport two = read("昨天，市民王女士反映，城南一所初中要求初三学生寒假到校补课，五天收取补课费980元。\n"
                                "另有家长反映，该校食堂饭菜价格上涨后分量明显减少，学生吃不饱。\n"
                                "记者来到该校进行了采访。\n");
    CHECK(two.problems == 2);
    // Work under way is still read: 正在整改.
    const TextImport w = read("有家长反映，城南一所初中食堂后厨卫生条件差。经核实，情况属实，目前学校正在整改。\n");
    REQUIRE(w.problems == 1);
    CHECK(status_read(w) == std::vector<bool>{true});
}

TEST_CASE("一是…二是… after a complainant's lead-in to what they ask (核心诉求是：) are requests, not findings", "[text][sets]") {
    const TextImport r = read("投诉城西中学周末强制学生留校自习不合理\n"
                              "您好！城西中学要求住校生周末全部留校自习，不允许回家，家长多次向学校反映均无回应。"
                              "我们的核心诉求是：一是恳请教育局督促学校取消周末强制留校规定；二是要求学校公开作息安排。\n");
    CHECK(std::none_of(r.plan().problems.begin(), r.plan().problems.end(), [](const Problem& p) { return p.number == "一是"; }));
    // The same 一是…二是… after a finding's lead-in are findings.
    const TextImport f = read("督查发现城西中学存在以下问题：一是周末强制学生留校自习；二是作息安排未公开。\n");
    CHECK(problem_texts(f) == std::vector<std::string>{"一是|周末强制学生留校自习", "二是|作息安排未公开"});
}

TEST_CASE("整改完成时限 (the time set for the work) is no completion", "[text][sets]") {
    const TextImport r = read("一、存在问题\n1.三楼消防栓箱门损坏。对此详细登记在册，明确责任人和整改完成时限，实行台账管理。\n"
                              "2.二楼走廊应急灯不亮。现已整改完成。\n");
    REQUIRE(r.problems == 2);
    const auto& ps = r.plan().problems;
    CHECK_FALSE((status_read(r)[0] && ps[0].measures[0].status == Status::Done));
    REQUIRE(status_read(r)[1]);
    CHECK(ps[1].measures[0].status == Status::Done);
}

TEST_CASE("things named and counted with no 发现 (…，私接电线、床上充电等安全隐患问题23处) state a finding", "[text][sets]") {
    const TextImport r = read("本周学院对男生宿舍进行了用电安全检查。\n"
                              "本次共检查宿舍楼4栋，现场收缴违规电器40余件，私接电线、床上充电等安全隐患问题23处。\n"
                              "学院将加强宿舍用电安全教育。\n");
    CHECK(r.problems == 1);
    // Things checked and counted, none named wrong, are none.
    CHECK(read("本周学院对男生宿舍进行了用电安全检查。\n本次共检查宿舍楼4栋、宿舍120间。\n").problems == 0);
}

TEST_CASE("a clause that opens with 完成 in a sentence that asks nothing tells work done; after 要求/确保 it is still to do", "[text][sets]") {
    const TextImport r = read("一、存在问题\n1.区教育局重复建设两套排课系统。针对该问题，区教育局制定了系统整合方案，完成排课、选课等2项功能整合。\n"
                              "2.学校图书室藏书登记不全。区教育局要求学校开展清查，完成全部藏书登记。\n");
    REQUIRE(r.problems == 2);
    const auto& ps = r.plan().problems;
    REQUIRE(status_read(r)[0]);
    CHECK(ps[0].measures[0].status == Status::Done);
    CHECK_FALSE((status_read(r)[1] && ps[1].measures[0].status == Status::Done));
}

TEST_CASE("尽快 in a complainant's wish (恳请…尽快回应) is nobody's plan; an office's 尽快 still is", "[text][sets]") {
    const TextImport r = read("一、存在问题\n1.学校食堂晚餐供应时间过短。家长多次反映无果，恳请教育局尽快督促学校调整。\n"
                              "2.学校澡堂热水不足。学校表示尽快维修热水器。\n");
    REQUIRE(r.problems == 2);
    CHECK_FALSE(status_read(r)[0]);
    REQUIRE(status_read(r)[1]);
    CHECK(r.plan().problems[1].measures[0].status == Status::NotStarted);
}
