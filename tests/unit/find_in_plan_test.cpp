// Find across a plan: which texts are searched, navigation targets, folding, snippets.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "core/find_in_plan.h"
#include "core/review_chain.h"
#include "plan_builder.h"
#include "random_plan.h"

using namespace rectify;
using namespace rectify::testing;

namespace {
// A small plan written by hand, with one text per searchable field.
Workspace small() {
    Measure m = measure("m-1", "规范高中阶段学校招生录取管理");
    m.steps = {"一是严格执行政策", "二是公开ＡＢＣ（试点）"};
    m.lead_departments = {"d-1"};
    m.support_departments = {"d-2"};
    m.responsible = {"u-1"};
    m.leaders = {"u-2"};
    m.deadline.text = "2022年11月底前";
    m.closure.reason = "材料不全";
    m.progress = {progress("p-1", {}, "已整改完成", "周文涛")};
    m.evidence = {Evidence{"e-1", "会议纪要.pdf", "第三次会议", {}, {}, {}}};
    Problem q = problem("q-1", "招生录取不规范", {m});
    q.number = "(一)";
    q.code = "120210070800026";
    q.area = "聚焦招生方面";
    Plan p = plan("plan-1", "关于印发2021年度绩效考评公众评议整改方案的通知", {q});
    p.issuer = "钦州市教育局";
    p.doc_number = "钦教绩办〔2022〕1号";
    p.addressees = {"各县区教育局", "局属各学校"};
    p.feedback.name = "2021年度公众评议";
    p.sections = {Section{"s-1", "指导思想", "以问题为导向", {}, {}}};
    p.phases = {Phase{"ph-1", "整改落实", {}, {}, "5月10日–10月30日", {}, {}}};
    p.leading_group = LeadingGroup{"局长 张三", {"副局长 李四"}, {"王五"}, "设在督导室", {}};
    return workspace("w-1", {department("d-1", "基教科"), department("d-2", "督导室")},
                     {person("u-1", "翁丽明", "", "d-1"), person("u-2", "卢红青", "副局长")}, {p});
}
std::vector<std::string> fields(const std::vector<FindHit>& hits) {
    std::vector<std::string> v;
    for (const FindHit& h : hits) v.push_back(h.field);
    return v;
}
} // namespace

TEST_CASE("find_in_plan searches every visible text and says where to go", "[find]") {
    Workspace ws = small();
    const Plan& p = ws.plans[0];
    CHECK(fields(find_in_plan(ws, p, "2021")) == std::vector<std::string>{"title", "feedback", "code"});
    CHECK(fields(find_in_plan(ws, p, "钦")) == std::vector<std::string>{"issuer", "doc_number"});
    CHECK(fields(find_in_plan(ws, p, "督导室")) == std::vector<std::string>{"office", "support_departments"});
    auto hits = find_in_plan(ws, p, "局属");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Plan);
    CHECK(hits[0].item == 1);
    CHECK(hits[0].problem.empty());

    hits = find_in_plan(ws, p, "副局长");
    REQUIRE(hits.size() == 1); // the leading group's deputy; a person's title is not shown
    CHECK(hits[0].kind == FindKind::LeadingGroup);
    CHECK(hits[0].id == "plan-1");

    hits = find_in_plan(ws, p, "翁丽明");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Measure);
    CHECK(std::string(hits[0].field) == "responsible");
    CHECK(hits[0].id == "m-1");
    CHECK(hits[0].problem == "q-1");
    CHECK(hits[0].measure == "m-1");

    hits = find_in_plan(ws, p, "纪要");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Evidence);
    CHECK(hits[0].id == "e-1");
    CHECK(hits[0].measure == "m-1");
    CHECK(hits[0].problem == "q-1");

    CHECK(fields(find_in_plan(ws, p, "整改")) ==
          std::vector<std::string>{"title", "name", "text"}); // plan title, phase name, progress text
    CHECK(find_in_plan(ws, p, "周文涛")[0].kind == FindKind::Progress);
    CHECK(fields(find_in_plan(ws, p, "招生")) == std::vector<std::string>{"area", "text", "title"});
    CHECK(fields(find_in_plan(ws, p, "材料")) == std::vector<std::string>{"closure.reason"});
    CHECK(fields(find_in_plan(ws, p, "底前")) == std::vector<std::string>{"deadline"});
    CHECK(fields(find_in_plan(ws, p, "0800")) == std::vector<std::string>{"code"});
    CHECK(fields(find_in_plan(ws, p, "指导")) == std::vector<std::string>{"heading"});
    CHECK(fields(find_in_plan(ws, p, "导向")) == std::vector<std::string>{"body"});
    CHECK(find_in_plan(ws, p, "基教科")[0].item == 0);
    CHECK(find_in_plan(ws, p, "").empty());
    CHECK(find_in_plan(ws, p, "不存在的词").empty());
}

