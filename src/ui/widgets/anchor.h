// anchor: names the last drawn item's rectangle so the test bridge can find items that have no
// ImGui ID of their own (plain text). Costs a map insert per anchor per frame; views anchor only
// what a test or a screen reader would need to find.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace rectify::ui {

struct AnchorRect {
    float x = 0, y = 0, w = 0, h = 0;
    float cx = 0, cy = 0, cw = 0, ch = 0; // the window's visible region (the item may be scrolled out)
    bool scroll_x = false;                // the window scrolls sideways
    std::string text;                     // what the item shows, when it was anchored with anchor_text
};

void anchor(const char* name);                         // after drawing an item
void anchor_text(const char* name, std::string text);  // …and what it shows (a cut cell, a tooltip)
void anchor_n(const char* prefix, int n);              // anchor("prefix-n"): rows of a list
bool find_anchor(const std::string& name, AnchorRect* out); // from the last complete frame
void anchors_end_frame();                              // called once per frame by the app
// Every anchor of the last complete frame, by name (the test bridge's list of all items).
std::vector<std::pair<std::string, AnchorRect>> all_anchors();

} // namespace rectify::ui
