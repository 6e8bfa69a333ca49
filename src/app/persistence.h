// persistence: the workspace across reloads. At start: the stored copy, or the sample plan for a
// new workspace. Then: autosave after edits, flush when the page hides, pick up other tabs' saves,
// and keep the storage banner truthful.
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::app {

// Until the page has read storage the workspace is not known: the doc is read-only and empty,
// and the home view says it is reading. Call between frames.
void persistence_begin(ui::Doc& doc, ui::ShellState& st);
// Between frames: loads the workspace once storage answers, then runs the autosave.
// Returns true when something the user sees changed (redraw).
bool persistence_tick(ui::Doc& doc, ui::ShellState& st, double now_ms);
// Acts on the banner's buttons and the export menu item after a frame.
void persistence_requests(ui::Doc& doc, ui::ShellState& st);
// The page is being hidden or closed: the field being edited is committed and the workspace
// stored now (rectify_flush in main.cpp first takes the input the page has not handed over yet).
void persistence_flush();

// The open workspace as a plan file, for the test bridge (does not touch the autosave's books).
std::string workspace_json();

} // namespace rectify::app
