// A small hand-written workspace for the ledger and CSV tests: two plans, three departments,
// three people, measures covering every column (multi-line, quotes and commas, lead and support
// units, progress, closing states), and tombstones that must not show.
#pragma once
#include "core/date_text.h"
#include "core/model.h"
#include "plan_builder.h"

namespace rectify::testing {

inline Workspace ledger_workspace() {
    const Stamp gone{1, "QZJY"};
    Workspace ws = workspace("w-1", {department("d-1", "基教科"), department("d-2", "财基科"), department("d-3", "督导室")},
                             {person("p-1", "翁丽明"), person("p-2", "卢红青"), person("p-3", "张三")});
    ws.office.code = "QZJY";

    Measure m1 = measure("m-1", "规范招生", Status::InProgress, parse_deadline("2022年11月底前", 2022));
    m1.steps = {"1. 公开招生计划", "2. 接受监督"};
    m1.lead_departments = {"d-1"};
    m1.support_departments = {"d-2"};
    m1.responsible = {"p-1"};
    m1.leaders = {"p-2"};
    m1.progress = {progress("pg-1", Date{2022, 7, 1}, "完成自查", "翁丽明"),
                   progress("pg-2", Date{2022, 6, 1}, "召开会议", "翁丽明"),
                   deleted(progress("pg-3", Date{2022, 8, 1}, "已删除", "翁丽明"), gone)};
    Measure m2 = measure("m-2", "加强监督, \"回头看\"", Status::DoneOngoing, deadline_ongoing());
    m2.lead_departments = {"d-3"};
    m2.responsible = {"p-3"};
    m2.closure.state = ClosureState::Verified;
    m2.completed_on = Date{2022, 10, 8};
    Problem a = problem("pr-1", "招生录取不规范", {m1, m2});
    a.number = "(一)";
    a.code = "120210070800026";
    a.problem_type = "作风建设", a.rectify_type = RectifyType::TimeBound, a.outcome = "秩序规范";
    a.amount = "12.50", a.rules = 2, a.accountable = 1;

    Measure m3 = measure("m-3", "消除大班额", Status::NotStarted, parse_deadline("2022年5月31日前", 2022));
    m3.lead_departments = {"d-1"};
    m3.responsible = {"p-1"};
    m3.closure.state = ClosureState::Submitted;
    Problem b = problem("pr-2", "大班额", {m3, deleted(measure("m-4", "已删除的措施"), gone)});
    b.number = "(二)";

    Problem c = deleted(problem("pr-3", "已删除的问题", {measure("m-6", "不显示")}), gone);
    ws.plans.push_back(plan("plan-1", "整改方案", {a, b, c}));
    ws.plans.push_back(plan("plan-2", "", {problem("pr-4", "其他问题", {measure("m-5", "Other plan", Status::Done)})}));
    return ws;
}

} // namespace rectify::testing
