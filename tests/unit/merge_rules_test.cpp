// The merge rules (merge.h), one named case each: what the master and the unit's return edit,
// what the preview lists, and what the merged master holds (conflicts left at their default, the
// master's side, unless the case resolves them).
#include <catch2/catch_test_macros.hpp>
#include <functional>

#include "core/directory.h"
#include "core/move_measure.h"
#include "merge_fixture.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

struct Counts {
    size_t added = 0, changed = 0, deleted = 0, conflicts = 0;
};

struct Case {
    const char* name;
    std::function<void(MergeFixture&)> edit; // edits on either side
    Counts want;
    std::function<void(const Workspace& merged, const MergePreview&)> check;
    Side resolve = Side::Master; // how conflicts are resolved
};

ProgressEntry entry(const char* id, const char* text) {
    return ProgressEntry{id, Date{2022, 6, 1}, "翁丽明", text, {}, {}, {}};
}

Measure new_measure(const char* id, const char* title) {
    Measure m;
    m.id = id;
    m.title = title;
    return m;
}

std::vector<Id> order(const Workspace& ws, size_t problem) {
    std::vector<Id> ids;
    for (const Measure& m : ws.plans[0].problems[problem].measures) ids.push_back(m.id);
    return ids;
}

const std::vector<Case> kCases = {
    {"nothing edited: an empty preview", [](MergeFixture&) {}, {}, nullptr},
    {"field edited in the return only: taken with its stamp",
     [](MergeFixture& f) { f.on_return(RECTIFY_SET(Measure, status, "m-1", Status::InProgress)); },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(measure_in(ws, "m-1")->status == Status::InProgress);
         CHECK(measure_in(ws, "m-1")->meta.changed.fields.at("status").by == "JJK");
         CHECK(p.changed[0].field == "status");
         CHECK(p.changed[0].path == "(一) · 规范招生录取");
         CHECK(p.changed[0].return_text == "整改中");
     }},
    {"field edited in the master only: kept, nothing to report",
     [](MergeFixture& f) { f.on_master(RECTIFY_SET(Measure, title, "m-1", std::string("规范招生录取管理"))); },
     {},
     [](const Workspace& ws, const MergePreview&) { CHECK(measure_in(ws, "m-1")->title == "规范招生录取管理"); }},
    {"same field edited on both sides: a conflict, the master's value kept by default",
     [](MergeFixture& f) {
         f.on_master(RECTIFY_SET(Measure, title, "m-1", std::string("局里改的")));
         f.on_return(RECTIFY_SET(Measure, title, "m-1", std::string("科室改的")));
     },
     {0, 0, 0, 1},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(measure_in(ws, "m-1")->title == "局里改的");
         CHECK(p.conflicts[0].conflict == ConflictKind::BothEdited);
         CHECK(p.conflicts[0].master_text == "局里改的");
         CHECK(p.conflicts[0].return_text == "科室改的");
     }},
    {"same field edited on both sides, resolved for the return: its value and stamp",
     [](MergeFixture& f) {
         f.on_master(RECTIFY_SET(Measure, title, "m-1", std::string("局里改的")));
         f.on_return(RECTIFY_SET(Measure, title, "m-1", std::string("科室改的")));
     },
     {0, 0, 0, 1},
     [](const Workspace& ws, const MergePreview&) {
         CHECK(measure_in(ws, "m-1")->title == "科室改的");
         CHECK(measure_in(ws, "m-1")->meta.changed.fields.at("title").by == "JJK");
     },
     Side::Return},
    {"different fields of one measure edited on each side: both kept",
     [](MergeFixture& f) {
         f.on_master(RECTIFY_SET(Measure, title, "m-1", std::string("局里改的")));
         f.on_return(RECTIFY_SET(Measure, status, "m-1", Status::Done));
     },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview&) {
         CHECK(measure_in(ws, "m-1")->title == "局里改的");
         CHECK(measure_in(ws, "m-1")->status == Status::Done);
     }},
    {"both sides set the same value: no conflict",
     [](MergeFixture& f) {
         f.on_master(RECTIFY_SET(Measure, status, "m-2", Status::Done));
         f.on_return(RECTIFY_SET(Measure, status, "m-2", Status::Done));
     },
     {}, nullptr},
    {"list of references edited in the return: one field, shown by name",
     [](MergeFixture& f) { f.on_return(RECTIFY_SET(Measure, lead_departments, "m-1", std::vector<Id>{"d-1", "d-2"})); },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(measure_in(ws, "m-1")->lead_departments == std::vector<Id>{"d-1", "d-2"});
         CHECK(p.changed[0].master_text == "基教科");
         CHECK(p.changed[0].return_text == "基教科、督导室");
     }},
    {"deleted in the return: deleted",
     [](MergeFixture& f) { f.on_return(remove<Measure>("m-2")); },
     {0, 0, 1, 0},
     [](const Workspace& ws, const MergePreview&) { CHECK(measure_in(ws, "m-2")->meta.is_deleted()); }},
    {"deleted in the master, unchanged in the (older) return: not brought back",
     [](MergeFixture& f) { f.on_master(remove<Measure>("m-2")); },
     {},
     [](const Workspace& ws, const MergePreview&) { CHECK(measure_in(ws, "m-2")->meta.is_deleted()); }},
    {"deleted in the master, edited in the return: edited-vs-deleted, stays deleted by default",
     [](MergeFixture& f) {
         f.on_master(remove<Measure>("m-2"));
         f.on_return(add<ProgressEntry>("m-2", entry("p-new", "已完成招生计划公开")));
     },
     {0, 0, 0, 1},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(measure_in(ws, "m-2")->meta.is_deleted());
         CHECK(p.conflicts[0].conflict == ConflictKind::EditedVsDeleted);
         CHECK(p.conflicts[0].master_deleted);
         CHECK(measure_in(ws, "m-2")->progress.size() == 2); // the edit is kept inside the tombstone
     }},
    {"deleted in the master, edited in the return, resolved for the return: alive again",
     [](MergeFixture& f) {
         f.on_master(remove<Measure>("m-2"));
         f.on_return(RECTIFY_SET(Measure, status, "m-2", Status::Done));
     },
     {0, 0, 0, 1},
     [](const Workspace& ws, const MergePreview&) {
         CHECK(alive(*measure_in(ws, "m-2")));
         CHECK(measure_in(ws, "m-2")->status == Status::Done);
     },
     Side::Return},
    {"edited in the master, deleted in the return: edited-vs-deleted, stays alive by default",
     [](MergeFixture& f) {
         f.on_master(RECTIFY_SET(Measure, title, "m-2", std::string("局里改的")));
         f.on_return(remove<Measure>("m-2"));
     },
     {0, 0, 0, 1},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(alive(*measure_in(ws, "m-2")));
         CHECK_FALSE(p.conflicts[0].master_deleted);
     }},
    {"measure added in the return: kept, after its predecessor",
     [](MergeFixture& f) { f.on_return(add<Measure>("q-1", new_measure("m-new", "新增措施"), 1)); },
     {1, 0, 0, 0},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(order(ws, 0) == std::vector<Id>{"m-1", "m-new", "m-2"});
         CHECK(p.added[0].entity == "measure");
     }},
    {"measures added on both sides at the same place: both kept, the later one first",
     [](MergeFixture& f) {
         f.on_master(add<Measure>("q-1", new_measure("m-bureau", "局里新增"), 1));
         f.on_return(add<Measure>("q-1", new_measure("m-unit", "科室新增"), 1));
     },
     {1, 0, 0, 0},
     [](const Workspace& ws, const MergePreview&) {
         CHECK(order(ws, 0) == std::vector<Id>{"m-1", "m-unit", "m-bureau", "m-2"});
     }},
    {"progress entry added in the return: added under its measure",
     [](MergeFixture& f) { f.on_return(add<ProgressEntry>("m-3", entry("p-new", "已化解 89 个大班额"))); },
     {1, 0, 0, 0},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(measure_in(ws, "m-3")->progress.back().text == "已化解 89 个大班额");
         CHECK(p.added[0].path == "(二) · 化解大班额 · 进展 2022-06-01");
     }},
    {"measures reordered in the return: the return's order",
     [](MergeFixture& f) { f.on_return(move<Measure>("m-2", 0)); },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview& p) {
         CHECK(order(ws, 0) == std::vector<Id>{"m-2", "m-1"});
         CHECK(p.changed[0].field == "position");
     }},
    {"measure moved to another problem in the return: moved",
     [](MergeFixture& f) { f.on_return(move_measure("m-2", "q-2", 0)); },
     {0, 1, 0, 0}, // one change: its problem (the order within it goes along)
     [](const Workspace& ws, const MergePreview&) {
         CHECK(order(ws, 0) == std::vector<Id>{"m-1"});
         CHECK(order(ws, 1) == std::vector<Id>{"m-2", "m-3"});
     }},
    {"department added in the return under a name the master has: matched, not duplicated",
     [](MergeFixture& f) {
         f.on_master(add<Department>(f.master.id, Department{"d-bureau", "教育股", {}, {}}));
         f.on_return(add<Department>(f.ret.id, Department{"d-unit", " 教育股", {}, {}}));
         f.on_return(RECTIFY_SET(Measure, support_departments, "m-1", std::vector<Id>{"d-unit"}));
     },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview&) {
         CHECK(ws.departments.size() == 3);
         CHECK(measure_in(ws, "m-1")->support_departments == std::vector<Id>{"d-bureau"});
     }},
    {"unit's clock behind the bureau's: its edit is still taken (each office against its own clock)",
     [](MergeFixture& f) {
         f.unit_now = kT0 - 10'000'000; // before the plan was even written
         f.on_return(RECTIFY_SET(Measure, title, "m-3", std::string("化解大班额问题")));
     },
     {0, 1, 0, 0},
     [](const Workspace& ws, const MergePreview&) { CHECK(measure_in(ws, "m-3")->title == "化解大班额问题"); }},
    {"the return lost its stored vector (re-saved by another tool): its stamps still tell",
     [](MergeFixture& f) {
         f.ret.extras.members.erase(kSeenMember);
         f.ret.plans[0].extras.members.erase(kSeenMember);
         f.on_return(RECTIFY_SET(Measure, title, "m-3", std::string("化解大班额问题")));
         f.on_master(RECTIFY_SET(Measure, status, "m-3", Status::Done));
     },
     {0, 1, 0, 0}, nullptr},
};

} // namespace

