// The text importer on shapes met in the fourteenth set of unseen documents (set N, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: an item naming a shortcoming after 落实 (…有短板) · a check result's items with their finding
// after a contrast (但/然而/不过) · a numbered heading that leads into one line per unit.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 9); }

} // namespace

TEST_CASE("an item that starts with 落实 and names a shortcoming (…有短板，…有待加强) is a finding, not a work heading", "[text][sets]") {
    const TextImport r = read("区委巡察组反馈指出存在以下三个方面的问题：一是理论学习不够深入，制度执行有差距；"
                              "二是落实教师队伍建设规划有短板，骨干教师培养有待加强；三是财务管理不规范，报销审核不严。\n"
                              "反馈要求学校认真整改。\n");
    CHECK(r.problems == 3);
    // A heading of work with no shortcoming word is still work, no problem.
    const TextImport w = read("一、落实整改责任\n二、存在的问题\n1.图书室灯管损坏。\n2.实验室药品台账缺失。\n");
    CHECK(problem_texts(w) == std::vector<std::string>{"1.|图书室灯管损坏", "2.|实验室药品台账缺失"});
}
