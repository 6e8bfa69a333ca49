// narrow: the layout for a phone's width (issue 21). Below kNarrowWidth CSS px the shell draws
// the narrow views (home as cards, the plan as an outline screen then an item screen); every
// other view and dialog is the wide one, made touch-sized and full screen. Chosen by width only,
// in narrow_layout(), never by user agent.
//
// Index
//   narrow_layout()                       the one rule: width under ~600 CSS px
//   narrow_frame_begin(), narrow_frame_end()   44 px targets for the frame; dialogs full screen;
//                                         at any width: a long press is a right click, the field
//                                         typed in stays above the on-screen keyboard
//   draw_narrow_view()                    the narrow home and plan screens (narrow/*.cpp); the
//                                         ledger's cards and filter sheet (for ledger_view.cpp);
//                                         Android's back key: a dialog closed, or one screen
//                                         back (back_key, close_top_popup)
//   touch_scroll()                        drag to scroll a window, with momentum
//   wide_button()                         a button as wide as the line
//   photo_buttons()                       拍照 and 相册 where evidence is attached
#pragma once
#include <vector>

#include "core/ledger/ledger.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

constexpr float kNarrowWidth = 600.0f; // CSS px: a phone held upright, a small tablet's split
constexpr float kTouchTarget = 44.0f;  // CSS px: the smallest thing a finger should have to hit

// True while the main viewport is narrower than kNarrowWidth (ImGui units are CSS px).
bool narrow_layout();

// Around the whole shell's frame: when narrow, frames (buttons, fields, combos) at least
// kTouchTarget high and roomier spacing; at the end, windows and dialogs fill the screen.
void narrow_frame_begin();
void narrow_frame_end();

// True while a long press that may open no menu is watched and the finger has lifted: it is given
// back as a tap in the next frames, which the app draws at once (inside the page's touchend).
bool narrow_retap_due();

// True while touch work is still due without new input: a held button's tap to give back (above),
// or a scroll gliding on after the finger lifted. The app draws frames until it is done, and is not
// settled meanwhile (a glide's steps may be under a pixel, which leave the picture as it was).
bool narrow_work_due();

// Draws the narrow form of the view `v` and returns true; false when it has none (the wide
// view is drawn, touch-sized).
bool draw_narrow_view(View v, Doc& doc, ShellState& st);

// At the end of a scrolling window's content: a touch drag anywhere in it (on empty space or on
// an item) scrolls it and cancels the press, so nothing is clicked or selected by a drag; on
// release it glides on and slows down. Mouse input is left alone.
void touch_scroll();

// A button filling the line, kTouchTarget high at least.
bool wide_button(const char* label);

// 拍照 (the camera) and 相册 (the photo library) for `target`'s evidence, on a phone or any
// touch screen, on the line of the item before them when they fit; anchored `name`-camera and
// `name`-album. Draws nothing elsewhere or read-only.
// keep_option: also 保留原图 (photos are scaled down as they are stored unless it is ticked).
void photo_buttons(const Doc& doc, const Id& target, const char* name, bool keep_option = false);

// The banner inside WeChat (what does not work there, 在浏览器中打开, 立即备份), until dismissed.
void draw_wechat_banner(ShellState& st);

// The narrow screens, each in its own file (draw_narrow_view chooses).
void draw_home_cards(Doc& doc, ShellState& st);    // home_cards.cpp: a card per plan
void draw_plan_screens(Doc& doc, ShellState& st);  // plan_screens.cpp: the outline, then an item with ← 返回
// The plan opened next (nav set by the caller) starts on its selected item's screen, not the outline.
void open_item_screen();
// How many of the plan's screens lie behind the one shown (the outline: 0), and one step back.
int plan_screen_depth();
void plan_screen_back();
// ledger_cards.cpp, for ledger_view.cpp: its rows as cards (a tap opens the measure's screen), and
// its filters in a sheet behind a button labelled `summary` (true while the sheet is open).
void draw_ledger_cards(Doc& doc, ShellState& st, const std::vector<LedgerRow>& rows);
bool draw_filter_sheet(const char* summary, void (*draw_filters)(Doc&), Doc& doc);

} // namespace rectify::ui
