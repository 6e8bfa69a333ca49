#include "core/prescan.h"

#include <string>

namespace rectify {

size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len = utf8_sequence_length(p + i, n - i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

static bool looks_utf16(std::string_view s) {
    if (s.size() >= 2) {
        unsigned a = (unsigned char)s[0], b = (unsigned char)s[1];
        if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return true;
        // No BOM: "{\0" (little-endian) or "\0{" (big-endian): exactly one NUL in an ASCII pair.
        if ((a == 0) != (b == 0) && (a | b) < 0x80) return true;
    }
    return false;
}

ScanResult prescan(std::string_view s, const Limits& limits) {
    ScanResult r;
    LoadError& e = r.error;
    if (s.size() > limits.max_bytes) {
        e.key = Msg::TooLarge;
        e.n = std::int64_t(s.size());
        e.limit = std::int64_t(limits.max_bytes);
        return r;
    }
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") {
        e.key = Msg::ByteOrderMark;
        return r;
    }
    if (looks_utf16(s)) {
        e.key = Msg::Utf16;
        return r;
    }
    if (s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        e.key = Msg::Empty;
        return r;
    }
    size_t bad = find_invalid_utf8(s);
    if (bad != std::string_view::npos) {
        e.key = Msg::InvalidUtf8;
        e.n = std::int64_t(bad);
        return r;
    }
    // Nesting depth, skipping strings (a '[' inside a string is text).
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : s) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > limits.max_depth) {
                e.key = Msg::TooDeep;
                e.limit = limits.max_depth;
                return r;
            }
        } else if (c == ']' || c == '}') depth--;
    }
    r.ends_inside = in_string || depth > 0;
    r.ok = true;
    return r;
}

} // namespace rectify
