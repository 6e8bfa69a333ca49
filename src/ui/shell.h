// shell: the app's frame around every view: the full-window host, the menu bar, the storage
// banner, the current view, and the small help windows (about, font check).
#pragma once
#include <string>

#include "core/backup_due.h"
#include "core/i18n.h"
#include "core/report/report_wire.h"
#include "platform/backup_folder.h"
#include "platform/storage.h"
#include "ui/doc.h"
#include "ui/nav.h"
#include "ui/strings.h"

namespace rectify::ui {

enum class FontLoad { Pending, Loaded, Failed };

// What the storage banner says (set by the app from the autosaver's state).
enum class Banner { None, Unavailable, Quota, Failed, Conflict, Newer, Unreadable, NeedsUpgrade };

// A notice over the top of the page: Info goes after a few seconds, Undo (after a delete or an
// import) offers Undo for a little longer, Error (a refusal or a failure: a file that cannot be
// used, an export that failed) is in the error colour and stays until closed or replaced.
enum class NoticeKind { Info, Undo, Error };

// What the views ask of the app (written by the views during a frame; the app acts after it,
// app/requests.cpp, and clears it).
struct ShellRequests {
    bool export_workspace = false;
    bool keep_mine = false;
    bool take_theirs = false;
    std::string open_document;        // a printable HTML page to open in a new tab
    std::string document_name;        // its file name if it has to be downloaded instead
    std::string download_data, download_name, download_mime; // a file for the user (CSV export)
    Id export_plan, export_department; // 下发/报送: a plan file (returns.h); department empty: all
    bool export_package = false;       // the whole plan as a package with its files (a department's: when it has files)
    const char* pick_purpose = nullptr; // open the file picker for this (incoming_files.h)
    const char* pick_accept = "";
    bool pick_multiple = false;
    std::string xlsx_json, xlsx_name; // a spreadsheet (core/ledger/sheet.h as JSON) to offer as .xlsx
    // A report made as a file by the office module (core/report/report_wire.h: the Word report, the
    // 对账销号单 page, 一问题一档案): the app adds the workspace and sends it (app/requests.cpp).
    ReportRequest report;
    std::string report_name; // its file name; empty: none asked for
    std::string form_json, form_name; // a plan's Excel form filled (core/ledger/ledger_form.h as JSON) to offer
    bool backup_now = false, backup_later = false; // 立即备份 / 稍后 (app/backups.cpp)
    bool folder_choose = false, folder_reauthorize = false; // 选择备份文件夹… / 重新授权
};

// What the app tells the views (written by the app between frames; the views only read it).
struct AppStatus {
    double now_ms = 0;                // this frame's time
    FontLoad full_font = FontLoad::Pending;
    Banner banner = Banner::None;
    std::string banner_detail;        // the browser's own words, under "Details"
    bool saving = false;              // edits not yet stored (a quiet hint in the menu bar)
    bool loading = false;             // the stored workspace is still being read
    float reading_files = -1;         // files being read: the fraction done; -1: none
    // How long the browser keeps what is stored (platform/storage.h): anything short of
    // Persistent shows a banner until dismissed, and the save state says 已保存（临时）.
    platform::Durability durability = platform::Durability::Unknown;
    // Backups (app/backups.cpp): what is kept about them, whether the reminder shows, and the
    // browser cleared the stored workspace while the app was open.
    BackupRecord backup;
    bool backup_reminder = false;
    bool storage_cleared = false;
    platform::BackupFolder folder;    // the backup folder (platform/backup_folder.h)
};

// The notice over the top of the page (show_notice). `serial` counts every change, so the main
// loop knows a new one needs a frame.
struct Notice {
    std::string text;                 // empty: none
    NoticeKind kind = NoticeKind::Info;
    double until_ms = 0;              // it shows until then (an error: infinity)
    unsigned serial = 0;
};

struct ShellState {
    Nav nav;                          // the view, the open plan and what is selected in it
    AppStatus status;                 // from the app
    ShellRequests requests;           // to the app
    Notice notice;
    bool show_about = false;
    bool show_font_check = false;
    bool show_guide = false;          // 帮助 → 使用指南 (guide.h)
    bool durability_dismissed = false;
};

// The top line of a view: a button back home, the view's title (anchored as `name`), and an
// optional grey subtitle after it.
void view_title(ShellState& st, S title, const char* name, const char* subtitle = nullptr);

// The one way to tell the user something happened (see NoticeKind); it replaces the notice shown.
// It shows for a few seconds (an Info), a little longer (an Undo), for `hold_ms` when given, or
// until closed (an Error).
void show_notice(ShellState& st, std::string text, NoticeKind kind = NoticeKind::Info, double hold_ms = 0);
// The notice shown now, or nullptr.
const char* notice_shown(const ShellState& st, double now_ms);

// A banner's frame (the warning colours, `text` wrapped, anchored as `name`) and its end: the
// shell's banners and the backup reminder's (sharing/backup_view.h).
void begin_banner(const char* id, const std::string& text, const char* name);
void end_banner();

// The save state at the right of the menu bar (已保存, 已保存（临时）, 正在保存…), or nullptr
// while a storage banner says more.
const char* save_state_text(const ShellState& st);

// Draws one frame of the shell and the current view. Language changes go through set_language().
void draw_shell(ShellState& st, Doc& doc, double now_ms);

// The visual style: a light theme readable for long office sessions, sized for CJK text.
// em_ratio: the font's height per em, so that text is 16 px in CSS terms (see app/fonts.cpp).
void apply_theme(float em_ratio);

// The body text size in ImGui units (16 CSS px); headings are multiples of it.
float body_font_size();

} // namespace rectify::ui
