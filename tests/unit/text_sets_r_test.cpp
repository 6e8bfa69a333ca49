// The text importer on shapes met in the eighteenth set of unseen documents (set R, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: examples after 问题，如 split by ； (one each, whatever commas a part holds) · problems said to have come up
// (出现了以下问题：A；B) · clauses naming whom by 少部分/小部分/极个别 · a matter 被曝 (exposed) and acted on ·
// a ；-list whose parts each open by naming whom (部分宿舍A；部分宿舍B) · 严重/较重 name what is wrong in a 、-list ·
// a numbered line 针对…问题 over what was done names its problem · a status sentence after findings read inside one sentence ·
// a test that failed (抽样检测不合格) · 已及时整改 / 已做出改正 are done, and say so of every finding on their line ·
// 正在…的时候 sets a time, no work under way · one item with a status under a problems heading makes its list problems.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 10); }

} // namespace

TEST_CASE("examples after 问题，如 split by ； are one finding each, a part's commas staying inside it", "[text][sets]") {
    const TextImport r = read("本次巡查总体情况良好。巡查中也发现了一些问题，如个别年级擅自调整课程安排；部分教师私自向学生推荐教辅资料；"
                              "少数班级在晚自习时段组织考试等违规情况。教务处已逐一通知相关年级。\n");
    REQUIRE(r.problems == 3);
    auto texts = problem_texts(r);
    CHECK(texts[0].find("擅自调整课程安排") != std::string::npos);
    CHECK(texts[2].find("组织考试") != std::string::npos);
    // A part with commas of its own stays whole: 代购…时，未…，差价未退 is one finding, not three.
    const TextImport c = read("收费检查发现的问题比较集中，如超标准收取住宿费；代购校服时，未与家长据实结算，差价未退还；"
                              "自立项目收取资料费等违规收费行为。\n");
    REQUIRE(c.problems == 3);
    texts = problem_texts(c);
    CHECK(texts[1].find("未与家长据实结算") != std::string::npos);
    CHECK(texts[1].find("差价未退还") != std::string::npos);
}

