// The 对账销号单 (core/report/closing_sheet.h): a page per problem with its measures, their evidence,
// each level's opinion, who and when, and a signature line per level.
#include <catch2/catch_test_macros.hpp>

#include "core/commands.h"
#include "core/report/closing_sheet.h"
#include "core/review_chain.h"
#include "merge_fixture.h"

using namespace rectify;

namespace {

size_t count_of(const std::string& s, const std::string& part) {
    size_t n = 0;
    for (size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + part.size())) n++;
    return n;
}

struct Sheet {
    Workspace ws = testing::merge_master();
    std::int64_t now = testing::kT0 + 1000;
    History h{[this] { return now += 1000; }};
    Measure& m1() { return ws.plans[0].problems[0].measures[0]; }
    std::vector<std::string> levels() { return chain_levels(ws.plans[0]); }
    void run(CommandPtr c) { REQUIRE(h.execute(ws, std::move(c))); }
    Sheet() {
        ws.plans[0].review_chain = {"责任单位自查", "分管领导签字", "督查室复核"};
        m1().evidence.push_back(Evidence{"ev-1", "整改前后对比照片", "", {}, {}, {}});
        run(submit_closure(m1(), "rv-1", "李明", Date{2026, 11, 1}));
        run(pass_level(m1(), levels(), "rv-2", "张科长", Date{2026, 11, 2}, "已自查<属实>"));
        run(pass_level(m1(), levels(), "rv-3", "王副局长", Date{2026, 11, 3}, "同意"));
    }
};

} // namespace

TEST_CASE("the 对账销号单 holds each level's opinion, who and when, and a signature line per level", "[closing_sheet]") {
    Sheet s;
    const std::string html = closing_sheet_html(s.ws, s.ws.plans[0], {"q-1"}, Lang::Zh);
    CHECK(html.find("对账销号单") != std::string::npos);
    CHECK(html.find("招生录取不规范") != std::string::npos); // the problem
    CHECK(html.find("大班额") == std::string::npos);        // only the one asked for
    CHECK(html.find("规范招生录取") != std::string::npos);
    CHECK(html.find("整改前后对比照片") != std::string::npos);
    CHECK(html.find("已自查&lt;属实&gt;") != std::string::npos); // escaped
    CHECK(html.find("王副局长") != std::string::npos);
    CHECK(html.find("2026年11月3日") != std::string::npos);
    CHECK(html.find("第3级：督查室复核 待审") != std::string::npos); // where it is
    CHECK(count_of(html, "<tr class=\"level\">") == 3 + 3);         // two measures, three levels each
    CHECK(count_of(html, "（签字）") == 3);
    // Every problem of the plan: a page each.
    const std::string all = closing_sheet_html(s.ws, s.ws.plans[0], {}, Lang::Zh);
    CHECK(count_of(all, "<section class=\"sheet\">") == 2);
    // The text form (the CLI) says the same.
    const std::string text = closing_sheet_text(s.ws, s.ws.plans[0], {}, Lang::Zh);
    CHECK(text.find("第1级：责任单位自查：通过 · 已自查<属实> · 张科长 · 2026年11月2日") != std::string::npos);
    CHECK(count_of(text, "对账销号单") == 2);
}
