// i18n: the language choice shared by the core (messages) and the UI (its key table).
// Every user-visible string exists in zh-CN (the default) and en.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rectify {

enum class Lang { Zh, En };

// A string in both languages. Tables of these are indexed by an enum key.
struct Text {
    const char* zh;
    const char* en;
};

inline const char* pick(Lang lang, const Text& t) { return lang == Lang::En ? t.en : t.zh; }

// Every table of texts (UI keys, load messages, CLI, report wording, core labels) writes a value
// into its text as a named placeholder, {name}: a translation may put them in any order, and a
// wrong value can show as text but never crash as a printf format can. Tests check that both
// languages of a row name the same placeholders.
struct Arg {
    const char* name;
    std::string value;
    Arg(const char* n, std::string v) : name(n), value(std::move(v)) {}
    Arg(const char* n, const char* v) : name(n), value(v ? v : "") {}
    template <class I, std::enable_if_t<std::is_integral_v<I>, int> = 0>
    Arg(const char* n, I v) : name(n), value(std::to_string(v)) {}
};

// `pattern` with each {name} replaced by its Arg's value; a {name} without one stays as written,
// and a brace that does not start a {name} (letters, digits, _) is plain text.
std::string format_text(std::string_view pattern, const Arg* first, const Arg* last);
inline std::string format_text(std::string_view pattern, std::initializer_list<Arg> args) {
    return format_text(pattern, args.begin(), args.end());
}
inline std::string format_text(Lang lang, const Text& t, std::initializer_list<Arg> args) {
    return format_text(pick(lang, t), args);
}
// The names of a pattern's placeholders, sorted, each once: {"n", "path"}.
std::vector<std::string> placeholder_names(std::string_view pattern);
// A number rounded to a whole one as printf's %.0f writes it ("12.5" -> "12"): percentages.
std::string whole_number(double v);

// "zh", "zh-CN", "zh-Hans" -> Zh; "en", "en-US" -> En; anything else -> fallback.
Lang parse_lang(std::string_view code, Lang fallback = Lang::Zh);
const char* lang_code(Lang lang); // "zh-CN" or "en"

} // namespace rectify
