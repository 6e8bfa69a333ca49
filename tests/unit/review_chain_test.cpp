// The 销号 chain (core/review_chain.h): each transition, the chain changed in flight, two decisions on
// one level, the migration of format-2 closures, the merge of records; 回头看 (core/recheck.h);
// the counts per level (core/report/stats.h).
#include <catch2/catch_test_macros.hpp>

#include "core/format/format.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "core/recheck.h"
#include "core/report/stats.h"
#include "core/review_chain.h"
#include "command_fixture.h"
#include "merge_fixture.h"

using namespace rectify;

namespace {

const Date kToday{2026, 11, 23};
const std::vector<std::string> kThree = {"责任单位自查", "分管领导签字", "督查室复核"};

struct Fixture : testing::CommandFixture {
    int next = 0;
    Fixture() : CommandFixture(5) {
        Measure& m = measure();
        m.status = Status::InProgress;
        m.closure = Closure{};
        m.reviews.clear();
        m.recheck = Date{};
        m.deadline = Deadline{};
        plan().review_chain.clear();
    }
    Plan& plan() { return ws.plans[0]; }
    Measure& measure() { return ws.plans[0].problems[0].measures[0]; }
    std::vector<std::string> levels() { return chain_levels(plan()); }
    Id id() { return "rv-t" + std::to_string(++next); }
    bool run(CommandPtr cmd) { return cmd && history.execute(ws, std::move(cmd)); }
    bool submit(const char* who = "李明") { return run(submit_closure(measure(), id(), who, kToday)); }
    bool pass(const char* who = "王芳", const char* opinion = "同意") {
        return run(pass_level(measure(), levels(), id(), who, kToday, opinion));
    }
    bool give_back(const char* reason, const char* who = "王芳") {
        return run(return_level(measure(), levels(), id(), who, kToday, reason));
    }
    std::string place() { return chain_place_text(measure(), levels(), Lang::Zh); }
};

} // namespace

TEST_CASE("the default chain is one level: submit, pass, closed and done, one undo step each", "[review_chain]") {
    Fixture f;
    CHECK(f.levels().size() == 1);
    CHECK(f.place() == "未提交");
    // Only an open or returned item is submitted; only a submitted one is decided on.
    CHECK(pass_level(f.measure(), f.levels(), f.id(), "王芳", kToday, "") == nullptr);
    CHECK(reopen_closure(f.measure(), f.id(), "王芳", kToday, "") == nullptr);
    REQUIRE(f.submit());
    CHECK(f.measure().closure.state == ClosureState::Submitted);
    CHECK(f.measure().closure.submitted_by == "李明");
    CHECK(f.measure().closure.level == 1);
    CHECK(f.place() == "第1级：审核 待审");
    CHECK(submit_closure(f.measure(), f.id(), "李明", kToday) == nullptr); // already submitted
    const Workspace submitted = f.ws;
    REQUIRE(f.pass("王芳", "材料齐全，同意销号"));
    CHECK(f.measure().closure.state == ClosureState::Verified);
    CHECK(f.measure().closure.decided_by == "王芳");
    CHECK(f.measure().status == Status::Done);
    CHECK(f.place() == "已销号");
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == submitted);
}

