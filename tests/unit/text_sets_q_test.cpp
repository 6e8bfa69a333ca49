// The text importer on shapes met in the seventeenth set of unseen documents (set Q, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a note (附件：…) ends at the office and date that sign the document, so the attachment's list after it is read ·
// clauses naming whom (个别学校A，个别学校B) after 检查结果显示 or past a ；, and in Traditional characters (個別, 鍋爐, 壞損) ·
// a closing 通过检查，… paragraph is a summary, no finding · a reply whose opening quotes the letter's matter (反映的“…”) ·
// a long footer of links split by bars is page chrome · an order's reach ends at a ；, and 已由…落实 is done.
// 对 naming some of those checked (对两单位存在的…隐患) states a finding.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "core/import/text_import_parts.h"
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

TEST_CASE("findings as clauses naming whom (个别学校A，B) are read after 检查结果显示 and past a ；, as after 发现", "[text][sets]") {
    const TextImport r = read("抽查结果显示，各园均建立了晨检制度，基本能按时消毒；但也有个别幼儿园未按规定留存晨检记录，未配备专职保健人员。"
                              "检查组现场下达了整改意见书。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("未按规定留存晨检记录") != std::string::npos);
    CHECK(texts[1].find("未配备专职保健人员") != std::string::npos);
    // Results that name no one at fault stay one paragraph of praise: no findings.
    CHECK(read("抽查结果显示，各园均建立了晨检制度，基本能按时消毒；保健人员配备齐全。\n").problems == 0);
}

TEST_CASE("the same clauses in Traditional characters (發現個別學校…壞損，個別學校…) give one finding each", "[text][sets]") {
    const TextImport r = read("檢查中，發現個別學校熱水爐溫控標識壞損，個別學校配電箱存在老化現象。教育局已責令及時整改。\n");
    REQUIRE(r.problems == 2);
    const auto texts = problem_texts(r);
    CHECK(texts[0].find("壞損") != std::string::npos);
    CHECK(texts[1].find("老化") != std::string::npos);
}

TEST_CASE("a closing paragraph on what the check achieved (通过检查，…了解到…存在的不足) is no finding", "[text][sets]") {
    const std::string news = "为做好食堂管理工作，区教育局于3月2日对各校食堂台账进行了检查。\n"
                             "此次检查主要采取查看台账、现场询问等方式进行，从检查的情况看，各校领导高度重视，台账记录较为完整。同时也发现食堂管理中"
                             "也存在一些索证索票不齐全和不规范的情况，检查组将发现的问题向各校做了现场反馈，并提出整改意见，限期整改。\n"
                             "食堂检查现场\n";
    const TextImport r = read(news + "通过检查，进一步了解到各校食堂管理存在的不足，明确了下一步工作方向。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("索证索票不齐全") != std::string::npos);
}

TEST_CASE("a long footer of site links split by bars (网站首页 | … | 网站地图 | … ICP备…) is page chrome", "[text][sets]") {
    const std::string footer = "网站首页 | 本站简介 | 服务条款 | 隐私说明 | 网站地图 | 友情链接 | 投稿须知 | 广告合作 | 意见反馈 | 人才招聘 | "
                               "订阅服务 | 京ICP备00000000号-1 | 京公网安备00000000000000号";
    CHECK(rectify::text::is_chrome(footer));
    // A long line of a table's cells naming no site words stays text.
    CHECK_FALSE(rectify::text::is_chrome("1 | 东湖小学 | 教学楼二楼走廊灭火器过期未更换，已联系厂家 | 总务处 | 王某 | 2024年5月前 | 整改中 | "
                                         "2 | 南岭中学 | 食堂排烟管道油污较多 | 后勤处 | 李某 | 2024年6月前 | 未整改"));
}

TEST_CASE("a reply whose opening quotes the letter's matter (您反映的“…问题”，我局已收悉…答复如下：1、…2、) is one problem, the quote", "[text][sets]") {
    const TextImport r = read("网友“李”您好！\n"
                              "您在区长信箱栏目中反映的“学校门口积水影响学生上学的问题”，我局已收悉，经现场核实，现将有关情况答复如下：\n"
                              "1、组织施工单位疏通学校门口排水管道，加装两处雨水篦子；此项工作已完成。\n"
                              "2、要求学校雨天安排教师在门口引导学生绕行积水路段。\n"
                              "特此答复。\n青山区教育局\n2024年6月3日\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0] == "|学校门口积水影响学生上学的问题");
}

TEST_CASE("an order's reach ends at a ；(责成…；此项整改工作已由相关单位落实) and 已由…落实 is done", "[text][sets]") {
    const TextImport r = read("网友“李”您好！\n"
                              "您在区长信箱栏目中反映的“学校门口积水影响学生上学的问题”，我局已收悉，现将有关情况答复如下：\n"
                              "1、约谈施工单位负责人，责成其疏通学校门口排水管道，加装雨水篦子；此项整改工作已由相关单位落实。\n"
                              "2、约谈学校负责人，责成学校雨天安排教师在门口引导学生；此项整改工作已由学校落实。\n"
                              "特此答复。\n青山区教育局\n2024年6月3日\n");
    REQUIRE(r.problems == 1);
    const Problem& p = r.plan().problems.front();
    REQUIRE_FALSE(p.measures.empty());
    CHECK(p.measures.front().status == Status::Done);
    // With no done statement after it, the order still leaves the work to do.
    const TextImport s = read("网友“李”您好！\n"
                              "您在区长信箱栏目中反映的“学校门口积水影响学生上学的问题”，我局已收悉，现将有关情况答复如下：\n"
                              "1、约谈施工单位负责人，责成其疏通学校门口排水管道，立即进行整改。\n"
                              "特此答复。\n青山区教育局\n2024年6月3日\n");
    REQUIRE(s.problems == 1);
    REQUIRE_FALSE(s.plan().problems.front().measures.empty());
    CHECK(s.plan().problems.front().measures.front().status != Status::Done);
}

TEST_CASE("对 naming some of those checked before 存在的 states a finding; 对检查中存在的 names no one", "[text][sets]") {
    const std::string news = "10月8日起,县教育局会同交警大队对全县幼儿园接送车辆开展联合督查。督查组听取了各园自查汇报,抽查了车辆台账。"
                             "9日上午,督查组来到城东片区,对两所幼儿园新购接送车辆表示肯定,同时对两单位存在的接送车辆超员安全隐患"
                             "提出了整改要求;下午,督查组还走访了一所小学。\n";
    const TextImport r = read(news);
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("超员安全隐患") != std::string::npos);
    // Whatever the check finds, to be put right: a duty, nothing found.
    std::string duty = news;
    duty.replace(duty.find("对两单位存在的"), std::string("对两单位存在的").size(), "对检查中存在的");
    CHECK(read(duty).problems == 0);
}
