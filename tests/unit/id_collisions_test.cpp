// IDs that never collide (issue 14): a return whose IDs belong to different items here merges
// into a workspace that loads again; merging it again changes nothing; a stored workspace with
// repeated IDs is repaired with nothing dropped; nothing that fails validation is written.
#include <catch2/catch_test_macros.hpp>
#include <random>
#include <set>

#include "core/format/format.h"
#include "core/format/id_collisions.h"
#include "core/merge/merge.h"
#include "plan_builder.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

Stamp made(std::int64_t at, const char* by) { return Stamp{at, by}; }

// A plan in the shape of the sample: short IDs s-1, ph-1, pr-1, m-1, pg-1, ev-1.
Plan short_id_plan(const Id& plan_id, const char* title, const Id& dept, const Id& person, Stamp created) {
    Plan p = plan(plan_id, title);
    p.meta.created = created;
    Section s;
    s.id = "s-1";
    s.heading = std::string(title) + " 指导思想";
    s.meta.created = created;
    // [s-1, s-3, s-2] with s-2 placed after s-1 explicitly (s-3 came later, after s-1 too):
    // a place that names s-1, which must follow a rename.
    Section s2 = s;
    s2.id = "s-2";
    s2.heading = std::string(title) + " 保障措施";
    s2.meta.placed = true;
    s2.meta.after = "s-1";
    Section s3 = s;
    s3.id = "s-3";
    s3.heading = std::string(title) + " 工作要求";
    s3.meta.created.at += 1;
    p.sections = {s, s3, s2};
    Phase ph;
    ph.id = "ph-1";
    ph.name = "整改落实";
    ph.meta.created = created;
    p.phases = {ph};
    Measure m = measure("m-1", std::string(title) + " 措施一", Status::InProgress);
    m.meta.created = created;
    m.lead_departments = {dept};
    m.responsible = {person};
    m.progress = {progress("pg-1", Date{2022, 6, 1}, std::string(title) + " 进展")};
    m.progress[0].meta.created = created;
    Evidence ev;
    ev.id = "ev-1";
    ev.name = "会议纪要.pdf";
    ev.meta.created = created;
    m.evidence = {ev};
    Problem q = problem("pr-1", std::string(title) + " 问题一", {m});
    q.meta.created = created;
    p.problems = {q};
    return p;
}

// An office's workspace: one department, one person in it, and one short-ID plan, all created
// by the office at `at`.
Workspace office_ws(const char* name, const char* code, std::int64_t at, const char* dept_name,
                    const Id& person_id, const char* person_name, const Id& plan_id, const char* plan_title) {
    Workspace ws = workspace("w-1", {department("d-1", dept_name)}, {person(person_id, person_name, "", "d-1")});
    ws.office.name = name;
    ws.office.code = code;
    ws.departments[0].meta.created = made(at, code);
    ws.people[0].meta.created = made(at, code);
    ws.plans = {short_id_plan(plan_id, plan_title, "d-1", person_id, made(at, code))};
    return ws;
}

Workspace ours() { return office_ws("钦州市教育局", "QZJY", 1000, "基教科", "p-1", "翁丽明", "plan-1", "我方方案"); }

// Another office's file, valid on its own, whose IDs repeat ours: a different plan ID, the same
// short IDs for its parts, a department d-1 that is a different department (办公室, created
// there), and a person whose ID is our plan's ID.
Workspace theirs() { return office_ws("城南中学", "CNZX", 2000, "办公室", "plan-1", "李华", "plan-2", "对方方案"); }

bool loads_again(const Workspace& ws) {
    LoadResult r = load_workspace(save_workspace(ws, 0));
    if (!r.ok) FAIL_CHECK(format_error(r.error, Lang::En));
    return r.ok;
}

const Plan* plan_titled(const Workspace& ws, const std::string& title) {
    for (const Plan& p : ws.plans)
        if (p.title == title) return &p;
    return nullptr;
}

