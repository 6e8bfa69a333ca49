// The text importer on shapes met in the sixteenth set of unseen documents (set P, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a ；-list after a colon whose lead-in names its parts problems · a 一、 after 一是…三是 · decisions after
// 如下处理： and a like counter · 对A、B等问题进行纠正 · units counted after 发现 · a ；-list after 仍存在一些问题。 ·
// a table one cell a line with group rows · a flattened table's header naming its unit column · findings after 经查 ·
// findings in prose one a line · a case told in time order.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include <string>
#include <vector>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 10); }

} // namespace

TEST_CASE("a ；-list after a colon whose lead-in names its parts problems (存在以下违规行为：A；B；C / 发现了一些问题。主要是：A；B) gives one problem each", "[text][sets]") {
    // The sentence before names them problems; the parts need no word of a shortcoming (有温差, 有偏差).
    const TextImport r = read("督查组组长指出，在本次督查中发现了一些问题。主要是：课后服务工作有温差；作业管理落实有偏差；"
                              "校外培训监管存在空档；家校沟通机制运行不畅。\n");
    REQUIRE(r.problems == 4);
    const auto texts = problem_texts(r);
    CHECK(texts[0] == "|课后服务工作有温差");
    CHECK(texts[3].find("家校沟通机制运行不畅") != std::string::npos);
    // 以下 and a colon in the same sentence: the list after the colon, not one problem.
    const TextImport s = read("经查，该培训机构存在以下违规行为：组织与入学挂钩的测试，违反了有关规定；对外宣传的4处教学点中2处未取得办学许可；"
                              "教学点名称与许可证名称不一致。\n");
    CHECK(s.problems == 3);
    // 主要是： after a sentence that names no finding leads into no problems (plans, not findings).
    CHECK(read("会议对下一步工作作了部署。主要是：加强课后服务管理；完善作业公示制度；推进家校共育。\n").problems == 0);
}

TEST_CASE("a 一、 after a 一是…三是 list in the same passage is none of its items' parts (三是 stays a finding)", "[text][sets]") {
    const TextImport r = read("同志们：上月市督导组对我县迎检工作进行了指导，指出了我们工作中的三点不足：一是部分学校自评材料不完整；二是安全台账更新滞后；"
                              "三是少数学校食堂经费有挪用现象。针对这些不足，督导组提出了建议。下面，我讲两点意见。一、统一思想，提高认识，扎实做好迎检准备...\n");
    REQUIRE(r.problems == 3);
    CHECK(problem_texts(r)[2].find("三是|少数学校食堂经费有挪用现象") == 0);
}

TEST_CASE("a numbered list after …决定做出如下处理： is the decisions taken, not the findings; the finding told before it is the problem", "[text][sets]") {
    const std::string body = "经查，青禾职业学校在招生工作中存在虚假宣传、违规承诺就业的行为，造成不良影响。经市教育局研究，决定对该校做出如下处理：\n"
                             "一、责成学校董事会调整领导班子；\n"
                             "二、核减下一年度招生计划200人；\n"
                             "三、年检结论为不合格，责成学校全面整改。\n";
    const TextImport r = read(body);
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("虚假宣传") != std::string::npos);
    // A page's like counter above the text ("- +1") is chrome, not an item that swallows the text.
    const TextImport s = read("- +1\n青禾职业学校违规招生被处理\n" + body + "+1\n收藏\n");
    REQUIRE(s.problems == 1);
    CHECK(problem_texts(s)[0].find("虚假宣传") != std::string::npos);
}

TEST_CASE("things named between 对 and 等问题 that are acted on (对A、B、C等问题进行纠正) are findings, one problem each", "[text][sets]") {
    const TextImport r = read("开学初，区市场监管局对辖区18所学校食堂开展检查，对晨检记录不全、冷藏柜温度不达标、操作间堆放杂物等问题进行纠正，"
                              "责令限期整改2家。\n");
    REQUIRE(r.problems == 3);
    CHECK(problem_texts(r)[2].find("操作间堆放杂物") != std::string::npos);
    // Things checked, not found wrong (对校舍、消防等情况进行检查), are none.
    CHECK(read("开学初，区教育局对校舍安全、消防设施、食堂卫生等情况进行检查。\n").problems == 0);
}

