// GB18030 → UTF-8 (core/ledger/gb18030.h): glibc's iconv natively, the browser's TextDecoder in
// wasm. The same cases run in both builds, so both must give the same text and refuse the same bytes.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/ledger/csv.h"
#include "core/ledger/gb18030.h"

using namespace rectify;

TEST_CASE("gb18030: two- and four-byte characters decode the same in every build", "[gb18030]") {
    std::string out;
    CHECK(gb18030_to_utf8("\xd5\xfb\xb8\xc4 ok", out)); // 整改, then ASCII
    CHECK(out == "整改 ok");
    // Four-byte sequences: U+20000 (CJK Extension B, outside the BMP) and U+3401 (Extension A).
    CHECK(gb18030_to_utf8("\x95\x32\x82\x36\x81\x39\xef\x30", out));
    CHECK(out == "\xF0\xA0\x80\x80\xE3\x90\x81");
    CHECK(gb18030_to_utf8("\xa2\xe3", out)); // € has its own two bytes in GB18030
    CHECK(out == "\xE2\x82\xAC");
    CHECK(gb18030_to_utf8("", out));
    CHECK(out.empty());

    // Through decode_text, as a CSV saved by Excel on Chinese Windows would reach it.
    std::string enc;
    CHECK(decode_text("\xd6\xd0,\x95\x32\x82\x36\r\n", out, enc));
    CHECK(enc == "GB18030");
    CHECK(out == "中,\xF0\xA0\x80\x80\r\n");
}

TEST_CASE("gb18030: invalid or truncated bytes are refused, never replaced", "[gb18030]") {
    std::string out;
    CHECK_FALSE(gb18030_to_utf8("\xd6", out));                 // a lead byte at the end
    CHECK_FALSE(gb18030_to_utf8("\xd6\xd0\xd6\x20", out));     // a lead byte before a space
    CHECK_FALSE(gb18030_to_utf8("\x81\x30\x81", out));         // a four-byte sequence cut short
    CHECK_FALSE(gb18030_to_utf8("\x84\x31\xa5\x30", out));     // past the four-byte BMP range
    CHECK_FALSE(gb18030_to_utf8("\xff\xd6\xd0", out));         // 0xFF is never a GB18030 byte
    CHECK_FALSE(gb18030_to_utf8("\xd6\xd0\x80\xd6\xd0", out)); // nor is a lone 0x80 (cp936's €)
    // A 0x80 inside a two-byte character is a trail byte, not the lone one.
    CHECK(gb18030_to_utf8("\x81\x80", out));
    CHECK(out == "亐");

    std::string enc;
    CHECK_FALSE(decode_text("\xbb\xf9\xbd\xcc\xbf", out, enc)); // 基教 then half of 科
    CHECK(enc == "GB18030");
}
