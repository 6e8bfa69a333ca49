// The text importer on shapes met in the nineteenth set of unseen documents (set S, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: findings named between 针对 and 等问题 with an order to put them right after the comma ·
// a clause that denies what follows (没有…证明已…) tells no work done · a paragraph whose last sentence says problems
// remain (但仍存在一些问题，需要…改进。) leads into the numbered titles after it · a heading praising the work
// (一、高度重视，效果明显) heads no problem, though its text says hazards were put right · a degree between 已(经)
// and the work (已经基本修复, 已初步整治), or a manner (已马上清理, 已立即更换), still says it was done · (set R's leftover) a check praised overall, then a
// finding turned to by 但仍有 naming whom (总体…良好，但仍有个别学校…不够完善。) is a finding with no 发现/存在 ·
// (issue 17) an order or a notice done for units counted, quantified or named whom the words describe at fault
// (对2户经营…的商户责令整改 / 对于部分存在…的校车，…下达整改通知 / 对4所…存在…的幼儿园，发放了整改意见书) is one finding.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 11); }

} // namespace

TEST_CASE("findings between 针对 and 等问题 ordered put right after the comma are one each", "[text][sets]") {
    const TextImport r = read("区卫健局对辖区托育机构开展了专项检查。针对个别机构晨检记录填写不全、消毒台账缺失等问题，"
                              "执法人员现场责令限期整改。\n");
    REQUIRE(r.problems == 2);
    auto texts = problem_texts(r);
    CHECK(texts[0].find("晨检记录填写不全") != std::string::npos);
    CHECK(texts[1].find("消毒台账缺失") != std::string::npos);
    // A part naming nothing wrong shares the predicate of the part before it: 未按规定配备A、B is one finding.
    const TextImport m = read("针对部分门店未按规定配备灭火器、应急照明灯、安全出口标识不清等问题，检查组当场要求整改。\n");
    REQUIRE(m.problems == 2);
    texts = problem_texts(m);
    CHECK(texts[0].find("灭火器、应急照明灯") != std::string::npos);
    CHECK(texts[1].find("安全出口标识不清") != std::string::npos);
    // Problems named but not acted on (针对…等问题开展了调研) and things checked are no findings.
    CHECK(read("针对课后服务时间偏长、收费标准不一等问题，区教育局开展了专题调研。\n").problems == 0);
}

TEST_CASE("a clause that denies what follows (没有…证明已拆除) tells no work done", "[text][sets]") {
    const TextImport r = read("二、存在的主要问题\n（一）部分学校危房维修方案不完善，维修质量不高。\n"
                              "（二）个别学校维修档案不完善，没有照片证明已维修。\n（三）部分学校食堂设备老化，现已更换。\n");
    REQUIRE(r.problems == 3);
    const auto& ps = r.plan().problems;
    auto status_read = [&](size_t i) {
        for (const Measure& m : ps[i].measures)
            for (const Id& id : r.status_read)
                if (id == m.id) return true;
        return false;
    };
    CHECK_FALSE(status_read(1));
    CHECK(status_read(2));
}

TEST_CASE("a paragraph saying problems remain (但仍存在一些问题，需要…改进。) leads into the numbered titles after it", "[text][sets]") {
    const std::string doc = "从本次抽查情况看，各园所卫生保健工作总体有序，但仍存在一些问题，需要进一步改进。\n\n"
                            "1、晨午检制度执行不严。\n\n部分园所晨检记录填写不完整，存在漏检幼儿未及时补检的问题。\n\n"
                            "2、膳食管理问题。\n\n个别园所带量食谱公示滞后。\n\n"
                            "3、消毒工作不够规范。\n\n部分班级消毒记录与实际不符。\n";
    const TextImport r = read(doc);
    REQUIRE(r.problems == 3);
    auto texts = problem_texts(r);
    CHECK(texts[0] == "1、|晨午检制度执行不严");
    CHECK(texts[1] == "2、|膳食管理问题");
    // The finding inside a title's paragraph (存在…的问题) is its description, not a problem of its own.
    CHECK(texts[0].find("漏检") == std::string::npos);
}

TEST_CASE("a heading praising the work (一、高度重视，效果明显) heads no problem; the problems' heading beside it does", "[text][sets]") {
    const std::string doc = "现将本学期校园安全专项督查情况通报如下。\n"
                            "一、领导重视，成效明显\n"
                            "各校均成立了以校长为组长的安全工作领导小组，把师生安全工作列入重要议事日程，对上级安全会议精神及时传达，"
                            "并组织人员排查校舍、食堂、用电等方面的安全隐患，发现的隐患均及时整改到位，师生安全意识明显提高。\n"
                            "二、部分问题依然存在\n"
                            "一是宿舍用电管理不严。\n"
                            "个别宿舍仍有学生私拉电线、使用大功率电器，宿管人员夜间巡查记录不全，存在较大的火灾隐患。\n"
                            "二是校门口交通秩序较乱。\n"
                            "放学时段接送车辆在校门口乱停乱放，部分路段没有设置减速带和警示标志，容易发生交通事故。\n";
    const TextImport r = read(doc);
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("一是|宿舍用电管理不严") == 0);
    CHECK(texts[1].find("二是|校门口交通秩序较乱") == 0);
}

