#include <catch2/catch_test_macros.hpp>

#include "core/dates.h"

using namespace rectify;

TEST_CASE("ISO dates parse strictly and print back", "[dates]") {
    Date d;
    REQUIRE(parse_iso_date("2024-02-29", d));
    CHECK(d == Date{2024, 2, 29});
    CHECK(to_iso(d) == "2024-02-29");
    CHECK_FALSE(parse_iso_date("2023-02-29", d));
    CHECK_FALSE(parse_iso_date("2023-13-01", d));
    CHECK_FALSE(parse_iso_date("2023-1-01", d));
    REQUIRE(parse_iso_date("", d));
    CHECK(d.empty());
    CHECK(to_iso(Date{}).empty());
}

TEST_CASE("deadline wordings from real plans", "[dates]") {
    Deadline d = parse_deadline("2022年11月底前", 2021);
    CHECK(d.kind == DeadlineKind::EndOfMonth);
    CHECK(d.date == Date{2022, 11, 30});
    CHECK(d.text == "2022年11月底前");
    d = parse_deadline("2024年2月底前", 2021);
    CHECK(d.date == Date{2024, 2, 29});
    d = parse_deadline("11月30日前", 2022);
    CHECK(d.kind == DeadlineKind::Date);
    CHECK(d.date == Date{2022, 11, 30});
    d = parse_deadline("2021年7月底前", 2022);
    CHECK(d.date == Date{2021, 7, 31});
    d = parse_deadline("２０２２年６月１５日前", 2020); // full-width digits
    CHECK(d.kind == DeadlineKind::Date);
    CHECK(d.date == Date{2022, 6, 15});
    d = parse_deadline("2022年底前", 2020);
    CHECK(d.kind == DeadlineKind::EndOfMonth);
    CHECK(d.date == Date{2022, 12, 31});
    CHECK(parse_deadline("长期坚持", 2022).kind == DeadlineKind::Ongoing);
    CHECK(parse_deadline("立行立改", 2022).kind == DeadlineKind::Immediate);
    CHECK(parse_deadline("2022-10-01", 2020).date == Date{2022, 10, 1});
    CHECK(parse_deadline("", 2022).kind == DeadlineKind::None);
    Deadline bad = parse_deadline("2月30日前", 2022);
    CHECK(bad.kind == DeadlineKind::Unparsed);
    CHECK(bad.text == "2月30日前");
    CHECK(parse_deadline("尽快", 2022).kind == DeadlineKind::Unparsed);
}

TEST_CASE("due dates exist only for dated deadlines", "[dates]") {
    CHECK(due_date(parse_deadline("2022年11月底前", 2022)) == Date{2022, 11, 30});
    CHECK(due_date(parse_deadline("长期坚持", 2022)).empty());
    CHECK(due_date(parse_deadline("立行立改", 2022)).empty());
}
