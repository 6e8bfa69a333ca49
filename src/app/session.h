// session: the open workspace and everything that keeps it, owned by one object. At start: the
// stored copy, or the sample plan for a new workspace. Then: autosave after edits, flush when the
// page hides, pick up other tabs' saves, and keep the storage banner truthful. The views' requests
// (exports, downloads, the banner's buttons) are handled by requests.h.
#pragma once
#include <cstddef>
#include <string>

#include "core/model.h"
#include "platform/autosave.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::app {

struct Session {
    ui::Doc doc;                 // the workspace and its history
    ui::ShellState shell;        // the views' state: status from here, requests to here
    platform::Autosaver saver;
    bool rebase = false;         // the next Read is for replaying our edits on top of it
    std::size_t writing_mark = 0; // history depth of the version being written
    double next_today_check_ms = 0;
    int upgrade_call = 0;        // the stored copy is being put in today's format by the office module
    platform::StoredDoc upgrading; // that stored copy, meanwhile
};

// Until the page has read storage the workspace is not known: the doc is read-only and empty,
// and the home view says it is reading. Call once, before the first frame; `s` must stay where it
// is (the doc's and the autosave's callbacks point at it).
void session_begin(Session& s);
// Between frames: loads the workspace once storage answers, then runs the autosave.
// Returns true when something the user sees changed (redraw).
bool session_tick(Session& s, double now_ms);
// The page is being hidden or closed: the field being edited is committed and the workspace
// stored now (the app first takes the input the page has not handed over yet).
void session_flush(Session& s);

// The workspace as the file text the autosave stores, marking the history depth being written.
std::string session_serialize(Session& s);
// "" when the file text of `ws` passes our own validation, else why not (in the UI's language).
std::string session_refusal(const Workspace& ws, const std::string& text);
// Keeps the storage banner and the save hint in step with the autosave.
void session_sync_banner(Session& s);

// The open workspace as a plan file, for the test bridge (does not touch the autosave's books).
std::string workspace_json(const Session& s);

} // namespace rectify::app
