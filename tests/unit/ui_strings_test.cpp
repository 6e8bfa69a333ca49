// The UI key table: every key has text in both languages, the Chinese is Chinese, and nothing
// is accidentally shared between keys.
#include <catch2/catch_test_macros.hpp>
#include <set>
#include <string>

#include "core/import/text_import.h"
#include "ui/strings.h"

using rectify::Lang;
using rectify::ui::S;

static bool has_cjk(const std::string& s) {
    // UTF-8 lead bytes 0xE3..0xE9 start the CJK blocks (U+3000..U+9FFF).
    for (unsigned char c : s)
        if (c >= 0xE3 && c <= 0xE9) return true;
    return false;
}

static bool valid_utf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (size_t k = 1; k < n; k++)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

TEST_CASE("every UI key has zh-CN and en text", "[strings]") {
    std::set<std::string> zh_seen;
    for (int k = 0; k < int(S::Count); k++) {
        const S key = S(k);
        INFO(rectify::ui::key_name(key));
        const std::string zh = rectify::ui::tr(key, Lang::Zh), en = rectify::ui::tr(key, Lang::En);
        CHECK(!zh.empty());
        CHECK(!en.empty());
        CHECK(valid_utf8(zh));
        CHECK(valid_utf8(en));
        CHECK(has_cjk(zh));
        CHECK(zh_seen.insert(zh).second); // two keys with one text is a copy-paste slip
    }
}

TEST_CASE("tr follows the current language", "[strings]") {
    rectify::ui::set_language(Lang::En);
    CHECK(std::string(rectify::ui::tr(S::AppName)) == "Rectify");
    rectify::ui::set_language(Lang::Zh);
    CHECK(std::string(rectify::ui::tr(S::AppName)) == "整改通");
    CHECK(std::string(rectify::ui::key_name(S::AppName)) == "AppName");
}

TEST_CASE("the text import's line tags: one per kind of line, in both languages", "[strings]") {
    // text_import_view.cpp splits TextImportTags at '|' in TextSpan::Kind order (Title … Unplaced).
    constexpr int kKinds = int(rectify::TextSpan::Unplaced) + 1;
    for (Lang lang : {Lang::Zh, Lang::En}) {
        const std::string tags = rectify::ui::tr(S::TextImportTags, lang);
        int parts = 1;
        for (char c : tags) parts += c == '|';
        CHECK(parts == kKinds);
        CHECK(tags.find("||") == std::string::npos);
    }
}

TEST_CASE("the calendar's weekday heads: seven in both languages", "[strings]") {
    // pickers.cpp splits WeekdayLetters at '|', Monday first.
    for (Lang lang : {Lang::Zh, Lang::En}) {
        const std::string days = rectify::ui::tr(S::WeekdayLetters, lang);
        int parts = 1;
        for (char c : days) parts += c == '|';
        CHECK(parts == 7);
    }
}
