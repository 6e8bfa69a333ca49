// The text importer on shapes met in the twenty-first set of unseen documents (set U, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a ；-list after 问题：主要是 whose last part holds a comma is the ；-list's, not split at the comma.
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
