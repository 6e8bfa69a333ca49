// loop_state: what the main loop (main.cpp) says about its frames, for the test bridge's
// window.rectify.idle() and settled(), which end-to-end tests wait on instead of fixed sleeps.
#pragma once

namespace rectify::app {

// The app would draw no frame now, as when it sits idle.
bool loop_idle();
// The input given so far has been taken and the picture has stopped changing, while the settle
// time after input may still run (hover delays): what a test waits for after an action before it
// checks its effect. Three frames alike: a popup opened by a click is hidden for its first frames
// while it sizes itself.
bool loop_settled();

} // namespace rectify::app
