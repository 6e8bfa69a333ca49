// Merge benchmark (issue 6): 100 returns of a 100-measure plan, each edited by its own unit
// (status, title, a progress entry, every few measures), merged one after the other into one
// master. Target: ≤ 2 s native, ≤ 5 s in the browser. Built natively and as wasm (run under
// node) from the same source; target rectify_bench_merge (tests/CMakeLists.txt). Prints figures.
// usage: rectify_bench_merge [--returns N] [--measures M] [--runs R]   (medians over R runs)
#include <algorithm>
#include <cstdio>
#include <vector>

#include "bench_workspace.h"
#include "merge_scenario.h"

using namespace rectify;

int main(int argc, char** argv) {
    int returns = 100, measures = 100, runs = 5;
    bench::read_int_options(argc, argv,
                            {{"--returns", &returns, 1}, {"--measures", &measures, 10}, {"--runs", &runs, 1}});
    const char* platform = bench::bench_platform();
    const bench::MergeScenario sc = bench::merge_scenario(returns, measures);
    std::vector<double> load_t, merge_t, total_t;
    bench::MergeRun last;
    for (int r = 0; r < runs; r++) {
        last = bench::run_merge(sc);
        load_t.push_back(last.load_ms);
        merge_t.push_back(last.merge_ms);
        total_t.push_back(last.load_ms + last.merge_ms);
    }
    const size_t bytes = sc.bytes, conflicts = last.conflicts, changed = last.changed, added = last.added;
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