TEST_CASE("find_in_plan folds ASCII case and full-width forms on both sides", "[find]") {
    Workspace ws = small();
    const Plan& p = ws.plans[0];
    for (const char* q : {"abc", "ABC", "ａｂｃ", "AbＣ"}) {
        INFO(q);
        auto hits = find_in_plan(ws, p, q);
        REQUIRE(hits.size() == 1);
        CHECK(std::string(hits[0].field) == "steps");
        CHECK(hits[0].item == 1);
        CHECK(hits[0].length == 9); // three full-width letters in the text
    }
    CHECK(find_in_plan(ws, p, "(试点)").size() == 1);
    CHECK(find_in_plan(ws, p, "（一）").size() == 1);   // the problem number is written (一)
    CHECK(find_in_plan(ws, p, "(一)")[0].problem == "q-1");
    CHECK(find_in_plan(ws, p, "１２０２").size() == 1); // full-width digits find the code
    CHECK(find_in_plan(ws, p, "abd").empty());
}

TEST_CASE("find_in_plan searches review opinions and reasons, and the problem's 整改成效", "[find]") {
    Workspace ws = small();
    Plan& p = ws.plans[0];
    Measure& m = p.problems[0].measures[0];
    // A round passed at level 1 with an opinion, returned at level 2 with a reason.
    auto record = [](Id id, ReviewAction a, int level, std::string who, std::string opinion) {
        ReviewEntry e;
        e.id = std::move(id);
        e.action = a;
        e.level = level;
        e.of = 2;
        e.who = std::move(who);
        e.on = Date{2024, 5, 10 + level};
        e.opinion = std::move(opinion);
        return e;
    };
    m.reviews = {record("rv-1", ReviewAction::Submit, 0, "翁丽明", ""),
                 record("rv-2", ReviewAction::Pass, 1, "卢红青", "同意报督查室复核"),
                 record("rv-3", ReviewAction::Return, 2, "督查室", "台账佐证缺少签字页")};
    settle_measure(m);
    REQUIRE(m.closure.reason == "台账佐证缺少签字页"); // the summary says the return's reason
    p.problems[0].outcome = "完善招生录取复核机制";

    auto hits = find_in_plan(ws, p, "签字页"); // once: the record, not again as the summary's reason
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Review);
    CHECK(hits[0].id == "rv-3");
    CHECK(std::string(hits[0].field) == "opinion");
    CHECK(hits[0].measure == "m-1");
    CHECK(hits[0].problem == "q-1");
    hits = find_in_plan(ws, p, "督查室"); // the reviewer, then an opinion: both records, in order
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].id == "rv-2");
    CHECK(hits[1].id == "rv-3");
    CHECK(fields(hits) == std::vector<std::string>{"opinion", "who"});
    // The measure's own texts after its records are still the measure's.
    CHECK(find_in_plan(ws, p, "周文涛")[0].kind == FindKind::Progress);
    CHECK(find_in_plan(ws, p, "会议纪要")[0].kind == FindKind::Evidence);

    hits = find_in_plan(ws, p, "复核机制");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Problem);
    CHECK(std::string(hits[0].field) == "outcome");
    CHECK(hits[0].measure.empty());

    m.reviews[2].meta.deleted = Stamp{1, "X"};
    CHECK(find_in_plan(ws, p, "签字页").empty());
}

