// The merge as a call with bytes in and out (core/merge/merge_wire.h): what the app gets back
// through the office module is what merging in one process gives — the same preview, item by item,
// and the same merged workspace — and a merge put in as a whole workspace is one undo step that
// another tab's copy refuses to replay.
#include <catch2/catch_test_macros.hpp>

#include "core/history/restore_points.h"
#include "core/merge/merge_wire.h"
#include "merge_fixture.h"
#include "random_plan.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

void check_same(const std::vector<MergeItem>& a, const std::vector<MergeItem>& b) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); i++) {
        CAPTURE(i, a[i].path);
        CHECK(a[i].kind == b[i].kind);
        CHECK(a[i].conflict == b[i].conflict);
        CHECK(a[i].entity == b[i].entity);
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].plan == b[i].plan);
        CHECK(a[i].field == b[i].field);
        CHECK(a[i].path == b[i].path);
        CHECK(a[i].master_text == b[i].master_text);
        CHECK(a[i].return_text == b[i].return_text);
        CHECK(a[i].master_stamp.tie() == b[i].master_stamp.tie());
        CHECK(a[i].return_stamp.tie() == b[i].return_stamp.tie());
        CHECK(a[i].master_deleted == b[i].master_deleted);
    }
}

void check_same(const MergePreview& a, const MergePreview& b) {
    check_same(a.added, b.added);
    check_same(a.changed, b.changed);
    check_same(a.deleted, b.deleted);
    check_same(a.conflicts, b.conflicts);
}

// Through the wire, as the app and the module do it.
MergePreview called(const Workspace& master, const Workspace& ret, const MergeRequest& q, Workspace* merged) {
    std::string input, out, error;
    const std::string request = merge_request_json(q, master, ret, input);
    const bool ran = run_merge(request, input, out);
    CAPTURE(out.substr(0, 300));
    REQUIRE(ran);
    MergePreview p;
    Workspace ws;
    bool has = false;
    REQUIRE(merge_answer_from_wire(out, p, ws, has, error));
    CHECK(has == q.apply);
    if (merged) *merged = std::move(ws);
    return p;
}

// A return with something of every kind: a change, an addition, a deletion and two conflicts.
MergeFixture busy_fixture() {
    MergeFixture f;
    f.on_return(RECTIFY_SET(Measure, status, "m-1", Status::Done));
    Measure m;
    m.id = "m-new";
    m.title = "新增措施：每月通报进度";
    f.on_return(add<Measure>("q-2", m));
    f.on_return(remove<Measure>("m-2"));
    f.on_master(RECTIFY_SET(Measure, title, "m-3", std::string("局：化解大班额")));
    f.on_return(RECTIFY_SET(Measure, title, "m-3", std::string("科：化解大班额")));
    f.on_master(RECTIFY_SET(Problem, text, "q-1", std::string("局：招生录取不规范")));
    f.on_return(RECTIFY_SET(Problem, text, "q-1", std::string("科：招生录取不规范")));
    return f;
}

} // namespace

TEST_CASE("merge wire: the preview and the merge through the module are the ones made in one process", "[merge][wire]") {
    MergeFixture f = busy_fixture();
    const Workspace ret = f.returned();
    const MergePreview direct = preview_merge(f.master, ret, Lang::En);
    REQUIRE(direct.added.size() == 1);
    REQUIRE(direct.deleted.size() == 1);
    REQUIRE(direct.conflicts.size() == 2);
    MergeRequest q;
    q.lang = Lang::En;
    check_same(called(f.master, ret, q, nullptr), direct);

    // Merged with one conflict taken from the return, the other left at the master's side.
    q.apply = true;
    q.lang = Lang::Zh;
    q.choices[direct.conflicts[0].key()] = Side::Return;
    Workspace via_wire;
    const MergePreview done = called(f.master, ret, q, &via_wire);
    Workspace here = f.master;
    Resolutions res;
    res.by_key = q.choices;
    check_same(done, merge_into(here, ret, res, Lang::Zh));
    CHECK(save_workspace(via_wire, 0) == save_workspace(here, 0));
    CHECK(via_wire == here);
    CHECK(measure_in(via_wire, "m-new"));
}

