// Load benchmark for the plan file: builds a seeded workspace with 10,000 measures, saves it,
// loads it back, and prints the times and the file size. Built natively and as wasm from the same
// source (target rectify_bench_load, see tests/CMakeLists.txt), so the two can be compared.
// usage: rectify_bench_load [--measures N] [--runs R] [--out FILE]
//   --out FILE also writes the generated file (e.g. to time the browser's JSON.parse on it).
// Output: one human-readable line per step, then one JSON line starting with "RESULT ".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "core/format/format.h"
#include "bench_workspace.h"

using namespace rectify;
using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

static double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int main(int argc, char** argv) {
    int measures = 10000, runs = 5;
    std::string out;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--measures")) measures = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
    }
    Workspace ws = bench::bench_workspace(measures);
    int count = 0;
    for (const Problem& p : ws.plans[0].problems) count += int(p.measures.size());

    std::vector<double> save_ms, load_ms;
    bool fast = true; // every load took the fast way (core/format/tape.h)
    std::string text;
    for (int r = 0; r < runs; r++) {
        auto t0 = Clock::now();
        text = save_workspace(ws, 1700000000000);
        save_ms.push_back(ms_since(t0));
    }
    for (int r = 0; r < runs; r++) {
        auto t0 = Clock::now();
        LoadResult loaded = load_workspace(text);
        load_ms.push_back(ms_since(t0));
        fast = fast && loaded.fast;
        if (!loaded.ok || !(loaded.workspace == ws)) {
            std::fprintf(stderr, "load failed or differs: %s\n", format_error(loaded.error, Lang::En).c_str());
            return 1;
        }
    }
    if (!out.empty()) std::ofstream(out, std::ios::binary) << text;
    const char* platform = bench::bench_platform();
    std::printf("%s: %d measures, file %zu bytes (%.1f MB)\n", platform, count, text.size(), text.size() / 1e6);
    std::printf("save: median %.1f ms over %d runs\n", median(save_ms), runs);
    std::printf("load: median %.1f ms over %d runs (validate + checksum + parse + integrity, %s way)\n",
                median(load_ms), runs, fast ? "fast" : "full");
    std::printf("RESULT {\"platform\":\"%s\",\"measures\":%d,\"bytes\":%zu,\"runs\":%d,"
                "\"save_ms\":%.2f,\"load_ms\":%.2f}\n",
                platform, count, text.size(), runs, median(save_ms), median(load_ms));
    return 0;
}
