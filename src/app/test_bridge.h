// test_bridge: what window.rectify (web/host.js) reads for end-to-end tests: where each widget
// was drawn in the last frame (via ImGui's test-engine hooks) and the app's state.
#pragma once
#include <string>
#include <vector>

namespace rectify::app {

struct BridgeState {
    std::string view;
    std::string lang;
    std::string last_error;
    std::string full_font; // "pending" | "loaded" | "failed"
    std::string save;      // "saved" | "saving" | a banner: "unavailable", "quota", "failed", "conflict", "newer", "unreadable"
    std::vector<std::string> plans; // titles of the plans on the home view, in order
    bool read_only = false;
    long frames = 0;
    // The text being edited: in an ImGui InputText, or in a text_area's page overlay.
    bool field_active = false;
    bool field_area = false;
    std::string field_text;
    std::vector<std::string> debug_values; // ?debug=fields: what its fields committed
    int debug_commits = 0;
};

void bridge_begin(); // once, after ImGui::CreateContext
void bridge_end_frame(const BridgeState& state);

} // namespace rectify::app
