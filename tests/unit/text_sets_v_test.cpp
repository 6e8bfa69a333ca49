// The text importer on shapes met in the twenty-second set of unseen documents (set V, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a safety device put out of use (锁死, 停用, 遮挡, 占用), a rule broken (擅自) and a thing that lacks what it
// holds (喷淋无压) name what is wrong in a 、/comma list · a check's figures, the things found only counted
// (发现火灾隐患9处), are no problem · a sampling notice's lines (…1批次X项目不合格。) are failed tests, one a line, and
// 对上述…不合格产品 names them again · a named resident's report (刘女士拨打12345热线反映, 多位业主向记者反映) confirmed by an office that went
// to see (现场查看) is a problem; 这一问题得到解决 and …反映情况属实 name it again · the repair finished (疏通完毕, 修复好了)
// is done · 发现的主要问题是A、B、C等 names its parts the problems · a finding that a safety rule was broken (发现X占用疏散通道,
// 存在…擅自施工等违法行为) is a problem, though no shortcoming's word says so · a ；-list after a clause that says hazards
// were found, no more (发现这里存在多处安全隐患，A；B；C), is the hazards, whatever their words · 但仍存在 before a clause
// naming whom (但仍存在个别A，B，个别C) leads in the clauses as 但仍有 does · units counted after a check's own figures
// (检查锅炉95台，其中有2个单位A，2个单位B，查获1台C) are one finding each, with no 发现 · inside one paragraph, after what
// was done about a finding, a sentence opening with another unit at fault (…正在补办。B公司存在…等违法行为。) is a finding of its own.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 14); }

} // namespace

TEST_CASE("a safety device put out of use, a rule broken and a lack said last name what is wrong in a list", "[text][sets]") {
    const TextImport r = read("区民政局会同消防大队对辖区托老所开展夜间检查。检查发现，部分托老所存在楼梯间应急灯损坏、"
                              "后门锁死、烟感报警停用、室外消火栓无水等安全隐患。检查组责令各托老所立即整改。\n");
    REQUIRE(r.problems == 4);
    const auto texts = problem_texts(r);
    CHECK(texts[1].find("后门锁死") != std::string::npos);
    CHECK(texts[2].find("烟感报警停用") != std::string::npos);
    CHECK(texts[3].find("室外消火栓无水") != std::string::npos);
    // Comma clauses before 等问题: 擅自 names a rule broken.
    const TextImport c = read("镇安监站在工业园区检查时，发现一家纸品厂存在擅自封堵二楼安全出口，楼道内堆放纸箱杂物，"
                              "配电柜前被货架遮挡等问题。\n");
    REQUIRE(c.problems == 3);
    CHECK(problem_texts(c)[0].find("擅自封堵二楼安全出口") != std::string::npos);
    // Things checked, named alone, are still no list (消防器材、应急照明).
    CHECK(read("检查组查看了消防器材、应急照明等设施的情况。\n").problems == 0);
}

TEST_CASE("a check's figures, the things found only counted, are no problem", "[text][sets]") {
    const std::string found = "检查发现，两家卫生院存在疏散指示标志损坏、值班室灭火器过期等问题。\n";
    const TextImport r = read(found + "本月以来，大队共检查卫生院6家，发现火灾隐患11处，下发责令改正通知书4份。\n");
    REQUIRE(r.problems == 2);
    CHECK(problem_texts(r)[1].find("灭火器过期") != std::string::npos);
    // Counted with the things named (发现隐患3处，分别是A、B、C) is not only figures.
    CHECK(read("检查中发现隐患3处，分别是配电箱未上锁、消防通道堆放杂物、灭火器过期。\n").problems >= 1);
}

