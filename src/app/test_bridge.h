// test_bridge: what window.rectify (web/host.js) reads for end-to-end tests: where each widget
// was drawn in the last frame (via ImGui's test-engine hooks) and the app's state.
#pragma once
#include <string>

namespace rectify::app {

struct BridgeState {
    std::string view;
    std::string lang;
    std::string last_error;
    std::string full_font; // "pending" | "loaded" | "failed"
    long frames = 0;
};

void bridge_begin(); // once, after ImGui::CreateContext
void bridge_end_frame(const BridgeState& state);

} // namespace rectify::app
