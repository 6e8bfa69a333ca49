// Checks on the raw bytes of a file, before any JSON parser sees them: size, encoding, nesting.
// The nesting check is iterative and must run before the (recursive) parse: a file of 100,000
// '[' overflows the stack of a recursive parser (a crash natively, an abort of the whole app in
// wasm).
#pragma once
#include <cstddef>
#include <string_view>

#include "core/format/messages.h"

namespace rectify {

struct Limits {
    size_t max_bytes = size_t(64) << 20; // 64 MiB: ten times a 10,000-measure plan
    int max_depth = 64;                  // a plan needs about 15
    // Only the fuzzer turns this off, so that mutated content reaches the content parser
    // instead of stopping at the checksum.
    bool verify_checksum = true;
    // The app's own stored workspace: an ID that occurs twice (stored by a version before issue
    // 14 after merging a colliding file) is repaired (id_collisions.h) instead of refused.
    bool repair_ids = false;
};

struct ScanResult {
    bool ok = false;
    LoadError error;
    bool ends_inside = false; // the text ends inside a string or an open [ / {: likely truncated
};

// Runs first: a file of another kind (a ZIP archive, an Office document, an image, a PDF) is
// named as such (Msg::OtherFormat) instead of being reported as broken text.
ScanResult prescan(std::string_view bytes, const Limits& limits);

// What kind of non-text file the bytes are, from their first bytes (and for a ZIP, the names of
// its entries): "zip", "docx", "xlsx", "pptx", "office", "ofd", "ole", "pdf", "png", "jpeg",
// "gif", "rar", "7z", "gzip"; nullptr for anything else (file_kind_text() names them).
const char* sniff_other_format(std::string_view bytes);

// Offset of the first byte that is not valid UTF-8, or npos.
size_t find_invalid_utf8(std::string_view s);

// The length of the UTF-8 sequence starting at p[0] (p[0] >= 0x80), n bytes available; 0 if it
// is not valid UTF-8 (overlong, a UTF-16 surrogate, above U+10FFFF, cut short).
inline size_t utf8_sequence_length(const unsigned char* p, size_t n) {
    unsigned c = p[0];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;      // overlong
        else if (c == 0xED) hi = 0x9F; // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;      // overlong
        else if (c == 0xF4) hi = 0x8F; // above U+10FFFF
    } else
        return 0;
    if (len > n || p[1] < lo || p[1] > hi) return 0;
    for (size_t k = 2; k < len; k++)
        if (p[k] < 0x80 || p[k] > 0xBF) return 0;
    return len;
}

} // namespace rectify
