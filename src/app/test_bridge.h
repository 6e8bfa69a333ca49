// test_bridge: window.rectify (web/host.js) for the end-to-end tests and benchmarks, all in this
// module: where each widget was drawn in the last frame (via ImGui's test-engine hooks), the
// app's state as JSON (its own facts here, the views' through ui/widgets/probe.h), the frame
// times, and the ?crash= hooks that prove the error panel.
#pragma once
#include <string>

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::app {

// What only the main loop knows about the frame that just ended.
struct FrameFacts {
    const ui::ShellState& shell;
    const ui::Doc& doc;
    long frames;     // frames so far, this one included
    long drawn;      // of which drawn on the canvas (the others repeated its picture)
    double now_ms;   // the frame's time (a notice shows until a time of this clock)
    double cpu_ms;   // from the start of render_frame to the GL submission
    double views_ms; // of which the views (draw_shell), the rest being ImGui and GL
    const std::string& last_error;
};

struct Session;
void bridge_begin(const Session& session); // once, after ImGui::CreateContext
// Last in each frame: what window.rectify reads until the next frame. ?crash=exception throws
// and ?crash=abort aborts in the third frame.
void bridge_frame(const FrameFacts& frame);

// The main loop's own rules (main.cpp), asked by window.rectify.idle() and settled(): the app
// would draw no frame now; the input so far is taken and the picture has stopped changing.
bool loop_idle();
bool loop_settled();

} // namespace rectify::app
