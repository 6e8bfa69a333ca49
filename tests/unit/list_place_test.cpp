// Places in a list (core/list_place.h): the order a set of places gives, the editor keeping places
// true to the order it shows, and merges of concurrent moves agreeing whatever order the returns
// come in.
#include <catch2/catch_test_macros.hpp>
#include <random>

#include "core/format/format.h"
#include "core/list_place.h"
#include "core/merge/merge.h"
#include "core/move_measure.h"
#include "merge_fixture.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

Place at(std::int64_t t, const char* after) { return Place{Stamp{t, "X"}, after}; }

std::vector<Id> ordered(const std::vector<Id>& ids, const std::vector<Place>& places) {
    std::vector<Id> out;
    for (size_t i : order_by_places(ids, places)) out.push_back(ids[i]);
    return out;
}

template <class T> std::vector<Id> ids_of(const std::vector<T>& list) {
    std::vector<Id> v;
    for (const T& e : list) v.push_back(e.id);
    return v;
}

// A bare list of measures a..: created in order, never moved.
std::vector<Measure> letters(int n) {
    std::vector<Measure> list;
    for (int i = 0; i < n; i++) {
        Measure m;
        m.id = std::string(1, char('a' + i));
        m.meta.created = Stamp{1000 + i, "X"};
        list.push_back(m);
    }
    return list;
}

bool canonical(const std::vector<Measure>& list) {
    for (size_t i = 0; i < list.size(); i++)
        if (list[i].meta.placed && list[i].meta.after == item_before(list, i)) return false;
    return true;
}

} // namespace

TEST_CASE("order_by_places: after the item followed, latest placed first; what leads nowhere goes last", "[list_place]") {
    // A chain: each after the one before.
    CHECK(ordered({"a", "b", "c"}, {at(1, ""), at(2, "a"), at(3, "b")}) == std::vector<Id>{"a", "b", "c"});
    // Two placed after a: the later one right after it; c follows b wherever b goes.
    CHECK(ordered({"a", "b", "c", "d"}, {at(1, ""), at(2, "a"), at(3, "b"), at(5, "a")}) ==
          std::vector<Id>{"a", "d", "b", "c"});
    // The same stamp: the ID decides, so the order is still one order.
    CHECK(ordered({"x", "y"}, {at(1, ""), at(1, "")}) == std::vector<Id>{"y", "x"});
    // After an item not in the list (or itself): at the end, latest placed first, with followers.
    CHECK(ordered({"a", "b", "c", "d"}, {at(1, ""), at(2, "gone"), at(3, "b"), at(4, "d")}) ==
          std::vector<Id>{"a", "d", "b", "c"});
    // A loop (two copies each moved one after the other): entered at the earliest placed.
    CHECK(ordered({"a", "p", "q", "r"}, {at(1, ""), at(6, "q"), at(5, "p"), at(2, "q")}) ==
          std::vector<Id>{"a", "q", "p", "r"});
    CHECK(ordered({}, {}).empty());
}

TEST_CASE("the editor's moves and inserts keep every place true to the order shown, changing few", "[list_place]") {
    for (std::uint64_t seed = 1; seed <= 40; seed++) {
        CAPTURE(seed);
        std::mt19937_64 rng(seed);
        std::vector<Measure> list = letters(8);
        int next = 0;
        for (int step = 1; step <= 60; step++) {
            CAPTURE(step);
            Stamp s{100000 + step, rng() % 2 ? "A" : "B"};
            const std::vector<Measure> before_list = list;
            PlacesBefore<Measure> before;
            before.take(list);
            materialize(list);
            auto followers = [&](const Id& id) {
                size_t n = 0;
                for (const Measure& e : list) n += e.meta.after == id && e.id != id;
                return n;
            };
            Id moved;
            size_t from = size_t(-1), to = 0;
            if (rng() % 3 == 0) { // insert
                Measure m;
                m.id = "n" + std::to_string(++next);
                m.meta.created = s;
                to = size_t(rng() % (list.size() + 1));
                list.insert(list.begin() + std::ptrdiff_t(to), m);
                moved = m.id;
            } else { // move
                from = size_t(rng() % list.size());
                to = size_t(rng() % list.size());
                Measure m = list[from];
                list.erase(list.begin() + std::ptrdiff_t(from));
                list.insert(list.begin() + std::ptrdiff_t(to), m);
                moved = m.id;
            }
            const size_t following = followers(moved); // placed after it, before this change
            const std::vector<Id> shown = ids_of(list);
            REQUIRE(replace(list, moved, s)); // the few places it writes are enough
            CHECK(ids_of(list) == shown);
            CHECK(in_place_order(list));
            CHECK(canonical(list));
            // New places only for the item and the ones placed after it.
            size_t restamped = 0;
            for (const Measure& m : list)
                if (m.id != moved && place_stamp(m.meta).tie() == s.tie()) restamped++;
            CHECK(restamped == following);
            // Undo (the item back where it was, the places as they were) gives the list back.
            std::vector<Measure> undone = list;
            Measure m = undone[to];
            undone.erase(undone.begin() + std::ptrdiff_t(to));
            if (from != size_t(-1)) undone.insert(undone.begin() + std::ptrdiff_t(from), m);
            before.restore(undone);
            CHECK(undone == before_list);
        }
    }
}

