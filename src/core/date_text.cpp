#include "core/date_text.h"

#include <cstdio>

#include "core/labels.h"
#include "core/report/stats.h"
#include "core/texts.h"

namespace rectify {

static const char* const kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string format_date(const Date& d, Lang lang) {
    if (d.empty() || d.m < 1 || d.m > 12) return {};
    char buf[48];
    if (lang == Lang::En) std::snprintf(buf, sizeof buf, "%d %s %d", d.d, kMonthsEn[d.m - 1], d.y);
    else std::snprintf(buf, sizeof buf, "%d年%d月%d日", d.y, d.m, d.d);
    return buf;
}

static std::string end_of_month_text(const Date& d, Lang lang) {
    if (d.empty() || d.m < 1 || d.m > 12) return {};
    char buf[48];
    if (lang == Lang::En) std::snprintf(buf, sizeof buf, "by end of %s %d", kMonthsEn[d.m - 1], d.y);
    else std::snprintf(buf, sizeof buf, "%d年%d月底前", d.y, d.m);
    return buf;
}

std::string format_deadline(const Deadline& d, Lang lang) {
    if (!d.text.empty()) return d.text;
    switch (d.kind) {
    case DeadlineKind::Date:
        return d.date.empty() ? std::string() : core_text(CoreText::DeadlineBy, lang, {{"date", format_date(d.date, lang)}});
    case DeadlineKind::EndOfMonth: return end_of_month_text(d.date, lang);
    case DeadlineKind::Ongoing: return label(Label::DeadlineOngoing, lang);
    case DeadlineKind::Immediate: return label(Label::DeadlineImmediate, lang);
    case DeadlineKind::None:
    case DeadlineKind::Unparsed: break; // unparsed keeps its text; without one there is nothing
    }
    return label(Label::DeadlineNone, lang);
}

// ---- calendar: days since 1970-01-01 (H. Hinnant's civil-date algorithms) -------------------------

static std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t yoe = y - era * 400;
    std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Date civil_from_days(std::int64_t z) {
    z += 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    std::int64_t doe = z - era * 146097;
    std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    std::int64_t mp = (5 * doy + 2) / 153;
    int d = int(doy - (153 * mp + 2) / 5 + 1);
    int m = int(mp < 10 ? mp + 3 : mp - 9);
    return Date{int(yoe + era * 400) + (m <= 2), m, d};
}

Date add_days(const Date& d, int days) {
    if (d.empty()) return d;
    return civil_from_days(days_from_civil(d.y, d.m, d.d) + days);
}

int days_between(const Date& from, const Date& to) {
    if (from.empty() || to.empty()) return 0;
    return int(days_from_civil(to.y, to.m, to.d) - days_from_civil(from.y, from.m, from.d));
}

int weekday(const Date& d) {
    std::int64_t w = (days_from_civil(d.y, d.m, d.d) + 3) % 7; // 1970-01-01 was a Thursday
    return int(w < 0 ? w + 7 : w);
}

Date date_from_ms(std::int64_t ms, int utc_offset_minutes) {
    std::int64_t minutes = ms / 60000 - (ms % 60000 < 0) + utc_offset_minutes;
    std::int64_t days = minutes / 1440 - (minutes % 1440 < 0);
    return civil_from_days(days);
}

Date today_from_iso(std::string_view iso) {
    Date d;
    if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return {};
    if (iso.size() < 10 || !parse_iso_date(iso.substr(0, 10), d)) return {};
    return d;
}

Date app_today(std::string_view override_iso, std::int64_t epoch_ms, int utc_offset_minutes) {
    Date d;
    if (override_iso.size() == 10 && parse_iso_date(override_iso, d) && !d.empty()) return d;
    return date_from_ms(epoch_ms, utc_offset_minutes);
}

// ---- deadlines from the picker -------------------------------------------------------------------

Deadline deadline_on(const Date& d, Lang) {
    Deadline dl;
    if (d.empty()) return dl;
    dl.kind = DeadlineKind::Date;
    dl.date = d;
    dl.text = format_date(d, Lang::Zh) + "前"; // Chinese in every language: see the header
    return dl;
}

Deadline deadline_end_of_month(int year, int month) {
    Deadline dl;
    dl.kind = DeadlineKind::EndOfMonth;
    dl.date = Date{year, month, days_in_month(year, month)};
    dl.text = end_of_month_text(dl.date, Lang::Zh);
    return dl;
}

Deadline deadline_ongoing() {
    Deadline dl;
    dl.kind = DeadlineKind::Ongoing;
    dl.text = label(Label::DeadlineOngoing, Lang::Zh);
    return dl;
}

Deadline deadline_immediate() {
    Deadline dl;
    dl.kind = DeadlineKind::Immediate;
    dl.text = label(Label::DeadlineImmediate, Lang::Zh);
    return dl;
}

// ---- due state ---------------------------------------------------------------------------------

Due due_state(const Measure& m, const Date& today, int soon_days) {
    bool done = m.status == Status::Done || m.status == Status::DoneOngoing ||
                m.closure.state == ClosureState::Verified;
    if (today.empty() || done) return Due::None;
    if (m.deadline.kind == DeadlineKind::Immediate) return Due::Soon;
    Date due = due_date(m.deadline);
    if (due.empty()) return Due::None;
    if (is_overdue(m, today)) return Due::Overdue;
    return days_between(today, due) <= soon_days ? Due::Soon : Due::Ok;
}

} // namespace rectify
