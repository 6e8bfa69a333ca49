// backups: the app's side of backups (issue 20): the record of the last backup kept in the
// settings (core/backup_due.h holds the rules), edits noted against it, 立即备份 writing the whole
// workspace with its evidence files as a package (core/zip_manifest.h, platform/zip_stream.h),
// recorded only once the page made and offered it, 稍后 putting the reminder off for the day, and
// the stored workspace cleared by the browser while the app is open (said; stored again).
#pragma once
#include "app/session.h"

namespace rectify::app {

// The workspace was edited (Doc::on_change).
void backups_edited(Session& s);
// Between frames: the record read once, a backup made since the last call recorded, the
// reminder's state. Returns true when the status changed (redraw).
bool backups_tick(Session& s);
// 立即备份 / 稍后 of the frame just drawn.
void backups_request(Session& s, const ui::ShellRequests& req);

} // namespace rectify::app
