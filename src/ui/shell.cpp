// shell: the host window that fills the canvas, the menu bar, the storage banner, the current
// view, and the help windows.
//
// Index
//   handle_shortcuts()   Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl/Cmd+Y
//   draw_menu_bar()      Edit / View / Language / Help, and the save state
//   draw_banner()        storage problems, data kept only for a while, the backup reminder
//   draw_notice()        the notice over the top of the page (info, undo, error)
//   draw_about(), draw_font_check()
//   draw_shell()         one frame of all of the above
#include "ui/shell.h"

#include <imgui.h>
#include <iterator>

#include <cstdio>
#include <limits>

#include "platform/host.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/current_user.h"
#include "ui/directory_view.h"
#include "ui/evidence_frame.h"
#include "ui/sharing/encrypted_files.h"
#include "ui/sharing/export_password.h"
#include "ui/sharing/incoming_files.h"
#include "ui/guide.h"
#include "ui/history_view.h"
#include "ui/debug_fields.h"
#include "ui/ledger/dashboard_view.h"
#include "ui/home.h"
#include "ui/ledger/ledger_view.h"
#include "ui/narrow/narrow.h"
#include "ui/plan/plan_editor.h"
#include "ui/sharing/returns.h"
#include "ui/sharing/backup_view.h"
#include "ui/sharing/tab_conflicts.h"
#include "ui/widgets/theme.h"
#include "ui/sharing/text_import_view.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/evidence_view.h"
#include "ui/widgets/modal.h"

namespace rectify::ui {

// An undo from the menu or a notice first stores the field being typed in, then undoes it.
static void undo_now(Doc& doc) {
    text_fields_commit_active();
    doc.undo();
}

static void handle_shortcuts(Doc& doc) {
    // Global routes lose to a focused text field, which keeps its own undo for typing; in a field
    // nothing was typed into yet (a new item's, just made) Ctrl+Z undoes the last edit instead.
    const ImGuiInputFlags global = ImGuiInputFlags_RouteGlobal;
    const ImGuiInputFlags undo_route = text_field_untouched() ? global | ImGuiInputFlags_RouteOverActive : global;
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Z, undo_route)) undo_now(doc);
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, global)) doc.redo();
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Y, global)) doc.redo();
}

