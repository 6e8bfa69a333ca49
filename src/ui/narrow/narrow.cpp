// narrow: see narrow.h. The style for touch, full-screen windows, drag scrolling, a long press
// as a right click, the field kept above the keyboard, the photo buttons and the WeChat banner;
// the screens are in home_cards.cpp and plan_screens.cpp.
#include "ui/narrow/narrow.h"

#include <imgui.h>
#include <imgui_internal.h> // the windows of the frame, SetWindowPos/Size, ClearActiveID

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "platform/host.h"
#include "ui/evidence_frame.h"
#include "ui/layout.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"

namespace rectify::ui {

namespace {

bool g_pushed = false; // narrow_frame_begin pushed the touch style

// A drag that scrolls a window, and its glide after the finger lifts.
struct TouchScroll {
    ImGuiID window = 0;  // the window being dragged
    ImGuiID gliding = 0; // the window gliding on
    float velocity = 0;  // px per second, in the direction of the scroll
    int glided_frame = -1; // the frame that last moved the glide (its window may be gone since)
    // The finger's last positions and when (ms, real time): its speed on lifting is measured over
    // these, not over frames, whose times say little (several may run inside one touch event).
    double at[8] = {};
    float y[8] = {};
    int samples = 0;
};
TouchScroll g_touch;

constexpr float kDragStart = 8.0f;  // px a finger moves before a press becomes a drag
constexpr float kGlideStop = 40.0f; // px/s: slower than this the glide ends
constexpr float kGlideKeep = 0.06f; // the share of the speed kept after a second of gliding
constexpr float kGlideMaxStep = 0.05f; // s: the longest time one frame of a glide moves for
constexpr double kFlingSpanMs = 50;  // the finger's speed on lifting: over at least its last 50 ms,
constexpr double kFlingOldMs = 250;  // and no further back than 250 ms
constexpr double kFlingRestMs = 100; // a finger still this long before it lifts throws nothing

void sample_finger(float y) {
    TouchScroll& t = g_touch;
    const int i = t.samples++ % 8;
    t.at[i] = platform::now_ms();
    t.y[i] = y;
}

// The scroll speed a lifted finger gives (px/s, in the scroll's direction): its move since the
// newest position at least kFlingSpanMs older than its last; none when it rested before lifting,
// or when its positions say nothing about its speed.
float fling_velocity() {
    const TouchScroll& t = g_touch;
    if (t.samples < 2) return 0;
    const int last = (t.samples - 1) % 8;
    if (platform::now_ms() - t.at[last] > kFlingRestMs) return 0;
    for (int k = 1; k < std::min(t.samples, 8); ++k) {
        const int i = (t.samples - 1 - k) % 8;
        const double ms = t.at[last] - t.at[i];
        if (ms > kFlingOldMs) return 0;
        if (ms >= kFlingSpanMs) return float(-(t.y[last] - t.y[i]) / (ms / 1000.0));
    }
    return 0;
}

} // namespace

bool narrow_layout() { return ImGui::GetMainViewport()->Size.x < kNarrowWidth; }

// A long press that opened no menu (a plain button held by a slow finger, or one a busy page timed
// long) is given back as the tap it was, where it was, when the finger lifts there: a phone's own
// buttons act however long they are held, on the release (a finger slid off first cancels). Given back inside the page's touchend (its sync
// runs frames while narrow_retap_due()), so a button that opens the file picker or the share sheet
// does it within the tap, as browsers require. Watched a few frames first, as the right click's
// press and release trickle in.
struct Retap {
    int frames = 0; // frames since the right click was sent; 0: nothing watched
    int popups = 0; // the popups open when it was sent
    ImVec2 pos;
};
static Retap g_retap;

static void retap_if_nothing_opened(ImGuiContext& g) {
    if (g_retap.frames == 0) return;
    ImGuiIO& io = g.IO;
    if (g.OpenPopupStack.Size != g_retap.popups) { g_retap.frames = 0; return; } // a menu came up
    if (g_retap.frames <= 3) ++g_retap.frames;
    const platform::Finger finger = platform::finger();
    if (finger == platform::Finger::Cancelled) { g_retap.frames = 0; return; } // the browser took the touch
    if (g_retap.frames <= 3 || io.MouseDown[1] || finger == platform::Finger::Down) return;
    g_retap.frames = 0;
    const float dx = io.MousePos.x - g_retap.pos.x, dy = io.MousePos.y - g_retap.pos.y;
    if (dx * dx + dy * dy > kDragStart * kDragStart) return; // slid off before lifting: no tap, as on a phone
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(g_retap.pos.x, g_retap.pos.y);
    io.AddMouseButtonEvent(0, true);
    io.AddMouseButtonEvent(0, false);
}

// A finger held still (the page times it, platform::take_long_press) is a right click (context
// menus), at any width. The left press is let go first, so what is under the finger is not also
// clicked: once ImGui has seen the press a frame (the item under it took it then), or in the
// frame it sees the finger lift, before any item acts on the release. A long press the app takes
// late, on a busy page, is dropped when it no longer fits the finger: the finger has moved past
// kDragStart (a swipe, whose moves came after the timer), or no finger is down any more (kept, it
// would turn the next tap into a right click and that tap would do nothing).
static void long_press() {
    ImGuiContext& g = *GImGui;
    ImGuiIO& io = g.IO;
    retap_if_nothing_opened(g);
    static bool pending = false;
    if (platform::take_long_press()) pending = true;
    if (!pending) return;
    const bool moved = io.MouseDragMaxDistanceSqr[0] > kDragStart * kDragStart;
    if (moved || g_touch.window != 0 || !(io.MouseDown[0] || io.MouseReleased[0])) {
        pending = false; // a drag, or no press to take it
        return;
    }
    const bool held = io.MouseDown[0] && io.MouseDownDuration[0] > 0.0f;
    if (!(held || io.MouseReleased[0])) return; // the press arrives this frame: the next one
    pending = false;
    if (g.ActiveId != 0) ImGui::ClearActiveID();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (held) io.AddMouseButtonEvent(0, false);
    io.AddMouseButtonEvent(1, true);
    io.AddMouseButtonEvent(1, false);
    g_retap = {1, g.OpenPopupStack.Size, io.MousePos};
}

bool narrow_retap_due() { return g_retap.frames > 0 && platform::finger() != platform::Finger::Down; }

bool narrow_work_due() { return narrow_retap_due() || g_touch.gliding != 0; }

void narrow_frame_begin() {
    long_press();
    g_pushed = narrow_layout();
    if (!g_pushed) return;
    // A frame's height is the font's plus twice its vertical padding: at least kTouchTarget.
    const float pad_y = std::ceil((kTouchTarget - ImGui::GetFontSize()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f, pad_y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 10.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f, 10.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 6.0f); // a finger scrolls by dragging the content
}

// The on-screen keyboard came up (the canvas follows the visual viewport, web/host.js): the field
// being typed in (ImGui's focused item) is scrolled back into view for a few frames, as the
// window and its parents lay out at the new height.
static void keep_field_visible() {
    ImGuiContext& g = *GImGui;
    static float last_h = 0;
    static int reveal = 0;
    const float h = ImGui::GetMainViewport()->Size.y;
    if (last_h > 0 && h < last_h - 1) reveal = 3;
    last_h = h;
    if (reveal <= 0) return;
    reveal--;
    ImGuiWindow* w = g.NavWindow;
    if (!w || g.NavId == 0 || !g.IO.WantTextInput) return;
    ImGui::ScrollToRectEx(w, ImGui::WindowRectRelToAbs(w, w->NavRectRel[ImGuiNavLayer_Main]), ImGuiScrollFlags_KeepVisibleEdgeY);
}

void narrow_frame_end() {
    keep_field_visible();
    // A window gone from the screen (another view) did not step its glide this frame: it glides no more.
    if (g_touch.gliding != 0 && g_touch.glided_frame < ImGui::GetFrameCount()) g_touch.gliding = 0;
    if (!g_pushed) return;
    ImGui::PopStyleVar(4);
    g_pushed = false;
    // Dialogs and the other windows (guide, history, about) fill the screen from the next frame:
    // at a phone's width a dialog sized for a desktop runs off the edge. Menus and combos stay.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->Active || w->IsFallbackWindow) continue;
        if (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip)) continue;
        if ((w->Flags & ImGuiWindowFlags_Popup) && !(w->Flags & ImGuiWindowFlags_Modal)) continue;
        if (std::strcmp(w->Name, "###shell") == 0 || std::strcmp(w->Name, "##notice") == 0) continue;
        ImGui::SetWindowPos(w, vp->WorkPos, ImGuiCond_Always);
        ImGui::SetWindowSize(w, vp->WorkSize, ImGuiCond_Always);
    }
}

