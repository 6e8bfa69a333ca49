// Duplicating a plan: fresh IDs everywhere, tombstones dropped, history cleared, content kept.
#include <catch2/catch_test_macros.hpp>

#include <set>

#include "core/commands.h"
#include "core/duplicate_plan.h"
#include "core/format/format.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;

namespace {
// Every entity ID inside a plan, the plan's included.
void collect(const Plan& p, std::vector<Id>& out) {
    out.push_back(p.id);
    for (const Section& s : p.sections) out.push_back(s.id);
    for (const Phase& s : p.phases) out.push_back(s.id);
    for (const Problem& q : p.problems) {
        out.push_back(q.id);
        for (const Measure& m : q.measures) {
            out.push_back(m.id);
            for (const ProgressEntry& e : m.progress) out.push_back(e.id);
            for (const Evidence& e : m.evidence) out.push_back(e.id);
        }
    }
}
template <class T> bool any_dead(const std::vector<T>& v) {
    for (const T& e : v)
        if (!alive(e)) return true;
    return false;
}
} // namespace

TEST_CASE("duplicate_plan copies content with fresh IDs and no history", "[duplicate]") {
    Workspace ws = testing::random_workspace(21, {2, 6, 4, 5, 8});
    // Tombstones at every level, whatever the seed made.
    ws.plans[0].problems[1].meta.deleted = Stamp{5, "X"};
    ws.plans[0].problems[2].measures[1].meta.deleted = Stamp{5, "X"};
    ws.plans[0].problems[3].measures[0].progress[0].meta.deleted = Stamp{5, "X"};
    ws.plans[0].sections[0].meta.deleted = Stamp{5, "X"};
    const Plan& src = ws.plans[0];
    IdSource ids(99);
    Plan copy = duplicate_plan(src, ids, "（副本）");

    CHECK(copy.title == src.title + "（副本）");
    CHECK(copy.issuer == src.issuer);
    CHECK(copy.addressees == src.addressees);
    CHECK(copy.leading_group == src.leading_group);
    CHECK(copy.extras == src.extras);
    CHECK(copy.meta.created.empty());
    CHECK(copy.meta.changed.fields.empty());
    CHECK(copy.meta.extras == src.meta.extras); // unknown members are kept

    // Tombstones are gone; the live ones are there in order with their content.
    CHECK(copy.sections.size() + 1 <= src.sections.size());
    CHECK_FALSE(any_dead(copy.sections));
    CHECK_FALSE(any_dead(copy.phases));
    size_t live_problems = 0;
    for (const Problem& q : src.problems) live_problems += alive(q);
    REQUIRE(copy.problems.size() == live_problems);
    size_t qi = 0;
    for (const Problem& q : src.problems) {
        if (!alive(q)) continue;
        const Problem& c = copy.problems[qi++];
        CHECK(c.text == q.text);
        CHECK(c.extras == q.extras);
        CHECK_FALSE(any_dead(c.measures));
        size_t mi = 0;
        for (const Measure& m : q.measures) {
            if (!alive(m)) continue;
            const Measure& cm = c.measures[mi++];
            CHECK(cm.title == m.title);
            CHECK(cm.lead_departments == m.lead_departments); // directory references stay
            CHECK(cm.responsible == m.responsible);
            CHECK(cm.deadline == m.deadline);
            CHECK(cm.closure == m.closure);
            CHECK(cm.meta.created.empty());
            CHECK(cm.meta.changed.fields.empty());
            CHECK_FALSE(any_dead(cm.progress));
            CHECK_FALSE(any_dead(cm.evidence));
        }
        CHECK(mi == c.measures.size());
    }

    // No ID of the copy is in the workspace, and none repeats.
    std::vector<Id> mine;
    collect(copy, mine);
    std::set<Id> unique(mine.begin(), mine.end());
    CHECK(unique.size() == mine.size());
    for (const Id& id : mine) {
        INFO(id);
        CHECK_FALSE(id_exists(ws, id));
    }
    CHECK(copy.id.rfind("plan-", 0) == 0);
    CHECK(copy.problems[0].id.rfind("q-", 0) == 0);
    CHECK(copy.problems[0].measures[0].id.rfind("m-", 0) == 0);
}

TEST_CASE("a duplicated plan added to the workspace saves, validates and loads", "[duplicate]") {
    Workspace ws = testing::random_workspace(22);
    ws.office.code = "QSJY";
    IdSource ids(7);
    History history([] { return std::int64_t(1'700'000'000'000); });
    Plan copy = duplicate_plan(ws.plans[1], ids, " (copy)");
    REQUIRE(history.execute(ws, add<Plan>(ws.id, copy)));
    REQUIRE(ws.plans.size() == 3);
    CHECK(ws.plans[2].meta.created.by == "QSJY"); // the Add stamps its creation
    LoadResult r = load_workspace(save_workspace(ws, testing::kSaveTime));
    INFO(format_error(r.error, Lang::En));
    REQUIRE(r.ok);
    CHECK(r.workspace == ws);
    // A second copy of the same plan gets IDs of its own.
    Plan again = duplicate_plan(ws.plans[1], ids, " (copy)");
    CHECK(history.execute(ws, add<Plan>(ws.id, again)));
    CHECK(load_workspace(save_workspace(ws, testing::kSaveTime)).ok);
    history.undo(ws);
    history.undo(ws);
    CHECK(ws.plans.size() == 2);
}

TEST_CASE("duplicate_plan of an empty plan", "[duplicate]") {
    Plan empty;
    empty.id = "plan-1";
    IdSource ids(1);
    Plan copy = duplicate_plan(empty, ids, "（副本）");
    CHECK(copy.id != empty.id);
    CHECK(copy.title == "（副本）");
    CHECK(copy.problems.empty());
}
