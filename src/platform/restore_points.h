// restore_points: the app's snapshots of the workspace (历史版本), kept in the page. Web: IndexedDB
// `rectify-history` through web/restore_points.js (a database of its own, so the workspace's needs
// no version upgrade while old tabs are open), one record per point: its facts (below) and the
// hashes of the evidence files its text references (the evidence store keeps those, see
// web/evidence.js collect), and, apart, its text. Native: an in-memory stand-in for the tests.
// The rules (why, which to drop) are core/history/restore_points.h; the session takes them.
// Index: StoredPoint · the list · add / drop · reading a point's text · native knobs.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace rectify::platform {

struct StoredPoint {
    std::string id;
    double when_ms = 0;
    std::string day;    // the app's day, "2026-03-31"
    std::string reason; // core point_reason_code()
    int plans = 0, problems = 0, measures = 0;
    std::uint64_t bytes = 0; // of its text
};

// True once the page has read the list of points (it does so while the app downloads).
bool points_ready();
// The points, oldest first (their facts only: the texts stay in the page until asked for).
std::vector<StoredPoint> points_list();
// Keeps a new point (written in the background; the list has it at once).
void points_add(const StoredPoint& point, const std::string& text, const std::set<std::string>& files);
// Deletes these points (and their texts).
void points_drop(const std::vector<std::string>& ids);
// Asks for a point's text; it arrives through points_take_text (an empty text: it is gone).
void points_read(const std::string& id);
bool points_take_text(std::string* id, std::string* text);

// Native stand-in only (native_restore_points.cpp): empty the store; the files a point keeps.
namespace native_points {
void reset();
const std::set<std::string>& files_of(const std::string& id);
} // namespace native_points

} // namespace rectify::platform
