// app/restore_points: taking the restore points and keeping them within their budget. See
// restore_points.h.
#include "app/restore_points.h"

#include "app/session.h"
#include "core/evidence_files.h"
#include "core/format/format.h"
#include "platform/host.h"
#include "platform/restore_points.h"

namespace rectify::app {

namespace {
// The app's day of the newest point (asked of the page once, then kept), for "the day's first".
std::string g_point_day;
bool g_day_known = false;

bool taken_today(const Date& today) {
    if (!g_day_known && platform::points_ready()) {
        g_day_known = true;
        for (const platform::StoredPoint& p : platform::points_list())
            if (p.day > g_point_day) g_point_day = p.day;
    }
    return g_point_day == to_iso(today);
}

void keep_budget(const Date& today) {
    std::vector<PointInfo> infos;
    for (const platform::StoredPoint& p : platform::points_list()) {
        PointInfo i;
        i.id = p.id;
        i.when_ms = std::int64_t(p.when_ms);
        parse_iso_date(p.day, i.day);
        i.bytes = p.bytes;
        infos.push_back(std::move(i));
    }
    platform::points_drop(points_to_drop(std::move(infos), today));
}
} // namespace

void points_take(Session& s, PointReason why, const std::string& text, const Workspace& ws) {
    platform::StoredPoint p;
    p.id = s.doc.ids.make("rp");
    p.when_ms = platform::epoch_ms();
    p.day = to_iso(s.doc.today);
    p.reason = point_reason_code(why);
    const PointCounts c = point_counts(ws);
    p.plans = c.plans;
    p.problems = c.problems;
    p.measures = c.measures;
    p.bytes = text.size();
    FileHashes files; // dead or alive: restored, an undo may bring a deleted item back
    files_within(ws, files);
    platform::points_add(p, text, files);
    if (p.day > g_point_day) g_point_day = p.day;
    keep_budget(s.doc.today);
}

void points_begin(Session& s) {
    s.doc.before_change = [&s](const Command& cmd) {
        const PointReason why = point_reason(cmd, s.doc.ws, !taken_today(s.doc.today));
        if (why != PointReason::None) points_take(s, why, save_workspace(s.doc.ws, platform::epoch_ms()), s.doc.ws);
    };
}

} // namespace rectify::app
