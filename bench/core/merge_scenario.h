// The merge benchmark's scenario (issue 6), shared by bench/core/merge_bench.cpp (native and wasm
// under node) and bench/core/browser_bench.cpp (the browser): a master plan of `measures`
// measures and `returns` returns, each exported from it, edited by its own unit (status, title
// and a progress entry on a fifth of the measures) and saved as a file; then every return is
// loaded and merged into the master, one after the other.
#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/merge/export_plan.h"
#include "core/format/format.h"
#include "core/merge/merge.h"
#include "random_plan.h"

namespace rectify::bench {

struct MergeScenario {
    Workspace master;
    std::vector<std::string> files; // the returns as the bureau receives them
    size_t bytes = 0;
};

inline MergeScenario merge_scenario(int returns, int measures) {
    MergeScenario sc;
    testing::RandomShape shape;
    shape.plans = 1;
    shape.problems = measures / 10;
    shape.measures = 10;
    sc.master = testing::random_workspace(42, shape);
    const Id plan = sc.master.plans[0].id;
    for (int u = 0; u < returns; u++) {
        Workspace copy = export_plan(sc.master, plan);
        copy.office.code = "U" + std::to_string(u);
        History h([t = std::int64_t(3'000'000'000'000) + u]() mutable { return t += 1000; });
        IdSource ids(std::uint64_t(u) + 1);
        int k = 0;
        for (Problem& q : copy.plans[0].problems)
            for (Measure& m : q.measures) {
                if (k++ % 5 != u % 5 || !alive(m)) continue; // every unit edits a fifth of the measures
                h.execute(copy, RECTIFY_SET(Measure, status, m.id, Status::InProgress));
                h.execute(copy, RECTIFY_SET(Measure, title, m.id, m.title + copy.office.code));
                h.execute(copy, add<ProgressEntry>(m.id, ProgressEntry{ids.make("p"), Date{2022, 6, 1}, "", "已落实", {}, {}, {}}));
            }
        sc.files.push_back(save_workspace(copy, 0));
        sc.bytes += sc.files.back().size();
    }
    return sc;
}

struct MergeRun {
    double load_ms = 0, merge_ms = 0;
    size_t changed = 0, added = 0, conflicts = 0;
};

// Loads every return file and merges it into a copy of the master, timed.
inline MergeRun run_merge(const MergeScenario& sc) {
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    MergeRun r;
    const auto t0 = Clock::now();
    std::vector<Workspace> loaded;
    for (const std::string& f : sc.files) loaded.push_back(load_workspace(f).workspace);
    const auto t1 = Clock::now();
    Workspace m = sc.master;
    for (const Workspace& w : loaded) {
        MergePreview p = merge_into(m, w);
        r.conflicts += p.conflicts.size();
        r.changed += p.changed.size();
        r.added += p.added.size();
    }
    r.load_ms = ms(t0, t1);
    r.merge_ms = ms(t1, Clock::now());
    return r;
}

} // namespace rectify::bench