TEST_CASE("three levels: a 退回 at level two goes back with its reason; the next round restarts at level one", "[review_chain]") {
    Fixture f;
    REQUIRE(f.run(set_review_chain(f.plan(), {" 责任单位自查", "分管领导签字 ", "督查室复核"})));
    CHECK(f.plan().review_chain == kThree); // trimmed
    REQUIRE(f.submit());
    REQUIRE(f.pass("张科长", "已自查"));
    CHECK(f.measure().closure.state == ClosureState::Submitted);
    CHECK(f.measure().closure.level == 2);
    CHECK(f.place() == "第2级：分管领导签字 待审");
    CHECK(f.measure().status == Status::InProgress); // not closed yet

    // A return says why: a blank reason (spaces, new lines, a full-width space) is refused.
    CHECK(return_level(f.measure(), f.levels(), f.id(), "王副局长", kToday, " \n\xE3\x80\x80 ") == nullptr);
    REQUIRE(f.give_back("缺少整改前后对比照片", "王副局长"));
    const Closure& c = f.measure().closure;
    CHECK(c.state == ClosureState::Returned);
    CHECK(c.level == 2);
    CHECK(c.reason == "缺少整改前后对比照片");
    CHECK(c.decided_by == "王副局长");
    CHECK(f.place() == "第2级：分管领导签字 退回");

    REQUIRE(f.submit());
    CHECK(f.measure().closure.round == 2);
    CHECK(f.measure().closure.level == 1); // the chain restarts
    CHECK(f.measure().closure.reason.empty());
    REQUIRE(f.pass("张科长"));
    REQUIRE(f.pass("王副局长", "同意"));
    CHECK(f.place() == "第3级：督查室复核 待审");
    REQUIRE(f.pass("督查室", "复核通过"));
    CHECK(f.measure().closure.state == ClosureState::Verified);
    CHECK(f.measure().closure.level == 3);
    CHECK(f.measure().status == Status::Done);

    // Every act is kept, round one's 退回 included, with the level's name as it was.
    const auto& r = f.measure().reviews;
    REQUIRE(r.size() == 7);
    CHECK(r[2].action == ReviewAction::Return);
    CHECK(r[2].round == 1);
    CHECK(r[2].level_name == "分管领导签字");
    CHECK(r[2].opinion == "缺少整改前后对比照片");
    CHECK(level_record(f.measure(), 2, 2)->opinion == "同意");
    CHECK(level_record(f.measure(), 1, 3) == nullptr);
}

TEST_CASE("the chain is 1–4 named levels", "[review_chain]") {
    Fixture f;
    CHECK(set_review_chain(f.plan(), {}) == nullptr);
    CHECK(set_review_chain(f.plan(), {"一", "二", "三", "四", "五"}) == nullptr);
    CHECK(set_review_chain(f.plan(), {"自查", "  "}) == nullptr);
    CHECK(set_review_chain(f.plan(), {""}) == nullptr); // the default, already
    REQUIRE(f.run(set_review_chain(f.plan(), {"一", "二", "三", "四"})));
    CHECK(f.levels().size() == 4);
    REQUIRE(f.run(set_review_chain(f.plan(), {""})));
    CHECK(f.plan().review_chain.empty());
}

TEST_CASE("the chain changed while an item is in flight", "[review_chain]") {
    Fixture f;
    REQUIRE(f.run(set_review_chain(f.plan(), kThree)));
    REQUIRE(f.submit());
    REQUIRE(f.pass());
    REQUIRE(f.pass());
    CHECK(f.place() == "第3级：督查室复核 待审");

    SECTION("shorter: it waits at the new last level, and a pass there closes it") {
        REQUIRE(f.run(set_review_chain(f.plan(), {"自查", "复核"})));
        CHECK(f.measure().closure.state == ClosureState::Submitted); // not closed by the edit
        CHECK(f.place() == "第2级：复核 待审");
        REQUIRE(f.pass("督查室", "复核通过"));
        CHECK(f.measure().closure.state == ClosureState::Verified);
    }
    SECTION("longer: passed levels stay passed, the new ones follow") {
        REQUIRE(f.run(set_review_chain(f.plan(), {"自查", "签字", "复核", "纪委备案"})));
        REQUIRE(f.pass());
        CHECK(f.place() == "第4级：纪委备案 待审");
        REQUIRE(f.pass());
        CHECK(f.measure().closure.state == ClosureState::Verified);
    }
    SECTION("a closed item stays closed, named by the levels it passed") {
        REQUIRE(f.pass());
        REQUIRE(f.run(set_review_chain(f.plan(), {"自查", "签字", "复核", "纪委备案"})));
        CHECK(f.measure().closure.state == ClosureState::Verified);
        CHECK(level_record(f.measure(), 1, 3)->level_name == "督查室复核");
    }
}

