#include <catch2/catch_test_macros.hpp>

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
