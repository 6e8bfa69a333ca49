// The workspace the core benchmarks use, natively and as wasm: one plan, five measures per
// problem, 40 departments, 200 people, every field filled (tests/unit/random_plan.h), seeded so
// every platform gets the same bytes.
#pragma once
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

} // namespace rectify::bench
