// The workspace the core benchmarks use, natively and as wasm: one plan, five measures per
// problem, 40 departments, 200 people, every field filled (tests/unit/random_plan.h), seeded so
// every platform gets the same bytes. Also the command-line and platform bits every benchmark shares.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <vector>

#include "random_plan.h"

namespace rectify::bench {

inline Workspace bench_workspace(int measures) {
    testing::RandomShape shape;
    shape.plans = 1;
    shape.measures = 5;
    shape.problems = (measures + shape.measures - 1) / shape.measures;
    shape.departments = 40;
    shape.people = 200;
    return testing::random_workspace(20261123, shape);
}

// Printed first by every benchmark, so native and wasm figures are not mixed up.
inline const char* bench_platform() {
#ifdef __EMSCRIPTEN__
    return "wasm";
#else
    return "native";
#endif
}

// The median wall time of `runs` calls of f, in milliseconds.
inline double median_ms(int runs, const std::function<void()>& f) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> t;
    for (int r = 0; r < runs; r++) {
        auto t0 = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// A whole-number option "--name N"; a smaller N is raised to `least`.
struct IntOption {
    const char* name;
    int* value;
    int least;
};

// Reads the "--name N" pairs of the command line; unknown names are skipped with their value.
inline void read_int_options(int argc, char** argv, std::initializer_list<IntOption> options) {
    for (int i = 1; i + 1 < argc; i += 2)
        for (const IntOption& o : options)
            if (!std::strcmp(argv[i], o.name)) *o.value = std::max(o.least, std::atoi(argv[i + 1]));
}

} // namespace rectify::bench