static void draw_menu_bar(ShellState& st, Doc& doc) {
    // A phone: the menus and their items as tall as a finger needs (a menu's height is its text's
    // plus the item spacing); the language menu named in the language shown only.
    const bool narrow = narrow_layout();
    if (narrow) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, kTouchTarget - ImGui::GetTextLineHeight()));
    if (!ImGui::BeginMenuBar()) {
        if (narrow) ImGui::PopStyleVar();
        return;
    }
    if (ImGui::BeginMenu(tr(S::MenuEdit))) {
        if (ImGui::MenuItem(tr(S::Undo), "Ctrl+Z", false, (doc.history.can_undo() || text_field_active()) && !doc.read_only)) undo_now(doc);
        if (ImGui::MenuItem(tr(S::Redo), "Ctrl+Y", false, doc.history.can_redo() && !doc.read_only)) doc.redo();
        ImGui::Separator();
        if (ImGui::MenuItem(tr(S::ExportWorkspace))) st.requests.export_workspace = true;
        draw_backup_menu_items(st, doc); // issue 20
        if (ImGui::MenuItem(tr(S::HistoryMenu))) open_history_window(); // restore points (issue 20)
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(S::MenuView))) {
        if (ImGui::MenuItem(tr(S::ViewHome), nullptr, st.nav.view == View::Home)) st.nav.view = View::Home;
        if (ImGui::MenuItem(tr(S::Dashboard), nullptr, st.nav.view == View::Dashboard)) st.nav.view = View::Dashboard;
        if (ImGui::MenuItem(tr(S::Ledger), nullptr, st.nav.view == View::Ledger && st.nav.plan.empty())) {
            st.nav.view = View::Ledger;
            st.nav.plan.clear(); // every plan
        }
        if (ImGui::MenuItem(tr(S::ViewDirectory), nullptr, st.nav.view == View::Directory)) st.nav.view = View::Directory;
        if (ImGui::MenuItem(tr(S::Returns), nullptr, st.nav.view == View::Returns)) st.nav.view = View::Returns;
        ImGui::Separator();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        int days = doc.soon_days;
        if (ImGui::InputInt(tr(S::DueSoonDays), &days, 1, 7)) doc.soon_days = days < 0 ? 0 : days > 365 ? 365 : days;
        if (ImGui::MenuItem(tr(S::StorageMenu))) open_storage_window(); // evidence files (issue 19)
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr_id(narrow ? S::MenuLanguageShort : S::MenuLanguage, "lang").c_str())) {
        if (ImGui::MenuItem("中文（简体）", nullptr, language() == Lang::Zh)) set_language(Lang::Zh);
        if (ImGui::MenuItem("English", nullptr, language() == Lang::En)) set_language(Lang::En);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(S::MenuHelp))) {
        if (ImGui::MenuItem(tr(S::GuideTitle))) st.show_guide = true;
        if (ImGui::MenuItem(tr(S::MenuFontCheck))) st.show_font_check = true;
        if (ImGui::MenuItem(tr(S::MenuAbout))) st.show_about = true;
        ImGui::EndMenu();
    }
    // The save state, quietly at the right end of the bar, after the last backup (issue 20); on a
    // phone only what fits after the menus (the backup state is in 编辑 too).
    const float menus_end = ImGui::GetCursorPosX();
    const char* state = save_state_text(st);
    const float state_w = state ? ImGui::CalcTextSize(state).x + ImGui::GetStyle().ItemSpacing.x * 2 : 0;
    const float folder_w = folder_status_width(st);
    const float status_w = backup_status_width(st, doc);
    const bool status_fits = ImGui::GetWindowWidth() - state_w - folder_w - status_w - ImGui::GetStyle().WindowPadding.x * 2 >= menus_end;
    if (const float w = status_w; w > 0 && (status_fits || !narrow)) {
        ImGui::SetCursorPosX(ImGui::GetWindowWidth() - state_w - folder_w - w - ImGui::GetStyle().WindowPadding.x * 2);
        draw_backup_status(st, doc);
        draw_folder_status(st);
    }
    if (state) {
        ImGui::SetCursorPosX(ImGui::GetWindowWidth() - ImGui::CalcTextSize(state).x - ImGui::GetStyle().WindowPadding.x * 2);
        ImGui::TextDisabled("%s", state);
        anchor("save-state");
    }
    ImGui::EndMenuBar();
    if (narrow) ImGui::PopStyleVar();
}

void view_title(ShellState& st, S title, const char* name, const char* subtitle) {
    if (ImGui::Button(tr(S::BackHome))) st.nav.view = View::Home;
    anchor("back-home");
    ImGui::SameLine();
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(title));
    ImGui::PopFont();
    anchor(name);
    if (subtitle) { // a long plan title wraps at the window's edge rather than running past it
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", subtitle);
        ImGui::PopTextWrapPos();
    }
}

const char* save_state_text(const ShellState& st) {
    if (st.status.loading) return tr(S::LoadingWorkspace);
    if (st.status.saving) return tr(S::SavingState);
    if (st.status.banner != Banner::None) return nullptr;
    const bool lasting = st.status.durability == platform::Durability::Persistent || st.status.durability == platform::Durability::Unknown;
    return tr(lasting ? S::SavedState : S::SavedTemporary);
}

void show_notice(ShellState& st, std::string text, NoticeKind kind, double hold_ms) {
    Notice& n = st.notice;
    n.text = std::move(text);
    n.kind = kind;
    if (hold_ms <= 0) hold_ms = kind == NoticeKind::Error ? std::numeric_limits<double>::infinity()
                               : kind == NoticeKind::Undo ? 8000 : 5000;
    n.until_ms = platform::now_ms() + hold_ms; // between frames too (the app's own notices)
    n.serial++;
}

const char* notice_shown(const ShellState& st, double now_ms) {
    return !st.notice.text.empty() && now_ms < st.notice.until_ms ? st.notice.text.c_str() : nullptr;
}

static void close_notice(ShellState& st) {
    st.notice.text.clear();
    st.notice.serial++;
}

