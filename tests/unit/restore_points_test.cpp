// Restore points (历史版本): the rule naming why a point is taken, the budget that thins them,
// what changed since a point, and the restore and copy-back commands.
#include <catch2/catch_test_macros.hpp>

#include "core/directory.h"
#include "core/format/format.h"
#include "core/history/restore_points.h"
#include "core/merge/merge.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;

namespace {
Date day(int y, int m, int d) { return Date{y, m, d}; }
// A point taken at `hour` o'clock of `d`, `bytes` big.
PointInfo point(const std::string& id, const Date& d, int hour = 9, std::uint64_t bytes = 1000) {
    return PointInfo{id, std::int64_t(day_number(d)) * 86400000 + hour * 3600000, d, bytes};
}
std::vector<std::string> kept(const std::vector<PointInfo>& all, const std::vector<std::string>& dropped) {
    std::vector<std::string> out;
    for (const PointInfo& p : all)
        if (std::find(dropped.begin(), dropped.end(), p.id) == dropped.end()) out.push_back(p.id);
    return out;
}
Date plus_days(const Date& d, int n) {
    Date r = d;
    for (int i = 0; i < n; i++) {
        if (++r.d > days_in_month(r.y, r.m)) {
            r.d = 1;
            if (++r.m > 12) r = Date{r.y + 1, 1, 1};
        }
    }
    return r;
}
} // namespace

TEST_CASE("point reasons: codes round-trip and unknown codes are none", "[points]") {
    for (PointReason r : {PointReason::FirstToday, PointReason::Merge, PointReason::LedgerImport, PointReason::TextImport,
                          PointReason::BulkDelete, PointReason::Restore, PointReason::BackupRestore, PointReason::Migration})
        CHECK(point_reason_from_code(point_reason_code(r)) == r);
    CHECK(point_reason_from_code("nonsense") == PointReason::None);
}

TEST_CASE("point reason: what takes a point before it", "[points]") {
    Workspace ws = testing::random_workspace(3);
    const Plan& plan = ws.plans[0];
    const Problem& problem = plan.problems[0];
    const Measure& m = problem.measures[0];
    // An ordinary edit takes only the day's first point.
    CHECK(point_reason(*RECTIFY_SET(Measure, title, m.id, std::string("x")), ws, true) == PointReason::FirstToday);
    CHECK(point_reason(*RECTIFY_SET(Measure, title, m.id, std::string("x")), ws, false) == PointReason::None);
    CHECK(point_reason(*remove<Measure>(m.id), ws, false) == PointReason::None);
    // Deleting many things at once, merging, importing and restoring always do.
    CHECK(point_reason(*remove<Plan>(plan.id), ws, false) == PointReason::BulkDelete);
    CHECK(point_reason(*remove<Problem>(problem.id), ws, false) == PointReason::BulkDelete);
    CHECK(point_reason(*remove_department_everywhere(ws, ws.departments[0].id), ws, false) == PointReason::BulkDelete);
    CHECK(point_reason(*merge_command(ws, {}), ws, false) == PointReason::Merge);
    CHECK(point_reason(*restore_command(ws), ws, false) == PointReason::Restore);
    CHECK(point_reason(*restore_command(ws, kRestoreBackupLabel), ws, true) == PointReason::BackupRestore);
}

TEST_CASE("budget: points older than the days are dropped, the newest never", "[points]") {
    const Date today = day(2026, 3, 31);
    std::vector<PointInfo> all = {point("old", day(2026, 2, 20)), point("edge", day(2026, 3, 1)), point("in", day(2026, 3, 2)),
                                  point("now", today)};
    CHECK(kept(all, points_to_drop(all, today)) == std::vector<std::string>{"in", "now"});
    // A workspace untouched for months keeps its last point.
    std::vector<PointInfo> lone = {point("a", day(2025, 1, 1)), point("b", day(2025, 1, 2))};
    CHECK(kept(lone, points_to_drop(lone, today)) == std::vector<std::string>{"b"});
}

TEST_CASE("budget: at most N points, a day's extra points thinned before whole days", "[points]") {
    const Date start = day(2026, 1, 1);
    std::vector<PointInfo> all;
    for (int i = 0; i < 10; i++) // ten days, three points on each
        for (int h = 0; h < 3; h++) all.push_back(point("d" + std::to_string(i) + "h" + std::to_string(h), plus_days(start, i), 8 + h));
    PointBudget b;
    b.max_points = 12;
    const auto k = kept(all, points_to_drop(all, plus_days(start, 9), b));
    REQUIRE(k.size() == 12);
    // Every day still has a point; the extra ones left are the newest days'.
    for (int i = 0; i < 10; i++)
        CHECK(std::find(k.begin(), k.end(), "d" + std::to_string(i) + "h2") != k.end());
    CHECK(std::find(k.begin(), k.end(), "d9h0") != k.end());
    CHECK(std::find(k.begin(), k.end(), "d0h0") == k.end());
    // Fewer allowed than days: the oldest days go, one point each is kept for the rest.
    b.max_points = 4;
    CHECK(kept(all, points_to_drop(all, plus_days(start, 9), b)) == std::vector<std::string>{"d6h2", "d7h2", "d8h2", "d9h2"});
}

