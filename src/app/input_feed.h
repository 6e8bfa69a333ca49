// input_feed: feeds the page's text layer (platform/text_input.h) to Dear ImGui: keys
// and modifiers, committed text, clipboard shortcuts, the multi-line overlay's events; and tells
// the page where ImGui's caret is, and what ImGui copies.
#pragma once

namespace rectify::app {

// After the ImGui backends are initialised: takes over ImGui's clipboard and IME hooks (the SDL
// backend's do nothing useful in a browser). run_now renders frames at once (clipboard events).
void text_input_begin(void (*run_now)());

// Before each frame: hands every queued page event to ImGui. True when input arrived or ImGui
// still has input to process (the main loop must render).
bool text_input_pump();

// True while input waits, here or in ImGui's own queue.
bool text_input_busy();

// After each frame: while a button's new field is on its way (ui::expect_typing), keys typed are
// taken out of ImGui's queue and held, so none is lost or taken by the button still focused (a
// Space would press it again); once the field is there they go to it, in order.
void text_input_after_frame();

} // namespace rectify::app