TEST_CASE("find_in_plan skips tombstones", "[find]") {
    Workspace ws = small();
    Plan& p = ws.plans[0];
    p.problems[0].measures[0].evidence[0].meta.deleted = Stamp{1, "X"};
    CHECK(find_in_plan(ws, p, "纪要").empty());
    p.problems[0].measures[0].meta.deleted = Stamp{1, "X"};
    CHECK(find_in_plan(ws, p, "高中阶段").empty());
    CHECK(find_in_plan(ws, p, "翁丽明").empty());
    CHECK(find_in_plan(ws, p, "招生").size() == 2); // the problem is still there
    p.problems[0].meta.deleted = Stamp{1, "X"};
    CHECK(find_in_plan(ws, p, "招生").empty());
    p.sections[0].meta.deleted = Stamp{1, "X"};
    CHECK(find_in_plan(ws, p, "指导").empty());
}

TEST_CASE("find_in_plan reports every match with its offset and a UTF-8-safe snippet", "[find]") {
    Workspace ws = small();
    Plan& p = ws.plans[0];
    // 30 characters of Chinese, the word, 30 more, the word again at the very end.
    std::string pad;
    for (int i = 0; i < 30; i++) pad += "字";
    p.sections[0].body = pad + "目标\n词" + pad + "目标";
    auto hits = find_in_plan(ws, p, "目标");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].offset == 90);
    CHECK(hits[0].length == 6);
    CHECK(hits[1].offset == 90 + 6 + 1 + 3 + 90);
    std::string left20, right;
    for (int i = 0; i < 20; i++) left20 += "字";
    CHECK(hits[0].snippet == "…" + left20 + "目标 词" + pad.substr(0, 18 * 3) + "…");
    CHECK(hits[0].snippet.substr(hits[0].snippet_offset, 6) == "目标");
    CHECK(hits[1].snippet == "…" + left20 + "目标"); // nothing cut at the end
    CHECK(hits[1].snippet.substr(hits[1].snippet_offset, 6) == "目标");
    // Short texts are whole; a mixed-width text is never cut inside a character.
    p.sections[0].body = "a😀bé目标";
    hits = find_in_plan(ws, p, "目标");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet == "a😀bé目标");
    CHECK(hits[0].snippet_offset == 8);
    // Overlapping matches count once: "aaaa" holds two "aa".
    p.sections[0].body = "aaaa";
    CHECK(find_in_plan(ws, p, "aa").size() == 2);
    // Text ending in a broken UTF-8 sequence is searched without reading past its end.
    p.sections[0].body = std::string("xyz\xE6\x95", 5);
    CHECK(find_in_plan(ws, p, "z").size() == 1);
    CHECK(find_in_plan(ws, p, "整改").size() == 3); // not in the broken text
}

// Speed is the editor benchmark's business (bench/editor), not a unit test's.
TEST_CASE("find_in_plan over a 1,000-measure plan: every form of a query finds the same", "[find]") {
    Workspace ws = testing::random_workspace(3, {1, 100, 10, 40, 80});
    ws.plans[0].meta.deleted = Stamp{};
    const Plan& p = ws.plans[0];
    size_t total = 0;
    for (const char* q : {"整", "整改", "ascii", "ＡＳＣＩＩ", "quote\"", "😀", "zzz"}) total += find_in_plan(ws, p, q).size();
    CHECK(total > 1000);
    CHECK(find_in_plan(ws, p, "ascii").size() == find_in_plan(ws, p, "ＡＳＣＩＩ").size());
    CHECK(find_in_plan(ws, p, "ASCII").size() == find_in_plan(ws, p, "ascii").size());
    CHECK(find_in_plan(ws, p, "zzz").empty());
}