// A dialog or popup open when the back key comes is closed as its 取消 would close it: a menu, a
// combo or a context menu at once (as ImGui's Escape does); a dialog gets an Escape press (the
// dialogs take it as 取消) and, if it is still open a few frames later (one that has only its ×, as
// the filter sheet), it is closed. Nothing else changes. True while one is being closed.
static bool close_top_popup(bool back) {
    ImGuiContext& g = *GImGui;
    static ImGuiID escaping = 0; // the dialog sent an Escape
    static int frames = 0;
    auto level_of = [&](ImGuiID id) {
        for (int i = 0; i < g.OpenPopupStack.Size; i++)
            if (g.OpenPopupStack[i].PopupId == id) return i;
        return -1;
    };
    if (escaping != 0) {
        const int level = level_of(escaping);
        if (level < 0) escaping = 0;
        else if (++frames > 4) {
            ImGui::ClosePopupToLevel(level, true);
            escaping = 0;
        }
    }
    if (back && escaping == 0 && g.OpenPopupStack.Size > 0) {
        const ImGuiPopupData& top = g.OpenPopupStack.back();
        if (top.Window && (top.Window->Flags & ImGuiWindowFlags_Modal)) {
            escaping = top.PopupId;
            frames = 0;
            g.IO.AddKeyEvent(ImGuiKey_Escape, true); // down and up reach the app a frame apart
            g.IO.AddKeyEvent(ImGuiKey_Escape, false);
        } else {
            ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
        }
    }
    return escaping != 0;
}