TEST_CASE("two decisions on one level of a round: the later stamp counts", "[review_chain]") {
    auto rec = [](const char* id, ReviewAction a, int level, std::int64_t at, const char* by, const char* opinion = "") {
        ReviewEntry e;
        e.id = id;
        e.action = a;
        e.round = 1;
        e.level = level;
        e.of = 2;
        e.opinion = opinion;
        e.meta.created = Stamp{at, by};
        return e;
    };
    std::vector<ReviewEntry> r = {rec("a", ReviewAction::Submit, 0, 10, "JJK"), rec("b", ReviewAction::Pass, 1, 20, "QZJY"),
                                  rec("c", ReviewAction::Pass, 2, 30, "DDS"), rec("d", ReviewAction::Return, 2, 40, "QZJY", "补材料")};
    Closure c = settle_closure(r);
    CHECK(c.state == ClosureState::Returned);
    CHECK(c.reason == "补材料");
    r[3].meta.created.at = 25; // now the pass is the later act
    c = settle_closure(r);
    CHECK(c.state == ClosureState::Verified);
    // Same time: the office code decides, so every copy settles alike.
    r[3].meta.created = Stamp{30, "ZZZ"};
    CHECK(settle_closure(r).state == ClosureState::Returned);
    r[3].meta.deleted = Stamp{50, "QZJY"}; // a tombstone does not count
    CHECK(settle_closure(r).state == ClosureState::Verified);
    CHECK(settle_closure({}).state == ClosureState::Open);
}