TEST_CASE("units counted after 发现 that 存在 something (检查发现3家托管班存在…) state a finding, whatever the words of their fault", "[text][sets]") {
    const TextImport r = read("近日，河西区教育局对辖区校外托管机构开展暑期检查。检查发现2家托管班存在以托管名义开设学科类课程，检查组当场下发整改通知书。\n"
                              "截至7月底，共检查机构31家，整改完成2起。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("2家托管班存在以托管名义开设学科类课程") != std::string::npos);
    // A count of units checked, none found at fault, is no finding.
    CHECK(read("近日，河西区教育局对辖区校外托管机构开展暑期检查，共检查机构31家，均按要求规范运行。\n").problems == 0);
}

TEST_CASE("a ；-list right after a sentence that found problems without naming them is the findings; that sentence's status was of earlier work", "[text][sets]") {
    const TextImport r = read("本月例行检查发现，上月检查出的隐患已基本整改完成，个别隐患正在整改中，但仍存在一些问题。部分实验室危化品台账登记不及时，"
                              "废液桶标签缺失；还有实验室存在插线板串接、通风橱未定期检测的问题。学院已下达整改通知。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("危化品台账登记不及时") != std::string::npos);
    CHECK(texts[1].find("通风橱未定期检测") != std::string::npos);
    // Parts that name nothing wrong are no findings (what will be done).
    CHECK(read("本月例行检查发现，各实验室仍存在一些问题。学院将加强日常巡查；督促各实验室落实安全值日制度。\n").problems == 0);
}

TEST_CASE("a table flattened one cell a line under a lead-in (学院 | / 存在隐患 | / 物理学院 | / B203 插线板串接 |) gives each finding cell, not the names of its columns and groups", "[text][sets]") {
    const TextImport r = read("一、检查情况\n"
                              "本次检查共发现安全隐患4项，具体隐患明细如下：\n"
                              "学院 |\n存在隐患 |\n"
                              "物理学院 |\n"
                              "实验楼B203 插线板串接 |\n"
                              "实验楼B210 试剂柜未上锁 |\n"
                              "生命科学学院 |\n"
                              "生科楼105 走廊堆放纸箱 |\n"
                              "生科楼201 废液桶无标签 |\n"
                              "合计 |\n4项 |\n"
                              "二、整改要求\n"
                              "请各学院于3月10日前完成整改。\n");
    REQUIRE(r.problems == 4);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("插线板串接") != std::string::npos);
    CHECK(texts[2].find("走廊堆放纸箱") != std::string::npos);
}

TEST_CASE("a flattened table's header naming its unit column (单位 |, 学校 |, 责任单位 |, 被检查单位 |) ends at the first unit's own name; its rows are read", "[text][sets]") {
    // Group rows: each unit's name, then its findings.
    for (const std::string first : {"单位", "学校", "责任单位", "被检查单位", "学院"}) {
        const TextImport r = read("一、检查情况\n本次督查共发现问题4项，明细如下：\n" + first +
                                  " |\n存在问题 |\n"
                                  "城南职业中专 |\n实训楼二层灭火器过期 |\n配电房堆放纸箱 |\n"
                                  "青禾小学 |\n食堂留样记录不全 |\n校门口减速带破损 |\n"
                                  "二、整改要求\n请各单位于4月1日前完成整改。\n");
        CAPTURE(first);
        REQUIRE(r.problems == 4);
        const auto texts = problem_texts(r);
        CHECK(texts[0].find("灭火器过期") != std::string::npos);
        CHECK(texts[3].find("减速带破损") != std::string::npos);
    }
    // Two columns, a unit and its finding a row; a finding holding a column's word (食堂) is no column's name.
    const TextImport two = read("督查中发现的问题如下：\n单位 |\n存在问题 |\n河西中学 |\n消防通道堆放杂物 |\n"
                                "北街小学 |\n食堂后厨地面积水 |\n红星幼儿园 |\n户外滑梯螺丝松动 |\n");
    REQUIRE(two.problems == 3);
    CHECK(problem_texts(two)[1].find("地面积水") != std::string::npos);
    // Four columns under 学校 |: a table read by rows, the unit, measure and deadline with each finding.
    const TextImport four = read("督查发现问题及整改要求如下：\n学校 |\n存在问题 |\n整改措施 |\n整改时限 |\n"
                                 "河西中学 |\n消防通道堆放杂物 |\n立即清理通道 |\n4月1日 |\n"
                                 "北街小学 |\n食堂后厨地面积水 |\n修复排水沟 |\n4月15日 |\n");
    REQUIRE(four.problems == 2);
    const auto& ps = four.plan().problems;
    CHECK(ps[1].text == "食堂后厨地面积水");
    REQUIRE(ps[1].measures.size() == 1);
    CHECK(ps[1].measures[0].title == "修复排水沟");
    CHECK(ps[1].measures[0].deadline.text == "4月15日");
    // 幼儿园 | is a column's name, 阳光幼儿园 | its row's cell.
    const TextImport kg = read("督查发现问题如下：\n幼儿园 |\n存在问题 |\n整改时限 |\n阳光幼儿园 |\n户外滑梯螺丝松动 |\n5月1日 |\n"
                               "星星幼儿园 |\n晨检记录缺失 |\n5月8日 |\n");
    REQUIRE(kg.problems == 2);
    CHECK(kg.plan().problems[1].text == "晨检记录缺失");
    CHECK(kg.plan().problems[1].measures.at(0).deadline.text == "5月8日");
}

TEST_CASE("several findings told in sentences after 经查 (经查，A…提前组织报名、收费。B…擅自发放录取通知书…) are one problem each, whatever their words", "[text][sets]") {
    const TextImport r = read("违规招生通报\n\n通报指出，全市严禁违规提前招生。经查，东湖中学、西岭中学在多次提醒下，仍提前组织报名、收费。"
                              "南山学校在没有招生计划的情况下，擅自发放录取通知书，诱导家长交费。\n\n"
                              "针对以上行为，现责成区教育局对三校严肃处理。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("提前组织报名") != std::string::npos);
    CHECK(texts[1].find("录取通知书") != std::string::npos);
    CHECK(texts[1].find("责成") == std::string::npos);
    // A confirmation (经查，…属实。) or a status (经查，该校已于…完成整改。) after 经查 leads no findings.
    CHECK(read("关于网友留言的回复\n\n经查，您反映的问题属实。该校在开学时向学生收取了资料费。我局已责令其全部退还。\n").problems < 2);
    CHECK(read("关于某校的情况说明\n\n经查，该校已于3月完成整改。目前校园运行正常，师生反映良好。\n").problems < 2);
}

TEST_CASE("six or more findings told in prose one a line (审计发现，A校存在…问题。) are one problem each, as three are", "[text][sets]") {
    const std::vector<std::string> lines = {"审计发现，东山小学存在多收取教辅材料费问题，涉及金额2.1万元。", "审计发现，西河中学存在食堂账目不清问题，涉及金额3.4万元。",
                                            "审计发现，南坪幼儿园存在超标准收取保育费问题，涉及金额1.2万元。", "审计发现，北岭小学存在未按规定公示收费项目问题。",
                                            "审计发现，城关中学存在挤占生均公用经费问题，涉及金额5.6万元。", "审计发现，青石小学存在资产未入账问题，涉及金额0.8万元。"};
    for (size_t n : {3, 5, 6}) {
        std::string doc;
        for (size_t k = 0; k < n; k++) doc += lines[k] + "\n";
        CHECK(read(doc).problems == int(n));
    }
}

TEST_CASE("a case told in time order: still not done then (…仍未整改到位。), then a step done after it (…全部清退了借读生) is done", "[text][sets]") {
    const std::string lead = "通报指出，两地对违规招收借读生情况进行了查处。\n";
    const TextImport r = read(lead + "一是青松中学违规招收借读生120人。2022年3月，巡查组发现该问题并要求立即整改，但到当年9月仍未整改到位。"
                                     "同年10月，区教育局责令该校全部清退了借读生，并约谈了校长。\n"
                                     "二是白杨中学违规招收借读生40人，收取借读费60万元，至今仍未整改到位。\n");
    REQUIRE(r.problems == 2);
    const auto& ps = r.plan().problems;
    CHECK(ps[0].measures[0].status == Status::Done);
    // Nothing done after it: still not started.
    CHECK(ps[1].measures[0].status == Status::NotStarted);
}
