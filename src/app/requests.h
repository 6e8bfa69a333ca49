// requests: what the views asked of the app in a frame (ui::ShellRequests), acted on after it:
// exports and downloads (each checked like every write), the file picker, the XLSX module, a
// printable page, and the storage banner's buttons.
#pragma once
#include "app/session.h"

namespace rectify::app {

// Acts on the requests of the frame just drawn and clears them.
void handle_requests(Session& s);

} // namespace rectify::app
