// Two tabs edit the same workspace: this tab's unsaved commands are replayed on the other tab's
// saved version (History::reapply_since), so neither tab's edits are lost.
#include <catch2/catch_test_macros.hpp>

#include "core/commands.h"
#include "core/model.h"

using namespace rectify;

static Workspace base() {
    Workspace ws;
    ws.id = "w-1";
    ws.office = {"青山市教育局", "QSJY", {}};
    Plan p;
    p.id = "plan-1";
    p.title = "整改方案";
    ws.plans.push_back(p);
    return ws;
}

static History::Clock clock_at(std::int64_t t) {
    return [t] { return t; };
}

TEST_CASE("unsaved commands replay on another tab's version", "[rebase]") {
    Workspace mine = base(), theirs = base();
    History h(clock_at(1000));
    Plan added;
    added.id = "plan-mine";
    added.title = "本页新增";
    REQUIRE(h.execute(mine, add<Plan>(mine.id, added)));
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("本页改名"))));

    // The other tab added its own plan and saved.
    Plan other;
    other.id = "plan-theirs";
    other.title = "另一页新增";
    History h2(clock_at(2000));
    REQUIRE(h2.execute(theirs, add<Plan>(theirs.id, other)));

    Workspace merged = theirs;
    REQUIRE(h.reapply_since(0, merged));
    REQUIRE(merged.plans.size() == 3);
    CHECK(merged.plans[0].title == "本页改名");
    CHECK(merged.plans[1].id == "plan-theirs");
    CHECK(merged.plans[2].id == "plan-mine");
    // The replayed edits keep their original stamps, for the merge of files later.
    CHECK(merged.plans[0].meta.changed.fields.at("title").at == 1000);
    // Undo after the rebase undoes on the merged copy: back to the other tab's title.
    REQUIRE(h.undo(merged));
    CHECK(merged.plans[0].title == "整改方案");
}

TEST_CASE("replay from a later index leaves out what was already saved", "[rebase]") {
    Workspace mine = base();
    History h(clock_at(1000));
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("已保存的改名"))));
    const size_t saved = h.undo_count();
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, issuer, "plan-1", std::string("未保存的发文机关"))));

    Workspace theirs = mine; // they loaded our saved version, then changed the title again
    theirs.plans[0].title = "另一页的改名";
    theirs.plans[0].issuer.clear();
    REQUIRE(h.reapply_since(saved, theirs));
    CHECK(theirs.plans[0].title == "另一页的改名");
    CHECK(theirs.plans[0].issuer == "未保存的发文机关");
}

TEST_CASE("replay stops when the other tab deleted what we edited", "[rebase]") {
    Workspace mine = base();
    History h(clock_at(1000));
    Plan added;
    added.id = "plan-2";
    REQUIRE(h.execute(mine, add<Plan>(mine.id, added)));
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-2", std::string("新标题"))));
    Workspace theirs = base();
    theirs.plans.clear(); // they deleted the whole list's only plan… and plan-2 never reached them
    Workspace copy = theirs;
    // plan-2 is added again by the replay, so the edit applies: adds are safe to replay.
    CHECK(h.reapply_since(0, copy));
    // An edit of plan-1, which they no longer have, cannot be replayed.
    History h3(clock_at(3000));
    Workspace mine3 = base();
    REQUIRE(h3.execute(mine3, RECTIFY_SET(Plan, title, "plan-1", std::string("x"))));
    Workspace copy3 = theirs;
    CHECK_FALSE(h3.reapply_since(0, copy3));
}

TEST_CASE("replay stops at an edit of something the other tab deleted", "[rebase]") {
    Workspace mine = base();
    History h(clock_at(1000));
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("本页改名"))));
    Workspace theirs = base();
    History h2(clock_at(2000));
    REQUIRE(h2.execute(theirs, remove<Plan>("plan-1")));
    Workspace copy = theirs;
    CHECK_FALSE(h.reapply_since(0, copy));
    // And on our own copy, a deleted plan cannot be edited either.
    REQUIRE(h.execute(mine, remove<Plan>("plan-1")));
    CHECK_FALSE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("x"))));
}
