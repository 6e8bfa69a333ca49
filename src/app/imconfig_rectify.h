// Our additions to Dear ImGui's imconfig.h (IMGUI_USER_CONFIG).
#pragma once

// The test bridge (src/app/test_bridge.cpp) implements ImGui's test-engine hooks to learn where
// every widget was drawn, so end-to-end tests can click real screen positions by label.
#define IMGUI_ENABLE_TEST_ENGINE
