// test_bridge: implements Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) to record each
// item's rectangle and label, writes the app's state at the end of each frame, and answers
// window.rectify's calls from the last frame. Every answer is JSON written with JsonOut (RapidJSON).
//
// Index
//   FrameRecord, hooks     the items ImGui laid out in the frame being built and the last one
//   bridge_frame()         the state: the app's facts, then the views' probes; ?crash=
//   rectify_item_rect(), rectify_items(), rectify_state(), rectify_idle(), rectify_settled(),
//   rectify_workspace_json(), rectify_frame_times()   called by web/host.js
#include "app/test_bridge.h"

#include <cmath>
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "app/fonts.h"
#include "app/session.h"
#include "core/format/json_out.h"
#include "platform/host.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/probe.h"

namespace rectify::app {

struct ItemInfo {
    ImGuiID id;
    std::string label;
    bool widget = true; // something to press or type in (false: a window's own entry)
};

struct ItemRect {
    ImRect bb, clip;       // the item, and the visible region of its window
    bool scroll_x = false; // its window scrolls sideways (an item may lie beyond its visible region)
};

struct FrameRecord {
    std::unordered_map<ImGuiID, ItemRect> rects;
    std::vector<ItemInfo> infos; // in submission order
    void clear() { rects.clear(); infos.clear(); }
};

static FrameRecord g_building, g_last;
static std::string g_state = "null"; // rectify_state(): written at the end of each frame
static std::string g_reply;          // storage for the last string returned to JS
static std::string g_crash;          // "exception" | "abort": ?crash= lets tests prove the error panel works
static const Session* g_session = nullptr; // what the bridge observes (never changes)

void bridge_begin(const Session& session) {
    g_session = &session;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    g_crash = platform::query_param("crash");
}

// The last frames' CPU times and end times, for the editor benchmark (bench/editor).
struct FrameTime {
    long frame;
    double cpu_ms, end_ms;
    int text_len; // bytes in the field being typed in at the end of the frame, -1: none
    double views_ms;
};
static std::vector<FrameTime> g_frame_times;

static const char* font_state_name(ui::FontLoad s) {
    return s == ui::FontLoad::Loaded ? "loaded" : s == ui::FontLoad::Failed ? "failed" : "pending";
}

// "saved" | "saving" | "loading" | a banner: "unavailable", "quota", "failed", "conflict", "newer", "unreadable", "needs-upgrade"
static const char* save_state_name(const ui::AppStatus& st) {
    switch (st.banner) {
    case ui::Banner::None: return st.loading ? "loading" : st.saving ? "saving" : "saved";
    case ui::Banner::Unavailable: return "unavailable";
    case ui::Banner::Quota: return "quota";
    case ui::Banner::Failed: return "failed";
    case ui::Banner::Conflict: return "conflict";
    case ui::Banner::Newer: return "newer";
    case ui::Banner::Unreadable: return "unreadable";
    case ui::Banner::NeedsUpgrade: return "needs-upgrade";
    }
    return "";
}

static const char* notice_kind_name(ui::NoticeKind k) {
    return k == ui::NoticeKind::Error ? "error" : k == ui::NoticeKind::Undo ? "undo" : "info";
}

static const char* durability_name(platform::Durability d) {
    switch (d) {
    case platform::Durability::Persistent: return "persistent";
    case platform::Durability::BestEffort: return "best-effort";
    case platform::Durability::Session: return "session";
    default: return "unknown";
    }
}

// The app's own facts: where the user is, the frames, saving and storage, the notice over the page.
static void write_app_state(JsonOut& o, const FrameFacts& f) {
    const ui::ShellState& st = f.shell;
    o.field("view", ui::view_name(st.nav.view)).field("lang", lang_code(ui::language())).field("lastError", f.last_error);
    o.field("fullFont", font_state_name(full_font_state())).field("save", save_state_name(st.status)).field("readOnly", f.doc.read_only);
    o.key("plans").begin_array(); // the titles on the home view, in order
    for (const Plan& plan : f.doc.ws.plans)
        if (alive(plan)) o.value(plan.title);
    o.end_array();
    o.field("frames", f.frames).field("drawn", f.drawn);
    o.key("nav").begin_object().field("plan", st.nav.plan).field("problem", st.nav.problem);
    o.field("measure", st.nav.measure).field("tab", int(st.nav.tab)).end_object();
    // Its text, "info" | "undo" | "error", and when it goes (ms of the page clock; null: it stays
    // until closed). null: none.
    o.key("notice");
    if (const char* text = ui::notice_shown(st, f.now_ms)) {
        o.begin_object().field("text", text).field("kind", notice_kind_name(st.notice.kind)).key("until");
        if (std::isinf(st.notice.until_ms)) o.null();
        else o.value(std::nearbyint(st.notice.until_ms));
        o.end_object();
    } else {
        o.null();
    }
    o.field("durability", durability_name(st.status.durability));
    o.field("durabilityBanner", !st.durability_dismissed && (st.status.durability == platform::Durability::Session ||
                                                             st.status.durability == platform::Durability::BestEffort));
    const char* save_text = ui::save_state_text(st); // as the menu bar shows it (已保存（临时）…)
    o.field("saveText", save_text ? save_text : "");
}

void bridge_frame(const FrameFacts& f) {
    const double end_ms = platform::now_ms();
    const ImGuiInputTextState* typing = ImGui::GetInputTextState(ImGui::GetActiveID());
    if (g_frame_times.size() < 4096)
        g_frame_times.push_back({f.frames, f.cpu_ms, end_ms, typing ? typing->TextLen : -1, f.views_ms});
    std::swap(g_last, g_building);
    g_building.clear();
    ui::anchors_end_frame();
    JsonOut o;
    o.begin_object();
    write_app_state(o, f);
    ui::write_probes(o, f.doc);
    o.end_object();
    g_state = o.str();
    if (f.frames == 3 && g_crash == "exception") throw std::runtime_error("test crash requested by ?crash=exception");
    if (f.frames == 3 && g_crash == "abort") std::abort();
}

// "Label##id" matches "Label##id", "Label" (the visible part) and "id" (what follows the ## or
// ###), so hidden-label fields ("##plan-title") can be found too.
static bool label_matches(const std::string& label, const std::string& q) {
    if (label == q) return true;
    size_t hash = label.find("##");
    if (hash == std::string::npos) return false;
    if (hash == q.size() && label.compare(0, hash, q) == 0) return true;
    size_t id = label.compare(hash, 3, "###") == 0 ? hash + 3 : hash + 2;
    return label.compare(id, std::string::npos, q) == 0;
}

// Coordinates to 0.1 px and times to 1 µs, as printf's "%.1f" and "%.3f" round.
static double rounded(double v, double scale) { return std::nearbyint(v * scale) / scale; }

// {x,y,w,h,clip:{x,y,w,h}[,text][,scrollX]}
static void write_rect(JsonOut& o, float x, float y, float w, float h, ImRect clip, const std::string& text = "",
                       int scroll_x = -1) {
    // A window registers itself before it sets a clip rect (infinite then): keep it on screen.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    clip.ClipWithFull(ImRect(0, 0, display.x, display.y));
    const auto px = [](float v) { return rounded(v, 10); };
    o.begin_object().field("x", px(x)).field("y", px(y)).field("w", px(w)).field("h", px(h));
    o.key("clip").begin_object().field("x", px(clip.Min.x)).field("y", px(clip.Min.y));
    o.field("w", px(clip.GetWidth())).field("h", px(clip.GetHeight())).end_object();
    if (!text.empty()) o.field("text", text);
    if (scroll_x >= 0) o.field("scrollX", scroll_x != 0);
    o.end_object();
}

static const char* reply(const JsonOut& o) {
    g_reply = o.str();
    return g_reply.c_str();
}

static const char* rect_json(float x, float y, float w, float h, ImRect clip, const std::string& text = "") {
    JsonOut o;
    write_rect(o, x, y, w, h, clip, text);
    return reply(o);
}

} // namespace rectify::app