TEST_CASE("a sampling notice's lines (…1批次X项目不合格。) are one failed test each; 对上述…不合格产品 names them again", "[text][sets]") {
    const TextImport r = read("标称生产企业为东川县禾丰粮油厂生产的1批次菜籽油酸价项目不合格。\n"
                              "标称生产企业为西岭镇顺达食品店生产的1批次卤猪耳菌落总数项目不合格。\n"
                              "对上述抽检中发现的不合格产品，所在地市场监管部门已责令企业下架、召回，并立案调查。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("菜籽油酸价项目不合格") != std::string::npos);
    CHECK(texts[1].find("卤猪耳") != std::string::npos);
}

TEST_CASE("a named resident's report confirmed by an office that went to see is a problem, its repair finished done", "[text][sets]") {
    const TextImport r = read("住在河滨小区的张女士拨打12345热线反映，小区北门外的雨水井盖缺失，夜间行人容易踩空。\n"
                              "街道接到工单后，当天安排人员到现场查看，并联系市政养护单位处置。\n"
                              "第二天，井盖已经被重新安装好，雨水井也疏通完毕。这一问题得到解决，张女士对处理结果表示满意。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("张女士拨打12345热线反映") != std::string::npos);
    REQUIRE(!r.plan().problems[0].measures.empty());
    CHECK(r.plan().problems[0].measures.back().status == Status::Done);
    // Told again as confirmed (经核实，张女士反映情况属实。) is the same matter, not a second one.
    const TextImport c = read("3月5日，市民李先生通过热线反映，某幼儿园门前护栏倒塌。\n经街道现场查看核实，李先生反映情况属实。\n"
                              "街道已于当日完成了修复。\n");
    CHECK(c.problems == 1);
    // Owners who went to a paper (多位业主向记者反映…), the reporter having gone to see (记者来到…走访): a reported matter too.
    const TextImport o = read("日前，松林苑小区多位业主向记者反映，小区地下车库的排水泵长期损坏，一下雨车库就积水。\n"
                              "记者来到松林苑小区实地走访，车库内积水没过脚踝。物业负责人表示，新水泵已经订购，预计下周安装。\n");
    REQUIRE(o.problems == 1);
    CHECK(problem_texts(o)[0].find("多位业主向记者反映") != std::string::npos);
}

TEST_CASE("发现的主要问题是A、B、C等 names its parts the problems, one each", "[text][sets]") {
    const TextImport r = read("市场监管局近期抽检了糕点、饮料、调味品3个大类152批次样品，发现的主要问题是防腐剂超限量使用、"
                              "酸价超标、标签标识缺项等。对不合格产品，所在地监管部门已督促企业下架。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|防腐剂超限量使用") != std::string::npos);
    CHECK(texts[2].find("标签标识缺项") != std::string::npos);
}

TEST_CASE("a finding that a safety rule was broken (占用疏散通道, 擅自施工等违法行为) is a problem", "[text][sets]") {
    const TextImport r = read("近日，县消防大队对辖区敬老院开展检查。经过检查发现，东坪敬老院占用疏散通道堆放床铺，"
                              "大队当即下发了责令改正通知书。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("占用疏散通道") != std::string::npos);
    const TextImport c = read("暗访组在开发区检查时发现，某建材公司存在三号仓库未经消防验收擅自投入使用等违法行为。经现场检查，"
                              "该仓库已经停用，相关手续正在补办。\n");
    REQUIRE(c.problems == 1);
    CHECK(problem_texts(c)[0].find("擅自投入使用") != std::string::npos);
    // What is forbidden, said as a rule, is no finding (严禁占用疏散通道).
    CHECK(read("各单位要严禁占用疏散通道，确保安全出口畅通。\n").problems == 0);
}

TEST_CASE("a ；-list after a clause that only says hazards were found (存在多处安全隐患，A；B；C) is the hazards", "[text][sets]") {
    const TextImport r = read("暗访组随机抽查了城郊一家家具厂。暗访组发现该厂存在多处安全隐患，车间内搭建了两处简易工棚；"
                              "油漆桶堆放在配电房门口；喷漆工位旁摆放着纸板，一旦起火难以扑救。暗访组已责令其限期整改。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|车间内搭建了两处简易工棚") != std::string::npos);
    CHECK(texts[1].find("油漆桶堆放在配电房门口") != std::string::npos);
    CHECK(texts[2].find("喷漆工位旁摆放着纸板") != std::string::npos);
    // A clause that asks whether hazards exist leads into no list (检查是否存在隐患，A；B).
    CHECK(read("检查组重点查看是否存在安全隐患，消防通道是否畅通；灭火器是否在有效期内。\n").problems == 0);
}

TEST_CASE("但仍存在 before a clause naming whom leads in the clauses that name what is wrong, one each", "[text][sets]") {
    const TextImport r = read("6月3日，镇督查组对集市环境整治中发现的问题进行了复查，相较上次，集市环境明显好转，但仍存在个别摊位占用人行道经营，"
                              "排水沟盖板缺失问题没有解决，少数商户门前垃圾没有清运。请各责任单位抓紧整改。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|个别摊位占用人行道经营") != std::string::npos);
    CHECK(texts[1].find("排水沟盖板缺失") != std::string::npos);
    CHECK(texts[2].find("少数商户门前垃圾没有清运") != std::string::npos);
}

TEST_CASE("units counted after a check's own figures (…，其中有2个单位A，3个单位B，查获1台C) are one finding each", "[text][sets]") {
    const TextImport r = read("截至目前，共检查使用单位58家，检查电梯140台，其中有3个单位没有配备电梯安全管理员，2个单位没有签订维保合同，"
                              "查获1台未办理使用登记的货梯。执法人员当场下达了监察指令书。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("|3个单位没有配备电梯安全管理员") != std::string::npos);
    CHECK(texts[2].find("查获1台未办理使用登记的货梯") != std::string::npos);
    // Counts of what was checked are no findings (其中小学12所，初中8所).
    CHECK(read("本次共检查学校20所，其中有小学12所，初中8所。\n").problems == 0);
}

TEST_CASE("after what was done about a finding, a sentence opening with another unit at fault is a finding of its own", "[text][sets]") {
    const TextImport r = read("暗访组在开发区还发现，某板材公司存在新建仓库未经消防验收擅自投入使用等违法行为。经现场检查，该仓库已经停用，"
                              "相关手续正在补办。某印务公司存在车间疏散通道被货物占用的问题。大队已当场责令其清理。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("板材公司") != std::string::npos);
    CHECK(texts[1].find("|某印务公司存在车间疏散通道被货物占用") != std::string::npos);
    // With nothing told in between, two sentences on one unit stay one finding (…存在A。该公司存在B。 is not cut: 该 names no unit).
    const TextImport one = read("暗访组发现，某板材公司存在新建仓库未经消防验收擅自投入使用等违法行为。该公司存在车间通道被占用的问题。\n");
    CHECK(one.problems == 1);
}
