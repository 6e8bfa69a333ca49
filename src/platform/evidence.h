// evidence: the evidence files' store (issue 19) as the app sees it. The bytes stay in the page
// (web/evidence.js, IndexedDB by SHA-256); the app asks for files to be attached to a target (a
// measure's or a progress entry's id), takes each outcome once per frame and turns the good ones
// into evidence items (core/measure_actions.h). Web: web_evidence.cpp; native: an in-memory
// store and an outcome queue that tests fill.
// Index: attaching · drop zones and paste · the store · collection · native stand-ins.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace rectify::platform {

// ---- attaching -----------------------------------------------------------------------------------

// One file's attachment, done or refused. ok: stored under sha256. Otherwise error is
// "too-large" (over the limit: nothing read), "no-space" (the browser's quota), "unavailable"
// (no store in this browser: detail says why) or "failed" (detail).
struct AttachOutcome {
    std::string target;
    bool ok = false;
    std::string sha256, name, type;
    double size = 0;
    std::string error, detail;
};

// Opens the file picker for `target` (several files at once, unless `capture`: then a phone opens
// its camera). `accept` as for <input type=file> ("" for any file). Call from the frame that
// handled the user's click: browsers open a picker only in answer to one.
void pick_evidence(const std::string& target, const char* accept = "", bool capture = false);

// The outcomes since the last call, in the order the files were given.
std::vector<AttachOutcome> take_attached();

// Attachments under way or queued: how many, bytes read of bytes in all (for a progress bar).
struct AttachProgress {
    int files = 0;
    double loaded = 0, total = 0;
};
AttachProgress attach_progress();
// Something the app would show differently since the last call: attach progress, an outcome
// waiting to be taken, the store loaded or failed, files or space changed. The main loop polls
// it between frames (an attachment ends while the app sits idle).
bool evidence_changed();

// ---- drop zones and paste ------------------------------------------------------------------------

// Where a dropped file is attached: the app clears the zones and adds this frame's, in ImGui
// coordinates; `display_w` is the frame's io.DisplaySize.x, and the page converts to CSS px
// through the canvas rect (as web/textinput.js places its element). A file dropped outside
// every zone is the page's as before (a plan to open or merge).
void clear_drop_zones(float display_w);
void add_drop_zone(float x, float y, float w, float h, const std::string& target);
// Where a pasted screenshot goes ("" for nowhere).
void set_paste_target(const std::string& target);

// ---- the store -----------------------------------------------------------------------------------

enum class StoreState { Loading, Ready, Failed };
StoreState store_state();
std::string store_failure(); // why the store could not be opened ("" unless Failed)
bool has_file(const std::string& sha256);
// Shows a stored file: PDF, text, images in a browser tab, anything else downloaded as `name`.
void open_file(const std::string& sha256, const std::string& name, const std::string& type);
// Always a download under `name` (the image viewer's 下载).
void download_stored(const std::string& sha256, const std::string& name, const std::string& type);
// Files a package brought in stay pinned (kept by collection) while its plan is only in a preview;
// the app has now taken or given up that plan.
void unpin_files(const std::vector<std::string>& sha256s);

// What the store holds, and the browser's own figures (-1 while unknown).
struct StoreSpace {
    int files = 0;
    double bytes = 0;
    double usage = -1, quota = -1;
};
StoreSpace store_space();
void refresh_store_space(); // asks the browser again; store_space() has it a little later

// ---- collection ----------------------------------------------------------------------------------

// Deletes the stored files that are in neither `keep` nor the page's pinned set (files stored for
// an import still in its preview). Does nothing while files are being attached or outcomes wait
// to be taken; the page also spares files stored in the last minutes (another tab may not have
// saved its reference yet). Returns false when it did not start for that reason.
bool collect_files(const std::set<std::string>& keep);

// ---- native stand-ins ------------------------------------------------------------------------------

// Native only: queue an outcome as if a file had been attached (ok ones are also stored), put a
// file in the store, read back what the app last asked for.
void push_attached_for_test(AttachOutcome o);
void put_file_for_test(const std::string& sha256, double size);
struct EvidenceRequests {
    std::vector<std::string> picked; // targets of pick_evidence
    std::string paste_target;
    std::vector<std::string> zones;  // targets of this frame's zones
    std::vector<std::string> opened; // hashes of open_file
    std::set<std::string> last_keep; // what the last collect_files kept
    int collections = 0;
};
const EvidenceRequests& evidence_requests_for_test();

} // namespace rectify::platform
