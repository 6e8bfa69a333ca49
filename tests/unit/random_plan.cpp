#include "random_plan.h"

#include "core/review_chain.h"

#include <random>

#include "core/list_place.h"

namespace rectify::testing {

namespace {

struct Gen {
    std::mt19937_64 rng;
    IdSource ids;
    Workspace* ws = nullptr;
    // Evidence files come from streams of their own, so that the rest of a seed's plan is what it
    // was before files existed (the benchmarks' plans stay the same).
    std::mt19937_64 frng;
    IdSource fids;
    explicit Gen(std::uint64_t seed)
        : rng(seed), ids(seed ^ 0x9e3779b97f4a7c15ull), frng(seed ^ 0x51ed2701a3c4f00dull), fids(seed ^ 0x2545f4914f6cdd1dull) {}

    // Not std::uniform_int_distribution: its algorithm differs between libstdc++ and libc++, and
    // the benchmark must build the same plan natively and in wasm. (The slight modulo bias is
    // irrelevant here.)
    int num(int lo, int hi) { return lo + int(rng() % std::uint64_t(hi - lo + 1)); }
    bool coin() { return num(0, 1) == 1; }

    std::string text(int max_pieces = 4) {
        static const char* pieces[] = {"整改", "落实", "责任科室", "基教科", "〔2022〕1号", "(一)",
                                       "长期坚持", "quote\"s", "back\\slash", "new\nline", "tab\t",
                                       "😀", "ASCII", " ", "、", ",", "é", "\x01"};
        std::string s;
        int n = num(1, max_pieces);
        for (int i = 0; i < n; i++) s += pieces[num(0, int(std::size(pieces)) - 1)];
        return s;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> v(size_t(num(1, 3)));
        for (auto& s : v) s = text();
        return v;
    }
    Date date() {
        int y = num(2019, 2030), m = num(1, 12);
        return Date{y, m, num(1, days_in_month(y, m))};
    }
    Stamp stamp() { return Stamp{std::int64_t(num(1, 2000000000)) * 1000 + num(0, 999), "OF" + std::to_string(num(1, 9))}; }
    Meta meta() {
        Meta m;
        m.created = stamp();
        if (coin()) m.changed.fields["title"] = stamp();
        if (coin()) m.changed.fields["status"] = stamp();
        if (num(0, 9) == 0) m.deleted = stamp();
        if (num(0, 5) == 0) m.extras.members["x_meta"] = "[1,\"two\"]";
        return m;
    }
    Extras extras() {
        Extras x;
        if (num(0, 3) == 0) x.members["x_future"] = "{\"a\":[1,2.5,null,true,\"s\"],\"b\":{}}";
        if (num(0, 5) == 0) x.members["x_flag"] = "false";
        return x;
    }
    // Half the evidence items carry a file, from a small pool so that files repeat (one hash, one
    // size: the loader checks that references to a file agree).
    EvidenceFile file() {
        static const char* names[] = {"整改前后对比.jpg", "会议纪要.pdf", "制度 (修订).docx", "台账.xlsx", "😀截图.png", "noext"};
        static const char* types[] = {"image/jpeg", "application/pdf", "", "application/vnd.ms-excel", "image/png", ""};
        if (frng() % 2) return {};
        const int i = int(frng() % 6);
        EvidenceFile f;
        for (int k = 0; k < 64; k++) f.sha256 += "0123456789abcdef"[(i * 7 + k * 13 + (k * k) % 5) % 16];
        f.name = names[i];
        f.type = types[i];
        f.size = std::int64_t(i) * 123457 + 1;
        if (frng() % 4 == 0) f.extras.members["x_thumb"] = "\"t\"";
        return f;
    }
    std::vector<Evidence> entry_evidence() {
        std::vector<Evidence> v;
        for (int n = int(frng() % 3); n > 0; n--) {
            Evidence e;
            e.id = fids.make("e");
            e.name = names_of_files();
            e.file = file();
            e.meta.created = Stamp{std::int64_t(frng() % 2000000000) * 1000, "OF" + std::to_string(frng() % 9 + 1)};
            if (frng() % 8 == 0) e.meta.deleted = e.meta.created;
            v.push_back(std::move(e));
        }
        return v;
    }
    std::string names_of_files() { return frng() % 2 ? "现场照片" : "整改报告"; }
    template <class T> const Id& pick(const std::vector<T>& v) { return v[size_t(num(0, int(v.size()) - 1))].id; }
    std::vector<Id> refs_departments() {
        std::vector<Id> v(size_t(num(1, 2)));
        for (auto& id : v) id = pick(ws->departments);
        return v;
    }
    std::vector<Id> refs_people() {
        std::vector<Id> v(size_t(num(1, 2)));
        for (auto& id : v) id = pick(ws->people);
        return v;
    }