// Over the top of the content, not in the page's flow: appearing or going, it moves nothing
// under the pointer. An error stays until its 关闭 is pressed or another notice replaces it.
static void draw_notice(ShellState& st, Doc& doc, double now_ms) {
    const char* text = notice_shown(st, now_ms);
    if (!text) return;
    const ThemeColors& c = theme_colors();
    const bool error = st.notice.kind == NoticeKind::Error;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float max_w = vp->WorkSize.x * 0.7f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + ImGui::GetFrameHeight() + 6),
                            ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w, FLT_MAX));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, error ? c.error_bg : c.ok_bg);
    ImGui::PushStyleColor(ImGuiCol_Border, error ? c.error : c.ok);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##notice", nullptr, flags)) {
        ImGui::PushTextWrapPos(max_w - ImGui::GetFontSize() * 6);
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(error ? c.error : c.ok, "%s", text);
        ImGui::PopTextWrapPos();
        anchor("notice");
        if (st.notice.kind == NoticeKind::Undo) {
            ImGui::SameLine();
            if (small_button(tr_id(S::Undo, "notice-undo").c_str())) {
                undo_now(doc);
                close_notice(st);
            }
        }
        if (error) {
            ImGui::SameLine();
            if (small_button(tr_id(S::Close, "notice-close").c_str())) close_notice(st);
        }
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void begin_banner(const char* id, const std::string& text, const char* name) {
    const ThemeColors& c = theme_colors();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, c.warning_bg);
    ImGui::PushStyleColor(ImGuiCol_Border, c.warning_border);
    ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(c.warning, "%s", text.c_str());
    ImGui::PopTextWrapPos();
    anchor_text(name, text);
}

static void begin_banner(const char* id, S text, const char* name) { begin_banner(id, std::string(tr(text)), name); }

void end_banner() {
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

// The browser keeps the workspace only for a while (a private window, or persistence refused):
// said once per session, with an export; the save state keeps saying 已保存（临时）.
static void draw_durability_banner(ShellState& st) {
    const bool session = st.status.durability == platform::Durability::Session;
    if (st.durability_dismissed || (!session && st.status.durability != platform::Durability::BestEffort)) return;
    begin_banner("##durability", session ? S::BannerSession : S::BannerBestEffort, "durability-banner");
    if (ImGui::Button(tr_id(S::BackupNow, "durability-backup").c_str())) st.requests.backup_now = true; // issue 20
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::ExportWorkspace, "durability-export").c_str())) st.requests.export_workspace = true;
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::Dismiss, "durability-dismiss").c_str())) st.durability_dismissed = true;
    end_banner();
}