TEST_CASE("merge rules, case by case", "[merge]") {
    for (const Case& c : kCases) {
        SECTION(c.name) {
            MergeFixture f;
            c.edit(f);
            Workspace ret = f.returned();
            MergePreview p = preview_merge(f.master, ret);
            CHECK(p.added.size() == c.want.added);
            CHECK(p.changed.size() == c.want.changed);
            CHECK(p.deleted.size() == c.want.deleted);
            CHECK(p.conflicts.size() == c.want.conflicts);
            Workspace merged = f.master;
            Resolutions res;
            res.fallback = c.resolve;
            MergePreview done = merge_into(merged, ret, res);
            CHECK(done.size() == p.size());
            if (c.check) c.check(merged, p);
            // The result is a valid file, and merging the same return again changes nothing.
            Workspace reloaded = load_workspace(save_workspace(merged, kT0)).workspace;
            CHECK(reloaded == merged);
            Workspace again = merged;
            MergePreview second = merge_into(again, ret, res);
            CHECK(second.empty());
            CHECK(again == merged);
        }
    }
}

TEST_CASE("merge preview leaves the master untouched; the command is one undoable step", "[merge]") {
    MergeFixture f;
    f.on_return(RECTIFY_SET(Measure, status, "m-1", Status::Done));
    f.on_return(add<Measure>("q-2", new_measure("m-new", "新增措施")));
    Workspace before = f.master;
    Workspace ret = f.returned();
    CHECK(preview_merge(f.master, ret).size() == 2);
    CHECK(f.master == before);

    REQUIRE(f.hm.execute(f.master, merge_command(ret, Resolutions{})));
    CHECK(measure_in(f.master, "m-1")->status == Status::Done);
    CHECK(measure_in(f.master, "m-new"));
    Workspace merged = f.master;
    REQUIRE(f.hm.undo(f.master));
    CHECK(f.master == before);
    REQUIRE(f.hm.redo(f.master));
    CHECK(f.master == merged);
}

