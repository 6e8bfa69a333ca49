// The text importer on shapes met in the thirteenth set of unseen documents (set M, issue 17; see
// docs/text-import-study.md): each rule on the project's own text in the same structure.
// Index: a one-sentence list's parts that use a work heading's words · the words after 发现/存在 ·
// clauses after one naming whom · examples after 问题，包括/如 · a list in a paragraph's later sentence.
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

TextImport read(const std::string& doc) { return rectify::testing::read_set_text(doc, 8); }

} // namespace

// ---- a one-sentence list's parts ------------------------------------------------------------------------

TEST_CASE("a part of a one-sentence list that uses a work heading's words (组织领导, 工作成效, 整改措施) is still a finding", "[text][sets]") {
    const TextImport r = read("区委巡察组向青石中学反馈了巡察情况。\n"
                              "巡察发现，学校存在党组织领导的议事规则执行不严、整改措施落实不够细、工作成效还不够明显等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|党组织领导的议事规则执行不严", "|整改措施落实不够细", "|工作成效还不够明显"});
    // The same words as a heading with nothing under it are still no problem.
    const TextImport h = read("一、工作成效\n二、存在的问题\n1.食堂排烟管道老化。\n2.操场围网破损。\n");
    CHECK(problem_texts(h) == std::vector<std::string>{"1.|食堂排烟管道老化", "2.|操场围网破损"});
}

TEST_CASE("the words joining a list to 发现/存在 (了, 着, 了一些) are no part of its first finding", "[text][sets]") {
    const TextImport r = read("学院召开了巡察工作领导小组会。\n会议指出，巡察组发现了一些理论学习还不够深入、制度执行还不够严格、档案管理还不够规范等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|理论学习还不够深入", "|制度执行还不够严格", "|档案管理还不够规范"});
    const TextImport s = read("消防大队对全镇学校进行了检查。\n检查中发现部分学校存在着消防通道堵塞的情况；个别学校灭火器数量不足。\n");
    CHECK(problem_texts(s) == std::vector<std::string>{"|消防通道堵塞的情况", "|个别学校灭火器数量不足"});
}

TEST_CASE("松懈 names what is wrong like 淡漠", "[text][sets]") {
    const TextImport r = read("教务处召开了期中教学检查总结会。\n会上通报了检查中发现的部分教师教案陈旧，少数班级课堂纪律松懈等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|部分教师教案陈旧", "|少数班级课堂纪律松懈"});
}

// ---- clauses after one naming whom ------------------------------------------------------------------------

TEST_CASE("after a clause naming whom (部分学校…), the clauses naming what is wrong go on with the findings", "[text][sets]") {
    const TextImport r = read("县消防大队对辖区中小学进行了检查。\n"
                              "检查发现，大多数学校能够落实消防安全制度，器材配备齐全，但也有部分学校安全出口标识不清，应急照明损坏，值班记录不全。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|部分学校安全出口标识不清", "|应急照明损坏", "|值班记录不全"});
    // A clause that goes on from the one before (，导致…) ends the run: no findings split.
    const TextImport c = read("县里检查了学校。\n检查发现，部分学校安全出口标识不清，导致疏散演练效果不好。\n");
    CHECK(c.problems < 2);
}

TEST_CASE("a list in a paragraph's later sentence is read (…取得了成绩。但也发现，有的A，有的B，在C方面存在薄弱环节。)", "[text][sets]") {
    const TextImport r = read("校党委巡察组向三个学院反馈了巡察意见。\n"
                              "反馈会上，巡察组通报了巡察中发现的主要问题。各学院在教学科研方面取得了一定成绩，但巡察也发现，"
                              "有的学院党委会议事规则执行不到位，有的学院教师理论学习不够系统，在实验室安全管理方面存在薄弱环节。"
                              "反馈要求各学院认真整改。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|有的学院党委会议事规则执行不到位", "|有的学院教师理论学习不够系统",
                                                       "|在实验室安全管理方面存在薄弱环节"});
}

// ---- examples after 问题，包括/如 ---------------------------------------------------------------------------

TEST_CASE("findings given as examples after 存在一些问题，包括/如 are one problem each, to 等 or the sentence's end", "[text][sets]") {
    const TextImport r = read("学校召开巡察整改推进会。\n"
                              "反馈意见指出，学院总体运行平稳，但仍然存在一些问题，包括集体学习次数偏少，议事记录不够完整，青年教师培养有待加强等。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|集体学习次数偏少", "|议事记录不够完整", "|青年教师培养有待加强"});
    const TextImport l = read("教务处组织了开学检查。\n各班教学秩序良好。但检查中也发现了一些问题，如部分教室多媒体无法开机，个别教师未按时到岗等情况。\n");
    CHECK(problem_texts(l) == std::vector<std::string>{"|部分教室多媒体无法开机", "|个别教师未按时到岗"});
}

TEST_CASE("问题，如何… and 问题，如实… lead into no examples", "[text][sets]") {
    CHECK(read("学校存在的问题，如何整改，由校长办公会研究，各部门配合。\n").problems == 0);
    CHECK(read("各班发现问题，如实记录，及时上报，不得隐瞒。\n").problems == 0);
}

