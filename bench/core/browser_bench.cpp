// The core in the browser (bench/core/index.html drives it; bench/core/run.sh builds and runs it):
// load of a plan file already in the wasm heap, the heap after that load, and save of a
// generated workspace. Times are taken here with performance.now (emscripten_get_now), so they
// cover the C++ work only, as the native figures do.
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "bench_workspace.h"
#include "core/format/format.h"
#include "merge_scenario.h"

using namespace rectify;

static Workspace g_loaded; // kept, so the heap figure includes the loaded workspace
static std::size_t g_saved_bytes = 0;

extern "C" {

// Loads `n` bytes at `data`; returns the time in ms, or -1 when the file did not load.
EMSCRIPTEN_KEEPALIVE double bench_load(const char* data, std::size_t n) {
    double t0 = emscripten_get_now();
    LoadResult r = load_workspace(std::string_view(data, n));
    double ms = emscripten_get_now() - t0;
    if (!r.ok) return -1;
    g_loaded = std::move(r.workspace);
    return ms;
}

// Bytes in use by malloc (the live data, without free space the heap grew to hold).
EMSCRIPTEN_KEEPALIVE double bench_live_bytes() { return double(mallinfo().uordblks); }

// Measures in the workspace last loaded.
EMSCRIPTEN_KEEPALIVE int bench_loaded_measures() {
    int n = 0;
    for (const Plan& p : g_loaded.plans)
        for (const Problem& q : p.problems) n += int(q.measures.size());
    return n;
}

static double g_first_save_ms = 0;

// Median time in ms of `runs` saves of a generated workspace with `measures` measures. The first
// save runs code V8 has only baseline-compiled (Liftoff); it is kept apart (bench_first_save_ms).
EMSCRIPTEN_KEEPALIVE double bench_save(int measures, int runs) {
    Workspace ws = bench::bench_workspace(measures);
    std::vector<double> ms;
    for (int r = 0; r < runs; r++) {
        double t0 = emscripten_get_now();
        std::string text = save_workspace(ws, 1700000000000);
        ms.push_back(emscripten_get_now() - t0);
        g_saved_bytes = text.size();
    }
    g_first_save_ms = ms.front();
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

EMSCRIPTEN_KEEPALIVE double bench_first_save_ms() { return g_first_save_ms; }

EMSCRIPTEN_KEEPALIVE double bench_saved_bytes() { return double(g_saved_bytes); }

// Issue 6: `returns` returns of a `measures`-measure plan loaded and merged into the master
// (bench/core/merge_scenario.h); the median over `runs` of load + merge, in ms. The returns'
// conflicts, changes and additions of the last run: bench_merge_counts(0/1/2).
static bench::MergeRun g_merge;
EMSCRIPTEN_KEEPALIVE double bench_merge(int returns, int measures, int runs) {
    const bench::MergeScenario sc = bench::merge_scenario(returns, measures);
    std::vector<double> ms;
    for (int r = 0; r < runs; r++) {
        g_merge = bench::run_merge(sc);
        ms.push_back(g_merge.load_ms + g_merge.merge_ms);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
EMSCRIPTEN_KEEPALIVE double bench_merge_counts(int which) {
    return double(which == 0 ? g_merge.conflicts : which == 1 ? g_merge.changed : g_merge.added);
}

} // extern "C"

int main() { return 0; }
