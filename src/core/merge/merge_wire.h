// merge_wire: the merge (merge.h) as a call with bytes in and bytes out, so that its code (about
// 130 kB of the app's) lives in the on-demand office module on the web and not in the startup
// download (issue 23). The app asks with both workspaces and the user's choices; the module
// answers with what the merge does and, when asked to apply it, the merged workspace. Natively
// (the CLI, the tests, the platform's stand-in) the same functions run in one process.
//
// Index: the request · the answer · the call (merge_call.cpp)
//
// Workspaces cross as plan files (format.h save_workspace), so a field added to the format needs
// nothing here. The input is the master's plan file then the return's; the request says where the
// first ends. The answer is framed (format/wire_frame.h): the preview as one line of JSON, a
// newline, then the merged workspace's plan file (empty unless applied).
#pragma once
#include <string>
#include <string_view>

#include "core/merge/merge.h"

namespace rectify {

// ---- the request ------------------------------------------------------------------------------------
struct MergeRequest {
    Lang lang = Lang::Zh;                  // the display texts' language
    bool apply = false;                    // merge (and answer with the result), or only preview
    std::map<std::string, Side> choices;   // conflict key -> side (Resolutions::by_key); others: the master's
};

// The request's JSON and its input (the two plan files), for merging `ret` into `master`.
std::string merge_request_json(const MergeRequest& r, const Workspace& master, const Workspace& ret, std::string& input);
// The same from the two plan files (save_workspace's), when the caller keeps them: the roll-up
// asks about many returns against one workspace.
std::string merge_request_json(const MergeRequest& r, std::string_view master_file, std::string_view return_file,
                               std::string& input);
// False (with a reason for the console) when `json` is not what merge_request_json writes or
// `input` does not hold the two workspaces it says.
bool merge_request_from_json(std::string_view json, std::string_view input, MergeRequest& r, Workspace& master,
                             Workspace& ret, std::string& error);

// ---- the answer -------------------------------------------------------------------------------------
std::string merge_answer_to_wire(const MergePreview& p, const Workspace* merged);
// `merged` holds the merged workspace when the answer has one (has_merged).
bool merge_answer_from_wire(std::string_view wire, MergePreview& p, Workspace& merged, bool& has_merged, std::string& error);

// ---- the call ---------------------------------------------------------------------------------------
// The module's side (merge_call.cpp, the only file here that calls the merge): the preview of
// merging, or the merge done, in `out`; false with the reason in `out` when the request is not one.
bool run_merge(std::string_view request, std::string_view input, std::string& out);

} // namespace rectify
