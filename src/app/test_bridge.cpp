// test_bridge: implements Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) to record each
// item's rectangle and label, and answers window.rectify.itemRect()/state() from the last frame.
#include "app/test_bridge.h"

#include <cstdio>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <unordered_map>
#include <vector>

#include "app/loop_state.h"
#include "app/session.h"
#include "ui/widgets/anchor.h"

namespace rectify::app {

struct ItemInfo {
    ImGuiID id;
    std::string label;
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
static BridgeState g_state;
static std::string g_reply; // storage for the last string returned to JS
static const Session* g_session = nullptr; // what the bridge observes (never changes)

void bridge_begin(const Session& session) {
    g_session = &session;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

// The last frames' CPU times and end times, for the editor benchmark (bench/editor).
struct FrameTime {
    long frame;
    double cpu_ms, end_ms;
    int text_len;
    double views_ms;
};
static std::vector<FrameTime> g_frame_times;

void bridge_end_frame(const BridgeState& state) {
    if (g_frame_times.size() < 4096) g_frame_times.push_back({state.frames, state.frame_cpu_ms, state.frame_end_ms, state.active_text_len, state.frame_views_ms});
    std::swap(g_last, g_building);
    g_building.clear();
    ui::anchors_end_frame();
    g_state = state;
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

static std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') { o += '\\'; o += c; }
        else if (c == '\n') o += "\\n";
        else if (static_cast<unsigned char>(c) < 0x20) { char b[8]; snprintf(b, sizeof b, "\\u%04x", c); o += b; }
        else o += c;
    }
    return o;
}

// {x,y,w,h,clip:{x,y,w,h}[,text][,scrollX]}, appended to `out`.
static void append_rect(std::string& out, float x, float y, float w, float h, ImRect clip, const std::string& text = "",
                        int scroll_x = -1) {
    // A window registers itself before it sets a clip rect (infinite then): keep it on screen.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    clip.ClipWithFull(ImRect(0, 0, display.x, display.y));
    char b[256];
    snprintf(b, sizeof b, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"clip\":{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}",
             x, y, w, h, clip.Min.x, clip.Min.y, clip.GetWidth(), clip.GetHeight());
    out += b;
    if (!text.empty()) out += ",\"text\":\"" + json_escape(text) + "\"";
    if (scroll_x >= 0) out += scroll_x ? ",\"scrollX\":true" : ",\"scrollX\":false";
    out += "}";
}

static const char* rect_json(float x, float y, float w, float h, ImRect clip, const std::string& text = "") {
    g_reply.clear();
    append_rect(g_reply, x, y, w, h, clip, text);
    return g_reply.c_str();
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
    if (label && *label && on_screen(ctx)) rectify::app::g_building.infos.push_back({id, label});
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
// scrollX}, …] (CSS px): what the layout tests check against the viewport.
extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_items() {
    using namespace rectify::app;
    std::string out = "[";
    auto item = [&](const std::string& name) {
        if (out.size() > 1) out += ',';
        out += "{\"name\":\"" + json_escape(name) + "\",\"rect\":";
    };
    for (const ItemInfo& info : g_last.infos) {
        auto it = g_last.rects.find(info.id);
        if (it == g_last.rects.end()) continue;
        const ItemRect& r = it->second;
        item(info.label);
        append_rect(out, r.bb.Min.x, r.bb.Min.y, r.bb.GetWidth(), r.bb.GetHeight(), r.clip, "", r.scroll_x);
        out += "}";
    }
    for (const auto& [name, a] : rectify::ui::all_anchors()) {
        item(name);
        append_rect(out, a.x, a.y, a.w, a.h, ImRect(a.cx, a.cy, a.cx + a.cw, a.cy + a.ch), "", a.scroll_x);
        out += "}";
    }
    out += "]";
    g_reply = std::move(out);
    return g_reply.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* rectify_state() {
    using namespace rectify::app;
    char b[96];
    snprintf(b, sizeof b, "\"frames\":%ld,\"drawn\":%ld", g_state.frames, g_state.drawn);
    auto list = [](const std::vector<std::string>& v) {
        std::string out;
        for (const std::string& t : v) out += (out.empty() ? "\"" : ",\"") + json_escape(t) + "\"";
        return "[" + out + "]";
    };
    char until[32];
    snprintf(until, sizeof until, "%.0f", g_state.notice_until_ms);
    const std::string notice = g_state.notice.empty() ? std::string("null")
        : "{\"text\":\"" + json_escape(g_state.notice) + "\",\"kind\":\"" + g_state.notice_kind +
              "\",\"until\":" + (g_state.notice_until_ms < 0 ? std::string("null") : std::string(until)) + "}";
    const std::string field = std::string("{\"active\":") + (g_state.field_active ? "true" : "false") +
                              ",\"area\":" + (g_state.field_area ? "true" : "false") + ",\"text\":\"" +
                              json_escape(g_state.field_text) + "\"}";
    g_reply = "{\"view\":\"" + json_escape(g_state.view) + "\",\"lang\":\"" + json_escape(g_state.lang) +
              "\",\"lastError\":\"" + json_escape(g_state.last_error) + "\",\"fullFont\":\"" +
              json_escape(g_state.full_font) + "\",\"save\":\"" + json_escape(g_state.save) +
              "\",\"readOnly\":" + (g_state.read_only ? "true" : "false") + ",\"plans\":" + list(g_state.plans) +
              ",\"field\":" + field + ",\"debugValues\":" + list(g_state.debug_values) +
              ",\"debugCommits\":" + std::to_string(g_state.debug_commits) + "," + b +
              ",\"import\":{\"open\":" + (g_state.import_open ? "true" : "false") + ",\"ok\":" +
              std::to_string(g_state.import_ok) + ",\"bad\":" + std::to_string(g_state.import_bad) + "}" +
              ",\"merge\":" + g_state.merge_json + ",\"returns\":{\"files\":" + list(g_state.return_files) +
              ",\"units\":" + list(g_state.return_units) + ",\"states\":" + list(g_state.return_states) +
              ",\"missing\":\"" + json_escape(g_state.returns_missing) + "\"}" + ",\"textImport\":" + g_state.text_import_json + ",\"ledgerMs\":" + std::to_string(g_state.ledger_ms) +
              ",\"nav\":{\"plan\":\"" + json_escape(g_state.plan) + "\",\"problem\":\"" + json_escape(g_state.problem) +
              "\",\"measure\":\"" + json_escape(g_state.measure) + "\",\"tab\":" + std::to_string(g_state.tab) + "}" +
              ",\"notice\":" + notice + ",\"durability\":\"" + g_state.durability + "\",\"durabilityBanner\":" +
              (g_state.durability_banner ? "true" : "false") + ",\"saveText\":\"" + json_escape(g_state.save_text) +
              "\",\"tabConflicts\":{\"open\":" + (g_state.tab_conflicts_open ? "true" : "false") +
              ",\"fields\":" + list(g_state.tab_conflicts) + "}}";
    return g_reply.c_str();
}

// window.rectify.idle(): 1 when the app would draw no frame now; 0 while it settles or has input.
extern "C" EMSCRIPTEN_KEEPALIVE int rectify_idle() { return rectify::app::loop_idle() ? 1 : 0; }

// window.rectify.settled(): 1 once the input given so far is taken and the picture has stopped
// changing (app/loop_state.h).
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
    g_reply = "[";
    char b[96];
    for (size_t i = 0; i < g_frame_times.size(); i++) {
        const auto& f = g_frame_times[i];
        snprintf(b, sizeof b, "%s[%ld,%.3f,%.3f,%d,%.3f]", i ? "," : "", f.frame, f.cpu_ms, f.end_ms, f.text_len, f.views_ms);
        g_reply += b;
    }
    g_reply += "]";
    g_frame_times.clear();
    return g_reply.c_str();
}
