// When a backup is due (core/backup_due.h): days since the last one, edits since, the reminder
// put off for a day, the file name the backup folder recognises, the record as stored.
#include <catch2/catch_test_macros.hpp>

#include "core/backup_due.h"
#include "core/backup_restore.h"
#include "core/history/restore_points.h"
#include "core/date_text.h"
#include "core/evidence_files.h"
#include "plan_builder.h"

using namespace rectify;
using namespace rectify::testing;

TEST_CASE("backup_file_name is dated and recognised, and nothing else is", "[backup]") {
    const Date day{2026, 3, 7};
    CHECK(backup_file_name(day) == "整改通备份-2026-03-07.rectify.zip");
    Date got;
    CHECK(is_backup_file_name(backup_file_name(day), &got));
    CHECK(got == day);
    CHECK_FALSE(is_backup_file_name("整改通备份-2026-03-07.rectify.json"));
    CHECK_FALSE(is_backup_file_name("整改通备份-2026-13-07.rectify.zip")); // no 13th month
    CHECK_FALSE(is_backup_file_name("整改通备份-2026-03-07 (1).rectify.zip"));
    CHECK_FALSE(is_backup_file_name("整改方案-2026-03-07.rectify.zip"));
    CHECK_FALSE(is_backup_file_name("my整改通备份-2026-03-07.rectify.zip"));
}

TEST_CASE("days_since_backup counts whole days, never when none was made", "[backup]") {
    BackupRecord r;
    CHECK(days_since_backup(r, Date{2026, 3, 7}) == -1);
    backup_made(r, Date{2026, 2, 27});
    CHECK(days_since_backup(r, Date{2026, 2, 27}) == 0);
    CHECK(days_since_backup(r, Date{2026, 3, 7}) == 8); // across the end of February
    CHECK(days_since_backup(r, Date{2026, 2, 20}) == 0); // the clock set back
}

TEST_CASE("the reminder needs edits since the last backup and seven days", "[backup]") {
    BackupRecord r;
    const Date d0{2026, 1, 10};
    backup_made(r, d0);
    CHECK_FALSE(backup_reminder_due(r, add_days(d0, 30))); // nothing edited: nothing to lose
    CHECK(backup_edited(r, add_days(d0, 2)));
    CHECK_FALSE(backup_edited(r, add_days(d0, 3))); // the first edit is the one kept
    CHECK(r.first_edit == add_days(d0, 2));
    CHECK_FALSE(backup_reminder_due(r, add_days(d0, kBackupRemindDays - 1)));
    CHECK(backup_reminder_due(r, add_days(d0, kBackupRemindDays)));
    // 稍后: not again that day, again the next.
    r.put_off = add_days(d0, kBackupRemindDays);
    CHECK_FALSE(backup_reminder_due(r, add_days(d0, kBackupRemindDays)));
    CHECK(backup_reminder_due(r, add_days(d0, kBackupRemindDays + 1)));
    // A backup clears the edits.
    backup_made(r, add_days(d0, 9));
    CHECK(r.first_edit.empty());
    CHECK_FALSE(backup_reminder_due(r, add_days(d0, 20)));
}

TEST_CASE("never backed up: seven days from the first edit", "[backup]") {
    BackupRecord r;
    const Date d0{2026, 5, 1};
    CHECK_FALSE(backup_reminder_due(r, d0));
    backup_edited(r, d0);
    CHECK_FALSE(backup_reminder_due(r, add_days(d0, 6)));
    CHECK(backup_reminder_due(r, add_days(d0, 7)));
}

TEST_CASE("the backup record survives its stored text; damage gives an empty record", "[backup]") {
    BackupRecord r;
    r.last = Date{2026, 1, 2};
    r.first_edit = Date{2026, 1, 5};
    r.put_off = Date{2026, 1, 9};
    r.folder = Date{2026, 1, 8};
    const BackupRecord back = parse_backup_record(backup_record_text(r));
    CHECK(back.last == r.last);
    CHECK(back.first_edit == r.first_edit);
    CHECK(back.put_off == r.put_off);
    CHECK(back.folder == r.folder);
    const BackupRecord none = parse_backup_record(backup_record_text(BackupRecord{}));
    CHECK(none.last.empty());
    CHECK(none.first_edit.empty());
    const BackupRecord junk = parse_backup_record("last=yesterday;;edit");
    CHECK(junk.last.empty());
    CHECK(junk.first_edit.empty());
}

TEST_CASE("the backup folder gets one backup a day, at the start or at an edit", "[backup]") {
    BackupRecord r;
    const Date d0{2026, 4, 1};
    CHECK(folder_backup_due(r, d0, true)); // never written there
    CHECK_FALSE(folder_backup_due(r, d0, false)); // nothing started or changed
    r.folder = d0;
    CHECK_FALSE(folder_backup_due(r, d0, true)); // done today
    CHECK(folder_backup_due(r, add_days(d0, 1), true));
    r.folder = add_days(d0, 5); // the clock set back: a backup today all the same
    CHECK(folder_backup_due(r, add_days(d0, 1), true));
}

namespace {
// Two plans, three problems (one deleted), measures on them (one deleted), one evidence file twice.
Workspace backup_fixture() {
    EvidenceFile f;
    f.sha256 = std::string(64, 'a');
    f.name = "照片.jpg";
    f.type = "image/jpeg";
    f.size = 5;
    Measure m1 = measure("m-1", "整改一");
    Evidence e;
    e.id = "e-1";
    e.name = "现场照片";
    e.file = f;
    m1.evidence.push_back(e);
    Measure m2 = measure("m-2", "整改二");
    e.id = "e-2";
    m2.evidence.push_back(e); // the same file again: one file
    Measure gone = measure("m-3", "已删除");
    gone.meta.deleted.at = 5;
    Problem dead = problem("p-3", "已删除的问题", {measure("m-4", "不计")});
    dead.meta.deleted.at = 5;
    Workspace ws = workspace("w-1");
    ws.plans.push_back(plan("pl-1", "方案一", {problem("p-1", "问题一", {m1, gone}), dead}));
    ws.plans.push_back(plan("pl-2", "方案二", {problem("p-2", "问题二", {m2})}));
    return ws;
}
} // namespace

TEST_CASE("backup_contents counts what is alive, and each file once", "[backup]") {
    const BackupContents c = backup_contents(backup_fixture());
    CHECK(c.plans == 2);
    CHECK(c.problems == 2);
    CHECK(c.measures == 2);
    CHECK(c.files == 1);
    CHECK(backup_contents(Workspace{}).plans == 0);
}

TEST_CASE("restoring a backup replaces the workspace in one undoable step", "[backup]") {
    History h([] { return std::int64_t(1000); });
    Workspace ws = workspace("w-now");
    ws.plans.push_back(plan("pl-now", "当前的方案"));
    const Workspace backup = backup_fixture();
    REQUIRE(h.execute(ws, restore_command(backup, kRestoreBackupLabel)));
    CHECK(ws.id == "w-1");
    REQUIRE(ws.plans.size() == 2);
    CHECK(ws.plans[1].title == "方案二");
    FileHashes held;
    h.next_undo()->held_files(ws, held);
    CHECK(held.count(std::string(64, 'a')) == 1); // kept in the store while the step can be redone
    h.undo(ws);
    CHECK(ws.id == "w-now");
    REQUIRE(ws.plans.size() == 1);
    CHECK(ws.plans[0].title == "当前的方案");
    h.redo(ws);
    CHECK(ws.plans.size() == 2);
}
