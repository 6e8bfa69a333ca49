// native_restore_points: the in-memory stand-in of restore_points.h (the unit tests' page).
#include <algorithm>
#include <deque>
#include <map>
#include <utility>

#include "platform/restore_points.h"

namespace rectify::platform {

namespace {
struct Kept {
    StoredPoint point;
    std::string text;
    std::set<std::string> files;
};
std::vector<Kept> g_points;
std::deque<std::pair<std::string, std::string>> g_read;
} // namespace

bool points_ready() { return true; }

std::vector<StoredPoint> points_list() {
    std::vector<StoredPoint> out;
    for (const Kept& k : g_points) out.push_back(k.point);
    return out;
}

void points_add(const StoredPoint& point, const std::string& text, const std::set<std::string>& files) {
    g_points.push_back({point, text, files});
}

void points_drop(const std::vector<std::string>& ids) {
    g_points.erase(std::remove_if(g_points.begin(), g_points.end(),
                                  [&](const Kept& k) { return std::find(ids.begin(), ids.end(), k.point.id) != ids.end(); }),
                   g_points.end());
}

void points_read(const std::string& id) {
    for (const Kept& k : g_points)
        if (k.point.id == id) {
            g_read.emplace_back(id, k.text);
            return;
        }
    g_read.emplace_back(id, std::string());
}

bool points_take_text(std::string* id, std::string* text) {
    if (g_read.empty()) return false;
    *id = std::move(g_read.front().first);
    *text = std::move(g_read.front().second);
    g_read.pop_front();
    return true;
}

namespace native_points {
void reset() {
    g_points.clear();
    g_read.clear();
}
const std::set<std::string>& files_of(const std::string& id) {
    static const std::set<std::string> none;
    for (const Kept& k : g_points)
        if (k.point.id == id) return k.files;
    return none;
}
} // namespace native_points

} // namespace rectify::platform
