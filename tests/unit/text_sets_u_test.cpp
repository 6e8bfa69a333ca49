// The text importer on shapes met in the twenty-first set of unseen documents (set U, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a ；-list after 问题：主要是 whose last part holds a comma is the ；-list's, not split at the comma · findings
// as comma clauses right after 发现 (检查中发现A没有…，且B杂乱，C有漏记现象。) and units counted after 其中 (其中28家A，
// 24家B) are one finding each · a clause of its own saying all were put right (…再回访，均已整改，整改率100%。)
// after the findings is the status of each · one situation of units quantified inside it, ordered put right
// (针对场内个别经营户未亮证亮照情况责令立即整改), is a finding · praise of most (绝大部分…) then 但也有个别X不强, followed only by
// what was done about it, is a finding · a 问政 page's 回复部门：line starts the reply, the letter above it is the
// problem · 已上报…待… and 已与…联系 are a first step, under way · a line of attached pictures' file names, a post's
// time stamp alone and a 留言已被查看 counter are the page's, no letter's text · short lines that each name a fault
// (浙江：部分景区安全责任落实不到位), each over a paragraph of cases, after a paragraph that found problems, are one
// problem each; a list of cases inside the paragraph (A；B) is its description · a reader's letter published alone
// (…希望有关部门尽快… / 网友 王女士) is one problem, its plea no status · title sentences with a verdict inside one
// paragraph (…问题较为突出。cases。…问题普遍存在。cases) are one problem each, the cases their description.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 13); }

} // namespace

TEST_CASE("a ；-list after 问题：主要是 is split at its ；, not at a comma in its last part", "[text][sets]") {
    const TextImport r = read("区卫健委抽查了5家诊所的执业情况。抽查的诊所总体较好，但也发现了一些问题：主要是部分诊所处方登记不全；"
                              "部分诊所医疗废物暂存不规范；个别诊所消毒记录缺失，台账更新不及时等方面的问题。对上述问题已要求限期整改。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|部分诊所处方登记不全") != std::string::npos); // 主要是 is no part of the finding
    CHECK(texts[1].find("医疗废物暂存不规范") != std::string::npos);
    CHECK(texts[2].find("消毒记录缺失") != std::string::npos);
    CHECK(texts[2].find("台账更新不及时") != std::string::npos);
}

TEST_CASE("findings as comma clauses right after 发现, and units counted after 其中, are one each", "[text][sets]") {
    // No quantity word: the first clause after 发现 opens the run; 且 goes on from the clause before it.
    const TextImport r = read("区应急局对辖区3家物流企业进行了突击检查。检查中发现甲公司配电箱没有防护门，且线路私拉乱接，"
                              "乙公司值班记录有漏记现象。检查组现场下达了整改通知书。\n");
    REQUIRE(r.problems == 2);
    auto texts = problem_texts(r);
    CHECK(texts[0].find("配电箱没有防护门") != std::string::npos);
    CHECK(texts[0].find("私拉乱接") != std::string::npos);
    CHECK(texts[1].find("值班记录有漏记现象") != std::string::npos);
    // Units counted after the total (发现隐患96处，其中…): one finding each; the total is none.
    const TextImport c = read("全年共检查餐饮店312家次，发现隐患96处，其中41家餐饮店燃气软管老化，37家餐饮店油烟管道未清洗，"
                              "18家餐饮店安全出口堆放杂物。\n");
    REQUIRE(c.problems == 3);
    texts = problem_texts(c);
    CHECK(texts[0].find("|41家餐饮店燃气软管老化") != std::string::npos);
    CHECK(texts[2].find("安全出口堆放杂物") != std::string::npos);
    // A clause that only concludes (，存在安全隐患) is the finding's, not one of its own.
    const TextImport o = read("在开学安全检查中，发现该校围墙有多处出现裂缝、倾斜等现象，存在安全隐患。学校已设置警戒线。\n");
    REQUIRE(o.problems == 1);
    // A check that found things in order is no finding (检查中发现各企业台账齐全，制度完善。).
    CHECK(read("检查中发现各企业台账齐全，制度完善，人员在岗。\n").problems == 0);
}

