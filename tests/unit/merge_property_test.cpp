// Property tests of the merge: seeded random edits (field edits, adds anywhere in a list, deletes,
// moves of measures within and across problems, moves of problems, progress entries) on several copies of a random plan and on the master; then
//   - merging the returns in any order gives the same master (conflicts decided by an
//     order-independent rule: the later stamp wins, a deletion wins over an edit);
//   - merging a return that was already merged changes nothing and previews as empty;
//   - every merged master saves and loads again (references and IDs intact).
#include <catch2/catch_test_macros.hpp>
#include <algorithm>
#include <random>

#include "core/commands.h"
#include "core/merge/export_plan.h"
#include "core/format/format.h"
#include "core/merge/merge.h"
#include "core/move_measure.h"
#include "random_plan.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

struct Editor {
    std::mt19937_64 rng;
    IdSource ids;
    Workspace& ws;
    History history;
    int n = 0;
    bool moves = true;
    Editor(Workspace& w, std::uint64_t seed, std::int64_t clock_start)
        : rng(seed), ids(seed * 7 + 1), ws(w), history([t = clock_start]() mutable { return t += 1000; }) {}

    size_t num(size_t n_) { return size_t(rng() % n_); }

    std::vector<Measure*> live_measures() {
        std::vector<Measure*> out;
        for (Problem& q : ws.plans[0].problems)
            if (alive(q))
                for (Measure& m : q.measures)
                    if (alive(m)) out.push_back(&m);
        return out;
    }
    std::vector<Problem*> live_problems() {
        std::vector<Problem*> out;
        for (Problem& q : ws.plans[0].problems)
            if (alive(q)) out.push_back(&q);
        return out;
    }

    void edit() {
        auto ms = live_measures();
        auto qs = live_problems();
        if (ms.empty() || qs.empty()) return;
        Measure& m = *ms[num(ms.size())];
        Problem& q = *qs[num(qs.size())];
        std::string text = ws.office.code + "-" + std::to_string(++n);
        CommandPtr c;
        size_t op = num(12);
        if (!moves && (op == 6 || op == 7 || op == 10)) op = 0;
        switch (op) {
        case 0: c = RECTIFY_SET(Measure, title, m.id, text); break;
        case 1: c = RECTIFY_SET(Measure, status, m.id, Status(num(4))); break;
        case 2: c = RECTIFY_SET(Measure, steps, m.id, std::vector<std::string>{text, "二是"}); break;
        case 3: c = RECTIFY_SET(Problem, text, q.id, text); break;
        case 4: {
            Measure added;
            added.id = ids.make("m");
            added.title = text;
            c = add<Measure>(q.id, added, num(q.measures.size() + 1));
            break;
        }
        case 5: c = remove<Measure>(m.id); break;
        case 6: c = move<Measure>(m.id, num(8)); break; // within its problem (fails if out of range)
        case 7: c = move_measure(m.id, q.id, num(q.measures.size() + 1)); break;
        case 10: c = move<Problem>(q.id, num(ws.plans[0].problems.size())); break;
        case 11: {
            Problem added;
            added.id = ids.make("q");
            added.text = text;
            c = add<Problem>(ws.plans[0].id, added, num(ws.plans[0].problems.size() + 1));
            break;
        }
        case 8: c = add<ProgressEntry>(m.id, ProgressEntry{ids.make("p"), Date{2022, 6, 1}, text, text, {}, {}, {}}); break;
        default:
            if (!m.progress.empty() && alive(m.progress[0])) c = RECTIFY_SET(ProgressEntry, text, m.progress[0].id, text);
            else c = RECTIFY_SET(Measure, deadline, m.id, Deadline{DeadlineKind::Ongoing, {}, text, {}});
        }
        history.execute(ws, std::move(c)); // may not apply (a move out of range): fine
    }
};

bool later(const Stamp& a, const Stamp& b) { return std::tie(a.at, a.by) > std::tie(b.at, b.by); }

// The order-independent rule: a deletion wins over an edit, otherwise the later stamp.
Resolutions by_rule() {
    Resolutions r;
    r.decide = [](const MergeItem& c) {
        if (c.conflict == ConflictKind::EditedVsDeleted) return c.master_deleted ? Side::Master : Side::Return;
        return later(c.return_stamp, c.master_stamp) ? Side::Return : Side::Master;
    };
    return r;
}

