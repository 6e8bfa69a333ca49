// Merge benchmark (issue 6): 100 returns of a 100-measure plan, each edited by its own unit
// (status, title, a progress entry, every few measures), merged one after the other into one
// master. Target: ≤ 2 s native, ≤ 5 s in the browser. Built natively and as wasm (run under
// node) from the same source; target rectify_bench_merge (tests/CMakeLists.txt). Prints figures.
// usage: rectify_bench_merge [--returns N] [--measures M] [--runs R]   (medians over R runs)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/export_plan.h"
#include "core/format.h"
#include "core/merge.h"
#include "random_plan.h"

using namespace rectify;
using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int main(int argc, char** argv) {
    int returns = 100, measures = 100, runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--returns")) returns = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--measures")) measures = std::max(10, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    }
#ifdef __EMSCRIPTEN__
    const char* platform = "wasm";
#else
    const char* platform = "native";
#endif
    testing::RandomShape shape;
    shape.plans = 1;
    shape.problems = measures / 10;
    shape.measures = 10;
    Workspace master = testing::random_workspace(42, shape);
    const Id plan = master.plans[0].id;

    // The returns as files, as the bureau receives them.
    std::vector<std::string> files;
    size_t bytes = 0;
    for (int u = 0; u < returns; u++) {
        Workspace copy = export_plan(master, plan);
        copy.office.code = "U" + std::to_string(u);
        History h([t = std::int64_t(3'000'000'000'000) + u]() mutable { return t += 1000; });
        IdSource ids(std::uint64_t(u) + 1);
        int k = 0;
        for (Problem& q : copy.plans[0].problems)
            for (Measure& m : q.measures) {
                if (k++ % 5 != u % 5 || !alive(m)) continue; // every unit edits a fifth of the measures
                h.execute(copy, RECTIFY_SET(Measure, status, m.id, Status::InProgress));
                h.execute(copy, RECTIFY_SET(Measure, title, m.id, m.title + copy.office.code));
                h.execute(copy, add<ProgressEntry>(m.id, ProgressEntry{ids.make("p"), Date{2022, 6, 1}, "", "已落实", {}, {}}));
            }
        files.push_back(save_workspace(copy, 0));
        bytes += files.back().size();
    }

    std::vector<double> load_t, merge_t, total_t;
    size_t conflicts = 0, changed = 0, added = 0;
    for (int r = 0; r < runs; r++) {
        auto t0 = Clock::now();
        std::vector<Workspace> loaded;
        for (const std::string& f : files) loaded.push_back(load_workspace(f).workspace);
        load_t.push_back(ms_since(t0));
        Workspace m = master;
        auto t1 = Clock::now();
        conflicts = changed = added = 0;
        for (const Workspace& w : loaded) {
            MergePreview p = merge_into(m, w);
            conflicts += p.conflicts.size();
            changed += p.changed.size();
            added += p.added.size();
        }
        merge_t.push_back(ms_since(t1));
        total_t.push_back(ms_since(t0));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    double total = median(total_t), limit = 2000;
    std::printf("%s: %d returns x %d measures (%.1f MB of files), median of %d runs\n", platform, returns,
                measures, double(bytes) / 1e6, runs);
    std::printf("  load returns   %8.1f ms\n", median(load_t));
    std::printf("  merge returns  %8.1f ms (%zu changed, %zu added, %zu conflicts)\n", median(merge_t), changed,
                added, conflicts);
    std::printf("  load + merge   %8.1f ms  %s (target <= %.0f ms native, <= 5000 ms in the browser)\n", total,
                total <= limit ? "PASS" : "MISS", limit);
    return 0;
}
