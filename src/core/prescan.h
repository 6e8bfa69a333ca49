// Checks on the raw bytes of a file, before any JSON parser sees them: size, encoding, nesting.
// The nesting check is iterative and must run before the (recursive) parse: a file of 100,000
// '[' overflows the stack of a recursive parser (a crash natively, an abort of the whole app in
// wasm).
#pragma once
#include <cstddef>
#include <string_view>

#include "core/messages.h"

namespace rectify {

struct Limits {
    size_t max_bytes = size_t(64) << 20; // 64 MiB: ten times a 10,000-measure plan
    int max_depth = 64;                  // a plan needs about 15
    // Only the fuzzer turns this off, so that mutated content reaches the content parser
    // instead of stopping at the checksum.
    bool verify_checksum = true;
};

struct ScanResult {
    bool ok = false;
    LoadError error;
    bool ends_inside = false; // the text ends inside a string or an open [ / {: likely truncated
};

ScanResult prescan(std::string_view bytes, const Limits& limits);

// Offset of the first byte that is not valid UTF-8, or npos.
size_t find_invalid_utf8(std::string_view s);

} // namespace rectify
