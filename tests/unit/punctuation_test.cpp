// Chinese texts use Chinese punctuation: in every zh text of every table (the UI key table, the
// load messages, the CLI's texts, the shared labels, the report's wording), a comma, colon, semicolon, question or exclamation mark, or bracket next to
// a Chinese character is the full-width one (，：；？！（）), as GB/T 15834 sets it.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "cli/cli.h"
#include "core/format/messages.h"
#include "core/labels.h"
#include "core/texts.h"
#include "ui/strings.h"

namespace {

struct Text {
    const char* key;
    const char* zh;
};

// The code point starting at s[i] (UTF-8), and its length in n.
char32_t code_point(const std::string& s, size_t i, size_t* n) {
    const unsigned char c = s[i];
    if (c < 0x80) { *n = 1; return c; }
    if ((c >> 5) == 6 && i + 1 < s.size()) { *n = 2; return char32_t((c & 0x1F) << 6 | (s[i + 1] & 0x3F)); }
    if ((c >> 4) == 14 && i + 2 < s.size()) {
        *n = 3;
        return char32_t((c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F));
    }
    *n = 1;
    return 0xFFFD;
}

bool chinese(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF); }

// ASCII punctuation touching a Chinese character: the places that want the full-width form.
std::vector<std::string> half_width_marks(const std::string& s) {
    std::vector<char32_t> cps;
    for (size_t i = 0, n = 0; i < s.size(); i += n) cps.push_back(code_point(s, i, &n));
    std::vector<std::string> out;
    for (size_t i = 0; i < cps.size(); i++) {
        const char32_t c = cps[i];
        if (c != ',' && c != ':' && c != ';' && c != '?' && c != '!' && c != '(' && c != ')') continue;
        const bool before = i > 0 && chinese(cps[i - 1]), after = i + 1 < cps.size() && chinese(cps[i + 1]);
        if (before || after) out.push_back(std::string(1, char(c)));
    }
    return out;
}

} // namespace

TEST_CASE("Chinese texts use full-width punctuation", "[i18n]") {
    std::vector<Text> texts;
#define RECTIFY_TEXT(key, zh, en) texts.push_back({#key, zh});
    RECTIFY_UI_STRINGS(RECTIFY_TEXT)
    RECTIFY_LOAD_MESSAGES(RECTIFY_TEXT)
    RECTIFY_CLI_TEXTS(RECTIFY_TEXT)
    RECTIFY_LABELS(RECTIFY_TEXT)
    RECTIFY_CORE_TEXTS(RECTIFY_TEXT)
#undef RECTIFY_TEXT
    // The words load messages put into their placeholders.
    for (int k = 0; k <= int(rectify::JsonKind::Object); k++) texts.push_back({"JsonKind", rectify::json_kind_text(rectify::JsonKind(k)).zh});
    for (const char* kind : {"zip", "docx", "xlsx", "pptx", "office", "ofd", "ole", "pdf", "png", "jpeg", "gif", "rar", "7z", "gzip", "?"})
        texts.push_back({kind, rectify::file_kind_text(kind).zh});
    REQUIRE(texts.size() > 300);
    std::vector<std::string> bad;
    for (const Text& t : texts)
        for (const std::string& mark : half_width_marks(t.zh)) bad.push_back(std::string(t.key) + " '" + mark + "': " + t.zh);
    INFO(bad.size() << " half-width marks");
    for (const std::string& b : bad) UNSCOPED_INFO(b);
    CHECK(bad.empty());
}

TEST_CASE("the punctuation check finds what it is for", "[i18n]") {
    CHECK(half_width_marks("文件太大(12 字节),上限为 5 字节").size() == 3);
    CHECK(half_width_marks("文件太大（12 字节），上限为 5 字节。").empty());
    CHECK(half_width_marks("Cannot read: the file").empty()); // English keeps its own
    CHECK(half_width_marks("整改通 (Rectify)").empty());        // a space between: an English aside
}
