// The text importer on shapes met in the seventeenth set of unseen documents (set Q, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a note (附件：…) ends at the office and date that sign the document, so the attachment's list after it is read.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 10); }

} // namespace

TEST_CASE("a notice's 附件：line ends at its signature: the attachment's numbered list after the date is read", "[text][sets]") {
    const std::string notice = "各中小学校：\n"
                               "近日，区督导室对部分学校开展了月度督导。现将问题清单印发给你们，请相关学校于11月5日前完成整改。\n"
                               "附件：月度督导问题清单\n"
                               "青山区教育督导室\n"
                               "2024年10月28日\n"
                               "附件\n"
                               "月度督导问题清单\n";
    const std::string list = "1.作业公示制度落实不到位。东湖小学部分班级未公示每日作业。\n"
                             "2.图书室开放时间不足：南岭中学图书室每周仅开放一次。\n"
                             "3.安全台账更新滞后。西山小学十月以来未记录巡查情况。\n";
    const TextImport r = read(notice + list);
    REQUIRE(r.problems == 3);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("作业公示制度落实不到位") != std::string::npos);
    CHECK(texts[2].find("安全台账更新滞后") != std::string::npos);
    // With no signature between, the numbered lines after 附件： name the attachments: no problems.
    CHECK(read("各中小学校：\n现将有关材料印发给你们，请认真执行。\n附件：1.作业公示制度\n2.图书室开放办法\n").problems == 0);
}