TEST_CASE("a clause of its own saying all were put right (…，均已整改，…) is the status of the findings before it", "[text][sets]") {
    const TextImport r = read("全年共检查餐饮店312家次，发现隐患96处，其中41家餐饮店燃气软管老化，37家餐饮店油烟管道未清洗，"
                              "18家餐饮店安全出口堆放杂物。执法人员当场指出问题，现场整改80处，限期整改16处。"
                              "月底对限期整改的商户逐一复查，均已整改，整改率100%。\n");
    REQUIRE(r.problems == 3);
    for (const Problem& p : r.plan().problems) {
        REQUIRE(p.measures.size() == 1);
        CHECK(p.measures[0].status == Status::Done);
    }
    // A sentence with no such clause (…逐一复查，整改率60%，其余仍在整改。) says none done.
    const TextImport s = read("全年共检查餐饮店312家次，发现隐患96处，其中41家餐饮店燃气软管老化，37家餐饮店油烟管道未清洗，"
                              "18家餐饮店安全出口堆放杂物。执法人员当场指出问题，现场整改50处，限期整改46处。"
                              "月底对限期整改的商户逐一复查，整改率60%，其余仍在整改。\n");
    REQUIRE(s.problems == 3);
    for (const Problem& p : s.plan().problems)
        for (const auto& m : p.measures) CHECK(m.status != Status::Done);
}