    Measure measure() {
        Measure m;
        m.id = ids.make("m");
        m.title = text();
        m.steps = texts();
        m.lead_departments = refs_departments();
        m.support_departments = refs_departments();
        m.responsible = refs_people();
        m.leaders = refs_people();
        m.deadline = Deadline{DeadlineKind(num(0, 5)), date(), text(), extras()};
        m.status = Status(num(0, 3));
        for (int i = num(1, 3); i > 0; i--)
            m.progress.push_back(ProgressEntry{ids.make("p"), date(), text(1), text(), entry_evidence(), meta(), extras()});
        for (int i = num(1, 2); i > 0; i--)
            m.evidence.push_back(Evidence{ids.make("e"), text(1), text(), file(), meta(), extras()});
        // A closure as format 2 held it, made the 销号 chain's records as a load does (review_chain.h).
        m.closure = Closure{ClosureState(num(0, 3)), text(1), date(), text(1), date(), text(), 0, 0, extras()};
        m.meta = meta();
        m.extras = extras();
        settle_measure(m);
        return m;
    }
};

} // namespace

Workspace random_workspace(std::uint64_t seed, const RandomShape& shape) {
    Gen g(seed);
    Workspace ws;
    g.ws = &ws;
    ws.id = g.ids.make("w");
    ws.office = Office{g.text(), "OF1", g.extras()};
    for (int i = 0; i < shape.departments; i++)
        ws.departments.push_back(Department{g.ids.make("d"), g.text(), g.meta(), g.extras()});
    for (int i = 0; i < shape.people; i++)
        ws.people.push_back(Person{g.ids.make("u"), g.text(1), g.text(1),
                                   g.coin() ? g.pick(ws.departments) : Id(), g.meta(), g.extras()});
    for (int p = 0; p < shape.plans; p++) {
        Plan plan;
        plan.id = g.ids.make("plan");
        plan.title = g.text();
        plan.issuer = g.text();
        plan.doc_number = g.text(2);
        plan.written = g.date();
        plan.published = g.date();
        plan.addressees = g.texts();
        plan.feedback = Feedback{FeedbackKind(g.num(0, 4)), g.text(), g.extras()};
        for (int i = g.num(1, 3); i > 0; i--)
            plan.sections.push_back(Section{g.ids.make("s"), g.text(1), g.text(), g.meta(), g.extras()});
        for (int i = g.num(1, 3); i > 0; i--)
            plan.phases.push_back(Phase{g.ids.make("ph"), g.text(1), g.coin() ? g.date() : Date{}, g.date(),
                                        g.text(), g.meta(), g.extras()});
        plan.leading_group = LeadingGroup{g.text(1), g.texts(), g.texts(), g.text(), g.extras()};
        for (int q = 0; q < shape.problems; q++) {
            Problem problem;
            problem.id = g.ids.make("q"), problem.number = g.text(1), problem.code = g.text(1);
            problem.area = g.text(), problem.text = g.text();
            problem.meta = g.meta(), problem.extras = g.extras();
            for (int m = 0; m < shape.measures; m++) problem.measures.push_back(g.measure());
            // Outcome fields on every third problem, a milestone on its first measure: from the
            // index, not the generator, so the random plans of a seed stay what they were.
            if (q % 3 == 0) {
                problem.problem_type = "财务管理", problem.rectify_type = RectifyType(q % 4);
                problem.amount = std::to_string(q) + ".05", problem.rules = q, problem.accountable = q + 1;
                if (!problem.measures.empty())
                    problem.measures[0].milestones = {Milestone{Date{2026, 1 + q % 12, 1}, "节点", q % 2 == 0, {}, {}}};
            }
            if (g.coin()) materialize(problem.measures); // places written out ("after"), as after a move
            plan.problems.push_back(std::move(problem));
        }
        if (g.coin()) materialize(plan.problems);
        plan.meta = g.meta();
        plan.extras = g.extras();
        ws.plans.push_back(std::move(plan));
    }
    ws.meta = g.meta();
    ws.extras = g.extras();
    ws.envelope_extras = g.extras();
    return ws;
}

} // namespace rectify::testing