TEST_CASE("budget: 25 days of points keep the last 20", "[points]") {
    const Date start = day(2026, 5, 1);
    std::vector<PointInfo> all;
    for (int i = 0; i < 25; i++) all.push_back(point("p" + std::to_string(i), plus_days(start, i)));
    const auto k = kept(all, points_to_drop(all, plus_days(start, 24)));
    REQUIRE(k.size() == 20);
    CHECK(k.front() == "p5");
    CHECK(k.back() == "p24");
}

TEST_CASE("budget: the byte budget drops oldest first", "[points]") {
    const Date today = day(2026, 6, 10);
    std::vector<PointInfo> all = {point("a", day(2026, 6, 7), 9, 500), point("b", day(2026, 6, 8), 9, 500),
                                  point("c", day(2026, 6, 9), 9, 500), point("d", today, 9, 800)};
    PointBudget b;
    b.max_bytes = 1500;
    CHECK(kept(all, points_to_drop(all, today, b)) == std::vector<std::string>{"c", "d"});
    b.max_bytes = 10; // even alone too big: the newest stays
    CHECK(kept(all, points_to_drop(all, today, b)) == std::vector<std::string>{"d"});
}

TEST_CASE("point diff: plans, problems, measures added and removed, statuses changed", "[points]") {
    Workspace then = testing::random_workspace(7, {2, 3, 3, 2, 2});
    Workspace now = then;
    CHECK(point_diff(then, now).empty());
    const PointCounts c0 = point_counts(then);
    // Delete a live plan, change a live measure's status, add a measure to another problem.
    Plan* gone = nullptr;
    for (Plan& p : now.plans)
        if (alive(p)) { gone = &p; break; }
    REQUIRE(gone);
    int gone_problems = 0, gone_measures = 0;
    for (const Problem& p : gone->problems)
        if (alive(p)) {
            gone_problems++;
            for (const Measure& m : p.measures) gone_measures += alive(m) ? 1 : 0;
        }
    gone->meta.deleted = Stamp{9, "X"};
    Measure* changed = nullptr;
    Problem* host = nullptr;
    for (Plan& p : now.plans)
        for (Problem& q : p.problems)
            for (Measure& m : q.measures)
                if (!changed && alive(p) && alive(q) && alive(m)) { changed = &m; host = &q; }
    REQUIRE(changed);
    changed->status = changed->status == Status::Done ? Status::InProgress : Status::Done;
    Measure added;
    added.id = "m-new";
    host->measures.push_back(added);
    const PointDiff d = point_diff(then, now);
    CHECK(d.plans_removed == 1);
    CHECK(d.plans_added == 0);
    CHECK(d.problems_removed == gone_problems);
    CHECK(d.measures_removed == gone_measures);
    CHECK(d.measures_added == 1);
    CHECK(d.statuses_changed == 1);
    const PointDiff back = point_diff(now, then);
    CHECK(back.plans_added == 1);
    CHECK(back.measures_removed == 1);
    CHECK(point_counts(now).plans == c0.plans - 1);
}

TEST_CASE("restore: one command replaces the workspace, its undo gives back the exact one", "[points]") {
    Workspace point_ws = testing::random_workspace(11);
    History h([] { return testing::kSaveTime; });
    Workspace ws = point_ws;
    const std::string point_text = save_workspace(point_ws, testing::kSaveTime);
    // Changes after the point: a plan deleted, a title changed.
    Plan* live = nullptr;
    for (Plan& p : ws.plans)
        if (alive(p)) live = &p;
    REQUIRE(live);
    const Id live_id = live->id;
    REQUIRE(h.execute(ws, RECTIFY_SET(Plan, title, live_id, std::string("改过的标题"))));
    REQUIRE(h.execute(ws, remove<Plan>(live_id)));
    const std::string edited = save_workspace(ws, testing::kSaveTime);
    REQUIRE(edited != point_text);

    LoadResult r = load_workspace(point_text);
    REQUIRE(r.ok);
    REQUIRE(h.execute(ws, restore_command(std::move(r.workspace))));
    CHECK(save_workspace(ws, testing::kSaveTime) == point_text);
    CHECK(point_diff(point_ws, ws).empty());
    REQUIRE(h.undo(ws));
    CHECK(save_workspace(ws, testing::kSaveTime) == edited);
    REQUIRE(h.redo(ws));
    CHECK(save_workspace(ws, testing::kSaveTime) == point_text);
}

TEST_CASE("copy back: a plan of a point comes in as a new plan, one undo step", "[points]") {
    Workspace point_ws = testing::random_workspace(13);
    Workspace ws = point_ws;
    const Plan* source = nullptr;
    for (const Plan& p : point_ws.plans)
        if (alive(p)) source = &p;
    REQUIRE(source);
    ws.plans.erase(std::remove_if(ws.plans.begin(), ws.plans.end(), [&](const Plan& p) { return p.id == source->id; }), ws.plans.end());
    const std::string before = save_workspace(ws, testing::kSaveTime);
    History h([] { return testing::kSaveTime; });
    IdSource ids;
    CHECK(copy_plan_command(point_ws, "no-such-plan", ws, ids, "（副本）") == nullptr);
    REQUIRE(h.execute(ws, copy_plan_command(point_ws, source->id, ws, ids, "（副本）")));
    REQUIRE(ws.plans.back().title == source->title + "（副本）");
    CHECK(ws.plans.back().id != source->id);
    CHECK(point_counts(ws).plans == point_counts(point_ws).plans);
    CHECK(point_counts(ws).measures == point_counts(point_ws).measures);
    REQUIRE(h.undo(ws));
    CHECK(save_workspace(ws, testing::kSaveTime) == before);
}
