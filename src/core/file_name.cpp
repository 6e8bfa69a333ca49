#include "core/file_name.h"

#include <cctype>

#include "core/format/prescan.h"
#include "core/utf8.h"

namespace rectify {

namespace {

bool is_space_char(char32_t c) {
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Invisible characters that change how a name reads: zero-width ones and the bidirectional
// marks, embeddings, overrides and isolates.
bool is_invisible(char32_t c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x061C || c == 0xFEFF || c == 0x2060;
}

void trim_dots_and_spaces(std::string& s) {
    size_t b = s.find_first_not_of(". ");
    if (b == std::string::npos) return s.clear();
    size_t e = s.find_last_not_of(". ");
    s = s.substr(b, e - b + 1);
}

// CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension, any case.
bool windows_device(std::string_view stem) {
    std::string base(stem.substr(0, stem.find('.')));
    while (!base.empty() && base.back() == ' ') base.pop_back();
    for (char& c : base) c = char(std::toupper(static_cast<unsigned char>(c)));
    if (base == "CON" || base == "PRN" || base == "AUX" || base == "NUL") return true;
    return base.size() == 4 && (base.compare(0, 3, "COM") == 0 || base.compare(0, 3, "LPT") == 0) &&
           base[3] >= '1' && base[3] <= '9';
}

std::string clean(std::string_view text) {
    std::string out;
    bool space = false; // a space is owed before the next character
    for (size_t i = 0; i < text.size();) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        char32_t c = b;
        size_t len = 1;
        if (b >= 0x80) {
            len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(text.data()) + i, text.size() - i);
            if (len == 0) { // not UTF-8: dropped
                i++;
                continue;
            }
            decode_utf8(text, i, len, c);
        }
        i += len;
        if (is_invisible(c)) continue;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || is_space_char(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        const bool forbidden = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
                               (c < 0x80 && std::string_view("/\\:*?\"<>|").find(char(c)) != std::string_view::npos);
        if (forbidden) out += '_';
        else append_utf8(out, c);
    }
    trim_dots_and_spaces(out);
    if (windows_device(out)) out.insert(0, "_");
    return out;
}

} // namespace

std::string_view utf8_prefix_bytes(std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t n = max_bytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) n--; // s[n] starts the first character cut
    return s.substr(0, n);
}

std::string safe_file_name(std::string_view stem, std::string_view extension, std::string_view fallback,
                           size_t max_bytes) {
    const size_t room = max_bytes > extension.size() ? max_bytes - extension.size() : 0;
    std::string name = clean(stem);
    if (name.size() > room) {
        name = std::string(utf8_prefix_bytes(name, room));
        trim_dots_and_spaces(name);
    }
    if (name.empty() && !fallback.empty()) return safe_file_name(fallback, extension, {}, max_bytes);
    return name + std::string(extension);
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

bool name_ends_with(std::string_view name, std::string_view tail) {
    if (tail.empty() || name.size() < tail.size()) return false;
    return ascii_lower(name.substr(name.size() - tail.size())) == ascii_lower(tail);
}

} // namespace rectify
