// A bureau's master copy and the copy it handed down to a unit (基教科), each edited through its
// own History and clock, for the merge tests.
#pragma once
#include <cstdint>

#include "core/commands.h"
#include "core/merge/export_plan.h"
#include "core/format/format.h"
#include "core/merge/merge.h"

namespace rectify::testing {

inline constexpr std::int64_t kT0 = 1'650'000'000'000; // when the plan was written (2022-04-15)

inline Workspace merge_master() {
    Workspace ws;
    ws.id = "w-1";
    ws.office = {"钦州市教育局", "QZJY", {}};
    Stamp made{kT0, "QZJY"};
    auto meta = [&] {
        Meta m;
        m.created = made;
        return m;
    };
    ws.departments = {Department{"d-1", "基教科", meta(), {}}, Department{"d-2", "督导室", meta(), {}}};
    ws.people = {Person{"u-1", "翁丽明", "科长", "d-1", meta(), {}}};
    Plan p;
    p.id = "plan-1";
    p.title = "整改方案";
    p.meta = meta();
    auto measure = [&](const char* id, const char* title, const char* dept) {
        Measure m;
        m.id = id;
        m.title = title;
        m.lead_departments = {dept};
        m.responsible = {"u-1"};
        m.meta = meta();
        m.progress.push_back(ProgressEntry{std::string("p-") + id, Date{2022, 5, 1}, "翁丽明", "已部署", {}, meta(), {}});
        return m;
    };
    auto problem = [&](const char* id, const char* number, const char* text) {
        Problem q;
        q.id = id, q.number = number, q.text = text, q.meta = meta();
        return q;
    };
    Problem q1 = problem("q-1", "(一)", "招生录取不规范");
    q1.measures = {measure("m-1", "规范招生录取", "d-1"), measure("m-2", "公开招生计划", "d-1")};
    Problem q2 = problem("q-2", "(二)", "大班额");
    q2.measures = {measure("m-3", "化解大班额", "d-2")};
    p.problems = {q1, q2};
    ws.plans.push_back(p);
    return ws;
}

struct MergeFixture {
    std::int64_t master_now = kT0 + 100'000, unit_now = kT0 + 200'000;
    Workspace master = merge_master();
    Workspace ret;
    History hm{[this] { return master_now += 1000; }};
    History hr{[this] { return unit_now += 1000; }};

    // Hands the plan down as a file (saved and loaded: what the unit gets), the unit's office set.
    MergeFixture() { ret = handed_down(master, "JJK", "基教科"); }

    static Workspace handed_down(const Workspace& from, const char* code, const char* name, const Id& dept = {}) {
        LoadResult r = load_workspace(save_workspace(export_plan(from, "plan-1", dept), kT0 + 50'000));
        Workspace ws = std::move(r.workspace);
        ws.office = {name, code, {}};
        return ws;
    }
    // The return as the bureau loads it: saved by the unit and loaded again.
    Workspace returned() const { return load_workspace(save_workspace(ret, unit_now)).workspace; }

    void on_master(CommandPtr c) { REQUIRE(hm.execute(master, std::move(c))); }
    void on_return(CommandPtr c) { REQUIRE(hr.execute(ret, std::move(c))); }
};

inline const Measure* measure_in(const Workspace& ws, const Id& id) {
    for (const Plan& p : ws.plans)
        for (const Problem& q : p.problems)
            for (const Measure& m : q.measures)
                if (m.id == id) return &m;
    return nullptr;
}

} // namespace rectify::testing
