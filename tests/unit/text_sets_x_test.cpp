// The text importer on shapes met in the twenty-fourth set of unseen documents (set X, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: things named before a larger count (A、B等7个问题) are one problem holding the sentence · an order's time
// with whom it is for (限你们7日内整改到位) is no completion · the checkers' own check (已对…进行了检查) is no work done ·
// 对其中N家…的单位限期整改 names units found at fault · two lists in one sentence split by ；, each with its own 存在,
// are both read; things named with nothing said of them (机房、轿顶、井道照明失效) go with the one that says it; 无人值守 ·
// numbers with a half-width colon inside a line (1:…2:…) are a list · a wide table one cell a line whose columns the reader
// partly has no use for (问题类型, 责任人被处理情况) · a disposal column (处置结果) is done; 不合格项目 is the problem · a list
// closed by 等问题/等隐患 names its parts problems, whatever their words · work told done in a sentence that opens with
// now (现在，…已经清理) outdates a step under way told before it · a reported matter's cause found by the office (发现…，导致…)
// is no second finding; 进行了更换 is done · a letter form's label alone (信件原文) is none; 马上组织人员… is under way.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/text_import.h"
#include "core/import/text_import_parts.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 15); }

} // namespace

TEST_CASE("things named before a larger count (A，B、C等7个问题) are one problem holding the sentence", "[text][sets]") {
    const TextImport r = read("区水务局河道交办问题回访\n工作组察看了南岸排水口改造，北桥段垃圾堆放、"
                              "西闸口杂物侵占河道等6个问题的整改情况。上述问题均已整改到位。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("等6个问题") != std::string::npos);
    CHECK(r.plan().problems[0].measures.at(0).status == Status::Done);
    // In Traditional characters the same.
    const TextImport t = read("鎮市場所對集貿市場開展檢查，發現存在攤位佔道、秤具未檢定、標籤不全等12項問題，已督促經營戶整改。\n");
    REQUIRE(t.problems == 1);
    // Nothing named, only counted: figures, no problem (set V). (As many named as counted is one each: set F's test.)
    CHECK(read("检查组共检查商户40家，发现隐患12处，下发整改通知书5份。\n").problems == 0);
}

TEST_CASE("an order's time with whom it is for (限你们7日内整改到位) is no completion; the checkers' check is no work", "[text][sets]") {
    // The order quoted, then the check's own figures (已对…进行了检查): no status.
    const TextImport r = read("“你们仓库消防通道堆满货物，且应急照明损坏，存在严重的安全隐患，限你们5日内整改到位。”9月3日，"
                              "区应急局检查组负责人向企业负责人提出书面整改要求。\n截至9月5日，检查组已对18家企业进行了检查，"
                              "下达整改通知书9份。\n");
    REQUIRE(r.problems == 1);
    CHECK(r.status_read.empty());
    // Work on the thing found is still done (已对…进行了维修), and so is a check with its handling (进行调查处理).
    CHECK(text::status_in("已对破损护栏进行了维修。", true).status == Status::Done);
    CHECK(text::status_in("已对此事进行调查处理。", true).status == Status::Done);
    CHECK_FALSE(text::status_in("检查组已对18家企业进行了检查。", true).found);
}

TEST_CASE("对其中N家…的单位限期整改 names units found at fault, as 对N家…的单位 does", "[text][sets]") {
    const TextImport r = read("县市场监管局检查了城区30家小餐馆。\n对其中4家未配备灭火器的餐馆限期整改。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("未配备灭火器") != std::string::npos);
    CHECK(r.status_read.empty());
}

TEST_CASE("two lists in one sentence split by ；, each led by its own 存在 (在A方面存在a、b等问题；在B方面存在c，d等问题)", "[text][sets]") {
    const TextImport r = read("本次检查共抽查仓库12处。检查中发现，仓储管理方面主要存在货架堆放过高、叉车司机无证驾驶、"
                              "出入库台账不全等问题；消防方面主要存在灭火器压力不足，喷淋头被遮挡，配电间、值班室、监控室照明失效等问题。\n");
    const auto texts = problem_texts(r);
    REQUIRE(texts.size() == 6);
    CHECK(texts[3].find("灭火器压力不足") != std::string::npos);
    // Things named with nothing said of them go with the last one that says what is wrong: one finding.
    CHECK(texts[5].find("配电间、值班室、监控室照明失效") != std::string::npos);
    // Nobody at a post that must be staffed (值班室无人接听) names what is wrong.
    const TextImport n = read("检查中发现，部分小区存在消防控制室无人值守、消防车道被占用、灭火器过期等问题。\n");
    CHECK(n.problems == 3);
}

TEST_CASE("numbers with a colon inside a line (现主要问题为:1:…。2:…) are a list like 1. 2.; a time or a file's number is none", "[text][sets]") {
    const TextImport r = read("网友留言\n东门花园小区无人管理。现主要问题为:1:小区门口的摊点占道经营，垃圾到处都是，从不清理。"
                              "2:地下车库照明损坏，晚上一片漆黑。希望有关部门尽快处理。\n");
    const auto texts = problem_texts(r);
    REQUIRE(texts.size() == 2);
    CHECK(texts[0].find("摊点占道经营") != std::string::npos);
    CHECK(texts[1].find("地下车库照明损坏") != std::string::npos);
    // 13:34 is a time, 附件1: names a file: no list.
    CHECK(read("留言时间 2012-05-02 13:34:58\n附件1:现场照片\n小区门口垃圾堆积，无人清理。\n").problems <= 1);
}

TEST_CASE("a wide table one cell a line (序号 | 受理编号 | 反映问题 | … | 处理和整改情况 | 是否办结): one problem a row, columns it has no use for left",
          "[text][sets]") {
    const TextImport r = read("群众信访举报件办理情况公开表（第五批）\n序号 |\n受理编号 |\n反映问题基本情况 |\n所属街道 |\n问题类型 |\n"
                              "调查核实情况 |\n是否属实 |\n处理和整改情况 |\n是否办结 |\n责任人被处理情况 |\n"
                              "1 |\nXF2025061201 |\n群众反映东湖路一家洗车店污水直排雨水管网。 |\n东湖街道 |\n水 |\n经现场核查，情况属实。 |\n属实 |\n"
                              "已责令洗车店停止直排，正在建设沉淀池。 |\n阶段性办结 |\n无 |\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("污水直排雨水管网") != std::string::npos);
    CHECK(r.plan().problems[0].measures.at(0).status == Status::InProgress);
}

TEST_CASE("a disposal column (处置结果: 责令改正、罚款) tells what was done: done, proposed; a failed test's item is the problem",
          "[text][sets]") {
    const TextImport r = read("现将不合格食品的处置情况公告如下。\n序号 |\n食品名称 |\n标示生产/经营企业名称 |\n规格型号 |\n抽样/报告编号 |\n"
                              "不合格项目 |\n处置结果 |\n1 |\n手工米糕 |\n南岭食品厂 |\n500克/袋 |\nCY2025-0391 |\n霉菌 |\n责令改正、罚款 |\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("霉菌") != std::string::npos);
    REQUIRE_FALSE(r.plan().problems[0].measures.empty());
    CHECK(r.plan().problems[0].measures.at(0).status == Status::Done);
}

TEST_CASE("a list closed by 等问题/等隐患 names its parts problems, whatever their words", "[text][sets]") {
    // 值班人员脱岗 and 楼梯间封闭 name no fault by a shortcoming's word; the list's 等问题 names them problems.
    const TextImport r = read("县消防救援大队对城区三家宾馆开展检查。检查中发现，部分宾馆存在消防控制室值班人员脱岗、"
                              "疏散楼梯间被封闭、厨房排油烟管道未清洗等问题。检查人员责令其限期整改。\n");
    const auto texts = problem_texts(r);
    REQUIRE(texts.size() == 3);
    CHECK(texts[0].find("值班人员脱岗") != std::string::npos);
    // Asked (是否存在…) or a topic (食品安全、消防安全等问题): none.
    CHECK(read("检查组重点检查各宾馆是否存在消防控制室值班人员脱岗、疏散楼梯间被封闭等问题。\n").problems == 0);
}

TEST_CASE("work told done in a sentence that opens with now (现在，…已经清理) outdates a step under way told before it", "[text][sets]") {
    CHECK(text::status_in("物业反馈，垃圾正在逐步清运中，预计近日清运完毕。现在，楼下堆放的垃圾已经清理，问题得到解决。", true).status ==
          Status::Done);
    // Told in the other order, or with no now, the step under way stands.
    CHECK(text::status_in("垃圾已经清理一部分。物业反馈，预计近日清运完毕。", true).status == Status::InProgress);
}

TEST_CASE("a reported matter's cause found by the office (发现…，导致“…”) is no second finding; 进行了更换 is done", "[text][sets]") {
    const TextImport r = read("近日，街道民生服务热线接到居民投诉工单，反映“北苑小区3号楼楼道灯经常不亮，居民出行不方便而且存在安全隐患，"
                              "要求尽快维修。”\n\n接单后，社区工作人员前往现场核实处理。通过对楼道灯、线路进行全面细致的检查，"
                              "发现部分灯座线缆破损老化，导致“楼道失明”。\n\n随后物业对破损的线缆进行了更换，楼道灯恢复正常。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("楼道灯经常不亮") != std::string::npos);
    CHECK(r.plan().problems[0].measures.at(0).status == Status::Done);
    CHECK(text::status_in("对破损的护栏进行了更换。", true).status == Status::Done);
}

TEST_CASE("a letter form's label alone on its line (信件原文) is none; 马上组织人员… in a reply is under way", "[text][sets]") {
    const TextImport r = read("当前位置:市长信箱回复\n北街菜场门口积水问题\n2024-06-03\n问题:\n信件原文\n"
                              "北街菜场门口路面塌陷，一下雨就积水，行人只能绕行，望有关部门管一管。\n回复:\n"
                              "市城管局答复如下：此处路面塌陷系雨水管破损所致，市政处马上组织人员去把管道修好、路面填平。\n");
    REQUIRE(r.problems == 1);
    CHECK(problem_texts(r)[0].find("路面塌陷") != std::string::npos);
    CHECK(r.plan().problems[0].measures.at(0).status == Status::InProgress);
    // Set to it, then told done: done. Ordered to set to it: none.
    CHECK(text::status_in("市政处立即安排人员清理，现已清理干净。", true).status == Status::Done);
    CHECK_FALSE(text::status_in("要求街道立即组织人员清理。", true).found);
}