TEST_CASE("merge: resolutions by key pick per conflict", "[merge]") {
    MergeFixture f;
    f.on_master(RECTIFY_SET(Measure, title, "m-1", std::string("局1")));
    f.on_master(RECTIFY_SET(Measure, title, "m-3", std::string("局3")));
    f.on_return(RECTIFY_SET(Measure, title, "m-1", std::string("科1")));
    f.on_return(RECTIFY_SET(Measure, title, "m-3", std::string("科3")));
    Workspace ret = f.returned();
    MergePreview p = preview_merge(f.master, ret);
    REQUIRE(p.conflicts.size() == 2);
    Resolutions res;
    res.by_key[p.conflicts[1].key()] = Side::Return;
    merge_into(f.master, ret, res);
    CHECK(measure_in(f.master, p.conflicts[0].id)->title[0] == "局"[0]);
    CHECK(measure_in(f.master, p.conflicts[1].id)->title == "科3");
}

TEST_CASE("merge: a department's sub-plan goes down and comes back", "[merge]") {
    MergeFixture f;
    Workspace sub = MergeFixture::handed_down(f.master, "DDS", "督导室", "d-2");
    REQUIRE(sub.plans[0].problems.size() == 1);
    CHECK(sub.plans[0].problems[0].measures[0].id == "m-3");
    const Meta& sent = sub.plans[0].problems[0].measures[0].meta;
    CHECK(sent.created == measure_in(f.master, "m-3")->meta.created);
    CHECK(sent.changed == measure_in(f.master, "m-3")->meta.changed);
    CHECK((sent.placed && sent.after.empty())); // its place in the whole plan: first of (二)
    History h([] { return kT0 + 300'000; });
    REQUIRE(h.execute(sub, RECTIFY_SET(Measure, status, "m-3", Status::Done)));
    MergePreview p = merge_into(f.master, sub);
    CHECK(p.changed.size() == 1);
    CHECK(measure_in(f.master, "m-3")->status == Status::Done);
    CHECK(measure_in(f.master, "m-1")); // what the unit did not get is untouched
    CHECK(export_file_name("整改方案", "基教科", Date{2022, 5, 11}) == "整改方案-基教科-2022-05-11.rectify.json");
    CHECK(export_file_name("a/b:c", "", Date{2022, 5, 11}) == "a_b_c-2022-05-11.rectify.json");
}

TEST_CASE("merge roll-up: who returned, when, and what each changed", "[merge]") {
    MergeFixture f;
    f.on_return(RECTIFY_SET(Measure, status, "m-1", Status::Done));
    std::vector<ReturnFile> files = {{"jjk.rectify.json", f.ret.office, "2022-06-01T08:00:00Z", f.returned()}};
    std::vector<ReturnSummary> s = roll_up(f.master, files);
    REQUIRE(s.size() == 1);
    CHECK(s[0].office.code == "JJK");
    CHECK(s[0].changed == 1);
    CHECK(missing_returns(s, {"JJK", "DDS"}) == std::vector<std::string>{"DDS"});
}
