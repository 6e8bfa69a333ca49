// A small hand-written workspace for the ledger and CSV tests: two plans, three departments,
// three people, measures covering every column (multi-line, quotes and commas, lead and support
// units, progress, closing states), and tombstones that must not show.
#pragma once
#include "core/date_text.h"
#include "core/model.h"

namespace rectify::testing {

inline Measure ledger_measure(const char* id, const char* title, Deadline dl, Status st) {
    Measure m;
    m.id = id;
    m.title = title;
    m.deadline = std::move(dl);
    m.status = st;
    return m;
}

inline Workspace ledger_workspace() {
    Workspace ws;
    ws.id = "w-1";
    ws.office.code = "QZJY";
    const char* depts[][2] = {{"d-1", "基教科"}, {"d-2", "财基科"}, {"d-3", "督导室"}};
    for (auto& d : depts) ws.departments.push_back(Department{d[0], d[1], {}, {}});
    const char* people[][2] = {{"p-1", "翁丽明"}, {"p-2", "卢红青"}, {"p-3", "张三"}};
    for (auto& p : people) ws.people.push_back(Person{p[0], p[1], "", "", {}, {}});

    Plan plan;
    plan.id = "plan-1";
    plan.title = "整改方案";
    Problem a;
    a.id = "pr-1";
    a.number = "(一)";
    a.code = "120210070800026";
    a.text = "招生录取不规范";
    Measure m1 = ledger_measure("m-1", "规范招生", parse_deadline("2022年11月底前", 2022), Status::InProgress);
    m1.steps = {"1. 公开招生计划", "2. 接受监督"};
    m1.lead_departments = {"d-1"};
    m1.support_departments = {"d-2"};
    m1.responsible = {"p-1"};
    m1.leaders = {"p-2"};
    m1.progress.push_back(ProgressEntry{"pg-1", Date{2022, 7, 1}, "翁丽明", "完成自查", {}, {}});
    m1.progress.push_back(ProgressEntry{"pg-2", Date{2022, 6, 1}, "翁丽明", "召开会议", {}, {}});
    m1.progress.push_back(ProgressEntry{"pg-3", Date{2022, 8, 1}, "翁丽明", "已删除", {}, {}});
    m1.progress.back().meta.deleted = Stamp{1, "QZJY"};
    Measure m2 = ledger_measure("m-2", "加强监督, \"回头看\"", deadline_ongoing(), Status::DoneOngoing);
    m2.lead_departments = {"d-3"};
    m2.responsible = {"p-3"};
    m2.closure.state = ClosureState::Verified;
    a.measures = {m1, m2};
    Problem b;
    b.id = "pr-2";
    b.number = "(二)";
    b.text = "大班额";
    Measure m3 = ledger_measure("m-3", "消除大班额", parse_deadline("2022年5月31日前", 2022), Status::NotStarted);
    m3.lead_departments = {"d-1"};
    m3.responsible = {"p-1"};
    m3.closure.state = ClosureState::Submitted;
    Measure gone = ledger_measure("m-4", "已删除的措施", Deadline{}, Status::NotStarted);
    gone.meta.deleted = Stamp{1, "QZJY"};
    b.measures = {m3, gone};
    Problem c;
    c.id = "pr-3";
    c.text = "已删除的问题";
    c.measures = {ledger_measure("m-6", "不显示", Deadline{}, Status::NotStarted)};
    c.meta.deleted = Stamp{1, "QZJY"};
    plan.problems = {a, b, c};
    ws.plans.push_back(plan);

    Plan other;
    other.id = "plan-2";
    Problem d;
    d.id = "pr-4";
    d.text = "其他问题";
    d.measures = {ledger_measure("m-5", "Other plan", Deadline{}, Status::Done)};
    other.problems = {d};
    ws.plans.push_back(other);
    return ws;
}

} // namespace rectify::testing
