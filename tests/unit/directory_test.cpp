// Directory helpers: usage counts, finding by name, removing everywhere, renaming.
#include <catch2/catch_test_macros.hpp>

#include "core/directory.h"
#include "core/find_in_plan.h"
#include "core/format/format.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;

namespace {
Workspace office() {
    Workspace ws;
    ws.id = "w-1";
    ws.office.code = "QSJY";
    ws.departments = {Department{"d-1", " 基教科　", {}, {}}, Department{"d-2", "督导室", {}, {}},
                      Department{"d-3", "计财科", {}, {}}};
    ws.people = {Person{"u-1", "翁丽明", "", "d-1", {}, {}}, Person{"u-2", "卢红青", "", "", {}, {}}};
    Plan p;
    p.id = "plan-1";
    Problem q;
    q.id = "q-1";
    auto measure = [](const char* id, std::vector<Id> lead, std::vector<Id> support, std::vector<Id> who) {
        Measure m;
        m.id = id;
        m.title = id;
        m.lead_departments = std::move(lead);
        m.support_departments = std::move(support);
        m.responsible = who;
        m.leaders = who;
        return m;
    };
    q.measures = {measure("m-1", {"d-1"}, {"d-2"}, {"u-1"}), measure("m-2", {"d-1", "d-2"}, {"d-1"}, {"u-1", "u-2"}),
                  measure("m-3", {"d-2"}, {}, {}), measure("m-4", {"d-1"}, {}, {"u-2"})};
    q.measures[3].meta.deleted = Stamp{5, "X"}; // a tombstone: not counted, not edited
    p.problems = {q};
    ws.plans = {p};
    return ws;
}
const Measure& measure(const Workspace& ws, size_t i) { return ws.plans[0].problems[0].measures[i]; }
} // namespace

TEST_CASE("usage counts live measures naming an entry, once each", "[directory]") {
    Workspace ws = office();
    CHECK(department_usage(ws, "d-1") == 2); // m-2 names it twice; m-4 is deleted
    CHECK(department_usage(ws, "d-2") == 3);
    CHECK(department_usage(ws, "d-3") == 0);
    CHECK(department_usage(ws, "d-none") == 0);
    CHECK(person_usage(ws, "u-1") == 2);
    CHECK(person_usage(ws, "u-2") == 1);
    ws.plans[0].problems[0].meta.deleted = Stamp{5, "X"}; // a deleted problem hides its measures
    CHECK(department_usage(ws, "d-2") == 0);
}

TEST_CASE("find by name trims spaces, matches exactly and skips tombstones", "[directory]") {
    Workspace ws = office();
    REQUIRE(find_department_by_name(ws, "基教科"));
    CHECK(find_department_by_name(ws, "基教科")->id == "d-1"); // stored with spaces around
    CHECK(find_department_by_name(ws, "　督导室 \t")->id == "d-2");
    CHECK_FALSE(find_department_by_name(ws, "督导"));
    CHECK_FALSE(find_department_by_name(ws, ""));
    ws.departments[2].name = "　";
    CHECK_FALSE(find_department_by_name(ws, " ")); // blank never matches a blank entry
    CHECK(find_person_by_name(ws, "卢红青")->id == "u-2");
    ws.people[1].meta.deleted = Stamp{5, "X"};
    CHECK_FALSE(find_person_by_name(ws, "卢红青"));
    CHECK(trim_name("　 a b　") == "a b");
    CHECK(trim_name("　").empty());
}