// ---- statuses ---------------------------------------------------------------------------------------------

TEST_CASE("已对… is work done only when its clause says what was done (反映人已对幼儿园无意见 is no status)", "[text][sets]") {
    auto read_status = [](const TextImport& r) {
        REQUIRE(r.problems == 1);
        const Problem& p = r.plan().problems[0];
        REQUIRE(!p.measures.empty());
        const bool read = std::find(r.status_read.begin(), r.status_read.end(), p.measures[0].id) != r.status_read.end();
        return read ? std::optional<Status>(p.measures[0].status) : std::nullopt;
    };
    const std::string ask = "受理时间：2024-03-02\n群众反映，其孩子所在的幼儿园午睡室没有窗帘，中午休息不好，希望相关部门调查处理。\n";
    CHECK(read_status(read(ask + "答复：接到反映后，教育局进行了调查。经沟通，反映人已对幼儿园无意见。\n")) == std::nullopt);
    CHECK(read_status(read(ask + "答复：接到反映后，教育局进行了调查。幼儿园已对午睡室进行了改造，加装了窗帘。\n")) == Status::Done);
}

// ---- a reply whose lead-in line runs on ----------------------------------------------------------------

TEST_CASE("a reply led in by a long line (…建议已收悉。…转…核处，现回复如下：) keeps its paragraphs as what was done", "[text][sets]") {
    const TextImport r = read("关于增设东门路灯建议的答复意见书\n王同学：\n"
                              "您关于在学校东门增设路灯的建议已收悉。学校信访办转后勤保障处核处，现回复如下：\n"
                              "东门道路原有路灯两盏，因道路施工拆除后一直未恢复。\n"
                              "现已在东门道路安装路灯四盏，每晚七点开启。\n"
                              "校长信箱办公室\n2025年11月3日\n");
    REQUIRE(r.problems == 1);
    const Problem& p = r.plan().problems[0];
    CHECK(p.text == "关于在学校东门增设路灯的建议");
    REQUIRE(p.measures.size() == 1);
    CHECK(p.measures[0].title.find("现已在东门道路安装路灯四盏") != std::string::npos);
    CHECK(p.measures[0].status == Status::Done);
}

// ---- a ；-list's part that is a list; things sharing what is said of them --------------------------------

TEST_CASE("things joined by 、 that share what is said of them (楼梯、走廊照明不足) are one finding", "[text][sets]") {
    const TextImport r = read("街道安办检查了辖区学校。\n检查发现，部分学校存在值班制度不落实，楼梯、走廊照明不足，监控探头损坏等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|值班制度不落实", "|楼梯、走廊照明不足", "|监控探头损坏"});
}

TEST_CASE("a part of a ；-list that is itself a list (…；个别学校还存在A，B，C等问题。) gives one finding each", "[text][sets]") {
    const TextImport r = read("消防大队协助检查组对全区中小学进行了检查。\n"
                              "检查中发现部分学校宿舍内缺少应急照明灯；个别学校还存在疏散通道堵塞，消防水带老化，灭火器过期等问题。\n");
    CHECK(problem_texts(r) == std::vector<std::string>{"|部分学校宿舍内缺少应急照明灯", "|疏散通道堵塞", "|消防水带老化", "|灭火器过期"});
}

// ---- a paper's readers' letter -----------------------------------------------------------------------------

TEST_CASE("a readers' letter and what the paper's reporter found (记者追踪：) are a problem and its reply", "[text][sets]") {
    const TextImport r = read("编辑同志：\n我是县第三小学的学生家长，学校东门外的减速带坏了一个多月，放学时车辆很快，希望尽快修好。\n"
                              "一位家长\n记者追踪：\n5月6日，县交通局回复称，减速带因货车碾压损坏，现已重新安装完毕。\n");
    REQUIRE(r.problems == 1);
    const Problem& p = r.plan().problems[0];
    CHECK(p.text.find("减速带坏了一个多月") != std::string::npos);
    REQUIRE(p.measures.size() == 1);
    CHECK(p.measures[0].status == Status::Done);
}

// ---- a 信箱 page's rows --------------------------------------------------------------------------------------

TEST_CASE("a 信箱 page's rows: 内容 before a long text is the letter, 答复内容 alone on its line heads the reply below", "[text][sets]") {
    const TextImport r = read("领导信箱\n信件编号 2031 类型 领导信箱 提交日期 2024-05-07\n标题 三中宿舍热水问题\n"
                              "内容 三中男生宿舍已经两周没有热水了，学生只能用冷水洗漱，天气还凉，好多学生感冒，希望尽快解决。\n"
                              "回复人 教育局 回复日期 2024-05-10\n答复内容\n"
                              "    接到反映后，教育局立即到校核实，情况属实。学校已更换损坏的热水器，热水已恢复供应。\n");
    REQUIRE(r.problems == 1);
    const Problem& p = r.plan().problems[0];
    CHECK(p.text.rfind("三中男生宿舍已经两周没有热水了", 0) == 0);
    REQUIRE(p.measures.size() == 1);
    CHECK(p.measures[0].title.find("学校已更换损坏的热水器") != std::string::npos);
    CHECK(p.measures[0].status == Status::Done);
}
