// The text importer on shapes met in the twenty-third set of unseen documents (set W, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: work done without the licence it needs, said inside a clause (作业人员无证上岗), names what is wrong in a
// 、-list before 等问题 · goods kept in a way out (楼梯间堆放纸箱) name a way out blocked, as 占用 does · units counted
// after 发现, each with its finding (发现2家单位存在A的情况，1家单位存在B的情况), are closed by what was done at once
// (，当即指出…，并责令…), not joined with it.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 14); }

} // namespace

TEST_CASE("work without the licence it needs names what is wrong in a list", "[text][sets]") {
    const TextImport r = read("县市场监管局对城南片区的洗衣房开展蒸汽锅炉检查。从已检查的9家单位看，总体情况较好，"
                              "但也存在个别单位锅炉档案缺失、水位计玻璃管结垢看不清、操作人员无证上岗等问题。"
                              "检查人员当场下发整改意见书。\n");
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[2].find("操作人员无证上岗") != std::string::npos);
}

TEST_CASE("goods kept in a way out name what is wrong in a list", "[text][sets]") {
    const TextImport r = read("区消防救援大队对辖区两家诊所开展夜查。检查发现，诊所总体管理较好，但也存在后门疏散通道堆放输液架、"
                              "二楼应急照明灯不亮等问题。检查人员当场责令改正。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("堆放输液架") != std::string::npos);
    // Goods kept anywhere else name nothing wrong by their words, but the list's own 等问题 names both problems (set X:
    // a clerk enters two; set W's test kept them one).
    const TextImport n = read("区消防救援大队对辖区两家诊所开展夜查。检查发现，诊所存在仓库内堆放输液架、"
                              "二楼应急照明灯不亮等问题。检查人员当场责令改正。\n");
    CHECK(n.problems == 2);
}

TEST_CASE("units counted after a finding close where the checkers act at once", "[text][sets]") {
    const TextImport r = read("区市场监管局对辖区4所学校的开水锅炉开展专项检查。检查人员发现3所学校存在安全阀超期未校验的情况，"
                              "1所学校存在锅炉房堆放杂物的情况，当即向学校指出，并下达监察指令书，责令限期改正。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("安全阀超期未校验") != std::string::npos);
    CHECK(texts[1].find("当即") == std::string::npos);
}
