// upgrade_wire: a file in a format the startup module no longer reads (old_formats.h: a version-1
// plan file, the app's own stored copy with an ID twice) put in today's format by the on-demand
// office module (issue 23). The input is the file's bytes; the request says whether it is the app's
// stored copy (Limits::repair_ids). The answer is framed (wire_frame.h): one line of JSON, then the
// workspace's plan file in today's format. The JSON holds what the load found of the file
// (FileInfo: the version it was written in, the app, who exported it and when; how many IDs were
// repaired), or, when the file does not load even so, the loader's error in full (key, path,
// detail, figures), so that the app says exactly what the loader says everywhere else.
//
// Index: the request · the answer · the call (upgrade_call.cpp)
#pragma once
#include <string>
#include <string_view>

#include "core/format/format.h"

namespace rectify {

// ---- the request ------------------------------------------------------------------------------------
struct UpgradeRequest {
    bool repair_ids = false; // the app's own stored copy: repeated IDs are repaired, not refused
};
std::string upgrade_request_json(const UpgradeRequest& r);
bool upgrade_request_from_json(std::string_view json, UpgradeRequest& r, std::string& error);

// ---- the answer -------------------------------------------------------------------------------------
std::string upgrade_answer_to_wire(const LoadResult& loaded);
// `r` as load_workspace would have given it, had the startup module held the code: ok with the
// workspace and the file's own FileInfo, or not ok with the loader's error. False (with a reason for
// the console) when `wire` is not an answer.
bool upgrade_answer_from_wire(std::string_view wire, LoadResult& r, std::string& error);

// ---- the call ---------------------------------------------------------------------------------------
// The module's side (upgrade_call.cpp): the file loaded with the old formats' readers, answered as
// above; false with the reason in `out` when the request is not one.
bool run_upgrade(std::string_view request, std::string_view input, std::string& out);

} // namespace rectify
