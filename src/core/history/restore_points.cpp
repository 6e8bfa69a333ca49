// restore_points: why a point is taken, the budget, what changed since a point, and the restore
// and copy-back commands. See restore_points.h.
#include "core/history/restore_points.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/duplicate_plan.h"
#include "core/evidence_files.h"
#include "core/report/stats.h"

namespace rectify {

namespace {
struct ReasonCode {
    PointReason reason;
    const char* code;
};
const ReasonCode kCodes[] = {
    {PointReason::FirstToday, "day"},       {PointReason::Merge, "merge"},
    {PointReason::LedgerImport, "ledger"},  {PointReason::TextImport, "text"},
    {PointReason::BulkDelete, "delete"},    {PointReason::Restore, "restore"},
    {PointReason::BackupRestore, "backup"}, {PointReason::Migration, "migrate"},
};
} // namespace

const char* const kRestoreBackupLabel = "restore backup";

const char* point_reason_code(PointReason r) {
    for (const ReasonCode& c : kCodes)
        if (c.reason == r) return c.code;
    return "";
}

PointReason point_reason_from_code(const std::string& code) {
    for (const ReasonCode& c : kCodes)
        if (code == c.code) return c.reason;
    return PointReason::None;
}

PointReason point_reason(const Command& cmd, const Workspace& ws, bool first_today) {
    (void)ws;
    const std::string label = cmd.label();
    if (label == "merge") return PointReason::Merge;
    if (label == "import ledger") return PointReason::LedgerImport;
    if (label == "import text") return PointReason::TextImport;
    if (label == "restore") return PointReason::Restore;
    if (label == kRestoreBackupLabel) return PointReason::BackupRestore;
    // Deletions that take many things with them: a plan, a problem (its measures), a directory
    // entry (core/directory.h: a Batch "remove" that also clears the measures' references to it).
    if (dynamic_cast<const Remove<Plan>*>(&cmd) || dynamic_cast<const Remove<Problem>*>(&cmd) ||
        (label == "remove" && dynamic_cast<const Batch*>(&cmd)))
        return PointReason::BulkDelete;
    return first_today ? PointReason::FirstToday : PointReason::None;
}

PointCounts point_counts(const Workspace& ws) {
    const Stats s = compute_stats(ws, Date{}); // the report's counts: live ones only
    return PointCounts{s.plans, s.problems, s.measures};
}

// ---- budget -----------------------------------------------------------------------------------------

long day_number(const Date& d) {
    // Days from civil (Howard Hinnant's algorithm).
    const int y = d.m <= 2 ? d.y - 1 : d.y;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + long(doe) - 719468;
}

std::vector<std::string> points_to_drop(std::vector<PointInfo> points, const Date& today, const PointBudget& budget) {
    std::vector<std::string> drop;
    std::sort(points.begin(), points.end(), [](const PointInfo& a, const PointInfo& b) { return a.when_ms < b.when_ms; });
    if (points.empty()) return drop;
    const long now = day_number(today);
    // Too old, except the newest point (a workspace untouched for months keeps its last point).
    std::vector<PointInfo> kept;
    for (size_t i = 0; i < points.size(); i++) {
        const bool newest = i + 1 == points.size();
        if (!newest && !points[i].day.empty() && now - day_number(points[i].day) >= budget.days) drop.push_back(points[i].id);
        else kept.push_back(points[i]);
    }
    auto total = [&] {
        std::uint64_t b = 0;
        for (const PointInfo& p : kept) b += p.bytes;
        return b;
    };
    auto over = [&] { return kept.size() > budget.max_points || (kept.size() > 1 && total() > budget.max_bytes); };
    // The extra points of a day with several, oldest first: each day keeps its last one.
    while (over()) {
        std::map<long, int> per_day;
        for (const PointInfo& p : kept) per_day[day_number(p.day)]++;
        auto extra = std::find_if(kept.begin(), kept.end(), [&](const PointInfo& p) { return per_day[day_number(p.day)] > 1; });
        if (extra == kept.end() || extra + 1 == kept.end()) break;
        drop.push_back(extra->id);
        kept.erase(extra);
    }
    // Then whole days, oldest first; the newest stays.
    while (over() && kept.size() > 1) {
        drop.push_back(kept.front().id);
        kept.erase(kept.begin());
    }
    return drop;
}

// ---- what changed since a point -------------------------------------------------------------------

namespace {
struct Alive {
    std::set<Id> plans, problems;
    std::map<Id, Status> measures;
};
Alive alive_ids(const Workspace& ws) {
    Alive a;
    for (const Plan& plan : ws.plans) {
        if (!alive(plan)) continue;
        a.plans.insert(plan.id);
        for (const Problem& p : plan.problems) {
            if (!alive(p)) continue;
            a.problems.insert(p.id);
            for (const Measure& m : p.measures)
                if (alive(m)) a.measures[m.id] = m.status;
        }
    }
    return a;
}
template <class K> int missing_from(const std::set<K>& a, const std::set<K>& b) {
    int n = 0;
    for (const K& k : a) n += b.count(k) ? 0 : 1;
    return n;
}
} // namespace

PointDiff point_diff(const Workspace& then, const Workspace& now) {
    const Alive a = alive_ids(then), b = alive_ids(now);
    PointDiff d;
    d.plans_added = missing_from(b.plans, a.plans);
    d.plans_removed = missing_from(a.plans, b.plans);
    d.problems_added = missing_from(b.problems, a.problems);
    d.problems_removed = missing_from(a.problems, b.problems);
    for (const auto& [id, status] : b.measures) {
        auto old = a.measures.find(id);
        if (old == a.measures.end()) d.measures_added++;
        else if (old->second != status) d.statuses_changed++;
    }
    for (const auto& m : a.measures) d.measures_removed += b.measures.count(m.first) ? 0 : 1;
    return d;
}

// ---- commands ------------------------------------------------------------------------------------------

namespace {
// Undo puts back the whole workspace as it was.
class RestoreCommand : public Command {
public:
    RestoreCommand(Workspace point, const char* label, bool replays)
        : point_(std::move(point)), label_(label), replays_(replays) {}
    bool apply(Workspace& ws) override {
        before_ = ws;
        ws = point_;
        return true;
    }
    bool replay(Workspace& ws, FieldConflicts*) override { return replays_ && apply(ws); }
    void undo(Workspace& ws) override { ws = std::move(before_); }
    std::string label() const override { return label_; }
    void held_files(Workspace&, FileHashes& out) const override {
        files_within(point_, out);  // redo restores it again
        files_within(before_, out); // undo puts it back
    }

private:
    Workspace point_, before_;
    const char* label_;
    bool replays_;
};
} // namespace

CommandPtr restore_command(Workspace point, const char* label) {
    return std::make_unique<RestoreCommand>(std::move(point), label, true);
}

CommandPtr replace_workspace_command(Workspace with, const char* label, bool replays) {
    return std::make_unique<RestoreCommand>(std::move(with), label, replays);
}

CommandPtr copy_plan_command(const Workspace& point, const Id& plan_id, const Workspace& into, IdSource& ids,
                             const std::string& title_suffix) {
    for (const Plan& plan : point.plans)
        if (plan.id == plan_id && alive(plan)) return add<Plan>(into.id, duplicate_plan(plan, ids, title_suffix));
    return nullptr;
}

} // namespace rectify