// Where two merged masters differ first, for the failure message.
std::string first_difference(const Workspace& a, const Workspace& b) {
    if (a.departments != b.departments || a.people != b.people) return "directory";
    const Plan &pa = a.plans[0], &pb = b.plans[0];
    if (pa.problems.size() != pb.problems.size()) return "problem count";
    for (size_t i = 0; i < pa.problems.size(); i++) {
        const Problem &qa = pa.problems[i], &qb = pb.problems[i];
        if (qa.id != qb.id) return "problem order at " + std::to_string(i);
        std::string ids_a, ids_b;
        for (const Measure& m : qa.measures) ids_a += m.id + " ";
        for (const Measure& m : qb.measures) ids_b += m.id + " ";
        if (ids_a != ids_b) return "measures of " + qa.id + ": " + ids_a + "| " + ids_b;
        for (size_t k = 0; k < qa.measures.size(); k++)
            if (qa.measures[k] != qb.measures[k]) {
                const Measure &ma = qa.measures[k], &mb = qb.measures[k];
                std::string why = "measure " + ma.id;
                if (ma.meta != mb.meta) {
                    why += " meta";
                    for (const auto& [f, st] : ma.meta.changed.fields) {
                        auto it = mb.meta.changed.fields.find(f);
                        if (it == mb.meta.changed.fields.end() || it->second != st) why += " " + f;
                    }
                    if (ma.meta.deleted != mb.meta.deleted) why += " deleted";
                }
                if (ma.title != mb.title) why += " title " + ma.title + "/" + mb.title;
                if (ma.progress != mb.progress) why += " progress";
                return why;
            }
        if (qa != qb) return "problem " + qa.id;
    }
    if (pa != pb) return "plan";
    return a == b ? "" : "workspace";
}

} // namespace

void check_convergence(bool moves) {
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        CAPTURE(seed);
        RandomShape shape;
        shape.plans = 1;
        shape.problems = 4;
        shape.measures = 4;
        Workspace master = random_workspace(seed, shape);
        master.office.code = "MST";
        const Id plan = master.plans[0].id;

        // Four units get the plan, each edits its copy; the bureau edits meanwhile.
        std::vector<Workspace> returns;
        for (int u = 0; u < 4; u++) {
            Workspace copy = load_workspace(save_workspace(export_plan(master, plan), 0)).workspace;
            copy.office.code = "U" + std::to_string(u);
            Editor e(copy, seed * 100 + std::uint64_t(u), 3'000'000'000'000 + u * 7'000);
            e.moves = moves;
            for (int k = 0; k < 25; k++) e.edit();
            returns.push_back(load_workspace(save_workspace(copy, 0)).workspace);
        }
        Editor bureau(master, seed * 100 + 99, 3'000'000'000'000 + 3'500);
        bureau.moves = moves;
        for (int k = 0; k < 15; k++) bureau.edit();

        std::vector<int> order = {0, 1, 2, 3};
        Workspace first;
        std::mt19937_64 shuffle(seed);
        for (int round = 0; round < 5; round++) {
            CAPTURE(order);
            Workspace merged = master;
            for (int i : order) merge_into(merged, returns[size_t(i)], by_rule());
            if (round == 0) first = merged;
            else CHECK(first_difference(merged, first) == "");
            LoadResult back = load_workspace(save_workspace(merged, 0));
            CHECK(back.ok);
            for (const Workspace& r : returns) {
                Workspace again = merged;
                MergePreview p = merge_into(again, r, by_rule());
                CHECK(p.empty());
                CHECK(again == merged);
            }
            std::shuffle(order.begin(), order.end(), shuffle);
        }
    }
}

TEST_CASE("merging returns converges whatever the order; merging twice changes nothing", "[merge][property]") {
    check_convergence(false);
}

TEST_CASE("merge with concurrent moves too (within and across problems, of problems): the same master whatever the order; merging twice changes nothing", "[merge][property]") {
    check_convergence(true);
}
