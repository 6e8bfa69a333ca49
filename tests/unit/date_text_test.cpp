// Dates and deadlines as shown, calendar arithmetic for the picker, and due states.
#include <catch2/catch_test_macros.hpp>

#include "core/date_text.h"
#include "core/merge/export_plan.h"
#include "core/report/stats.h"

using namespace rectify;

TEST_CASE("format_date writes the Chinese and English forms", "[date_text]") {
    CHECK(format_date(Date{2022, 11, 30}, Lang::Zh) == "2022年11月30日");
    CHECK(format_date(Date{2022, 1, 5}, Lang::Zh) == "2022年1月5日"); // no leading zeros
    CHECK(format_date(Date{2022, 11, 30}, Lang::En) == "30 Nov 2022");
    CHECK(format_date(Date{2024, 2, 29}, Lang::En) == "29 Feb 2024");
    CHECK(format_date(Date{}, Lang::Zh).empty());
    CHECK(format_date(Date{}, Lang::En).empty());
}

TEST_CASE("format_deadline quotes the wording, else writes one by kind", "[date_text]") {
    CHECK(format_deadline(parse_deadline("11月30日前", 2022), Lang::En) == "11月30日前");
    Deadline d;
    d.kind = DeadlineKind::Date;
    d.date = Date{2022, 11, 30};
    CHECK(format_deadline(d, Lang::Zh) == "2022年11月30日前");
    CHECK(format_deadline(d, Lang::En) == "by 30 Nov 2022");
    d.kind = DeadlineKind::EndOfMonth;
    CHECK(format_deadline(d, Lang::Zh) == "2022年11月底前");
    CHECK(format_deadline(d, Lang::En) == "by end of Nov 2022");
    d = Deadline{};
    CHECK(format_deadline(d, Lang::Zh) == "未定");
    CHECK(format_deadline(d, Lang::En) == "No deadline");
    d.kind = DeadlineKind::Ongoing;
    CHECK(format_deadline(d, Lang::Zh) == "长期坚持");
    CHECK(format_deadline(d, Lang::En) == "Ongoing");
    d.kind = DeadlineKind::Immediate;
    CHECK(format_deadline(d, Lang::Zh) == "立行立改");
    CHECK(format_deadline(d, Lang::En) == "Immediately");
}

