#include "ui/widgets/anchor.h"

#include <imgui.h>
#include <cstdio>
#include <imgui_internal.h> // ImGuiWindow: hidden while laying out
#include <unordered_map>

namespace rectify::ui {

// Two maps so lookups between frames see the last complete frame, never a half-built one.
static std::unordered_map<std::string, AnchorRect> g_building, g_last;

void anchor(const char* name) {
    // Not while a window lays itself out unseen (its first, auto-fit frame): wrong places.
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    if (!w || w->Hidden || w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImRect& c = w->ClipRect;
    g_building[name] = AnchorRect{a.x, a.y, b.x - a.x, b.y - a.y, c.Min.x, c.Min.y, c.GetWidth(), c.GetHeight(), w->ScrollMax.x > 0};
}

void anchor_text(const char* name, std::string text) {
    anchor(name);
    auto it = g_building.find(name);
    if (it != g_building.end()) it->second.text = std::move(text);
}

void anchor_n(const char* prefix, int n) {
    char name[64];
    std::snprintf(name, sizeof name, "%s-%d", prefix, n);
    anchor(name);
}

bool find_anchor(const std::string& name, AnchorRect* out) {
    auto it = g_last.find(name);
    if (it == g_last.end()) return false;
    *out = it->second;
    return true;
}

std::vector<std::pair<std::string, AnchorRect>> all_anchors() { return {g_last.begin(), g_last.end()}; }

void anchors_end_frame() {
    g_last.swap(g_building);
    g_building.clear();
}

} // namespace rectify::ui
