#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "core/i18n.h"

using rectify::Lang;

TEST_CASE("parse_lang accepts BCP 47 codes and falls back", "[i18n]") {
    CHECK(rectify::parse_lang("zh") == Lang::Zh);
    CHECK(rectify::parse_lang("zh-CN") == Lang::Zh);
    CHECK(rectify::parse_lang("ZH_hans") == Lang::Zh);
    CHECK(rectify::parse_lang("en") == Lang::En);
    CHECK(rectify::parse_lang("en-US") == Lang::En);
    CHECK(rectify::parse_lang("english", Lang::Zh) == Lang::Zh); // not a code
    CHECK(rectify::parse_lang("", Lang::En) == Lang::En);
    CHECK(rectify::parse_lang("fr", Lang::En) == Lang::En);
}

TEST_CASE("lang_code round-trips through parse_lang", "[i18n]") {
    for (Lang l : {Lang::Zh, Lang::En}) CHECK(rectify::parse_lang(rectify::lang_code(l)) == l);
}

TEST_CASE("format_text fills named placeholders in any order", "[i18n]") {
    using rectify::format_text;
    CHECK(format_text("已合并：新增 {added}，冲突 {conflicts}。", {{"conflicts", 2}, {"added", 10}}) ==
          "已合并：新增 10，冲突 2。");
    CHECK(format_text("{file}: {why}", {{"file", std::string("a.json")}, {"why", "gone"}}) == "a.json: gone");
    CHECK(format_text("{n} of {n}", {{"n", size_t(3)}}) == "3 of 3");      // a name used twice
    CHECK(format_text("{missing} stays", {{"n", 1}}) == "{missing} stays"); // no value: shown as written
    CHECK(format_text("{ not one } {} {a-b} {", {{"a", 1}}) == "{ not one } {} {a-b} {");
    CHECK(format_text("{n}", {{"n", std::string("{n}")}}) == "{n}"); // values are not formatted again
    CHECK(format_text(Lang::En, {"{n} 项", "{n} items"}, {{"n", -4}}) == "-4 items");
}

TEST_CASE("placeholder_names lists each name once, sorted", "[i18n]") {
    using V = std::vector<std::string>;
    CHECK(rectify::placeholder_names("{b}{a} {b} {x-y} {}") == V{"a", "b"});
    CHECK(rectify::placeholder_names("no values").empty());
}

TEST_CASE("whole_number rounds as %.0f does", "[i18n]") {
    CHECK(rectify::whole_number(66.66) == "67");
    CHECK(rectify::whole_number(0.0) == "0");
    CHECK(rectify::whole_number(100.0) == "100");
}
