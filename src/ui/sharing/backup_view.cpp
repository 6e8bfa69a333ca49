// backup_view: see backup_view.h.
//
// Index
//   status_text()              上次备份：今天 / 昨天 / N天前 / 从未备份
//   draw_backup_menu_items()   立即备份, 从备份恢复…
//   draw_backup_status()       the menu bar's status, a click backs up, the date in a tooltip
//   draw_folder_status()       the backup folder: 重新授权, or that it could not be written
//   draw_backup_banners()      the reminder (立即备份 / 稍后), storage cleared
//   receive_backup(), draw_restore_preview()   从备份恢复: what it holds, replace or merge
#include "ui/sharing/backup_view.h"

#include <imgui.h>

#include "core/backup_restore.h"
#include "core/history/restore_points.h"
#include "core/evidence_files.h"
#include "platform/evidence.h"
#include "ui/layout.h"
#include "ui/sharing/returns.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

struct RestoreState {
    IncomingPlan file;
    bool open = false, want_open = false;
    BackupContents holds;
};
RestoreState g_restore;
// What the last frame showed, for the probe: the status text, the reminder, the folder's state.
std::string g_status, g_folder_error, g_folder_permission;
bool g_reminder = false, g_cleared = false;

std::string status_text(const ShellState& st, const Doc& doc) {
    const int days = days_since_backup(st.status.backup, doc.today);
    if (days < 0) return tr(S::BackupNever);
    if (days == 0) return tr(S::BackupToday);
    if (days == 1) return tr(S::BackupYesterday);
    return trf(S::BackupDaysAgo, {{"n", days}});
}

// The files a backup brought into the store are pinned until it is restored or given up.
void unpin(const Workspace& ws) {
    std::vector<std::string> files;
    for (const auto& [hash, f] : referenced_files(ws)) files.push_back(hash);
    platform::unpin_files(files);
}

} // namespace

void draw_backup_menu_items(ShellState& st, const Doc& doc) {
    if (ImGui::MenuItem(tr(S::BackupNow), nullptr, false, !st.status.loading)) st.requests.backup_now = true;
    anchor("menu-backup");
    // The backup folder where the browser can (platform/backup_folder.h), else a hint.
    if (st.status.folder.supported) {
        if (ImGui::MenuItem(tr(S::FolderChoose), nullptr, false, !st.status.loading)) st.requests.folder_choose = true;
        anchor("menu-backup-folder");
        if (st.status.folder.chosen && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", trf(S::FolderTip, {{"name", st.status.folder.name}, {"n", kBackupFolderKeep}}).c_str());
    } else {
        ImGui::MenuItem(tr(S::FolderChoose), nullptr, false, false);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(S::FolderUnsupported));
    }
    if (ImGui::MenuItem(tr(S::RestoreMenu), nullptr, false, !st.status.loading && !doc.read_only)) {
        st.requests.pick_purpose = kPickRestore;
        st.requests.pick_accept = ".zip,.json,application/zip,application/json";
        st.requests.pick_multiple = false;
    }
    anchor("menu-restore");
}

float backup_status_width(const ShellState& st, const Doc& doc) {
    if (st.status.loading) return 0;
    g_status = status_text(st, doc);
    return ImGui::CalcTextSize(g_status.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

void draw_backup_status(ShellState& st, const Doc& doc) {
    if (st.status.loading) return;
    g_status = status_text(st, doc);
    const bool overdue = st.status.backup_reminder;
    ImGui::PushStyleColor(ImGuiCol_Text, overdue ? theme_colors().warning : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const bool clicked = ImGui::Selectable((g_status + "###backup-status").c_str(), false, ImGuiSelectableFlags_None,
                                           ImGui::CalcTextSize(g_status.c_str()));
    ImGui::PopStyleColor();
    anchor("backup-status");
    if (ImGui::IsItemHovered()) {
        const Date last = st.status.backup.last;
        ImGui::SetTooltip("%s", last.empty() ? tr(S::BackupTipNever) : trf(S::BackupTip, {{"date", date_text(last)}}).c_str());
    }
    if (clicked) st.requests.backup_now = true;
}

float folder_status_width(const ShellState& st) {
    const platform::BackupFolder& f = st.status.folder;
    if (st.status.loading || !f.chosen) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    if (f.permission == "prompt") return small_button_width(tr(S::FolderReauthorize)) + style.ItemSpacing.x;
    if (!f.error.empty()) return ImGui::CalcTextSize(tr(S::FolderFailed)).x + style.ItemSpacing.x;
    return 0;
}

void draw_folder_status(ShellState& st) {
    const platform::BackupFolder& f = st.status.folder;
    g_folder_error = f.error;
    g_folder_permission = f.chosen ? f.permission : "";
    if (st.status.loading || !f.chosen) return;
    if (f.permission == "prompt") {
        if (small_button(tr_id(S::FolderReauthorize, "folder-reauthorize").c_str())) st.requests.folder_reauthorize = true;
        anchor("folder-reauthorize");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(S::FolderReauthorizeTip, {{"name", f.name}}).c_str());
    } else if (!f.error.empty()) {
        ImGui::TextColored(theme_colors().error, "%s", tr(S::FolderFailed));
        anchor("folder-failed");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(S::FolderFailedTip, {{"name", f.name}, {"why", f.error}}).c_str());
    }
}

void draw_backup_banners(ShellState& st, const Doc& doc) {
    g_cleared = st.status.storage_cleared;
    if (st.status.storage_cleared) {
        begin_banner("##storage-cleared", tr(S::StorageCleared), "storage-cleared");
        if (ImGui::Button(tr_id(S::BackupNow, "cleared-backup").c_str())) st.requests.backup_now = true;
        ImGui::SameLine();
        if (ImGui::Button(tr_id(S::Dismiss, "cleared-dismiss").c_str())) st.status.storage_cleared = false;
        end_banner();
    }
    g_reminder = st.status.backup_reminder;
    if (!st.status.backup_reminder) return;
    const BackupRecord& r = st.status.backup;
    begin_banner("##backup-reminder",
                 r.last.empty() ? tr(S::BackupReminderNever) : trf(S::BackupReminder, {{"n", days_since_backup(r, doc.today)}}),
                 "backup-reminder");
    if (ImGui::Button(tr_id(S::BackupNow, "reminder-backup").c_str())) st.requests.backup_now = true;
    anchor("reminder-backup");
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::BackupLater, "reminder-later").c_str())) {
        st.requests.backup_later = true;
        st.status.backup_reminder = false; // gone now; the app keeps it off for the day
    }
    anchor("reminder-later");
    end_banner();
}