TEST_CASE("one situation of units quantified inside it, ordered put right (针对…个别X未Y情况责令整改), is a finding", "[text][sets]") {
    const TextImport r = read("区卫健局对辖区诊所开展了双随机检查，重点检查了执业资质和消毒记录。在检查过程中，执法人员逐项核对，"
                              "针对辖区内个别诊所未按规定公示收费标准情况责令立即整改。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("个别诊所未按规定公示收费标准情况") != std::string::npos);
    // No unit quantified (针对检查中发现的问题责令整改) or things checked: no finding.
    CHECK(read("区卫健局对辖区诊所开展了双随机检查。针对检查中发现的问题情况责令立即整改。\n").problems == 0);
    CHECK(read("区卫健局对辖区诊所开展了双随机检查，针对各诊所收费公示情况进行了通报。\n").problems == 0);
}

TEST_CASE("praise of most, then 但也有个别X…不强 followed only by what was done about it, is a finding", "[text][sets]") {
    const TextImport r = read("本月共抽查在建工地23处，绝大部分施工单位能落实扬尘防治措施，但也有个别施工单位防尘意识不强，"
                              "检查组对其中4处工地下发了整改通知书，并责令限期改正。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("防尘意识不强") != std::string::npos);
    // Praise alone, and what was done, is no finding.
    CHECK(read("本月共抽查在建工地23处，绝大部分施工单位能落实扬尘防治措施，检查组对4处工地下发了整改通知书。\n").problems == 0);
}

namespace {
// A 问政 page: the letter, then 回复部门：office date, a greeting, the reply, the office.
std::string letter_page(const std::string& reply) {
    return "我小区北门的两盏路灯坏了两个多月，晚上出行很不方便，多次向社区反映无人处理，希望有关部门尽快维修。\n"
           "回复部门:某区 2024-03-02 10:11:12\n网友您好:\n" + reply + "感谢您对我们工作的关注与支持！\n某区城市管理局\n";
}
} // namespace

TEST_CASE("a 问政 page's 回复部门：line starts the reply; the letter above it is the problem", "[text][sets]") {
    const TextImport r = read(letter_page("经核实，该路段路灯线路老化，我局已安排养护单位于本周内完成维修。"));
    REQUIRE(r.problems == 1);
    const std::string text = problem_texts(r)[0];
    CHECK(text.find("北门的两盏路灯坏了") != std::string::npos);
    CHECK(text.find("线路老化") == std::string::npos); // the reply is no part of the problem
    REQUIRE(r.plan().problems[0].measures.size() == 1);
    CHECK(r.plan().problems[0].measures[0].title.find("线路老化") != std::string::npos);
}

TEST_CASE("已上报…待… and 已与…联系 are a first step taken: under way", "[text][sets]") {
    for (const char* reply : {"经查，该路灯属小区自建设施，物业已上报街道办待审批后维修。",
                              "经了解，反映属实，社区工作人员已与物业公司联系，督促其尽快维修。"}) {
        const TextImport r = read(letter_page(reply));
        REQUIRE(r.problems == 1);
        REQUIRE(r.plan().problems[0].measures.size() == 1);
        CHECK(r.plan().problems[0].measures[0].status == Status::InProgress);
    }
}

TEST_CASE("attached pictures' file names, a post's time stamp and a view counter are the page's lines", "[text][sets]") {
    const TextImport r = read("书记信箱\n30127\n\n东湖小区门前人行道地砖大面积破损，老人孩子经常绊倒，反映多次一直没有修，恳请领导过问。\n\n"
                              "3F2A9C10-77B1-4E0D-9A51-2B7C0D9E4F11.jpg8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F.jpg\n\n"
                              "2023-04-11 09:26\n留言已被查看 3\n您好！您所反映的情况已收悉。现回复如下：该路段人行道已列入今年维修计划，"
                              "将于5月底前完成修复。\n东湖街道办事处\n2023年4月12日\n");
    REQUIRE(r.problems == 1);
    const std::string text = problem_texts(r)[0];
    CHECK(text.find("人行道地砖大面积破损") != std::string::npos);
    CHECK(text.find(".jpg") == std::string::npos);
    CHECK(text.find("已被查看") == std::string::npos);
    CHECK(text.find("09:26") == std::string::npos);
}

TEST_CASE("short lines each naming a fault, over paragraphs of cases, after a paragraph that found problems, are one each", "[text][sets]") {
    const TextImport r = read("近日，市场监管总局组织暗访组对三个省的农贸市场开展暗访，发现一批食品安全隐患和市场秩序问题，现将有关情况通报如下。\n\n"
                              "甲省：部分市场进货查验记录不全\n\n暗访组赴2个市暗访。某市场多家摊位无进货台账。某市场冷库温度记录缺失。\n\n"
                              "乙省：个别市场存在销售过期食品隐患\n\n暗访组赴3个市暗访，发现问题12项。某超市货架上有过期酸奶；"
                              "某市场熟食摊位未配备防蝇设施。\n\n"
                              "丙省：部分市场公平秤配备不到位\n\n暗访组赴1个市暗访。某市场未设公平秤。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("进货查验记录不全") != std::string::npos);
    CHECK(texts[1].find("销售过期食品") != std::string::npos);
    CHECK(texts[2].find("公平秤配备不到位") != std::string::npos);
    // The same short lines after a paragraph that found nothing (…开展了暗访，总体情况良好。) are no findings of this rule.
    const TextImport calm = read("近日，市场监管总局组织暗访组对三个省的农贸市场开展了暗访，总体情况良好。\n\n"
                                 "甲省：市场进货查验记录规范\n\n暗访组赴2个市暗访。\n\n乙省：市场公平秤配备齐全\n\n暗访组赴3个市暗访。\n");
    CHECK(calm.problems == 0);
}

TEST_CASE("a reader's letter published alone, its writer on the line after it, is one problem with no status", "[text][sets]") {
    const std::string letter = "我们小区东门外的排水沟去年冬天被施工车辆压塌，至今没有修复，一下雨污水就漫到路上，老人孩子出行很不方便。"
                               "希望有关部门尽快修好排水沟，完成路面恢复。";
    for (const std::string& doc : {letter + "\n某市民生留言板 网友 王女士\n", letter + "\n\n网友 王女士\n《某某日报》（2024年5月6日 05版）\n"}) {
        const TextImport r = read(doc);
        REQUIRE(r.problems == 1);
        CHECK(problem_texts(r)[0].find("排水沟去年冬天被施工车辆压塌") != std::string::npos);
        CHECK(problem_texts(r)[0].find("王女士") == std::string::npos);
        CHECK(r.status_read.empty()); // 尽快…完成 is a plea, no work done
    }
    // A plea with no writer's line (a news item's quotation) is none of this rule's.
    CHECK(read(letter + "\n记者 张明\n").problems == 0);
}

TEST_CASE("title sentences with a verdict inside one paragraph (…问题较为突出。cases) are one problem each", "[text][sets]") {
    const TextImport r = read("近日，省应急厅派出暗访组对三个市的商场开展暗访，发现部分地区仍存在安全生产问题，现将有关情况通报如下。"
                              "疏散通道堵塞问题较为突出。部分商场在安全通道堆放货物；某商场消防通道被电动车占用。"
                              "消防设施维护不到位问题普遍存在。部分商场灭火器过期；某商场应急照明损坏。"
                              "电气线路私拉乱接问题时有发生。某商场仓库私拉电线。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|疏散通道堵塞问题较为突出") != std::string::npos);
    CHECK(texts[0].find("消防通道被电动车占用") != std::string::npos); // its cases are its description
    CHECK(texts[1].find("|消防设施维护不到位问题普遍存在") != std::string::npos);
    CHECK(texts[2].find("|电气线路私拉乱接问题时有发生") != std::string::npos);
    // One such sentence is no list (…问题较为突出。), nor is a verdict inside a longer clause.
    CHECK(read("本次检查发现，疏散通道堵塞问题较为突出。检查组已责令整改。\n").problems <= 1);
    CHECK(read("各地要重视，对占道经营问题较为突出的地区，要加大整治力度，对消防问题普遍存在的行业，要开展专项检查。\n").problems == 0);
}