TEST_CASE("format 2: each closure state becomes a one-level chain's records on load", "[review_chain][migration]") {
    Workspace ws = testing::merge_master();
    std::vector<Measure*> ms;
    for (Problem& q : ws.plans[0].problems)
        for (Measure& m : q.measures) ms.push_back(&m);
    REQUIRE(ms.size() == 3);
    ms[0]->closure = Closure{ClosureState::Submitted, "李明", Date{2022, 8, 1}, "", {}, "", 0, 0, {}};
    ms[1]->closure = Closure{ClosureState::Verified, "李明", Date{2022, 8, 1}, "王芳", Date{2022, 8, 5}, "", 0, 0, {}};
    ms[2]->closure = Closure{ClosureState::Returned, "李明", Date{2022, 8, 1}, "王芳", Date{2022, 8, 5}, "缺照片", 0, 0, {}};
    ms[2]->meta.changed.fields["closure"] = Stamp{testing::kT0 + 9000, "QZJY"};
    std::string text = save_workspace(ws, testing::kT0 + 10'000);
    const std::string current = "\"version\":4", v2 = "\"version\":2"; // written as format 4
    REQUIRE(text.find(current) != std::string::npos);
    REQUIRE(text.find("\"reviews\"") == std::string::npos); // as a format-2 file: no records
    text.replace(text.find(current), current.size(), v2);

    LoadResult r = load_workspace(text);
    REQUIRE(r.ok);
    CHECK(r.info.version == 2);
    const Workspace& back = r.workspace;
    const Measure* sub = testing::measure_in(back, "m-1");
    const Measure* ver = testing::measure_in(back, "m-2");
    const Measure* ret = testing::measure_in(back, "m-3");
    REQUIRE(sub->reviews.size() == 1);
    CHECK(sub->reviews[0].action == ReviewAction::Submit);
    CHECK(sub->reviews[0].who == "李明");
    CHECK(sub->closure.state == ClosureState::Submitted);
    CHECK(sub->closure.level == 1);
    REQUIRE(ver->reviews.size() == 2);
    CHECK(ver->reviews[1].action == ReviewAction::Pass);
    CHECK(ver->reviews[1].who == "王芳");
    CHECK(ver->reviews[1].on == Date{2022, 8, 5});
    CHECK(ver->closure.state == ClosureState::Verified);
    REQUIRE(ret->reviews.size() == 2);
    CHECK(ret->reviews[1].action == ReviewAction::Return);
    CHECK(ret->reviews[1].opinion == "缺照片");
    CHECK(ret->reviews[1].meta.created == Stamp{testing::kT0 + 9000, "QZJY"}); // when the closure changed
    CHECK(ret->closure.state == ClosureState::Returned);
    CHECK(ret->closure.reason == "缺照片");
    // Two offices migrating the same file make the same records; saved again, it is format 3 as loaded.
    CHECK(load_workspace(text).workspace == back);
    CHECK(load_workspace(save_workspace(back, testing::kT0 + 20'000)).workspace == back);
}

TEST_CASE("format 2: a reopened closure (open, with its decision named) is passed and reopened", "[review_chain][migration]") {
    Measure m;
    m.id = "m-9";
    m.closure = Closure{ClosureState::Open, "李明", Date{2022, 8, 1}, "王芳", Date{2022, 8, 5}, "", 0, 0, {}};
    adopt_closure(m);
    REQUIRE(m.reviews.size() == 3);
    CHECK(m.reviews[2].action == ReviewAction::Reopen);
    CHECK(settle_closure(m.reviews).state == ClosureState::Open);
    Measure never;
    adopt_closure(never);
    CHECK(never.reviews.empty());
}

TEST_CASE("merge: acts on different levels in two copies both hold; the summary follows the records", "[review_chain][merge]") {
    testing::MergeFixture f;
    auto levels = [](const Workspace& ws) { return chain_levels(ws.plans[0]); };
    f.on_master(set_review_chain(f.master.plans[0], kThree));
    f.on_master(submit_closure(*testing::measure_in(f.master, "m-1"), "rv-1", "李明", kToday));
    f.on_master(pass_level(*testing::measure_in(f.master, "m-1"), levels(f.master), "rv-2", "张科长", kToday, "已自查"));
    f.ret = testing::MergeFixture::handed_down(f.master, "FGLD", "分管领导");

    // The leader's copy passes level 2; the bureau meanwhile corrects level 1's opinion.
    f.on_return(pass_level(*testing::measure_in(f.ret, "m-1"), levels(f.ret), "rv-3", "王副局长", kToday, "同意"));
    f.on_master(RECTIFY_SET(ReviewEntry, opinion, "rv-2", std::string("已自查，材料齐全")));
    MergePreview p = merge_into(f.master, f.returned(), Resolutions{}, Lang::Zh);
    CHECK(p.conflicts.empty());
    const Measure& m = *testing::measure_in(f.master, "m-1");
    CHECK(m.reviews.size() == 3);
    CHECK(level_record(m, 1, 1)->opinion == "已自查，材料齐全");
    CHECK(level_record(m, 1, 2)->opinion == "同意");
    CHECK(m.closure.state == ClosureState::Submitted);
    CHECK(m.closure.level == 3);
    CHECK(chain_place_text(m, levels(f.master), Lang::Zh) == "第3级：督查室复核 待审");
}

TEST_CASE("merge: two offices decide the same level; the later act counts in every copy", "[review_chain][merge]") {
    testing::MergeFixture f;
    auto levels = [](const Workspace& ws) { return chain_levels(ws.plans[0]); };
    f.on_master(set_review_chain(f.master.plans[0], {"自查", "复核"}));
    f.on_master(submit_closure(*testing::measure_in(f.master, "m-2"), "rv-1", "李明", kToday));
    f.on_master(pass_level(*testing::measure_in(f.master, "m-2"), levels(f.master), "rv-2", "张科长", kToday, ""));
    f.ret = testing::MergeFixture::handed_down(f.master, "DDS", "督导室");
    // The unit's clock runs later (MergeFixture): its return is the later act.
    f.on_master(pass_level(*testing::measure_in(f.master, "m-2"), levels(f.master), "rv-3", "局长", kToday, "同意"));
    f.on_return(return_level(*testing::measure_in(f.ret, "m-2"), levels(f.ret), "rv-4", "督导室", kToday, "照片不清"));
    Workspace master2 = f.master;
    merge_into(f.master, f.returned(), Resolutions{}, Lang::Zh);
    const Measure& m = *testing::measure_in(f.master, "m-2");
    CHECK(m.reviews.size() == 4); // both acts kept
    CHECK(m.closure.state == ClosureState::Returned);
    CHECK(m.closure.reason == "照片不清");
    CHECK_FALSE(counts(m, *find<ReviewEntry>(f.master, "rv-3")));
    // Merged the other way round, the same outcome.
    Workspace unit = f.returned();
    merge_into(unit, master2, Resolutions{}, Lang::Zh);
    CHECK(testing::measure_in(unit, "m-2")->closure == m.closure);
}

TEST_CASE("merge: 已完成 set by a closing the merged records overrule becomes 整改中; a hand-set status stays", "[review_chain][merge]") {
    // The bureau closes m-2 at its last level (the closing sets 已完成); the 督导室 returns the same
    // level later in its copy, so the merged records say returned.
    auto scenario = [](bool status_by_hand_after) {
        testing::MergeFixture f;
        auto levels = [](const Workspace& ws) { return chain_levels(ws.plans[0]); };
        f.on_master(set_review_chain(f.master.plans[0], {"自查", "复核"}));
        f.on_master(RECTIFY_SET(Measure, status, "m-2", Status::InProgress));
        f.on_master(submit_closure(*testing::measure_in(f.master, "m-2"), "rv-1", "李明", kToday));
        f.on_master(pass_level(*testing::measure_in(f.master, "m-2"), levels(f.master), "rv-2", "张科长", kToday, ""));
        f.ret = testing::MergeFixture::handed_down(f.master, "DDS", "督导室");
        f.on_master(pass_level(*testing::measure_in(f.master, "m-2"), levels(f.master), "rv-3", "局长", kToday, "同意"));
        CHECK(testing::measure_in(f.master, "m-2")->status == Status::Done);
        CHECK(status_from_closing(*testing::measure_in(f.master, "m-2")));
        if (status_by_hand_after) {
            // Someone sets the status by hand after the closing (here 已完成·长期坚持): its own stamp.
            f.on_master(RECTIFY_SET(Measure, status, "m-2", Status::DoneOngoing));
            CHECK_FALSE(status_from_closing(*testing::measure_in(f.master, "m-2")));
        }
        f.on_return(return_level(*testing::measure_in(f.ret, "m-2"), levels(f.ret), "rv-4", "督导室", kToday, "照片不清"));
        Workspace master2 = f.master;
        const MergePreview shown = preview_merge(f.master, f.returned(), Lang::Zh);
        merge_into(f.master, f.returned(), Resolutions{}, Lang::Zh);
        Workspace unit = f.returned();
        merge_into(unit, master2, Resolutions{}, Lang::Zh);
        const Measure& m = *testing::measure_in(f.master, "m-2");
        CHECK(m.closure.state == ClosureState::Returned);
        // The preview lists the status the records give, as the merge will leave it.
        std::vector<const MergeItem*> status_items;
        for (const MergeItem& it : shown.changed)
            if (it.id == "m-2" && it.field == "status") status_items.push_back(&it);
        if (m.status == Status::InProgress) {
            REQUIRE(status_items.size() == 1);
            CHECK(status_items[0]->master_text == "已完成");
            CHECK(status_items[0]->return_text == "整改中");
        } else {
            CHECK(status_items.empty());
        }
        // Either way round, and saved and loaded again, the same status.
        CHECK(testing::measure_in(unit, "m-2")->status == m.status);
        const Workspace reloaded = load_workspace(save_workspace(f.master, 1)).workspace;
        CHECK(testing::measure_in(reloaded, "m-2")->status == m.status);
        return m.status;
    };
    CHECK(scenario(false) == Status::InProgress);
    CHECK(scenario(true) == Status::DoneOngoing);
}

TEST_CASE("status_from_closing: only a status stamped by a closing pass at the last level", "[review_chain]") {
    Fixture f;
    REQUIRE(f.submit());
    CHECK_FALSE(status_from_closing(f.measure())); // 整改中, and no closing
    f.plan().review_chain = {"自查", "复核"};
    REQUIRE(f.pass());
    CHECK(f.measure().status == Status::InProgress); // a pass at level 1 of 2 does not close
    CHECK_FALSE(status_from_closing(f.measure()));
    REQUIRE(f.pass());
    CHECK(f.measure().status == Status::Done);
    CHECK(status_from_closing(f.measure()));
    // Settling again with the item closed changes nothing.
    Measure m = f.measure();
    settle_measure(m);
    CHECK(m.status == Status::Done);
    // Without the closing record (its tombstone), the status no longer comes from a closing.
    m.reviews.back().meta.deleted = Stamp{1, "X"};
    CHECK_FALSE(status_from_closing(m));
    // An item closed while already 已完成 (set by hand before): the closing sets nothing.
    Fixture g;
    g.run(RECTIFY_SET(Measure, status, g.measure().id, Status::Done));
    REQUIRE(g.submit());
    REQUIRE(g.pass());
    CHECK(g.measure().closure.state == ClosureState::Verified);
    CHECK_FALSE(status_from_closing(g.measure()));
}

TEST_CASE("回头看: a date on a closed item; due from that day; confirmed, or reopened with a reason", "[recheck]") {
    Fixture f;
    CHECK(set_recheck(f.measure(), Date{2026, 12, 1}) == nullptr); // not closed
    REQUIRE(f.submit());
    REQUIRE(f.pass());
    REQUIRE(f.run(set_recheck(f.measure(), Date{2026, 12, 1})));
    CHECK_FALSE(recheck_due(f.measure(), Date{2026, 11, 30}));
    CHECK(recheck_due(f.measure(), Date{2026, 12, 1}));
    CHECK(count_recheck_due(f.plan(), Date{2026, 12, 2}) == 1);

    SECTION("confirmed: still closed, the note kept, the date spent") {
        REQUIRE(f.run(confirm_recheck(f.measure(), f.id(), "督查室", Date{2026, 12, 1}, "整改成果巩固")));
        CHECK(f.measure().closure.state == ClosureState::Verified);
        CHECK(f.measure().recheck.empty());
        CHECK_FALSE(recheck_due(f.measure(), Date{2026, 12, 2}));
        auto h = closing_history(f.measure());
        REQUIRE(h.size() == 2);
        CHECK(h[1]->action == ReviewAction::Confirm);
        CHECK(h[1]->opinion == "整改成果巩固");
    }
    SECTION("reopened: returned with the reason, being rectified again; the history shows close and reopen") {
        CHECK(reopen_recheck(f.measure(), f.id(), "督查室", kToday, "  ") == nullptr); // a reason is required
        REQUIRE(f.run(reopen_recheck(f.measure(), f.id(), "督查室", Date{2026, 12, 1}, "问题反弹")));
        CHECK(f.measure().closure.state == ClosureState::Returned);
        CHECK(f.measure().closure.reason == "问题反弹");
        CHECK(f.measure().status == Status::InProgress);
        CHECK(f.measure().recheck.empty());
        CHECK(f.place() == "回头看重新打开");
        REQUIRE(f.submit());
        CHECK(f.measure().closure.level == 1);
        REQUIRE(f.pass());
        auto h = closing_history(f.measure());
        REQUIRE(h.size() == 3);
        CHECK(h[0]->action == ReviewAction::Pass);
        CHECK(h[1]->action == ReviewAction::Reopen);
        CHECK(h[1]->opinion == "问题反弹");
        CHECK(h[2]->action == ReviewAction::Pass);
        CHECK(h[2]->round == 2);
    }
}

TEST_CASE("a reopening by hand, without a reason, leaves the item open", "[review_chain]") {
    Fixture f;
    REQUIRE(f.submit());
    REQUIRE(f.pass());
    REQUIRE(f.run(reopen_closure(f.measure(), f.id(), "王芳", kToday, "")));
    CHECK(f.measure().closure.state == ClosureState::Open);
    CHECK(f.measure().status == Status::InProgress);
    CHECK(can_submit(f.measure().closure));
}

TEST_CASE("rename: the submitter or the decider's name is corrected on its record", "[review_chain]") {
    Fixture f;
    REQUIRE(f.submit("李明"));
    REQUIRE(f.give_back("补材料"));
    REQUIRE(f.run(rename_closure_person(f.measure(), false, "张丽华")));
    CHECK(f.measure().closure.decided_by == "张丽华");
    REQUIRE(f.run(rename_closure_person(f.measure(), true, "李小明")));
    CHECK(f.measure().closure.submitted_by == "李小明");
    CHECK(f.measure().reviews[0].who == "李小明");
}

TEST_CASE("stats: items by closing state and by the level they wait at", "[review_chain][stats]") {
    Fixture f;
    for (Plan& p : f.ws.plans)
        for (Problem& q : p.problems)
            for (Measure& m : q.measures) m.closure = Closure{}, m.reviews.clear(), m.recheck = Date{};
    REQUIRE(f.run(set_review_chain(f.plan(), kThree)));
    REQUIRE(f.submit());
    REQUIRE(f.pass());
    Stats s = compute_stats(f.ws, kToday);
    CHECK(s.by_closure[size_t(ClosureState::Submitted)] == 1);
    CHECK(s.by_closure[size_t(ClosureState::Open)] == s.measures - 1);
    REQUIRE(s.pending_by_level.size() == 2);
    CHECK(s.pending_by_level[0] == 0);
    CHECK(s.pending_by_level[1] == 1);
    CHECK(s.recheck_due == 0);
}
