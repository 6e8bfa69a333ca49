// Seeded random workspaces for property tests and the load benchmark. Every field of every
// entity gets a non-default value (so a field the format forgets shows up as a difference), text
// mixes Chinese, ASCII, escapes and emoji, and some entities are tombstones.
#pragma once
#include <cstdint>

#include "core/model.h"

namespace rectify::testing {

struct RandomShape {
    int plans = 2, problems = 4, measures = 3; // measures per problem
    int departments = 5, people = 8;
};

Workspace random_workspace(std::uint64_t seed, const RandomShape& shape = {});

} // namespace rectify::testing