TEST_CASE("a copy never reordered merges with an unchanged copy without a change, and writes no places", "[list_place][merge]") {
    MergeFixture f;
    const Workspace before = f.master;
    merge_into(f.master, f.returned());
    std::string text = save_workspace(f.master, 0);
    CHECK(text.find("\"after\"") == std::string::npos);
    Workspace a = f.master, b = before;
    for (Workspace* w : {&a, &b}) { // what each has seen differs, by design
        w->plans[0].extras = {};
        w->extras = {};
    }
    CHECK(a == b);
}

TEST_CASE("two units' concurrent moves both hold after the merge, in either order", "[list_place][merge]") {
    // (一) gets five measures: m-1 m-2 m-a m-b m-c.
    MergeFixture f;
    for (const char* id : {"m-a", "m-b", "m-c"}) {
        Measure m;
        m.id = id;
        m.title = id;
        f.on_master(add<Measure>("q-1", m));
    }
    Workspace u1 = MergeFixture::handed_down(f.master, "U1", "一中"), u2 = MergeFixture::handed_down(f.master, "U2", "二中");
    History h1([t = kT0 + 400'000]() mutable { return t += 1000; }), h2([t = kT0 + 500'000]() mutable { return t += 1000; });
    REQUIRE(h1.execute(u1, move<Measure>("m-1", 4)));   // U1: m-1 to the end
    REQUIRE(h2.execute(u2, move<Measure>("m-c", 0)));   // U2: m-c to the front
    REQUIRE(h2.execute(u2, move<Measure>("m-2", 3)));   // and m-2 after m-a
    CHECK(ids_of(u1.plans[0].problems[0].measures) == std::vector<Id>{"m-2", "m-a", "m-b", "m-c", "m-1"});
    CHECK(ids_of(u2.plans[0].problems[0].measures) == std::vector<Id>{"m-c", "m-1", "m-a", "m-2", "m-b"});
    auto back = [](const Workspace& w) { return load_workspace(save_workspace(w, 0)).workspace; };
    Workspace one = f.master, two = f.master;
    merge_into(one, back(u1));
    merge_into(one, back(u2));
    merge_into(two, back(u2));
    merge_into(two, back(u1));
    // m-c first (U2), m-1 right after m-c (U1), m-2 right after m-a (U2).
    const std::vector<Id> want{"m-c", "m-1", "m-a", "m-2", "m-b"};
    CHECK(ids_of(one.plans[0].problems[0].measures) == want);
    CHECK(ids_of(two.plans[0].problems[0].measures) == want);
    CHECK(one == two);
    // The merged order is what its places say, stored canonically, and survives a save.
    CHECK(in_place_order(one.plans[0].problems[0].measures));
    CHECK(canonical(one.plans[0].problems[0].measures));
    CHECK(back(one) == one);
}

TEST_CASE("two units each moving one item after the other: one order, nothing lost, either way", "[list_place][merge]") {
    MergeFixture f;
    Measure m;
    m.id = "m-x";
    f.on_master(add<Measure>("q-1", m)); // (一): m-1 m-2 m-x
    Workspace u1 = MergeFixture::handed_down(f.master, "U1", "一中"), u2 = MergeFixture::handed_down(f.master, "U2", "二中");
    History h1([t = kT0 + 400'000]() mutable { return t += 1000; }), h2([t = kT0 + 500'000]() mutable { return t += 1000; });
    REQUIRE(h1.execute(u1, move<Measure>("m-1", 1))); // U1: m-1 after m-2
    REQUIRE(h2.execute(u2, move<Measure>("m-2", 0))); // U2: m-2 first, then m-1 after m-x
    REQUIRE(h2.execute(u2, move<Measure>("m-1", 2)));
    Workspace one = f.master, two = f.master;
    merge_into(one, u1);
    merge_into(one, u2);
    merge_into(two, u2);
    merge_into(two, u1);
    CHECK(one == two);
    CHECK(ids_of(one.plans[0].problems[0].measures).size() == 3);
    CHECK(in_place_order(one.plans[0].problems[0].measures));
}

