// The report tests' plan (report_test.cpp, report_docx_test.cpp): 2 areas, 3 live problems (and
// a deleted one), 4 live measures (and a deleted one), the four statuses, 销号 states, out-of-order
// and deleted progress entries; and the options the tests vary.
#pragma once
#include "core/dates.h"
#include "core/report/report.h"
#include "plan_builder.h"

namespace rectify::testing {

inline Stamp tomb() { return Stamp{1700000000000, "TEST"}; }

// This plan's measures all have 陈建国 as their leader and deadlines written in 2025.
inline Measure measure_2025(const char* id, const char* title, std::vector<std::string> steps, std::vector<Id> lead,
                            std::vector<Id> responsible, const char* deadline, Status status) {
    Measure m = measure(id, title, status, parse_deadline(deadline, 2025));
    m.steps = std::move(steps);
    m.lead_departments = std::move(lead);
    m.responsible = std::move(responsible);
    m.leaders = {"p-chen"};
    return m;
}

// 2 areas, 3 live problems (and a deleted one), 4 live measures (and a deleted one), the four
// statuses, 销号 states, out-of-order and deleted progress entries.
inline Workspace fixture_workspace() {
    const std::string resources = "聚焦教育资源配置方面", teachers = "聚焦教师队伍建设方面";
    Measure m1 = measure_2025("m-1", "增加城区小学学位。",
                              {"推进城东小学二期建设，新增学位600个", "挖潜现有学校校舍，增加班额内学位。"}, {"d-jj"},
                              {"p-wang"}, "2025年11月底前", Status::Done);
    m1.support_departments = {"d-cj"};
    m1.progress = {progress("e-2", {2025, 9, 30}, "城东小学二期主体完工"),
                   progress("e-1", {2025, 6, 15}, "完成城东小学二期立项。")};
    m1.closure.state = ClosureState::Verified;
    m1.closure.decided_on = {2025, 11, 28};
    Measure m2 = measure_2025("m-2", "规范招生入学管理。", {"公布招生片区划分，接受群众监督。"}, {"d-jj"},
                              {"p-wang"}, "长期坚持", Status::DoneOngoing);
    m2.progress = {progress("e-3", {2025, 7, 1}, "已在区政府网站公布2025年招生片区划分方案。"),
                   deleted(progress("e-4", {2025, 8, 1}, "作废的记录"), tomb())};
    Problem p1 = problem("q-1", "城区小学学位紧张，入学难。", {m1, m2});
    p1.code = "120250070800011";
    p1.area = resources;

    Measure m3 = measure_2025("m-3", "加强学校食堂管理", {"制定营养餐食谱，每周更新", "开展食品安全宣传教育"},
                              {"d-cj"}, {"p-li"}, "2025年10月31日前", Status::InProgress);
    m3.progress = {progress("e-5", {2025, 10, 20}, "已制定全区中小学营养餐参考食谱")};
    m3.closure.state = ClosureState::Returned;
    m3.closure.reason = "佐证材料不全";
    Measure gone =
        measure_2025("m-gone", "已删除的措施", {"不应出现"}, {"d-cj"}, {"p-li"}, "立行立改", Status::NotStarted);
    Problem p2 = problem("q-2", "学校食堂饭菜品种单一。", {m3, deleted(gone, tomb())});
    p2.area = resources;

    Problem gone_problem = deleted(problem("q-gone", "已删除的问题"), tomb());
    gone_problem.area = teachers;

    Problem p3 = problem("q-3", "农村学校教师培训机会少。",
                         {measure_2025("m-4", "实施教师分层培训。", {"组织农村教师参加市级培训"}, {"d-rj"},
                                       {"p-zhao"}, "2026年6月底前", Status::NotStarted)});
    p3.area = teachers;

    Plan pl = plan("plan-1", "某区教育局2025年度公众评议意见建议整改落实工作方案", {p1, p2, gone_problem, p3});
    pl.issuer = "某区教育局";
    pl.doc_number = "某教绩办〔2025〕2号";
    Workspace ws = workspace("", {department("d-jj", "基教科"), department("d-cj", "财基科"), department("d-rj", "人教科")},
                             {person("p-wang", "王晓明", "科长", "d-jj"), person("p-li", "李芳", "", "d-cj"),
                              person("p-chen", "陈建国", "副局长"), person("p-zhao", "赵磊", "", "d-rj")},
                             {pl});
    ws.office.name = "某区教育局办公室";
    return ws;
}

inline ReportOptions options(bool public_notice, bool names, Lang lang = Lang::Zh) {
    ReportOptions o;
    o.public_notice = public_notice;
    o.names = names;
    o.today = {2025, 12, 1};
    o.lang = lang;
    return o;
}

} // namespace rectify::testing
