// test_bridge: what window.rectify (web/host.js) reads for end-to-end tests: where each widget
// was drawn in the last frame (via ImGui's test-engine hooks) and the app's state.
#pragma once
#include <string>
#include <vector>

namespace rectify::app {

struct BridgeState {
    std::string view;
    std::string plan, problem, measure; // the open plan and the selection in it
    int tab = 0;
    std::string lang;
    std::string last_error;
    std::string full_font; // "pending" | "loaded" | "failed"
    std::string save;      // "saved" | "saving" | a banner: "unavailable", "quota", "failed", "conflict", "newer", "unreadable"
    std::vector<std::string> plans; // titles of the plans on the home view, in order
    bool read_only = false;
    long frames = 0;
    long drawn = 0;        // of which drawn on the canvas (the others repeated its picture)
    double frame_cpu_ms = 0; // this frame, from the start of render_frame to the GL submission
    double frame_end_ms = 0; // performance.now() when it ended
    double frame_views_ms = 0; // of which the views (draw_shell), the rest being ImGui and GL
    int active_text_len = -1; // bytes in the field being typed in at the end of the frame, -1: none
    // The text being edited: in an ImGui InputText, or in a text_area's page overlay.
    bool field_active = false;
    bool field_area = false;
    std::string field_text;
    std::vector<std::string> debug_values; // ?debug=fields: what its fields committed
    int debug_commits = 0;
    bool import_open = false;   // the ledger import preview, and its good and bad rows
    int import_ok = 0, import_bad = 0;
    double ledger_ms = 0; // the ledger's last sort/filter (ledger_view.h)
    std::string merge_json = "null";
    std::vector<std::string> return_files, return_units, return_states; // the roll-up's rows
    std::string returns_missing;
    // The notice over the page: its text, "info" | "undo" | "error", and when it goes (ms of the
    // page clock; -1: it stays until closed). Empty text: none.
    std::string notice, notice_kind;
    double notice_until_ms = -1;
    std::string durability;     // "unknown" | "persistent" | "best-effort" | "session"
    bool durability_banner = false;
    std::string save_text;      // the save state as the menu bar shows it (已保存（临时）…)
    bool tab_conflicts_open = false;
    std::vector<std::string> tab_conflicts; // the fields asked about ("plan-1/title")
    std::string text_import_json = "null"; // the text import dialog: {"open":…,"problems":…,…} // the merge preview: {"open":…,"added":…,…}
};

struct Session;
void bridge_begin(const Session& session); // once, after ImGui::CreateContext
void bridge_end_frame(const BridgeState& state);

} // namespace rectify::app
