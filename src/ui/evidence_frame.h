// evidence_frame: the app's side of attaching evidence files (issue 19) that is not a view: each
// frame it takes the attach outcomes (platform/evidence.h) and turns each stored file into an
// evidence item on its measure or progress entry (one undo step per file), keeps each target's
// last refusal for its view to show, resets the drop zones and paste target the views set again,
// and collects the store's unreferenced files. Also the 文件存储空间 window (View menu).
// Index: evidence_frame() · attach messages · storage window.
#pragma once
#include <string>

#include "core/model.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Once per frame, before the views draw (they add this frame's zones and paste target).
// Collection: once after the workspace has loaded, then at most every kCollectEveryMs after
// further changes once they are saved, never while files are being attached, never read-only or
// with open conflicts;
// keeps core/evidence_keep.h's set (the page adds its pinned files).
void evidence_frame(Doc& doc, ShellState& st, double now_ms);
inline constexpr double kCollectEveryMs = 3 * 60 * 1000;

// The last refusal of a file attached to `target` ("" when none): shown under its list until
// the next file is attached there.
const std::string& attach_message(const Id& target);
// Opens the file picker for `target`, clearing its last message.
// accept: the picker's file types ("image/*"); capture: a phone opens its camera (platform/evidence.h).
void pick_for(const Id& target, const char* accept = "", bool capture = false);

// 文件存储空间: what the store holds, the browser's usage and quota, and its persistence.
void open_storage_window();
void draw_storage_window(const ShellState& st);

} // namespace rectify::ui