TEST_CASE("calendar arithmetic across months, leap years and centuries", "[date_text]") {
    CHECK(add_days(Date{2022, 11, 30}, 1) == Date{2022, 12, 1});
    CHECK(add_days(Date{2022, 12, 31}, 1) == Date{2023, 1, 1});
    CHECK(add_days(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days(Date{2023, 2, 28}, 1) == Date{2023, 3, 1});
    CHECK(add_days(Date{1900, 2, 28}, 1) == Date{1900, 3, 1});
    CHECK(add_days(Date{2000, 2, 28}, 1) == Date{2000, 2, 29});
    CHECK(add_days(Date{2023, 1, 1}, -1) == Date{2022, 12, 31});
    CHECK(add_days(Date{2022, 5, 10}, 365) == Date{2023, 5, 10});
    CHECK(add_days(Date{}, 5).empty());
    CHECK(days_between(Date{2022, 5, 10}, Date{2022, 10, 30}) == 173);
    CHECK(days_between(Date{2022, 10, 30}, Date{2022, 5, 10}) == -173);
    CHECK(days_between(Date{}, Date{2022, 5, 10}) == 0);
    CHECK(weekday(Date{1970, 1, 1}) == 3); // Thursday
    CHECK(weekday(Date{2022, 11, 30}) == 2); // Wednesday
    CHECK(weekday(Date{2026, 11, 23}) == 0); // Monday
    CHECK(weekday(Date{2024, 9, 1}) == 6); // Sunday
    CHECK(weekday(Date{1969, 12, 31}) == 2);
    // A whole year of days, one by one, agrees with days_in_month and the weekday cycle.
    Date d{2023, 12, 25};
    for (int i = 0; i < 800; i++) {
        Date next = add_days(d, 1);
        REQUIRE(valid_date(next));
        REQUIRE(days_between(d, next) == 1);
        REQUIRE(weekday(next) == (weekday(d) + 1) % 7);
        REQUIRE((next.d == 1 ? d.d == days_in_month(d.y, d.m) : next.d == d.d + 1));
        d = next;
    }
}

TEST_CASE("today from a clock or an ISO string", "[date_text]") {
    CHECK(date_from_ms(0) == Date{1970, 1, 1});
    CHECK(date_from_ms(1700000000000) == Date{2023, 11, 14});        // 22:13:20 UTC
    CHECK(date_from_ms(1700000000000, 480) == Date{2023, 11, 15});   // 06:13:20 in Beijing
    CHECK(date_from_ms(-1) == Date{1969, 12, 31});
    CHECK(today_from_iso("2022-11-30") == Date{2022, 11, 30});
    CHECK(today_from_iso("2022-11-30T23:59:59Z") == Date{2022, 11, 30});
    CHECK(today_from_iso("2022-11-31").empty());
    CHECK(today_from_iso("2022-11-30x").empty());
    CHECK(today_from_iso("").empty());
}

// The export seen named 12-06 on 12-05: the name took China time from the clock while the app
// showed the browser's local date (or the ?today= override). Both come from app_today now.
TEST_CASE("the app's today: the ?today= override, else the local date of the clock", "[date_text]") {
    const std::int64_t evening_utc = 1764961200000; // 2025-12-05 19:00:00 UTC
    CHECK(app_today("", evening_utc, 0) == Date{2025, 12, 5});
    CHECK(app_today("", evening_utc, 480) == Date{2025, 12, 6});   // 03:00 next morning in Beijing
    CHECK(app_today("", evening_utc, -300) == Date{2025, 12, 5});  // 14:00 in New York
    CHECK(app_today("", evening_utc, 300) == Date{2025, 12, 6});   // 00:00 in Tashkent: a new day
    CHECK(app_today("", evening_utc, 299) == Date{2025, 12, 5});   // one minute before midnight
    CHECK(app_today("2025-12-05", evening_utc, 480) == Date{2025, 12, 5}); // the override wins
    CHECK(app_today("2024-02-29", 0, 0) == Date{2024, 2, 29});
    // An override that is not a real date is ignored, never an empty "today".
    CHECK(app_today("2025-02-30", evening_utc, 0) == Date{2025, 12, 5});
    CHECK(app_today("2025-12-5", evening_utc, 0) == Date{2025, 12, 5});
    CHECK(app_today("2025-12-05T00:00", evening_utc, 480) == Date{2025, 12, 6});
    CHECK(app_today("yesterday", evening_utc, 480) == Date{2025, 12, 6});
}

TEST_CASE("an exported file is named with the app's today, whatever the clock says", "[date_text]") {
    const Date shown = app_today("", 1764961200000, -300); // the app shows 2025-12-05
    CHECK(export_file_name("整改方案", "基教科", shown) == "整改方案-基教科-2025-12-05.rectify.json");
    CHECK(export_file_name("整改方案", "", app_today("2025-12-05", 1764961200000, 480)) == "整改方案-2025-12-05.rectify.json");
    CHECK(export_file_name("", "", Date{2026, 1, 1}) == "整改方案-2026-01-01.rectify.json");
}

TEST_CASE("deadlines from the picker carry Chinese wording that parses back", "[date_text]") {
    for (Lang lang : {Lang::Zh, Lang::En}) {
        Deadline d = deadline_on(Date{2022, 11, 30}, lang);
        CHECK(d.kind == DeadlineKind::Date);
        CHECK(d.text == "2022年11月30日前");
        CHECK(parse_deadline(d.text, 2000) == d);
    }
    CHECK(deadline_on(Date{}).kind == DeadlineKind::None);
    Deadline eom = deadline_end_of_month(2024, 2);
    CHECK(eom.text == "2024年2月底前");
    CHECK(eom.date == Date{2024, 2, 29});
    CHECK(parse_deadline(eom.text, 2000) == eom);
    CHECK(deadline_ongoing().text == "长期坚持");
    CHECK(parse_deadline("长期坚持", 2000) == deadline_ongoing());
    CHECK(parse_deadline("立行立改", 2000) == deadline_immediate());
}

TEST_CASE("due_state: overdue agrees with is_overdue, soon is inclusive", "[date_text]") {
    const Date today{2022, 11, 20};
    Measure m;
    m.deadline = deadline_on(Date{2022, 11, 30});
    CHECK(due_state(m, today, 10) == Due::Soon);     // exactly 10 days away
    CHECK(due_state(m, today, 9) == Due::Ok);
    CHECK(due_state(m, Date{2022, 11, 30}, 0) == Due::Soon); // due today: still on time
    CHECK(due_state(m, Date{2022, 12, 1}, 7) == Due::Overdue);
    CHECK(is_overdue(m, Date{2022, 12, 1}));
    m.status = Status::InProgress;
    CHECK(due_state(m, Date{2022, 12, 1}, 7) == Due::Overdue);
    for (Status done : {Status::Done, Status::DoneOngoing}) {
        m.status = done;
        CHECK(due_state(m, Date{2022, 12, 1}, 7) == Due::None);
        CHECK(due_state(m, today, 30) == Due::None);
    }
    m.status = Status::InProgress;
    m.closure.state = ClosureState::Verified; // closed off: never overdue, here or in the stats
    CHECK(due_state(m, Date{2022, 12, 1}, 7) == Due::None);
    CHECK_FALSE(is_overdue(m, Date{2022, 12, 1}));
    m.closure.state = ClosureState::Submitted;
    CHECK(due_state(m, Date{2022, 12, 1}, 7) == Due::Overdue);

    m.deadline = deadline_ongoing();
    CHECK(due_state(m, Date{2030, 1, 1}, 7) == Due::None);
    m.deadline = deadline_immediate();
    CHECK(due_state(m, today, 0) == Due::Soon);
    CHECK_FALSE(is_overdue(m, Date{2030, 1, 1}));
    m.deadline = parse_deadline("尽快", 2022);
    CHECK(due_state(m, today, 7) == Due::None);
    m.deadline = Deadline{};
    CHECK(due_state(m, today, 7) == Due::None);
    m.deadline = deadline_end_of_month(2022, 11);
    CHECK(due_state(m, Date{}, 7) == Due::None); // no today, no judgement
    CHECK(due_state(m, Date{2022, 11, 29}, 1) == Due::Soon);
}
