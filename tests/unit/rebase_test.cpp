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

// ---- both tabs changed the same field: a conflict, never a silent overwrite --------------------

static Workspace with_measure() {
    Workspace ws = base();
    ws.departments = {Department{"d-1", "基教科", {}, {}}, Department{"d-2", "督导室", {}, {}}};
    Problem p;
    p.id = "q-1";
    p.text = "招生录取不规范";
    Measure m;
    m.id = "m-1";
    m.title = "规范招生录取";
    m.lead_departments = {"d-1"};
    p.measures.push_back(m);
    ws.plans[0].problems.push_back(p);
    return ws;
}

// Two tabs that read the same stored version: this one (h, mine) and the other (h2, theirs).
struct TwoTabs {
    Workspace mine = with_measure();
    Workspace theirs = mine;
    History h{clock_at(1000)}, h2{clock_at(2000)};
};

TEST_CASE("a field both tabs changed is a conflict; ours is applied, theirs can be put back", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("本页改名"))));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Plan, title, "plan-1", std::string("另一页改名"))));

    FieldConflicts found;
    REQUIRE(h.reapply_since(0, theirs, &found));
    REQUIRE(found.size() == 1);
    const FieldConflict& c = *found[0];
    CHECK(c.entity == "plan");
    CHECK(c.id == "plan-1");
    CHECK(c.field == "title");
    CHECK(c.key() == "plan-1/title");
    CHECK(c.theirs_stamp.at == 2000);
    CHECK(theirs.plans[0].title == "本页改名"); // applied, and asked about
    CHECK(c.ours(theirs, Lang::Zh) == "本页改名");
    CHECK(c.theirs(theirs, Lang::Zh) == "另一页改名");
    CHECK(c.where(theirs) == "本页改名");
    CHECK_FALSE(c.settled(theirs));
    // The user takes the other tab's value: an edit like any other.
    REQUIRE(h.execute(theirs, c.take_theirs()));
    CHECK(theirs.plans[0].title == "另一页改名");
    CHECK(c.settled(theirs));
}

TEST_CASE("edits of different fields, or to the same value, are no conflict", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("同一个标题"))));
    REQUIRE(h.execute(mine, RECTIFY_SET(Measure, title, "m-1", std::string("本页的措施"))));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Plan, title, "plan-1", std::string("同一个标题"))));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Plan, issuer, "plan-1", std::string("另一页的发文机关"))));
    // They changed the measure's title and changed it back: nothing of theirs to keep.
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Measure, title, "m-1", std::string("临时"))));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Measure, title, "m-1", std::string("规范招生录取"))));

    FieldConflicts found;
    REQUIRE(h.reapply_since(0, theirs, &found));
    CHECK(found.empty());
    CHECK(theirs.plans[0].title == "同一个标题");
    CHECK(theirs.plans[0].issuer == "另一页的发文机关"); // both tabs' edits kept
    CHECK(theirs.plans[0].problems[0].measures[0].title == "本页的措施");
}

TEST_CASE("a list field in a batch conflicts, shown by names; the batch's other parts do not", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    auto batch = std::make_unique<Batch>("responsibility");
    batch->push(RECTIFY_SET(Measure, lead_departments, "m-1", std::vector<Id>{"d-2"}));
    batch->push(RECTIFY_SET(Measure, steps, "m-1", std::vector<std::string>{"一是自查", "二是整改"}));
    REQUIRE(h.execute(mine, std::move(batch)));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Measure, lead_departments, "m-1", std::vector<Id>{"d-1", "d-2"})));

    FieldConflicts found;
    REQUIRE(h.reapply_since(0, theirs, &found));
    REQUIRE(found.size() == 1);
    CHECK(found[0]->entity == "measure");
    CHECK(found[0]->field == "lead_departments");
    CHECK(found[0]->ours(theirs, Lang::Zh) == "督导室");
    CHECK(found[0]->theirs(theirs, Lang::Zh) == "基教科、督导室");
    CHECK(found[0]->theirs(theirs, Lang::En) == "基教科, 督导室");
    CHECK(found[0]->where(theirs) == "规范招生录取");
    CHECK(theirs.plans[0].problems[0].measures[0].steps.size() == 2);
}

