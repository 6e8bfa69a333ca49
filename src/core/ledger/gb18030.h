// gb18030_to_utf8: the one step of decode_text (csv.h) that each build provides its own way — glibc's
// iconv natively (src/platform/native_gb18030.cpp), the browser's TextDecoder in wasm
// (src/platform/web_gb18030.cpp), so the wasm carries no conversion tables. rectify_core links the
// library (rectify_gb18030) that holds the build's one definition.
#pragma once
#include <string>
#include <string_view>

namespace rectify {

// Decodes GB18030 (a superset of GBK and GB2312) bytes into UTF-8 in `out` (replaced). False when the
// bytes are not valid GB18030 (an invalid or truncated sequence: decoding is fatal, nothing replaced
// by U+FFFD); `out` is then unspecified.
bool gb18030_to_utf8(std::string_view bytes, std::string& out);

} // namespace rectify
