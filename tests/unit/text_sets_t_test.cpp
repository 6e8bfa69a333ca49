// The text importer on shapes met in the twentieth set of unseen documents (set T, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a state asked for (要更规范, 需规范, 有待规范) is a demand, not a check passed.
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
