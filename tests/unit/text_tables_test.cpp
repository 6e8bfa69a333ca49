// Every table of texts writes values as {name} placeholders (core/i18n.h): both languages of a
// row name the same ones, so neither can lose a value or ask for one the caller does not give.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "cli/cli.h"
#include "core/format/messages.h"
#include "core/i18n.h"
#include "core/labels.h"
#include "core/texts.h"
#include "ui/strings.h"

using rectify::Lang;
using rectify::placeholder_names;

namespace {

struct Row {
    const char* key;
    const char* zh;
    const char* en;
};

std::vector<Row> every_row() {
    std::vector<Row> rows;
#define RECTIFY_ROW(key, zh, en) rows.push_back({#key, zh, en});
    RECTIFY_UI_STRINGS(RECTIFY_ROW)
    RECTIFY_LOAD_MESSAGES(RECTIFY_ROW)
    RECTIFY_CLI_TEXTS(RECTIFY_ROW)
    RECTIFY_LABELS(RECTIFY_ROW)
    RECTIFY_CORE_TEXTS(RECTIFY_ROW)
#undef RECTIFY_ROW
    return rows;
}

} // namespace

TEST_CASE("both languages of a text name the same placeholders", "[i18n]") {
    const std::vector<Row> rows = every_row();
    REQUIRE(rows.size() > 400);
    int with_values = 0;
    for (const Row& r : rows) {
        INFO(r.key << ": " << r.zh << " / " << r.en);
        CHECK(placeholder_names(r.zh) == placeholder_names(r.en));
        if (!placeholder_names(r.zh).empty()) with_values++;
    }
    CHECK(with_values > 60);
}

TEST_CASE("no table keeps a printf format", "[i18n]") {
    // One placeholder syntax: a %d or %s left in a table would print as it stands.
    for (const Row& r : every_row())
        for (const char* t : {r.zh, r.en}) {
            const std::string s = t;
            INFO(r.key << ": " << s);
            for (const char* spec : {"%d", "%s", "%zu", "%.0f", "%%"}) CHECK(s.find(spec) == std::string::npos);
        }
}