// Android's back key, the browser's back (platform::take_back): a dialog or popup open is closed
// (close_top_popup), else one screen back: an item or a plan's tab to the outline, 查找's bar on the
// outline closed, a view opened from the plan (台账) to that plan, any other view home. It acts once
// the field typed in has been let go and drawn a frame without it (so it commits: web/host.js let
// go of the multi-line editor already). The page keeps a history entry of its own while there is
// something to go back from, when narrow.
static void back_key(ShellState& st) {
    ImGuiContext& g = *GImGui;
    static int waiting = 0; // frames since the back press, while a field is still let go
    static View last = View::Home;
    static bool from_plan = false; // the view shown was opened from the plan
    if (st.nav.view != last) {
        from_plan = last == View::Plan && st.nav.view != View::Home;
        last = st.nav.view;
    }
    bool back = false;
    if (platform::take_back()) waiting = 1;
    if (waiting > 0) {
        if ((g.ActiveId != 0 || g.ActiveIdPreviousFrame != 0) && waiting++ < 8) {
            if (g.ActiveId != 0) ImGui::ClearActiveID();
        } else {
            waiting = 0;
            back = true;
        }
    }
    const bool popup = g.OpenPopupStack.Size > 0; // before this frame's own
    if (close_top_popup(back) || popup) back = false;
    if (back && st.nav.view == View::Plan && plan_screen_depth() > 0) plan_screen_back();
    else if (back && st.nav.view == View::Plan && find_open()) close_find(); // it shows on the outline
    else if (back && from_plan && !st.nav.plan.empty()) st.nav.view = View::Plan; // gone: it shows home
    else if (back) st.nav.view = View::Home;
    int depth = st.nav.view == View::Home ? 0 : st.nav.view == View::Plan ? 1 + plan_screen_depth() : from_plan ? 2 : 1;
    if (g.OpenPopupStack.Size > 0) depth++;
    platform::set_back_depth(narrow_layout() ? depth : 0);
}

bool draw_narrow_view(View v, Doc& doc, ShellState& st) {
    back_key(st);
    v = st.nav.view;
    if (!narrow_layout()) return false;
    switch (v) {
    case View::Home: draw_home_cards(doc, st); return true;
    case View::Plan: draw_plan_screens(doc, st); return true;
    default: return false;
    }
}

