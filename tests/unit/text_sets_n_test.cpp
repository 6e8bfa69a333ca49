// The text importer on shapes met in the fourteenth set of unseen documents (set N, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: an item naming a shortcoming after 落实 (…有短板) · a check result's items with their finding
// after a contrast (但/然而/不过) · a numbered heading that leads into one line per unit · a reply after a
// greeting on a complaint's page · a list after 存在 whose part says 存在 again.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 9); }

// The status read for each problem's first measure, none when no status was read.
std::vector<std::optional<Status>> statuses(const TextImport& r) {
    std::vector<std::optional<Status>> out;
    for (const Problem& p : r.plan().problems) {
        const bool read = !p.measures.empty() && std::find(r.status_read.begin(), r.status_read.end(), p.measures[0].id) != r.status_read.end();
        out.push_back(read ? std::optional<Status>(p.measures[0].status) : std::nullopt);
    }
    return out;
}

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

TEST_CASE("a check result's numbered items, each praise then a finding after 但/然而/不过, are problems with no status from the praise", "[text][sets]") {
    const TextImport r = read("青石学区作业管理专项检查结果公告\n"
                              "学区于5月对各校作业管理进行了专项检查，现将检查结果公告如下：\n"
                              "1. 制度建设：各校均成立了作业管理领导小组，建立了公示制度。但部分学校公示不及时。\n"
                              "2. 作业设计：教师能够分层布置作业，已完成校本作业汇编。然而，个别学科作业量偏大，与规定不符。\n"
                              "3. 作业批改：批改总体认真及时。不过，部分班级批改记录有待完善。\n");
    REQUIRE(r.problems == 3);
    CHECK(statuses(r) == std::vector<std::optional<Status>>{std::nullopt, std::nullopt, std::nullopt});
    // Items that only praise are no findings.
    const TextImport p = read("青石学区作业管理专项检查结果公告\n现将检查结果公告如下：\n"
                              "1. 制度建设：各校均制定了作业管理办法。\n2. 作业设计：教师能够分层布置作业。\n3. 作业批改：批改总体认真及时。\n");
    CHECK(p.problems == 0);
}

TEST_CASE("a numbered heading that leads in (一、安全隐患问题：) heads one item per line below it, a unit's line each", "[text][sets]") {
    const std::string lines = "东坡小学：校门口无减速带，接送车辆乱停。围墙有一段裂缝。\n"
                              "西岭小学：配电箱未上锁；走廊灯不亮。\n"
                              "南湾小学：校园门口无交通警示牌。\n";
    const TextImport r = read("学区校园安全隐患排查报告\n现将排查结果报告如下：\n一、安全隐患问题：\n" + lines + "二、整改措施：\n1、请求交警部门设置减速带。\n2、维修围墙和配电箱。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|东坡小学：校门口无减速带，接送车辆乱停。围墙有一段裂缝", "|西岭小学：配电箱未上锁；走廊灯不亮",
                                                        "|南湾小学：校园门口无交通警示牌"});
    // Also when the heading ends a line of the page (成员：… 一、安全隐患问题：).
    const TextImport i = read("学区校园安全隐患排查报告\n组长：王明\n成员：李青 赵红 一、安全隐患问题：\n" + lines + "二、整改措施：\n1、请求设置减速带。\n");
    CHECK(i.problems == 3);
    // A numbered heading that names no problem leads into nothing.
    const TextImport n = read("学区安全工作报告\n一、主要做法：\n东坡小学：开展了消防演练。\n西岭小学：更新了监控设备。\n");
    CHECK(n.problems == 0);
}

TEST_CASE("a reply that starts with a greeting on the complaint's page (尊敬的市民，您好！…现…回复如下：…) is the reply, the complaint before it the problem", "[text][sets]") {
    const TextImport r = read("青石镇中心小学午餐分量少\n"
                              "青石镇中心小学的孩子们反映学校午餐分量少，经常吃不饱。恳请相关部门监督。\n"
                              "尊敬的市民，您好！您反映的问题已收悉，现青石镇教育办回复如下：经核实，学校已于本周起增加午餐分量，并安排教师陪餐。感谢您的支持！\n");
    REQUIRE(problem_texts(r).size() == 1);
    CHECK(problem_texts(r)[0] == "|青石镇中心小学的孩子们反映学校午餐分量少，经常吃不饱。恳请相关部门监督");
}

TEST_CASE("a list after 存在 whose part says 存在 itself (存在A、消防安全存在B等问题) starts at the first; 无证无照经营 names a lack", "[text][sets]") {
    const TextImport r = read("县里对培训机构进行了联合检查。\n检查组发现该机构存在无证无照经营、消防安全存在重大隐患等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|无证无照经营", "|消防安全存在重大隐患"});
    // 发现X存在A、B: the list still starts after the later 存在 (no 、 between the two).
    const TextImport s = read("县里对学校进行了检查。\n检查发现部分学校存在消防通道堵塞、灭火器过期等问题。\n");
    CHECK(problem_texts(s) == std::vector<std::string>{"|消防通道堵塞", "|灭火器过期"});
}
