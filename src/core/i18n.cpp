#include "core/i18n.h"

#include <algorithm>
#include <cstdio>

namespace rectify {

static bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return s.size() == prefix.size() || s[prefix.size()] == '-' || s[prefix.size()] == '_';
}

Lang parse_lang(std::string_view code, Lang fallback) {
    if (starts_with_ci(code, "zh")) return Lang::Zh;
    if (starts_with_ci(code, "en")) return Lang::En;
    return fallback;
}

// The length of the {name} starting at pattern[i] (braces included), or 0 when it is not one.
static size_t placeholder_at(std::string_view pattern, size_t i) {
    if (pattern[i] != '{') return 0;
    size_t j = i + 1;
    while (j < pattern.size() && (pattern[j] == '_' || (pattern[j] >= 'a' && pattern[j] <= 'z') ||
                                  (pattern[j] >= 'A' && pattern[j] <= 'Z') || (pattern[j] >= '0' && pattern[j] <= '9')))
        j++;
    return j > i + 1 && j < pattern.size() && pattern[j] == '}' ? j + 1 - i : 0;
}

std::string format_text(std::string_view pattern, const Arg* first, const Arg* last) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size();) {
        const size_t n = placeholder_at(pattern, i);
        const Arg* arg = nullptr;
        for (const Arg* a = first; a != last; a++)
            if (n && pattern.substr(i + 1, n - 2) == a->name) arg = a;
        if (arg) out += arg->value, i += n;
        else out += pattern[i++];
    }
    return out;
}

std::vector<std::string> placeholder_names(std::string_view pattern) {
    std::vector<std::string> out;
    for (size_t i = 0; i < pattern.size(); i++)
        if (size_t n = placeholder_at(pattern, i)) out.emplace_back(pattern.substr(i + 1, n - 2)), i += n - 1;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string whole_number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

const char* lang_code(Lang lang) { return lang == Lang::En ? "en" : "zh-CN"; }

} // namespace rectify