TEST_CASE("problems said to have come up (出现了以下问题：A；B) are the findings, as after 发现", "[text][sets]") {
    const TextImport r = read("检查组对各班教室进行了突击检查。教室卫生状况基本达标，但也出现了以下问题：部分班级饮水机长期未清洗；"
                              "个别教室投影仪电源未及时关闭等问题。下一步将加强日常巡查。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("饮水机长期未清洗") != std::string::npos);
    CHECK(texts[1].find("投影仪电源未及时关闭") != std::string::npos);
    // What must not come up is a rule, no finding.
    CHECK(read("各班要加强管理，避免出现以下问题：饮水机长期未清洗；投影仪电源未及时关闭。\n").problems == 0);
}

TEST_CASE("clauses after 发现 naming whom by 少部分 (or 小部分, 极个别) are one finding each", "[text][sets]") {
    const TextImport r = read("检查中发现少部分教室电源插座松动，小部分教室灭火器压力不足，还有极个别教室窗户插销损坏。"
                              "学校已安排维修。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("插座松动") != std::string::npos);
    CHECK(texts[1].find("灭火器压力不足") != std::string::npos);
    CHECK(texts[2].find("窗户插销损坏") != std::string::npos);
}

TEST_CASE("a matter the school 被曝 (was exposed for) and that the office acts on is the problem", "[text][sets]") {
    const TextImport r = read("近日，某区实验小学被曝要求家长在班级群内接龙捐款购买空调，引发关注。\n"
                              "区教育局高度重视，已成立调查组核实处理，并责令学校立即退还已收款项。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("被曝要求家长") != std::string::npos);
    // Told with nothing done about it, it stays news: no problem.
    CHECK(read("近日，某区实验小学被曝要求家长在班级群内接龙捐款购买空调，引发关注。\n").problems == 0);
}

TEST_CASE("a ；-list whose parts each open by naming whom (部分宿舍A；部分宿舍B；个别宿舍C) is one finding each", "[text][sets]") {
    const TextImport r = read("检查中发现部分宿舍存在消防隐患。部分宿舍存在私自使用电热毯的现象；部分宿舍把插线板放在床铺上；"
                              "个别宿舍在阳台堆放纸箱。辅导员已逐一谈话。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[1].find("插线板放在床铺上") != std::string::npos);
    CHECK(texts[2].find("阳台堆放纸箱") != std::string::npos);
    // Parts that name no one and nothing wrong are arrangements, no findings.
    CHECK(read("检查中发现各宿舍存在统一的作息安排；各楼层设有值班室；宿舍长每日按时巡查。\n").problems == 0);
}

TEST_CASE("a 、-list after 存在 whose part says something is 严重 or 较重 names what is wrong", "[text][sets]") {
    const TextImport r = read("本次检查还发现部分教室存在桌椅摆放不齐、粉尘较重以及墙面污损较为严重的问题。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("桌椅摆放不齐") != std::string::npos);
    CHECK(texts[1].find("墙面污损较为严重") != std::string::npos);
}

TEST_CASE("a numbered line 针对…问题 over what was done (a 巡察整改进展 report) names its problem; 针对巡察反馈的问题 names none", "[text][sets]") {
    const TextImport r = read("二、坚持问题导向，逐项推进整改\n"
                              "（一）贯彻落实党的路线方针政策情况\n"
                              "1.针对理论学习制度落实不深不透问题\n"
                              "一是完善党委理论学习制度。二是开展专题研讨。\n"
                              "2.针对落实意识形态工作责任制不到位问题\n"
                              "一是制定责任清单。二是每半年专题研究一次。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("理论学习制度落实不深不透") != std::string::npos);
    CHECK(texts[1].find("意识形态工作责任制不到位") != std::string::npos);
    CHECK(r.plan().problems[0].measures.size() >= 1);
    // A heading naming the problems only by who raised them heads them; it is none itself.
    CHECK(read("一、针对巡察反馈的问题\n学校召开专题会议研究部署整改工作。\n二、针对上述问题\n学校制定了整改方案。\n").problems == 0);
}

TEST_CASE("a status sentence after findings read inside one sentence, on the same line, is every finding's", "[text][sets]") {
    const TextImport r = read("检查中发现少部分教室电源插座松动，还有部分教室灭火器压力不足、窗户插销损坏。上述问题现已全部整改到位。\n");
    REQUIRE(r.problems == 2);
    for (const Problem& p : r.plan().problems) {
        REQUIRE(p.measures.size() == 1);
        CHECK(p.measures.front().status == Status::Done);
    }
    // A sentence after them that speaks of no problem (学校已安排维修) is no status of theirs.
    const TextImport s = read("检查中发现少部分教室电源插座松动，还有部分教室灭火器压力不足、窗户插销损坏。学校已安排维修。\n");
    REQUIRE(s.problems == 2);
    CHECK(s.plan().problems.front().measures.empty());
}

TEST_CASE("a test that failed (…材料抽样检测不合格，立即要求更换) is a finding with no 发现/存在", "[text][sets]") {
    const TextImport r = read("区教育局对辖区学校新建操场开展质量抽查。\n"
                              "其中6月10日对东湖小学拟用人造草坪的材料抽样检测不合格，立即要求施工单位更换合格材料。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("抽样检测不合格") != std::string::npos);
    // What to do with failed things is a rule, and a test that may fail found nothing.
    CHECK(read("对检测不合格的草坪一律停止使用。如发现材料抽样检测不合格，应立即更换。\n").problems == 0);
}

TEST_CASE("a correcting told with a manner between 已 and it (已及时整改, 已立即改正, 已做出改正, 已逐一纠正) is done", "[text][sets]") {
    for (const std::string said : {"已及时整改", "已立即改正", "学生已做出改正", "已逐一纠正", "已改正"}) {
        const TextImport r = read("一、存在的问题\n1.部分教室电源插座松动。\n整改情况：" + said + "。\n2.部分教室灭火器压力不足。\n整改情况：" + said + "。\n");
        REQUIRE(r.problems == 2);
        for (const Problem& p : r.plan().problems) {
            REQUIRE(p.measures.size() == 1);
            CHECK(p.measures.front().status == Status::Done);
        }
    }
    // A plan made (已及时制定整改方案) is no correcting done.
    const TextImport n = read("一、存在的问题\n1.部分教室电源插座松动。\n整改情况：已及时制定整改方案。\n2.部分教室灭火器压力不足。\n整改情况：已及时制定整改方案。\n");
    REQUIRE(n.problems == 2);
    CHECK(n.plan().problems.front().measures.front().status != Status::Done);
}

TEST_CASE("the first sentence after findings read inside one sentence states all their status when it says they were done", "[text][sets]") {
    const TextImport r = read("检查中发现少部分宿舍私拉电线，还有部分宿舍物品摆放杂乱。经辅导员教育，学生已及时做出改正。\n");
    REQUIRE(r.problems == 2);
    for (const Problem& p : r.plan().problems) {
        REQUIRE(p.measures.size() == 1);
        CHECK(p.measures.front().status == Status::Done);
    }
}

TEST_CASE("正在…的时候 in a complaint sets a time (孩子正在长身体的时候), no work under way", "[text][sets]") {
    const std::string doc = "近日，有网友留言投诉：1.幼儿园伙食费上调后饭菜质量没有提高，孩子正在长身体的时候，每天只有青菜豆腐，"
                            "请相关部门协助解决。\n2.午睡室没有窗帘，中午阳光直射，建议增加遮光帘！\n"
                            "区教体局对此回复：您好，幼儿园食材均由统一招标的供货商配送。今后幼儿园会进一步改善饭菜质量。\n";
    const TextImport r = read(doc);
    REQUIRE(r.problems == 2);
    for (const Problem& p : r.plan().problems)
        for (const Measure& m : p.measures) CHECK(m.status != Status::InProgress);
    CHECK(r.status_read.empty());
}

TEST_CASE("under a heading that names problems, one item stating its status makes its whole list problems", "[text][sets]") {
    for (const std::string head : {"一、存在的问题\n", "检查发现的问题：\n"}) {
        const TextImport r = read(head + "1.部分宿舍用电不安全。\n2.部分宿舍物品摆放杂乱。\n3.部分宿舍空气异味重。已整改。\n");
        REQUIRE(r.problems == 3);
        const auto& ps = r.plan().problems;
        CHECK(ps[0].measures.empty());
        REQUIRE(ps[2].measures.size() == 1);
        CHECK(ps[2].measures.front().status == Status::Done);
    }
    // Under a heading of work done, the other items stay what they are.
    const TextImport w = read("一、主要做法\n1.召开专题会议部署工作。\n2.开展全面排查。\n3.宿舍线路老化问题已整改。\n");
    CHECK(w.problems <= 1);
}