// ---- 从备份恢复 -----------------------------------------------------------------------------------

void receive_backup(ShellState& st, IncomingPlan file) {
    if (!file.ok) {
        show_notice(st, trf(S::FileRefused, {{"file", file.name}, {"why", file.error}}), NoticeKind::Error);
        return;
    }
    if (g_restore.open) unpin(g_restore.file.ws); // another one replaces it
    g_restore.holds = backup_contents(file.ws);
    g_restore.file = std::move(file);
    g_restore.want_open = true;
}

// For the tests: the backup status as shown, the reminder, and the restore preview.
[[maybe_unused]] static const bool kBackupProbe = probe("backup", [](JsonOut& o, const Doc&) {
    const BackupContents& h = g_restore.holds;
    o.begin_object().field("status", g_status).field("restoreOpen", g_restore.open || g_restore.want_open);
    o.field("reminder", g_reminder).field("cleared", g_cleared).field("folderError", g_folder_error).field("folderPermission", g_folder_permission);
    o.field("plans", int(h.plans)).field("problems", int(h.problems)).field("measures", int(h.measures));
    o.field("files", int(h.files)).end_object();
});

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_restore_preview_open(Doc& doc, ShellState& st);

void draw_restore_preview(Doc& doc, ShellState& st) {
    if (g_restore.want_open) {
        g_restore.want_open = false;
        g_restore.open = true;
        ImGui::OpenPopup("###restore-preview");
    }
    if (!g_restore.open) return;
    if (!begin_page_modal(tr_id(S::RestoreTitle, "restore-preview"), 0.6f, 0.4f)) {
        g_restore.open = false;
        return;
    }
    call_apart(draw_restore_preview_open, doc, st);
}

static void draw_restore_preview_open(Doc& doc, ShellState& st) {
    const IncomingPlan& f = g_restore.file;
    const BackupContents& h = g_restore.holds;
    ImGui::TextUnformatted(f.name.c_str());
    ImGui::TextDisabled("%s", trf(S::RestoreMadeAt, {{"date", local_time(f.info.exported_at)}, {"office", f.info.exported_by.name}}).c_str());
    ImGui::TextUnformatted(trf(S::RestoreHolds, {{"plans", h.plans}, {"problems", h.problems}, {"measures", h.measures}, {"files", h.files}}).c_str());
    anchor("restore-holds");
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme_colors().warning, "%s", tr(S::RestoreReplaceWarn));
    ImGui::TextDisabled("%s", tr(S::RestoreMergeHint));
    ImGui::PopTextWrapPos();
    enum class Do { Nothing, Replace, Merge, Cancel } act = Do::Nothing;
    ImGui::BeginDisabled(doc.read_only);
    if (ImGui::Button(tr(S::RestoreReplace))) act = Do::Replace;
    anchor("restore-replace");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::MergeAccept))) act = Do::Merge;
    anchor("restore-merge");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) act = Do::Cancel;
    anchor("restore-cancel");
    if (act != Do::Nothing) {
        ImGui::CloseCurrentPopup();
        g_restore.open = false;
        IncomingPlan file = std::move(g_restore.file);
        g_restore = RestoreState{};
        if (act == Do::Replace) {
            unpin(file.ws); // the workspace references them now
            if (doc.execute(restore_command(std::move(file.ws), kRestoreBackupLabel)))
                show_notice(st, trf(S::RestoredNotice, {{"file", file.name}}), NoticeKind::Undo);
        } else if (act == Do::Merge) {
            std::vector<IncomingPlan> one;
            one.push_back(std::move(file));
            receive_plan_files(st, std::move(one)); // the merge preview unpins them when done
        } else {
            unpin(file.ws);
        }
    }
    ImGui::EndPopup();
}

} // namespace rectify::ui