TEST_CASE("merge wire: random workspaces cross whole", "[merge][wire]") {
    for (std::uint64_t seed : {11u, 12u, 13u}) {
        CAPTURE(seed);
        const Workspace master = random_workspace(seed, RandomShape{});
        // The return: the master's plans and another workspace's, with the directory each needs.
        Workspace ret = master, other = random_workspace(seed + 100, RandomShape{});
        ret.office.code = "RET";
        for (auto& p : other.plans) ret.plans.push_back(std::move(p));
        for (auto& d : other.departments) ret.departments.push_back(std::move(d));
        for (auto& u : other.people) ret.people.push_back(std::move(u));
        MergeRequest q;
        q.apply = true;
        Workspace via_wire, here = master;
        const MergePreview done = called(master, ret, q, &via_wire);
        check_same(done, merge_into(here, ret, {}, Lang::Zh));
        CHECK(via_wire == here);
    }
}

TEST_CASE("merge wire: a request or an answer that is not one is refused with the reason", "[merge][wire]") {
    MergeFixture f;
    std::string input, out;
    const std::string request = merge_request_json(MergeRequest{}, f.master, f.returned(), input);
    CHECK_FALSE(run_merge("{", input, out));
    CHECK(out.find("not JSON") != std::string::npos);
    CHECK_FALSE(run_merge(R"({"lang":"fr","apply":false,"master":0,"choices":[]})", input, out));
    CHECK(out.find("lang") != std::string::npos);
    CHECK_FALSE(run_merge(R"({"lang":"en","apply":false,"master":999999999,"choices":[]})", input, out));
    CHECK(out.find("master") != std::string::npos);
    CHECK_FALSE(run_merge(R"({"lang":"en","apply":false,"master":5,"choices":[]})", input, out));
    CHECK(out.find("the master did not load") != std::string::npos);
    CHECK_FALSE(run_merge(R"({"lang":"en","apply":false,"master":0,"choices":["k",2]})", input, out));
    CHECK(out.find("choices") != std::string::npos);
    CHECK_FALSE(run_merge(request, input.substr(0, input.size() - 3), out)); // the return cut short
    CHECK(out.find("the return did not load") != std::string::npos);

    MergePreview p;
    Workspace ws;
    bool has = true;
    std::string error;
    CHECK_FALSE(merge_answer_from_wire("{}", p, ws, has, error)); // no frame
    CHECK_FALSE(merge_answer_from_wire("{\"merged\":false}\n", p, ws, has, error));
    CHECK(error.find("added") != std::string::npos);
    CHECK_FALSE(merge_answer_from_wire(R"({"merged":false,"added":[{"kind":9}],"changed":[],"deleted":[],"conflicts":[]})" "\n", p, ws, has, error));
    CHECK(error.find("kind") != std::string::npos);
    CHECK_FALSE(merge_answer_from_wire(R"({"merged":true,"added":[],"changed":[],"deleted":[],"conflicts":[]})" "\n{", p, ws, has, error));
    CHECK(error.find("merged workspace") != std::string::npos);
}

TEST_CASE("merge wire: the merged workspace is one undo step; another tab's copy does not take it", "[merge][wire]") {
    MergeFixture f = busy_fixture();
    const Workspace ret = f.returned();
    MergeRequest q;
    q.apply = true;
    Workspace merged;
    called(f.master, ret, q, &merged);
    const Workspace before = f.master;
    auto cmd = replace_workspace_command(merged, "merge", false);
    CHECK(point_reason(*cmd, f.master, false) == PointReason::Merge); // a restore point comes before it
    REQUIRE(f.hm.execute(f.master, std::move(cmd)));
    CHECK(f.master == merged);
    REQUIRE(f.hm.undo(f.master));
    CHECK(f.master == before);
    REQUIRE(f.hm.redo(f.master));
    CHECK(f.master == merged);
    // Another tab saved meanwhile: its copy is not overwritten by this one's merged workspace.
    Workspace theirs = before;
    theirs.plans[0].title = "另一标签页改过的标题";
    CHECK_FALSE(f.hm.reapply_since(0, theirs, nullptr));
    CHECK(theirs.plans[0].title == "另一标签页改过的标题");
}