TEST_CASE("a degree between 已(经) and the work (已经基本修复, 已初步整治) still says it was done", "[text][sets]") {
    const TextImport r = read("存在的问题：\n1.教学楼外墙瓷砖脱落。整改情况：经与施工单位协商，外墙瓷砖已经基本修复。\n"
                              "2.操场围栏锈蚀。整改情况：已初步整治，预计下月底前全部更换完毕。\n");
    REQUIRE(r.problems == 2);
    const auto& ps = r.plan().problems;
    REQUIRE(ps[0].measures.size() == 1);
    REQUIRE(ps[1].measures.size() == 1);
    CHECK(ps[0].measures[0].status == Status::Done);
    CHECK(ps[1].measures[0].status == Status::InProgress); // done in part, the rest to finish
}

TEST_CASE("a check praised overall, then 但仍有 naming whom and what is wrong, is a finding with no 发现/存在", "[text][sets]") {
    const TextImport r = read("区教育局近日对辖区中小学开展了春季开学安全检查。从检查情况看，各校总体安全状况良好，"
                              "但仍有个别学校食堂的防鼠设施不够完善。区教育局要求相关学校限期整改。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("防鼠设施不够完善") != std::string::npos);
    // What the turn names is nothing wrong (已提前完成了消防演练): no finding.
    CHECK(read("从检查情况看，各校总体安全状况良好，但也有部分学校已提前完成了消防演练。\n").problems == 0);
}

TEST_CASE("a manner between 已 and the work (已马上清理, 已立即更换) in a line-per-item problem is its status", "[text][sets]") {
    const TextImport r = read("检查发现的问题：\n1、东教学楼二楼消防栓玻璃破损，已立即更换。\n2、西教学楼楼梯间堆放杂物，已马上清理。\n"
                              "3、操场北侧围栏松动，已联系施工单位。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0] == "1、|东教学楼二楼消防栓玻璃破损");
    CHECK(texts[1] == "2、|西教学楼楼梯间堆放杂物");
    const auto& ps = r.plan().problems;
    for (size_t i = 0; i < 2; i++) {
        REQUIRE(ps[i].measures.size() == 1);
        CHECK(ps[i].measures[0].status == Status::Done);
    }
    REQUIRE(ps[2].measures.size() == 1);
    CHECK(ps[2].measures[0].status == Status::InProgress); // a first step only
}

TEST_CASE("an order or a notice done for units counted, quantified or named at fault is one finding: what is wrong with whom", "[text][sets]") {
    // Counted, the fault said in the whom (销售X的), ordered in the same clause; the punished units after it are no order to rectify.
    TextImport r = read("区市场监管所开展校园周边商铺检查。对3家销售过期零食的小卖部责令整改，对1家无照经营的摊点予以取缔。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0] == "|3家销售过期零食的小卖部");
    REQUIRE(r.plan().problems[0].measures.size() == 1);
    CHECK(r.plan().problems[0].measures[0].status != Status::Done); // ordered, not yet put right
    // Quantified, 对于 … then the office and the notice after the comma.
    r = read("区教育局开展托管机构消防检查。对于个别存在消防通道堵塞的托管机构，区教育局当天下达整改通知，限期三日。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0] == "|个别存在消防通道堵塞的托管机构");
    // Counted, the notice done after the comma.
    r = read("督导组对全县12所乡镇中心校进行了专项督导，对2所宿舍存在电线私拉乱接的学校，发放了整改意见书。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0] == "|2所宿舍存在电线私拉乱接的学校");
    // A unit's own name, what is wrong after it.
    r = read("县卫健局抽查了学校食堂。对城南小学存在的食品留样不全问题，卫生监督所下发了整改通知书。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0] == "|城南小学存在的食品留样不全问题");
    // An order to come, one only supposed, no fault said, or no one counted or named: none.
    CHECK(read("县教育局开展安全检查。下一步，将对2所存在隐患的幼儿园下发整改通知书。\n").problems == 0);
    CHECK(read("县教育局开展安全检查。如有商户违规，对3家销售过期零食的小卖部一律责令整改。\n").problems == 0);
    CHECK(read("县教育局开展安全检查。对8所幼儿园下发了整改通知书。\n").problems == 0);
    CHECK(read("县教育局开展安全检查。对存在隐患的单位下发了整改通知书。\n").problems == 0);
}
