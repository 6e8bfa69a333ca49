// backup_due: see backup_due.h.
#include "core/backup_due.h"

#include "core/date_text.h"

namespace rectify {

namespace {
constexpr std::string_view kPrefix = kBackupFilePrefix;
constexpr std::string_view kSuffix = kBackupFileSuffix;
} // namespace

std::string backup_file_name(const Date& day) {
    return std::string(kPrefix) + to_iso(day) + std::string(kSuffix);
}

bool is_backup_file_name(std::string_view name, Date* day) {
    if (name.size() != kPrefix.size() + 10 + kSuffix.size()) return false;
    if (name.substr(0, kPrefix.size()) != kPrefix || name.substr(name.size() - kSuffix.size()) != kSuffix) return false;
    Date d;
    if (!parse_iso_date(name.substr(kPrefix.size(), 10), d) || d.empty()) return false;
    if (day) *day = d;
    return true;
}

int days_since_backup(const BackupRecord& r, const Date& today) {
    if (r.last.empty()) return -1;
    const int n = days_between(r.last, today);
    return n < 0 ? 0 : n; // a clock set back: "today", not a negative age
}

bool backup_edited(BackupRecord& r, const Date& today) {
    if (!r.first_edit.empty() || today.empty()) return false;
    r.first_edit = today;
    return true;
}

void backup_made(BackupRecord& r, const Date& today) {
    r.last = today;
    r.first_edit = Date{};
}

bool backup_reminder_due(const BackupRecord& r, const Date& today) {
    if (r.first_edit.empty() || today.empty() || r.put_off == today) return false;
    const Date since = r.last.empty() ? r.first_edit : r.last;
    return days_between(since, today) >= kBackupRemindDays;
}

bool folder_backup_due(const BackupRecord& r, const Date& today, bool start_or_edit) {
    return start_or_edit && !today.empty() && r.folder != today;
}

std::string backup_record_text(const BackupRecord& r) {
    return "last=" + to_iso(r.last) + ";edit=" + to_iso(r.first_edit) + ";later=" + to_iso(r.put_off) + ";folder=" + to_iso(r.folder);
}

BackupRecord parse_backup_record(std::string_view text) {
    BackupRecord r;
    while (!text.empty()) {
        const size_t end = text.find(';');
        const std::string_view part = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        const size_t eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = part.substr(0, eq);
        Date d;
        if (!parse_iso_date(part.substr(eq + 1), d)) continue;
        if (key == "last") r.last = d;
        else if (key == "edit") r.first_edit = d;
        else if (key == "later") r.put_off = d;
        else if (key == "folder") r.folder = d;
    }
    return r;
}

} // namespace rectify