void touch_scroll() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    const ImGuiIO& io = g.IO;
    const float dt = io.DeltaTime > 0 ? io.DeltaTime : 1.0f / 60.0f;
    if (g_touch.window == w->ID) {
        if (io.MouseDown[0]) {
            const float dy = io.MouseDelta.y;
            ImGui::SetScrollY(w, w->Scroll.y - dy);
            if (dy != 0) sample_finger(io.MousePos.y);
            if (g.ActiveId != 0) ImGui::ClearActiveID(); // the press under the finger is no click
        } else {
            g_touch.window = 0;
            g_touch.velocity = fling_velocity();
            g_touch.gliding = std::fabs(g_touch.velocity) > kGlideStop ? w->ID : 0;
            g_touch.glided_frame = ImGui::GetFrameCount();
        }
        return;
    }
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (touch && io.MouseDown[0] && g_touch.window == 0 && w->ScrollMax.y > 0 &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        std::fabs(io.MousePos.y - io.MouseClickedPos[0].y) > kDragStart) {
        // The innermost scrolling window under the finger takes the drag: a child's content ends,
        // and calls this, before its parent's.
        g_touch = {};
        g_touch.window = w->ID;
        sample_finger(io.MousePos.y);
        ImGui::SetScrollY(w, w->Scroll.y - (io.MousePos.y - io.MouseClickedPos[0].y));
        if (g.ActiveId != 0) ImGui::ClearActiveID();
        return;
    }
    if (g_touch.gliding == w->ID) {
        // A finger down stops the glide where it is: what it lands on is what it saw. A step is at
        // most a few frames' worth: a frame drawn late must not jump the page under the finger.
        if (io.MouseDown[0]) { g_touch.gliding = 0; return; }
        g_touch.glided_frame = ImGui::GetFrameCount();
        const float step = std::min(dt, kGlideMaxStep);
        const float y = w->Scroll.y + g_touch.velocity * step;
        ImGui::SetScrollY(w, y);
        g_touch.velocity *= std::pow(kGlideKeep, step);
        if (std::fabs(g_touch.velocity) < kGlideStop || y <= 0 || y >= w->ScrollMax.y) g_touch.gliding = 0;
    }
}

bool wide_button(const char* label) { return ImGui::Button(label, ImVec2(-FLT_MIN, 0)); }

void photo_buttons(const Doc& doc, const Id& target, const char* name, bool keep_option) {
    if (doc.read_only || !(platform::has_touch() || narrow_layout())) return;
    const std::string base = name;
    same_line_if_fits(button_width(tr(S::TakePhoto)) + ImGui::GetStyle().ItemSpacing.x + button_width(tr(S::PickPhotos)));
    if (ImGui::Button(tr(S::TakePhoto))) pick_for(target, "image/*", true);
    anchor((base + "-camera").c_str());
    ImGui::SameLine();
    if (ImGui::Button(tr(S::PickPhotos))) pick_for(target, "image/*", false);
    anchor((base + "-album").c_str());
    if (!keep_option) return;
    // Photos are scaled down as they are stored (web/evidence.js shrinkPhoto) unless this is on.
    static const char* kKeepKey = "rectify.keepOriginalPhotos";
    static int keep = -1; // read once, then kept in step with the setting
    if (keep < 0) keep = platform::settings_get(kKeepKey) == "1" ? 1 : 0;
    bool on = keep == 1;
    if (ImGui::Checkbox(tr(S::KeepOriginalPhoto), &on)) {
        keep = on ? 1 : 0;
        platform::settings_set(kKeepKey, on ? "1" : "0");
    }
    anchor((base + "-keep-original").c_str());
}

void draw_wechat_banner(ShellState& st) {
    static bool dismissed = false;
    if (dismissed || !platform::in_wechat()) return;
    begin_banner("##wechat", tr(S::WeChatBanner), "wechat-banner");
    if (ImGui::Button(tr_id(S::BackupNow, "wechat-backup").c_str())) st.requests.backup_now = true;
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::Dismiss, "wechat-dismiss").c_str())) dismissed = true;
    end_banner();
}

} // namespace rectify::ui