// --- ImGui test-engine hooks (declared in imgui_internal.h) -------------------------------------
// A window's first frame (auto-fit) lays items out while the window is hidden, at places they
// will not be: only what is on screen is reported (not ImGui's implicit "Debug" window either).
static bool on_screen(ImGuiContext* ctx) {
    const ImGuiWindow* w = ctx->CurrentWindow;
    return w && !w->Hidden && !w->IsFallbackWindow && w->HiddenFramesCannotSkipItems == 0 && w->HiddenFramesCanSkipItems == 0;
}
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (on_screen(ctx)) rectify::app::g_building.rects[id] = {bb, ctx->CurrentWindow->ClipRect, ctx->CurrentWindow->ScrollMax.x > 0};
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (label && *label && on_screen(ctx)) rectify::app::g_building.infos.push_back({id, label, ctx->CurrentWindow->ID != id});
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

// --- Called by web/host.js ---------------------------------------------------------------------
// itemRect(query): an anchor name, a widget label (see label_matches) or a numeric ImGui ID.
// Returns JSON {x,y,w,h,clip:{x,y,w,h}} in CSS pixels (clip: the visible part of its window), or "null" when nothing matched in the last frame.
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_item_rect(const char* query) {
    using namespace rectify::app;
    const std::string q = query ? query : "";
    rectify::ui::AnchorRect a;
    if (rectify::ui::find_anchor(q, &a)) return rect_json(a.x, a.y, a.w, a.h, ImRect(a.cx, a.cy, a.cx + a.cw, a.cy + a.ch), a.text);
    for (const ItemInfo& info : g_last.infos) {
        if (!label_matches(info.label, q)) continue;
        auto it = g_last.rects.find(info.id);
        if (it == g_last.rects.end()) continue;
        const ImRect& r = it->second.bb;
        return rect_json(r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight(), it->second.clip);
    }
    char* end = nullptr;
    unsigned long id = std::strtoul(q.c_str(), &end, 10);
    if (!q.empty() && end && *end == 0) {
        auto it = g_last.rects.find(ImGuiID(id));
        if (it != g_last.rects.end()) {
            const ImRect& r = it->second.bb;
            return rect_json(r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight(), it->second.clip);
        }
    }
    return "null";
}

