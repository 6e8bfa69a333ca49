// The text importer on shapes met in the twelfth set of unseen documents (set L, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a complaint's numbered list · findings split by 、 and commas · a ；-list's part that found
// nothing, and a paragraph saying all was rectified · a list said not found (不存在A、B等问题).
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "core/import/text_import.h"
#include "text_sets.h"

using namespace rectify;

namespace {

using rectify::testing::problem_texts;

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 7); }

} // namespace

// ---- a complaint's numbered list ----------------------------------------------------------------------

TEST_CASE("a complaint's list: a number before a figure (3、8元…), an item that asks on the way, a page's 文章标题 line", "[text][sets]") {
    const TextImport r = read("关于青禾路小学几个问题的反映\n\n"
                              "开学以来家长们反映的问题汇总如下，请学校和有关部门予以重视并处理。\n\n"
                              "1、午休室没有窗帘，中午阳光直射，孩子们睡不好觉。\n\n"
                              "2、放学后校门口车辆乱停，有没有人管？是否可以安排老师在门口值守，已经有好几次孩子差点被车碰到的情况，请学校重视？\n\n"
                              "3、8元一份的课间点心分量很少，而且经常是凉的。\n\n"
                              "4、厕所的洗手池经常没有水，孩子们饭前不能洗手。\n\n"
                              " 文章标题：关于青禾路小学几个问题的反映\n");
    REQUIRE(r.problems == 4);
    const std::vector<std::string> t = problem_texts(r);
    CHECK(t[0] == "1、|午休室没有窗帘，中午阳光直射，孩子们睡不好觉");
    CHECK(t[1].rfind("2、|放学后校门口车辆乱停", 0) == 0);
    CHECK(t[2] == "3、|8元一份的课间点心分量很少，而且经常是凉的");
    CHECK(t[3] == "4、|厕所的洗手池经常没有水，孩子们饭前不能洗手");
    for (const Problem& p : r.plan().problems) CHECK(p.measures.empty());
}

TEST_CASE("a form's question (是否…？) asked once is still no problem", "[text][sets]") {
    const TextImport r = read("开学安全自查发现以下问题：\n1、东楼楼梯扶手松动。\n2、是否建立了门卫登记制度？\n3、食堂灭火器过期。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"1、|东楼楼梯扶手松动", "3、|食堂灭火器过期"});
}

// ---- findings split by 、 and commas --------------------------------------------------------------------

TEST_CASE("findings after 存在 split by 、 and commas, before 等问题/的问题, give one problem each", "[text][sets]") {
    const TextImport r = read("本周学院对东区宿舍进行了卫生检查。\n"
                              "但仍有部分宿舍存在桌面未及时收拾、地面较脏，阳台较乱等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|桌面未及时收拾", "|地面较脏", "|阳台较乱"});
    const TextImport two = read("本周学院对西区宿舍进行了卫生检查。\n但个别宿舍存在鞋子乱放较多，床铺杂乱的问题。\n");
    CHECK(problem_texts(two) == std::vector<std::string>{"|鞋子乱放较多", "|床铺杂乱"});
}

TEST_CASE("a clause after a comma that goes on from the one before (，导致…) is no finding of its own", "[text][sets]") {
    const TextImport r = read("学校开展了安全检查。\n检查发现，食堂存在管理制度不健全，导致后厨卫生状况较差的问题。\n");
    CHECK(r.problems < 2);
}

// ---- a ；-list's part that found nothing; all rectified -----------------------------------------------

TEST_CASE("a ；-list's last part that found nothing is none, and a paragraph ending 现均已整改到位 states every status", "[text][sets]") {
    const TextImport r = read("县教育局对校车安全进行了抽查。\n\n"
                              "本次检查发现青山幼儿园一辆校车灭火器过期、随车照管记录不全；柳河幼儿园校车座椅安全带损坏，应急演练未开展；"
                              "东湖小学一辆校车车门密封条破损；顺达客运公司暂未发现问题。\n\n"
                              "检查组对青山幼儿园、柳河幼儿园、东湖小学下发了整改通知书，现均已整改到位。本次抽查的单位结果均为合格。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|青山幼儿园一辆校车灭火器过期、随车照管记录不全",
                                                       "|柳河幼儿园校车座椅安全带损坏，应急演练未开展", "|东湖小学一辆校车车门密封条破损"});
    for (const Problem& p : r.plan().problems) {
        REQUIRE(p.measures.size() == 1);
        CHECK(p.measures[0].status == Status::Done);
    }
}

// ---- a list said not found ------------------------------------------------------------------------------

TEST_CASE("things said not found (不存在A、B、C等问题) are no findings; the numbered problems after them are", "[text][sets]") {
    const TextImport r = read("督导反馈\n学校严格执行收费规定，不存在乱收费、乱办班、乱订资料等问题。\n"
                              "学校存在的问题：\n1.操场跑道有两处破损。\n2.部分灭火器箱生锈，需要更换。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"1.|操场跑道有两处破损", "2.|部分灭火器箱生锈，需要更换"});
}

// ---- a page's invitation to report ----------------------------------------------------------------------

TEST_CASE("a page's closing invitation (如果你也遇到了问题需要投诉，请…) reports no matter", "[text][sets]") {
    const std::string news = "3月2日，家长王先生通过市民热线反映，某小学开学时向全体学生收取了校服费，但校服至今未发放。\n"
                             "经区教育局调查核实，王先生反映情况属实。\n"
                             "区教育局已责令学校整改，截至目前，该校已向312名学生退还校服费。\n";
    const std::string invitation = "今后，区教育局将对群众反映的问题直查快办。\n"
                                   "日常生活中，如果你也遇到了问题需要咨询或者投诉，请拨打市民热线提交反映事项。\n";
    const TextImport r = read(news + invitation);
    REQUIRE(problem_texts(r).size() == 1);
    CHECK(problem_texts(r)[0].rfind("|3月2日，家长王先生通过市民热线反映", 0) == 0);
}