static void draw_banner(ShellState& st, const Doc& doc) {
    if (st.status.reading_files >= 0) {
        const std::string text = trf(S::ReadingFiles, {{"percent", whole_number(st.status.reading_files * 100.0)}});
        ImGui::ProgressBar(st.status.reading_files, ImVec2(ImGui::GetFontSize() * 16, 0), text.c_str());
        anchor("reading-files");
    }
    draw_wechat_banner(st); // issue 21: what WeChat's browser cannot do, and the way out
    draw_durability_banner(st);
    draw_backup_banners(st, doc); // issue 20: the reminder, storage cleared
    if (st.status.banner == Banner::None) return;
    S text = S::BannerFailed;
    switch (st.status.banner) {
    case Banner::Unavailable: text = S::BannerUnavailable; break;
    case Banner::Quota: text = S::BannerQuota; break;
    case Banner::Conflict: text = S::BannerConflict; break;
    case Banner::Newer: text = S::BannerNewer; break;
    case Banner::Unreadable: text = S::BannerUnreadable; break;
    case Banner::NeedsUpgrade: text = S::BannerNeedsUpgrade; break;
    default: break;
    }
    begin_banner("##banner", text, "banner");
    if (st.status.banner == Banner::Conflict) {
        if (ImGui::Button(tr(S::KeepMine))) st.requests.keep_mine = true;
        ImGui::SameLine();
        if (ImGui::Button(tr(S::TakeTheirs))) st.requests.take_theirs = true;
        ImGui::SameLine();
    }
    if (ImGui::Button(tr(S::ExportWorkspace))) st.requests.export_workspace = true;
    if (!st.status.banner_detail.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s: %s", tr(S::BannerDetails), st.status.banner_detail.c_str());
    }
    end_banner();
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_about_open(ShellState& st);

static void draw_about(ShellState& st) {
    if (!st.show_about) return;
    call_apart(draw_about_open, st);
}

static void draw_about_open(ShellState& st) {
    ImGui::SetNextWindowSize(ImVec2(body_font_size() * 34, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id(S::MenuAbout, "about").c_str(), &st.show_about, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextUnformatted(tr(S::HomeWelcome));
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s", tr(S::AboutVersion), RECTIFY_VERSION);
        ImGui::TextDisabled("%s", tr(S::AppTagline));
        ImGui::Separator();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(tr(S::HomeIntro));
        for (S step : {S::HomeStepPlan, S::HomeStepAssign, S::HomeStepTrack, S::HomeStepClose}) ImGui::TextUnformatted(tr(step));
        ImGui::TextDisabled("%s %s", tr(S::AboutBody), tr(S::HomeOffline));
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr(S::Close))) st.show_about = false;
    }
    ImGui::End();
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_font_check_open(ShellState& st);

static void draw_font_check(ShellState& st) {
    if (!st.show_font_check) return;
    call_apart(draw_font_check_open, st);
}

static void draw_font_check_open(ShellState& st) {
    ImGui::SetNextWindowSize(ImVec2(body_font_size() * 30, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id(S::MenuFontCheck, "fontcheck").c_str(), &st.show_font_check, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("%s", tr(S::FontCheckIntro));
        ImGui::PushFont(nullptr, body_font_size() * 1.5f);
        ImGui::TextUnformatted(tr(S::FontCheckNames));
        anchor("font-check-names");
        ImGui::TextUnformatted(tr(S::FontCheckTraditional));
        anchor("font-check-traditional");
        ImGui::PopFont();
        switch (st.status.full_font) {
        case FontLoad::Pending: ImGui::TextDisabled("%s", tr(S::FontFullLoading)); break;
        case FontLoad::Loaded: ImGui::TextDisabled("%s", tr(S::FontFullLoaded)); break;
        case FontLoad::Failed: ImGui::TextColored(theme_colors().error, "%s", tr(S::FontFullFailed)); break;
        }
        if (ImGui::Button(tr(S::Close))) st.show_font_check = false;
    }
    ImGui::End();
}

// The views by View, called through this table rather than directly: the link step's optimiser
// inlines a function called from one place only into its caller, which made every view part of
// one 90 kB function that the browser had to compile before the first frame could run (V8
// compiles wasm functions lazily, at their first call). Through the table each view is compiled
// when it is first shown.
using DrawView = void (*)(Doc&, ShellState&);
static const DrawView kViews[] = {draw_home, draw_plan_editor, draw_directory, draw_ledger, draw_dashboard, draw_returns};
static_assert(int(View::Home) == 0 && int(View::Plan) == 1 && int(View::Directory) == 2 &&
              int(View::Ledger) == 3 && int(View::Dashboard) == 4 && int(View::Returns) == 5, "kViews follows View");

void draw_shell(ShellState& st, Doc& doc, double now_ms) {
    st.status.now_ms = now_ms;
    if (!st.status.loading) nav_validate(st.nav, doc.ws);
    evidence_frame(doc, st, now_ms); // attached files into items, before the views set this frame's drop zones
    handle_shortcuts(doc);
    narrow_frame_begin(); // a phone's width: touch-sized (issue 21)
    // One undecorated window covering the whole canvas hosts the menu bar and the current view.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("###shell", nullptr, flags);
    draw_menu_bar(st, doc);
    draw_banner(st, doc);
    const size_t view = size_t(st.nav.view);
    if (st.status.loading) ImGui::TextDisabled("%s", tr(S::LoadingWorkspace));
    else if (!draw_narrow_view(st.nav.view, doc, st)) kViews[view < std::size(kViews) ? view : 0](doc, st);
    draw_ledger_import(doc, st);
    draw_merge_preview(doc, st);
    draw_restore_preview(doc, st); // issue 20: 从备份恢复
    draw_text_import(doc, st);
    draw_tab_conflicts(doc, st);
    draw_user_dialogs(doc);
    draw_evidence_viewer();
    draw_password_dialog(st);
    draw_export_password_dialog();
    ImGui::End();

    draw_notice(st, doc, now_ms);

    draw_guide(st, doc);
    draw_about(st);
    draw_font_check(st);
    draw_storage_window(st);
    draw_history_window(doc, st);
    draw_debug_fields();
    narrow_frame_end(); // and its dialogs full screen
    text_fields_end_frame();
    doc.end_frame();
}

} // namespace rectify::ui
