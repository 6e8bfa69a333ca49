// The text importer on shapes met in the twentieth set of unseen documents (set T, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a state asked for (要更规范, 需规范, 有待规范) is a demand, not a check passed · one numbered item
// alone under a short heading naming problems (二、存在问题 / 1.…, the rest cut off) is a problem · an opening
// paragraph that leads into what follows (…未完成现场检查。现将有关情况通报如下：) is no item, whatever status it states ·
// slowness (进度较慢, 推进缓慢) names a fault in a list split by 、 before 等问题 · 整改进展情况： is a progress label
// (a lone item with it is read) · a quotation closing its own sentence (关于“…不紧。”整改进展情况：) ends it ·
// a paragraph saying weak links remain (…整改工作仍然存在一些薄弱环节。) leads into the 一是…三是 after it · put right said
// of all with 改正 (…，现已全部改正。) after findings in one sentence is their status · quoted findings before 等问题
// (针对…反馈的“A，B”“C”等问题) are one each · a heading naming causes or remedies (二、出现问题的原因 / 三、解决问题的对策)
// heads no problems, though it says 问题 · the rectifying told as past (进行了整改, 作出了针对性整改, 完成了销号) is done, as
// 已整改 is.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 12); }

} // namespace

TEST_CASE("a state asked for (要更规范, 需规范) is a demand, not a check passed", "[text][sets]") {
    const TextImport r = read("区教育局对学校财务工作进行了检查，并对不足之处提出了改进建议：\n"
                              "1. 报销单据要更规范，附件要更齐全。\n2. 进一步完善固定资产登记工作。\n3. 票据粘贴需规范。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("报销单据要更规范") != std::string::npos);
    CHECK(texts[2].find("票据粘贴需规范") != std::string::npos);
    // A check that found the state in place stays no finding beside the ones that name a fault.
    const TextImport c = read("检查发现的问题：\n1. 消防通道畅通，标识规范。\n2. 灭火器压力不足。\n3. 应急灯损坏。\n");
    REQUIRE(c.problems == 2);
    CHECK(problem_texts(c)[0].find("灭火器压力不足") != std::string::npos);
}

TEST_CASE("one numbered item alone under a short heading naming problems is a problem", "[text][sets]") {
    const TextImport r = read("关于学生营养餐工作的检查报告\n一、基本情况\n各校按要求落实了营养餐供应。\n"
                              "二、存在问题\n1.部分学校食材验收记录不全。个别学校留样时间不足48小时。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("食材验收记录不全") != std::string::npos);
    // A sentence that only mentions problems heads no list of one (…反映此类问题，可通过以下方式留言： / 1、网页留言：),
    // and an item that leads into what follows (网页留言：) is none under a heading either.
    for (const char* doc : {"区教育局召开了家长座谈会。\n\n如您想反映此类问题，可通过以下方式留言：\n\n1、网页留言：\n\nhttp://example.org/ly\n",
                            "二、存在问题\n1、网页留言：\n"})
        for (const std::string& t : problem_texts(read(doc))) CHECK(t.find("网页留言") == std::string::npos);
}

TEST_CASE("an opening paragraph leading into what follows (…通报如下：) is no item, whatever status it states", "[text][sets]") {
    const TextImport r = read("为加强学校食堂监管，市市场监管局对全市32所学校食堂开展了飞行检查，因道路施工，2所学校未完成现场检查。"
                              "现将有关情况通报如下：\n一、检查发现的主要问题\n（一）食堂管理问题。一是进货查验记录不全。二是餐具消毒不彻底。\n"
                              "（二）从业人员问题。一是健康证过期。\n");
    REQUIRE(r.problems == 3);
    for (const std::string& t : problem_texts(r)) CHECK(t.find("飞行检查") == std::string::npos);
}

TEST_CASE("slowness (进度较慢, 推进缓慢) names a fault in a list split by 、 before 等问题", "[text][sets]") {
    const TextImport r = read("区教育局通报了课后服务工作情况。各校积极行动，取得了阶段性成效，但也存在家长知晓率不高、"
                              "部分学校课程建设进度较慢等问题。现将有关情况通报如下：\n一、工作成效\n（一）服务全覆盖。各校均开展了课后服务。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("家长知晓率不高") != std::string::npos);
    CHECK(texts[1].find("课程建设进度较慢") != std::string::npos);
    // A thing checked, named alone, is still none (对进度、质量等情况进行了检查).
    CHECK(read("督查组对工程进度、施工质量等情况进行了检查。\n").problems == 0);
}

TEST_CASE("整改进展情况： is a progress label: a lone item with it is a problem with its status", "[text][sets]") {
    const TextImport r = read("反馈问题整改进展清单\n一、部分学校围墙破损，存在坍塌风险\n整改进展情况：已经完成。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("围墙破损") != std::string::npos);
    CHECK(r.statuses == 1);
}

TEST_CASE("a quotation closing its own sentence (关于“…不紧。”整改进展情况：) ends it, so a label may follow", "[text][sets]") {
    const TextImport r = read("反馈问题整改进展清单\n一、关于“检查指出，部分学校安全台账更新不及时，隐患整改跟踪不紧。”整改进展情况：已经完成，长期坚持。"
                              "1.建立台账月报制度。2.开展隐患整改回头看。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("安全台账更新不及时") != std::string::npos);
    CHECK(r.statuses == 1);
}

TEST_CASE("a paragraph saying weak links remain (…仍然存在一些薄弱环节。) leads into the 一是…三是 after it", "[text][sets]") {
    const TextImport r = read("今年以来，各地工作取得积极进展，但仍然存在一些薄弱环节。\n\n"
                              "一是一些任务进展滞后。\n\n二是一些工作不严不实。\n\n三是一些举报处理不到位。\n\n下一步，将继续加强调度。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("进展滞后") != std::string::npos);
    CHECK(texts[2].find("举报处理不到位") != std::string::npos);
    // Weak links said to be put right after 存在 are none remaining: the 一是…二是 after it are work, no problems.
    for (const std::string& t : problem_texts(read("学校存在的薄弱环节已全部整改。\n\n一是完善了制度。\n\n二是加强了巡查。\n")))
        CHECK(t.find("完善了制度") == std::string::npos);
}

TEST_CASE("put right said of all with 改正 (…，现已全部改正。) after findings in one sentence is their status", "[text][sets]") {
    const TextImport r = read("记者了解到，该校官网被查出存在栏目长期不更新、留言回复不及时、招生简章内容不准确等问题。对此，学校有关负责人介绍，"
                              "当时网站升级时未备份数据，造成栏目丢失，现已全部改正。\n");
    REQUIRE(r.problems == 3);
    CHECK(r.statuses == 3);
    // Said of no one in particular and not put right (现已全部上报), it is no status.
    CHECK(read("该校官网被查出存在栏目长期不更新、留言回复不及时等问题。对此，学校表示，相关情况现已全部上报。\n").statuses == 0);
}

TEST_CASE("quoted findings before 等问题 (针对…反馈的“A，B”“C”等问题) are one each", "[text][sets]") {
    const TextImport r = read("学校公布了整改进展。针对督导反馈的“作业总量偏多，课后服务内容单一”“家校沟通不畅”等问题，学校党支部作出了针对性整改。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("作业总量偏多，课后服务内容单一") != std::string::npos);
    CHECK(texts[1].find("家校沟通不畅") != std::string::npos);
    // Quoted words no lead-in names fed back or found (校长谈到“A”“B”等问题) are none.
    CHECK(read("座谈会上，校长谈到“资金紧张”“人手不足”等问题，大家进行了讨论。\n").problems == 0);
}

TEST_CASE("a heading naming causes or remedies (出现问题的原因, 解决问题的对策) heads no problems, though it says 问题", "[text][sets]") {
    const TextImport r = read("跑道问题的分析与对策 一、跑道出现的问题 1.开裂 跑道经常出现开裂，影响锻炼。 2.起皮 跑道表面起皮脱落，影响安全。 "
                              "二、跑道出现问题的原因 1.材料质量差 使用了低质量的材料。 2.维护不当 未定期清理杂物。 "
                              "三、解决问题的对策 1.更换材料 学校应选择合格材料。 2.定期维护 学校应定期清理。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("开裂") != std::string::npos);
    CHECK(texts[1].find("起皮") != std::string::npos);
    // A heading naming the problems and their causes together (存在的问题及原因) still heads problems.
    CHECK(read("二、存在的问题及原因\n1.食堂留样记录不全。\n2.消毒设施老化。\n").problems == 2);
}

TEST_CASE("the rectifying told as past (进行了整改, 作出了针对性整改) is done, as 已整改 is", "[text][sets]") {
    const TextImport r = read("检查发现，食堂存在台账不全、餐具消毒不彻底等问题，学校作出了针对性整改。\n");
    REQUIRE(r.problems == 2);
    CHECK(r.statuses == 2);
    // A plan for it (进行了整改部署) is no rectifying done.
    CHECK(read("检查发现，食堂存在台账不全、餐具消毒不彻底等问题，学校进行了整改部署。\n").statuses == 0);
    // After a list, a paragraph on the problems above (针对以上问题，学校立即进行了整改。) is none of its own.
    const TextImport a = read("督导发现以下不足。首先，图书陈旧；其次，留样记录不全。\n针对以上问题，学校立即进行了整改。\n");
    CHECK(a.problems == 2);
}

TEST_CASE("work completed told as past (完成了销号, 完成了整改工作) is done; a plan completed (完成了整改方案) is not", "[text][sets]") {
    const TextImport r = read("二、存在问题\n1.部分学生学籍信息填写错误。经学校校对后完成了销号。\n");
    REQUIRE(r.problems == 1);
    CHECK(r.statuses == 1);
    CHECK(read("检查发现，食堂存在台账不全、餐具消毒不彻底等问题，学校完成了整改工作。\n").statuses == 2);
    CHECK(read("检查发现，食堂存在台账不全、餐具消毒不彻底等问题，学校完成了整改方案。\n").statuses == 0);
}
