// Small helpers shared by the unit tests.
#pragma once
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "core/format/format.h"

namespace rectify::testing {

inline std::string data_path(const std::string& rel) { return std::string(RECTIFY_TEST_DATA) + "/" + rel; }

inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open fixture " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string fixture(const std::string& rel) { return read_bytes(data_path(rel)); }

// A fixed export time so saved text is reproducible.
constexpr std::int64_t kSaveTime = 1700000000000; // 2023-11-14T22:13:20Z

// Loads a file that must be valid; on failure the test stops with the loader's message.
inline Workspace load_ok(const std::string& text) {
    LoadResult r = load_workspace(text);
    INFO(format_error(r.error, Lang::En));
    REQUIRE(r.ok);
    return std::move(r.workspace);
}

} // namespace rectify::testing