// items(): every labelled widget and every anchor of the last frame, [{name, x, y, w, h, clip,
// scrollX}, widget}, …] (CSS px): what the layout tests check against the viewport. `widget`:
// something to press or type in (a button, field, selectable, tab, menu…; not an anchor or a
// window), whose size the phone test checks against a finger's.
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_items() {
    using namespace rectify::app;
    rectify::JsonOut o;
    o.begin_array();
    for (const ItemInfo& info : g_last.infos) {
        auto it = g_last.rects.find(info.id);
        if (it == g_last.rects.end()) continue;
        const ItemRect& r = it->second;
        o.begin_object().field("name", info.label).field("widget", info.widget).key("rect");
        write_rect(o, r.bb.Min.x, r.bb.Min.y, r.bb.GetWidth(), r.bb.GetHeight(), r.clip, "", r.scroll_x);
        o.end_object();
    }
    for (const auto& [name, a] : rectify::ui::all_anchors()) {
        o.begin_object().field("name", name).key("rect");
        write_rect(o, a.x, a.y, a.w, a.h, ImRect(a.cx, a.cy, a.cx + a.cw, a.cy + a.ch), "", a.scroll_x);
        o.end_object();
    }
    o.end_array();
    return reply(o);
}

// The state at the end of the last frame (bridge_frame).
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_state() { return rectify::app::g_state.c_str(); }

// window.rectify.idle() and settled(): 1 or 0 (see loop_idle, loop_settled in main.cpp).
extern "C" EMSCRIPTEN_KEEPALIVE int rectify_idle() { return rectify::app::loop_idle() ? 1 : 0; }
extern "C" EMSCRIPTEN_KEEPALIVE int rectify_settled() { return rectify::app::loop_settled() ? 1 : 0; }

// The open workspace as a plan file (window.rectify.workspace()).
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_workspace_json() {
    using namespace rectify::app;
    g_reply = g_session ? workspace_json(*g_session) : std::string("null");
    return g_reply.c_str();
}

// The frames since the last call: [[frame, cpu ms, end ms, bytes in the active field, views ms], …]
// (window.rectify.frameTimes()).
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_frame_times() {
    using namespace rectify::app;
    rectify::JsonOut o;
    o.begin_array();
    for (const FrameTime& f : g_frame_times) {
        o.begin_array().value(f.frame).value(rounded(f.cpu_ms, 1000)).value(rounded(f.end_ms, 1000));
        o.value(f.text_len).value(rounded(f.views_ms, 1000)).end_array();
    }
    o.end_array();
    g_frame_times.clear();
    return reply(o);
}