std::multiset<std::string> all_ids(const Workspace& ws) {
    std::multiset<std::string> out{ws.id};
    for (const auto& d : ws.departments) out.insert(d.id);
    for (const auto& p : ws.people) out.insert(p.id);
    for (const Plan& plan : ws.plans) {
        out.insert(plan.id);
        for (const auto& s : plan.sections) out.insert(s.id);
        for (const auto& s : plan.phases) out.insert(s.id);
        for (const Problem& q : plan.problems) {
            out.insert(q.id);
            for (const Measure& m : q.measures) {
                out.insert(m.id);
                for (const auto& e : m.progress) out.insert(e.id);
                for (const auto& e : m.evidence) out.insert(e.id);
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("a valid file whose IDs repeat ours merges as a new plan with new IDs, and loads again", "[ids][merge]") {
    const Workspace ret = theirs();
    REQUIRE(loads_again(ret)); // valid on its own: the case `rectify validate` calls 有效
    Workspace master = ours();
    MergePreview p = merge_into(master, ret);
    CHECK(p.conflicts.empty());
    REQUIRE(loads_again(master));

    // Nothing of ours changed; theirs arrived whole, under new IDs.
    CHECK(*plan_titled(master, "我方方案") == ours().plans[0]);
    auto named = [](const auto& list, const char* name) {
        for (const auto& e : list)
            if (e.name == name) return e;
        FAIL("no entry named " << name);
        return list[0];
    };
    CHECK(named(master.departments, "基教科").id == "d-1");
    const Plan* added = plan_titled(master, "对方方案");
    REQUIRE(added);
    CHECK(added->id == "plan-2"); // its own ID was free: kept
    REQUIRE(added->sections.size() == 3);
    CHECK(added->sections[2].heading == "对方方案 保障措施");
    CHECK(added->sections[2].id != "s-2"); // s-2 is ours
    CHECK(added->sections[2].meta.after == added->sections[0].id); // the place follows the rename
    const Measure& m = added->problems.at(0).measures.at(0);
    CHECK(m.title == "对方方案 措施一");
    CHECK(m.progress.at(0).text == "对方方案 进展");
    CHECK(m.evidence.at(0).name == "会议纪要.pdf");
    CHECK(m.id != "m-1");

    // Their 办公室 is a department of its own; their person (ID plan-1) too; references follow.
    REQUIRE(master.departments.size() == 2);
    const Department office = named(master.departments, "办公室");
    CHECK(office.id != "d-1");
    CHECK(m.lead_departments == std::vector<Id>{office.id});
    REQUIRE(master.people.size() == 2);
    const Person li = named(master.people, "李华");
    CHECK(li.id != "plan-1");
    CHECK(li.department == office.id);
    CHECK(m.responsible == std::vector<Id>{li.id});
    CHECK(named(master.people, "翁丽明").department == "d-1");

    // Every ID once.
    std::multiset<std::string> ids = all_ids(master);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
}

TEST_CASE("merging the same colliding file again changes nothing; the preview agrees with the merge", "[ids][merge]") {
    Workspace master = ours();
    MergePreview first = preview_merge(master, theirs());
    MergePreview done = merge_into(master, theirs());
    REQUIRE(first.added.size() >= 1);
    REQUIRE(done.added.size() == first.added.size());
    for (size_t i = 0; i < done.added.size(); i++) CHECK(done.added[i].id == first.added[i].id);
    Workspace again = master;
    MergePreview second = merge_into(again, theirs());
    for (auto& it : second.added) UNSCOPED_INFO("added again: " << it.entity << " " << it.id);
    CHECK(second.empty());
    CHECK(again == master);
}

TEST_CASE("the same plan (same ID, same creation) still merges item by item", "[ids][merge]") {
    Workspace master = ours();
    Workspace ret = ours();
    ret.office.code = "UNIT";
    ret.plans[0].problems[0].measures[0].title = "改过的措施";
    ret.plans[0].problems[0].measures[0].meta.changed.fields["title"] = made(5000, "UNIT");
    CHECK(rekey_return(master, ret) == 0);
    MergePreview p = merge_into(master, ret);
    CHECK(p.added.empty());
    CHECK(master.plans.size() == 1);
    CHECK(master.plans[0].problems[0].measures[0].title == "改过的措施");
}

TEST_CASE("an ID held by another kind of entity in the same plan is renamed", "[ids][merge]") {
    Workspace master = ours();
    Workspace ret = ours();
    Problem q = problem("m-1", "新问题，编号与措施相同"); // same plan, a problem with our measure's ID
    q.meta.created = made(3000, "UNIT");
    ret.plans[0].problems.push_back(q);
    merge_into(master, ret);
    REQUIRE(loads_again(master));
    REQUIRE(master.plans[0].problems.size() == 2);
    CHECK(master.plans[0].problems[1].text == "新问题，编号与措施相同");
    CHECK(master.plans[0].problems[1].id != "m-1");
}

TEST_CASE("a directory entry created apart under our ID is another entry; one named like ours is ours", "[ids][merge]") {
    Workspace master = ours();
    Workspace ret = theirs();
    ret.departments[0].name = "基教科"; // their d-1 is also a 基教科: the same department by name
    merge_into(master, ret);
    REQUIRE(loads_again(master));
    CHECK(master.departments.size() == 1);
    const Plan* added = plan_titled(master, "对方方案");
    REQUIRE(added);
    CHECK(added->problems[0].measures[0].lead_departments == std::vector<Id>{"d-1"});
}

TEST_CASE("new IDs are derived: the same return gives the same IDs in any copy and order", "[ids][merge]") {
    Workspace a = ours(), b = ours();
    merge_into(a, theirs());
    merge_into(b, theirs());
    CHECK(a == b);
}

TEST_CASE("random plans from several offices with short IDs, merged in any order, always load", "[ids][merge][property]") {
    for (std::uint64_t seed = 1; seed <= 12; seed++) {
        CAPTURE(seed);
        // Each office's workspace: random, then every ID replaced by a short one counted from 1
        // per kind, as hand-written and old files have them: they collide across offices.
        std::vector<Workspace> offices;
        for (int o = 0; o < 3; o++) {
            RandomShape shape;
            shape.plans = 1 + o % 2;
            Workspace ws = random_workspace(seed * 10 + std::uint64_t(o), shape);
            ws.office.code = "O" + std::to_string(o);
            std::map<Id, Id> to;
            // Short IDs, unique inside the office's file (so each file is valid alone).
            std::map<char, int> per;
            auto fresh = [&](Id& id, char kind) {
                Id old = id;
                id = std::string(1, kind) + "-" + std::to_string(++per[kind]);
                to[old] = id;
            };
            fresh(ws.id, 'w');
            for (auto& d : ws.departments) fresh(d.id, 'd');
            for (auto& p : ws.people) fresh(p.id, (seed + o) % 3 == 0 ? 's' : 'p'); // sometimes another kind's prefix
            for (Plan& plan : ws.plans) {
                fresh(plan.id, 'p');
                for (auto& s : plan.sections) fresh(s.id, 's');
                for (auto& s : plan.phases) fresh(s.id, 'h');
                for (Problem& q : plan.problems) {
                    fresh(q.id, 'q');
                    for (Measure& m : q.measures) {
                        fresh(m.id, 'm');
                        for (auto& e : m.progress) fresh(e.id, 'g');
                        for (auto& e : m.evidence) fresh(e.id, 'e');
                    }
                }
            }
            auto ref = [&](Id& id) {
                auto it = to.find(id);
                if (it != to.end()) id = it->second;
            };
            for (auto& p : ws.people) ref(p.department);
            for (Plan& plan : ws.plans) {
                auto places = [&](auto& list) {
                    for (auto& e : list) ref(e.meta.after);
                };
                places(plan.sections);
                places(plan.phases);
                places(plan.problems);
                for (Problem& q : plan.problems) {
                    places(q.measures);
                    for (Measure& m : q.measures) {
                        places(m.progress);
                        places(m.evidence);
                        for (auto* v : {&m.lead_departments, &m.support_departments, &m.responsible, &m.leaders})
                            for (Id& id : *v) ref(id);
                    }
                }
            }
            LoadResult alone = load_workspace(save_workspace(ws, 0));
            REQUIRE(alone.ok); // valid alone
            offices.push_back(std::move(alone.workspace));
        }
        std::vector<int> order = {0, 1, 2};
        std::mt19937_64 shuffle(seed);
        for (int round = 0; round < 4; round++) {
            CAPTURE(order);
            Workspace merged = offices[size_t(order[0])];
            for (size_t i = 1; i < order.size(); i++) merge_into(merged, offices[size_t(order[i])]);
            CHECK(loads_again(merged));
            // Merging any of them again keeps it loadable and adds nothing.
            for (const Workspace& w : offices) {
                Workspace again = merged;
                MergePreview p = merge_into(again, w);
                for (auto& it : p.added) UNSCOPED_INFO("added again: " << it.entity << " " << it.id);
                CHECK(p.added.empty());
                CHECK(loads_again(again));
            }
            std::shuffle(order.begin(), order.end(), shuffle);
        }
    }
}

TEST_CASE("a stored workspace with repeated IDs is repaired: nothing dropped, references kept", "[ids][repair]") {
    // What the old version stored after merging theirs(): two plans holding s-1, s-2, m-1, …
    Workspace broken = ours();
    Workspace other = theirs();
    other.departments.clear(); // their people and references pointed at d-1: ours now
    other.people.clear();
    for (Problem& q : other.plans[0].problems)
        for (Measure& m : q.measures) m.responsible = {"p-1"};
    broken.plans.push_back(other.plans[0]);
    std::string text = save_workspace(broken, 0);
    LoadResult refused = load_workspace(text);
    REQUIRE_FALSE(refused.ok);
    CHECK(refused.error.key == Msg::DuplicateId);

    Limits repair;
    repair.repair_ids = true;
    LoadResult r = load_workspace(text, repair);
    REQUIRE(r.ok);
    CHECK(r.repaired_ids == 8); // s-1 s-2 s-3 ph-1 pr-1 m-1 pg-1 ev-1 of the second plan
    REQUIRE(loads_again(r.workspace));
    REQUIRE(r.workspace.plans.size() == 2);
    CHECK(r.workspace.plans[0] == broken.plans[0]); // the first keeps its IDs
    const Plan& second = r.workspace.plans[1];
    CHECK(second.title == "对方方案");
    CHECK(second.sections[2].meta.after == second.sections[0].id); // its place follows the rename
    CHECK(second.problems[0].measures[0].progress[0].text == "对方方案 进展");
    CHECK(second.problems[0].measures[0].responsible == std::vector<Id>{"p-1"});
    CHECK(all_ids(r.workspace).size() == all_ids(broken).size()); // nothing dropped
}

TEST_CASE("repair: a directory entry whose ID an earlier item of another kind holds keeps its references", "[ids][repair]") {
    Workspace ws = ours();
    ws.departments[0].id = "w-1"; // the workspace's own ID
    ws.people[0].department = "w-1";
    ws.plans[0].problems[0].measures[0].lead_departments = {"w-1"};
    CHECK(repair_duplicate_ids(ws) == 1);
    const Id d = ws.departments[0].id;
    CHECK(d != "w-1");
    CHECK(ws.people[0].department == d);
    CHECK(ws.plans[0].problems[0].measures[0].lead_departments == std::vector<Id>{d});
    CHECK(loads_again(ws));
    Workspace unchanged = ours();
    CHECK(repair_duplicate_ids(unchanged) == 0);
    CHECK(unchanged == ours());
}

TEST_CASE("verify_for_save refuses what our own load would refuse", "[ids][save]") {
    Workspace ws = ours();
    LoadError err;
    CHECK(verify_for_save(ws, save_workspace(ws, 0), err));
    Workspace dup = ws;
    dup.plans.push_back(theirs().plans[0]); // s-1 twice (its people are missing too)
    CHECK_FALSE(verify_for_save(dup, save_workspace(dup, 0), err));
    CHECK(err.key == Msg::DuplicateId);
    Workspace dangling = ws;
    dangling.plans[0].problems[0].measures[0].responsible = {"p-404"};
    CHECK_FALSE(verify_for_save(dangling, save_workspace(dangling, 0), err));
    CHECK(err.key == Msg::MissingReference);
}

TEST_CASE("the workspace an older version stored after merging a colliding file opens repaired", "[ids][repair]") {
    const std::string text = fixture("merge/stored-duplicate-ids.rectify.json");
    REQUIRE_FALSE(load_workspace(text).ok); // as `rectify validate` and the old app saw it
    Limits repair;
    repair.repair_ids = true;
    LoadResult r = load_workspace(text, repair);
    REQUIRE(r.ok);
    CHECK(r.repaired_ids > 0);
    REQUIRE(r.workspace.plans.size() == 2);
    CHECK(r.workspace.plans[1].title == "城南中学校园安全隐患整改方案");
    CHECK(r.workspace.plans[1].problems.size() == 2);
    CHECK(loads_again(r.workspace));
    // And the file that caused it now merges cleanly into the sample.
    LoadResult sample = load_workspace(read_bytes(std::string(RECTIFY_TEST_DATA) + "/../../assets/sample-plan.rectify.json"));
    LoadResult other = load_workspace(fixture("merge/other-office-short-ids.rectify.json"));
    REQUIRE(sample.ok);
    REQUIRE(other.ok);
    MergePreview p = merge_into(sample.workspace, other.workspace);
    CHECK(p.conflicts.empty());
    CHECK(loads_again(sample.workspace));
}
