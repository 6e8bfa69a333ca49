// i18n: the language choice shared by the core (messages) and the UI (its key table).
// Every user-visible string exists in zh-CN (the default) and en.
#pragma once
#include <string_view>

namespace rectify {

enum class Lang { Zh, En };

// A string in both languages. Tables of these are indexed by an enum key.
struct Text {
    const char* zh;
    const char* en;
};

inline const char* pick(Lang lang, const Text& t) { return lang == Lang::En ? t.en : t.zh; }

// "zh", "zh-CN", "zh-Hans" -> Zh; "en", "en-US" -> En; anything else -> fallback.
Lang parse_lang(std::string_view code, Lang fallback = Lang::Zh);
const char* lang_code(Lang lang); // "zh-CN" or "en"

} // namespace rectify
