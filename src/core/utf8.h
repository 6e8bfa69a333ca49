// UTF-8 encoding and decoding for the core's text code (normalising, find, CSV decoding). Inline:
// find in plan decodes every character of a plan in its inner loop. Checking that bytes are
// well-formed UTF-8 (overlong forms, surrogates) is prescan.h's job, not this.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace rectify {

// Appends the code point as UTF-8. Not checked: callers pass what they decoded or built.
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) out += char(c);
    else if (c < 0x800) out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
    else if (c < 0x10000)
        out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
    else
        out += char(0xF0 | (c >> 18)), out += char(0x80 | ((c >> 12) & 0x3F)),
            out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
}

// The length of the sequence a lead byte starts, by its bit pattern: 1 (ASCII) to 4, or 0 for a
// byte that starts none (a continuation byte, 0xF8–0xFF).
inline size_t utf8_lead_length(unsigned char c) {
    return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
}

// Decodes the len-byte sequence (1 to 4, the caller's reading of the lead byte) at s[i] into cp.
// False if it runs past the end of s or a following byte is not a continuation byte.
inline bool decode_utf8(std::string_view s, size_t i, size_t len, char32_t& cp) {
    if (i + len > s.size()) return false;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (len == 1) {
        cp = c;
        return true;
    }
    cp = c & (0x7F >> len); // the lead byte's payload bits
    for (size_t k = 1; k < len; k++) {
        unsigned char b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (b & 0x3F);
    }
    return true;
}

} // namespace rectify