TEST_CASE("a failed batch reports none of its conflicts", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    auto batch = std::make_unique<Batch>("two");
    batch->push(RECTIFY_SET(Plan, title, "plan-1", std::string("本页改名")));
    batch->push(RECTIFY_SET(Measure, title, "m-1", std::string("本页的措施")));
    REQUIRE(h.execute(mine, std::move(batch)));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Plan, title, "plan-1", std::string("另一页改名"))));
    REQUIRE(h2.execute(theirs, remove<Measure>("m-1")));
    FieldConflicts found;
    CHECK_FALSE(h.reapply_since(0, theirs, &found));
    CHECK(found.empty());
}

TEST_CASE("several edits of one field make one conflict showing this tab's last value", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    REQUIRE(h.execute(mine, RECTIFY_SET(Measure, title, "m-1", std::string("第一稿"))));
    REQUIRE(h.execute(mine, RECTIFY_SET(Measure, title, "m-1", std::string("第二稿"))));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Measure, title, "m-1", std::string("另一页"))));
    FieldConflicts found;
    REQUIRE(h.reapply_since(0, theirs, &found));
    REQUIRE(found.size() == 1);
    CHECK(found[0]->ours(theirs, Lang::Zh) == "第二稿");
    CHECK(found[0]->theirs(theirs, Lang::Zh) == "另一页");
}

TEST_CASE("a field typed in while another tab's version arrived: its commit is a conflict", "[rebase]") {
    // The field was opened on `seen`; another tab's save replaced it with `theirs` meanwhile.
    Workspace seen = with_measure();
    Workspace now = seen;
    History h2(clock_at(2000));
    REQUIRE(h2.execute(now, RECTIFY_SET(Measure, title, "m-1", std::string("另一页提交的"))));
    History h(clock_at(3000));
    FieldConflicts found;
    Workspace scratch = seen;
    REQUIRE(h.execute_from(scratch, now, RECTIFY_SET(Measure, title, "m-1", std::string("本页输入的")), &found));
    REQUIRE(found.size() == 1);
    CHECK(found[0]->theirs(now, Lang::Zh) == "另一页提交的");
    CHECK(now.plans[0].problems[0].measures[0].title == "本页输入的");
    // A field the other tab did not touch: no conflict.
    FieldConflicts none;
    Workspace scratch2 = seen;
    REQUIRE(h.execute_from(scratch2, now, RECTIFY_SET(Plan, issuer, "plan-1", std::string("本页")), &none));
    CHECK(none.empty());
    // Undo is on the current version.
    REQUIRE(h.undo(now));
    CHECK(now.plans[0].issuer.empty());
}

TEST_CASE("after a replay the history keeps only the replayed commands, undoable", "[rebase]") {
    TwoTabs t;
    auto& [mine, theirs, h, h2] = t;
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, issuer, "plan-1", std::string("已保存"))));
    const size_t saved = h.undo_count();
    theirs = mine; // the other tab read what this one stored
    REQUIRE(h.execute(mine, RECTIFY_SET(Plan, title, "plan-1", std::string("未保存"))));
    REQUIRE(h.execute(mine, RECTIFY_SET(Measure, title, "m-1", std::string("撤销了的"))));
    REQUIRE(h.undo(mine));
    REQUIRE(h2.execute(theirs, RECTIFY_SET(Plan, doc_number, "plan-1", std::string("另一页"))));
    REQUIRE(h.reapply_since(saved, theirs));
    h.keep_since(saved);
    CHECK(h.undo_count() == 1);
    CHECK_FALSE(h.can_redo());
    REQUIRE(h.undo(theirs));
    CHECK(theirs.plans[0].title == "整改方案");
    CHECK(theirs.plans[0].issuer == "已保存");
    CHECK(theirs.plans[0].doc_number == "另一页");
}
