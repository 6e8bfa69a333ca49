// File names made from what users typed (a plan's title, an office's or department's name) for the
// files the app and the CLI hand out: every file system and browser must take them as they are,
// and none may hide what the file really is.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace rectify {

inline constexpr size_t kMaxFileNameBytes = 120;

// `stem` made safe as a file name, then `extension` (".csv", ".rectify.json") appended:
// - / \ : * ? " < > | and control characters become "_"; line breaks, tabs and Unicode spaces
//   are spaces, and runs of spaces one space; direction marks and overrides (U+202E makes
//   "x\u202Efdp.exe" look like "xexe.pdf") and zero-width characters are dropped, and so are
//   bytes that are not UTF-8;
// - no leading dots or spaces (a hidden file, or a name Windows trims), no trailing ones;
// - Windows' device names (CON, NUL, COM1, …) get a "_" in front;
// - the whole name is at most max_bytes bytes, the stem cut on a UTF-8 character boundary.
// An empty result takes `fallback` (cleaned the same way) as its stem.
std::string safe_file_name(std::string_view stem, std::string_view extension,
                           std::string_view fallback = "整改通", size_t max_bytes = kMaxFileNameBytes);

// `s` with ASCII letters lowercased (file extensions, media types); other bytes as they are.
std::string ascii_lower(std::string_view s);

// Does the file name end with `tail` (".zip", ".csv"), ignoring ASCII case (DATA.CSV, 台账.Xlsx)?
// The one test of a name's extension for the app, the office module and the CLI.
bool name_ends_with(std::string_view name, std::string_view tail);

// The longest prefix of `utf8` of at most max_bytes bytes that ends on a character boundary.
std::string_view utf8_prefix_bytes(std::string_view utf8, size_t max_bytes);

} // namespace rectify
