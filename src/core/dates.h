// Calendar dates and deadlines as offices write them.
// A deadline is prose in the documents (2022年11月底前, 11月30日前, 长期坚持, 立行立改): we keep the
// original wording verbatim and store what it means beside it, so reports can quote the document
// while stats and overdue checks use the parsed meaning.
#pragma once
#include <string>
#include <string_view>

#include "core/extras.h"

namespace rectify {

struct Date {
    int y = 0, m = 0, d = 0; // all 0: no date
    bool empty() const { return y == 0; }
    bool operator==(const Date& o) const { return y == o.y && m == o.m && d == o.d; }
    bool operator!=(const Date& o) const { return !(*this == o); }
    bool operator<(const Date& o) const {
        return y != o.y ? y < o.y : m != o.m ? m < o.m : d < o.d;
    }
};

int days_in_month(int y, int m);
bool valid_date(const Date& d);
std::string to_iso(const Date& d);                   // "2022-05-11", or "" when empty
bool parse_iso_date(std::string_view s, Date& out);  // "" is the empty date; false if invalid

enum class DeadlineKind {
    None,       // no deadline given
    Date,       // by a day: 11月30日前
    EndOfMonth, // by the end of a month: 2022年11月底前 (date = last day of that month)
    Ongoing,    // 长期坚持: never "done", kept up
    Immediate,  // 立行立改: fix at once
    Unparsed,   // wording we could not read; only the text is kept
};

struct Deadline {
    DeadlineKind kind = DeadlineKind::None;
    Date date;        // for Date and EndOfMonth
    std::string text; // the original wording, always kept
    Extras extras;
    bool operator==(const Deadline& o) const {
        return kind == o.kind && date == o.date && text == o.text && extras == o.extras;
    }
    bool operator!=(const Deadline& o) const { return !(*this == o); }
};

// Reads the wording of a deadline. default_year is used when the text names no year (11月30日前).
Deadline parse_deadline(std::string_view text, int default_year);

// The last day on which the item is still on time, or an empty date when there is none.
Date due_date(const Deadline& d);

} // namespace rectify