TEST_CASE("a department's sub-plan keeps the places of the whole plan", "[list_place][merge]") {
    // (一): m-1 (基教科) m-4 (督导室) m-2 (基教科), m-2 moved after m-4; 基教科 gets m-1 and m-2.
    MergeFixture f;
    Measure m;
    m.id = "m-4";
    m.lead_departments = {"d-2"};
    f.on_master(add<Measure>("q-1", m));
    f.on_master(move<Measure>("m-2", 2));
    REQUIRE(ids_of(f.master.plans[0].problems[0].measures) == std::vector<Id>{"m-1", "m-4", "m-2"});
    Workspace sub = MergeFixture::handed_down(f.master, "JJK", "基教科", "d-1");
    REQUIRE(ids_of(sub.plans[0].problems[0].measures) == std::vector<Id>{"m-1", "m-2"});
    CHECK(sub.plans[0].problems[0].measures[1].meta.after == "m-4"); // not m-1, before it here
    // Returned unchanged: the same order.
    Workspace same = f.master;
    merge_into(same, sub);
    CHECK(ids_of(same.plans[0].problems[0].measures) == std::vector<Id>{"m-1", "m-4", "m-2"});
    // The unit puts m-2 first: first in the whole plan.
    History h([t = kT0 + 400'000]() mutable { return t += 1000; });
    REQUIRE(h.execute(sub, move<Measure>("m-2", 0)));
    merge_into(f.master, load_workspace(save_workspace(sub, 0)).workspace);
    CHECK(ids_of(f.master.plans[0].problems[0].measures) == std::vector<Id>{"m-2", "m-1", "m-4"});
}

TEST_CASE("places are saved and loaded: after an item, at the front, or implicit", "[list_place][format]") {
    MergeFixture f;
    History h([t = kT0 + 400'000]() mutable { return t += 1000; });
    Measure m;
    m.id = "m-9";
    REQUIRE(h.execute(f.master, add<Measure>("q-1", m, 0)));
    REQUIRE(h.execute(f.master, move<Measure>("m-2", 0)));
    const auto& list = f.master.plans[0].problems[0].measures;
    REQUIRE(ids_of(list) == std::vector<Id>{"m-2", "m-9", "m-1"});
    CHECK(!list[0].meta.placed); // first, after nothing: implicit
    CHECK((list[1].meta.placed && list[1].meta.after.empty())); // m-9 was put at the front
    CHECK((list[2].meta.placed && list[2].meta.after.empty())); // and m-1 was first before it
    LoadResult back = load_workspace(save_workspace(f.master, 0));
    REQUIRE(back.ok);
    CHECK(back.workspace == f.master);
    // Undo twice: the places as they were, none written.
    REQUIRE(h.undo(f.master));
    REQUIRE(h.undo(f.master));
    CHECK(save_workspace(f.master, 0).find("\"after\"") == std::string::npos);
}

TEST_CASE("moving a measure to another problem: the ones after it keep their order there", "[list_place][move_measure]") {
    MergeFixture f;
    History h([t = kT0 + 400'000]() mutable { return t += 1000; });
    for (const char* id : {"m-a", "m-b"}) {
        Measure m;
        m.id = id;
        REQUIRE(h.execute(f.master, add<Measure>("q-1", m)));
    }
    const Workspace before = f.master; // (一): m-1 m-2 m-a m-b; (二): m-3
    REQUIRE(h.execute(f.master, move_measure("m-2", "q-2", 0)));
    CHECK(ids_of(f.master.plans[0].problems[0].measures) == std::vector<Id>{"m-1", "m-a", "m-b"});
    CHECK(ids_of(f.master.plans[0].problems[1].measures) == std::vector<Id>{"m-2", "m-3"});
    CHECK(in_place_order(f.master.plans[0].problems[0].measures));
    CHECK(in_place_order(f.master.plans[0].problems[1].measures));
    // A copy that did nothing merged in changes no order.
    Workspace copy = before;
    merge_into(copy, f.master);
    CHECK(ids_of(copy.plans[0].problems[0].measures) == std::vector<Id>{"m-1", "m-a", "m-b"});
    CHECK(ids_of(copy.plans[0].problems[1].measures) == std::vector<Id>{"m-2", "m-3"});
    REQUIRE(h.undo(f.master));
    CHECK(f.master == before);
}
