// A workspace and a history with a clock that ticks one second per command, for command tests.
#pragma once
#include <cstdint>

#include "core/commands.h"
#include "random_plan.h"

namespace rectify::testing {

struct CommandFixture {
    std::int64_t now = 1'700'000'000'000;
    History history{[this] { return now += 1000; }};
    Workspace ws;
    explicit CommandFixture(std::uint64_t seed) : ws(random_workspace(seed)) { ws.office.code = "QSJY"; }
};

} // namespace rectify::testing