TEST_CASE("remove_department_everywhere is one undoable step", "[directory]") {
    Workspace ws = office();
    History history([] { return std::int64_t(1'700'000'000'000); });
    const Workspace before = ws;
    REQUIRE(history.execute(ws, remove_department_everywhere(ws, "d-1")));
    CHECK(history.undo_count() == 1);
    CHECK_FALSE(alive(ws.departments[0]));
    CHECK(measure(ws, 0).lead_departments.empty());
    CHECK(measure(ws, 0).support_departments == std::vector<Id>{"d-2"});
    CHECK(measure(ws, 1).lead_departments == std::vector<Id>{"d-2"});
    CHECK(measure(ws, 1).support_departments.empty());
    CHECK(measure(ws, 1).meta.changed.fields.count("lead_departments"));
    CHECK(measure(ws, 3).lead_departments == std::vector<Id>{"d-1"}); // the tombstone is left
    CHECK(ws.people[0].department == "d-1");
    CHECK(department_usage(ws, "d-1") == 0);
    CHECK(load_workspace(save_workspace(ws, testing::kSaveTime)).ok);
    const Workspace removed = ws;
    history.undo(ws);
    CHECK(ws == before);
    history.redo(ws);
    CHECK(ws == removed);
    // Missing or already deleted: nothing happens.
    CHECK_FALSE(history.execute(ws, remove_department_everywhere(ws, "d-1")));
    CHECK_FALSE(history.execute(ws, remove_department_everywhere(ws, "d-none")));
    CHECK(ws == removed);
}

TEST_CASE("remove_person_everywhere takes a person out of responsible and leaders", "[directory]") {
    Workspace ws = office();
    History history([] { return std::int64_t(1'700'000'000'000); });
    const Workspace before = ws;
    REQUIRE(history.execute(ws, remove_person_everywhere(ws, "u-1")));
    CHECK(measure(ws, 1).responsible == std::vector<Id>{"u-2"});
    CHECK(measure(ws, 1).leaders == std::vector<Id>{"u-2"});
    CHECK(person_usage(ws, "u-1") == 0);
    history.undo(ws);
    CHECK(ws == before);
}

TEST_CASE("renaming a department is one SetField and shows in find_in_plan", "[directory][find]") {
    Workspace ws = office();
    History history([] { return std::int64_t(1'700'000'000'000); });
    const Workspace before = ws;
    CHECK(find_in_plan(ws, ws.plans[0], "教育股").empty());
    REQUIRE(history.execute(ws, RECTIFY_SET(Department, name, Id("d-1"), std::string("教育股"))));
    auto hits = find_in_plan(ws, ws.plans[0], "教育股");
    REQUIRE(hits.size() == 3); // m-1 lead, m-2 lead and support (m-4 is deleted)
    CHECK(hits[0].measure == "m-1");
    CHECK(std::string(hits[0].field) == "lead_departments");
    CHECK(hits[2].measure == "m-2");
    CHECK(std::string(hits[2].field) == "support_departments");
    CHECK(find_in_plan(ws, ws.plans[0], "基教科").empty());
    REQUIRE(history.undo(ws));
    CHECK(history.undo_count() == 0);
    CHECK(ws == before);
    CHECK(find_in_plan(ws, ws.plans[0], "教育股").empty());
    CHECK(find_in_plan(ws, ws.plans[0], "基教科").size() == 3);
}

TEST_CASE("directory_id_for reuses a live entry by name, else one made once per name", "[directory]") {
    Workspace ws = office();
    IdSource ids(7);
    int made = 0;
    auto create = [&] {
        made++;
        return new_directory_entry<Department>(ids, "新科").id;
    };
    std::map<std::string, Id> by_name;
    CHECK(directory_id_for<Department>(&ws, &by_name, "基教科", create) == "d-1"); // trimmed match
    CHECK(made == 0);
    Id fresh = directory_id_for<Department>(&ws, &by_name, "新科", create);
    CHECK(fresh.rfind("d", 0) == 0);
    CHECK(directory_id_for<Department>(&ws, &by_name, "新科", create) == fresh);
    CHECK(made == 1);
    CHECK(directory_id_for<Person>(&ws, nullptr, "卢红青", [] { return Id("never"); }) == "u-2");
    CHECK(directory_id_for<Person>(nullptr, nullptr, "卢红青", [] { return Id("p-new"); }) == "p-new");
    CHECK(new_directory_entry<Person>(ids, "某人").name == "某人");
}
