#include "core/i18n.h"

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

const char* lang_code(Lang lang) { return lang == Lang::En ? "en" : "zh-CN"; }

} // namespace rectify
