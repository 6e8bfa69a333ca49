// anchor: names the last drawn item's rectangle so the test bridge can find items that have no
// ImGui ID of their own (plain text). Costs a map insert per anchor per frame; views anchor only
// what a test or a screen reader would need to find.
#pragma once
#include <string>

namespace rectify::ui {

struct AnchorRect {
    float x = 0, y = 0, w = 0, h = 0;
    float cx = 0, cy = 0, cw = 0, ch = 0; // the window's visible region (the item may be scrolled out)
};

void anchor(const char* name);                         // after drawing an item
void anchor_n(const char* prefix, int n);              // anchor("prefix-n"): rows of a list
bool find_anchor(const std::string& name, AnchorRect* out); // from the last complete frame
void anchors_end_frame();                              // called once per frame by the app

} // namespace rectify::ui
