#include <algorithm>
#include "core/dates.h"

#include <cstdio>

namespace rectify {

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool valid_date(const Date& d) {
    return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
           d.d <= days_in_month(d.y, d.m);
}

std::string to_iso(const Date& d) {
    if (d.empty()) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

static bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    out = 0;
    for (size_t i = pos; i < pos + n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

bool parse_iso_date(std::string_view s, Date& out) {
    if (s.empty()) {
        out = Date{};
        return true;
    }
    Date d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, d.y) ||
        !digits(s, 5, 2, d.m) || !digits(s, 8, 2, d.d) || !valid_date(d))
        return false;
    out = d;
    return true;
}

// Full-width digits (０-９, U+FF10..FF19) appear in pasted documents; fold them to ASCII.
static std::string fold_digits(std::string_view s) {
    std::string r;
    for (size_t i = 0; i < s.size(); i++) {
        if (i + 2 < s.size() && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
            (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
            r += char('0' + ((unsigned char)s[i + 2] - 0x90));
            i += 2;
        } else {
            r += s[i];
        }
    }
    return r;
}

// Reads the number that ends just before `pos` (e.g. the 2022 of "2022年").
static int number_before(const std::string& s, size_t pos) {
    size_t start = pos;
    while (start > 0 && s[start - 1] >= '0' && s[start - 1] <= '9' && pos - start < 4) start--;
    if (start == pos) return -1;
    return std::stoi(s.substr(start, pos - start));
}

Deadline parse_deadline(std::string_view text, int default_year) {
    Deadline dl;
    dl.text = std::string(text);
    if (text.empty()) return dl;
    std::string s = fold_digits(text);
    // Spaces (2024 年 7 月底) and the common typo 月低 for 月底 are read through; the wording stays.
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    for (size_t k; (k = s.find("月低")) != std::string::npos || (k = s.find("年低")) != std::string::npos;) s.replace(k + 3, 3, "底");
    if (s.find("长期坚持") != std::string::npos) {
        dl.kind = DeadlineKind::Ongoing;
        return dl;
    }
    if (s.find("立行立改") != std::string::npos) {
        dl.kind = DeadlineKind::Immediate;
        return dl;
    }
    Date iso;
    if (s.size() >= 10 && parse_iso_date(std::string_view(s).substr(0, 10), iso) && !iso.empty()) {
        dl.kind = DeadlineKind::Date;
        dl.date = iso;
        return dl;
    }
    size_t nian = s.find("年"), yue = s.find("月");
    int year = nian != std::string::npos ? number_before(s, nian) : default_year;
    if (year < 1) year = default_year;
    if (yue == std::string::npos) {
        // "2022年底前": the end of the year.
        if (nian != std::string::npos && s.compare(nian + 3, 3, "底") == 0 && year > 0) {
            dl.kind = DeadlineKind::EndOfMonth;
            dl.date = Date{year, 12, 31};
            return dl;
        }
        dl.kind = DeadlineKind::Unparsed;
        return dl;
    }
    int month = number_before(s, yue);
    if (month < 1 || month > 12 || year < 1 || year > 9999) {
        dl.kind = DeadlineKind::Unparsed;
        return dl;
    }
    size_t after = yue + 3; // "月" is 3 bytes in UTF-8
    if (s.compare(after, 3, "底") == 0) {
        dl.kind = DeadlineKind::EndOfMonth;
        dl.date = Date{year, month, days_in_month(year, month)};
        return dl;
    }
    size_t ri = s.find("日", after);
    int day = ri != std::string::npos ? number_before(s, ri) : -1;
    Date d{year, month, day};
    if (ri == std::string::npos || !valid_date(d)) {
        dl.kind = DeadlineKind::Unparsed;
        return dl;
    }
    dl.kind = DeadlineKind::Date;
    dl.date = d;
    return dl;
}

Date due_date(const Deadline& d) {
    return d.kind == DeadlineKind::Date || d.kind == DeadlineKind::EndOfMonth ? d.date : Date{};
}

} // namespace rectify
