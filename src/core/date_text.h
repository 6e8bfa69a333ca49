// Dates and deadlines as the UI shows them, calendar arithmetic for the date picker, and how
// close a measure is to its deadline.
// Index: format_date/format_deadline · calendar (add_days, days_between, weekday, date_from_ms,
// today_from_iso, app_today) · deadlines made by the picker · Due and due_state.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// zh "2022年11月30日", en "30 Nov 2022"; "" for the empty date.
std::string format_date(const Date& d, Lang lang);

// The deadline's own wording when it has one (documents are quoted as written), otherwise by
// kind: zh 2022年11月30日前 / 2022年11月底前 / 长期坚持 / 立行立改 / 未定, en by 30 Nov 2022 /
// by end of Nov 2022 / Ongoing / Immediately / No deadline.
std::string format_deadline(const Deadline& d, Lang lang);

// ---- calendar ------------------------------------------------------------------------------------

Date add_days(const Date& d, int days);              // the empty date stays empty
int days_between(const Date& from, const Date& to);  // to − from in days; 0 if either is empty
int weekday(const Date& d);                          // 0 = Monday … 6 = Sunday
Date date_from_ms(std::int64_t ms_since_epoch, int utc_offset_minutes = 0); // China: +480
// "2022-11-30" or an ISO timestamp "2022-11-30T08:00:00Z" (its date part, as written) → the date;
// the empty date when it is neither.
Date today_from_iso(std::string_view iso);
// The app's "today", the one date every view, new entry and exported file name uses: the
// ?today=YYYY-MM-DD override when it is a real date, otherwise the local date of the clock
// (`epoch_ms`, and the browser's offset from UTC at that moment: Beijing +480).
Date app_today(std::string_view override_iso, std::int64_t epoch_ms, int utc_offset_minutes);

// ---- deadlines written by the date picker ------------------------------------------------------
// The wording is what documents and reports quote, and documents are Chinese, so the picker
// writes the Chinese wording whatever the interface language (format_deadline shows it as is).

Deadline deadline_on(const Date& d, Lang lang = Lang::Zh); // 2022年11月30日前
Deadline deadline_end_of_month(int year, int month);       // 2022年11月底前
Deadline deadline_ongoing();                               // 长期坚持
Deadline deadline_immediate();                             // 立行立改

// ---- how close a measure is to its deadline -----------------------------------------------------

// None: nothing is due (no date in the deadline — 长期坚持, none, unparsed — or the measure is
//       done: status 已完成 / 已完成·长期坚持, or its closing was verified; or no `today`).
// Overdue: not done and past the due date (exactly stats.h's is_overdue).
// Soon: due within `soon_days` days from today, inclusive (today itself counts); 立行立改 is
//       always Soon while not done: it is due now, but has no date to be late against.
// Ok: due later than that.
enum class Due { None, Ok, Soon, Overdue };
Due due_state(const Measure& m, const Date& today, int soon_days);

} // namespace rectify
