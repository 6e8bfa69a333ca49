// The ledger (台账): rows, cell texts, filters and sorting on a small hand-written workspace.
#include <catch2/catch_test_macros.hpp>

#include "core/ledger/ledger.h"
#include "ledger_fixture.h"

using namespace rectify;
using rectify::testing::ledger_workspace;

static std::vector<std::string> ids(const Workspace& ws, const std::vector<LedgerRow>& rows) {
    std::vector<std::string> out;
    for (const LedgerRow& r : rows) out.push_back(ws.plans[r.plan].problems[r.problem].measures[r.measure].id);
    return out;
}

using V = std::vector<std::string>;

TEST_CASE("ledger rows: live measures in document order, numbered", "[ledger]") {
    Workspace ws = ledger_workspace();
    auto all = ledger_rows(ws, "");
    CHECK(ids(ws, all) == V{"m-1", "m-2", "m-3", "m-5"});
    // Every plan's ledger: each plan numbered from 1, with the plan's own number, so no 序号 repeats.
    const std::vector<std::pair<int, int>> numbers = {{1, 1}, {1, 2}, {1, 3}, {2, 1}};
    for (size_t i = 0; i < all.size(); i++) {
        CHECK(std::make_pair(all[i].plan_no, all[i].seq) == numbers[i]);
        CHECK(all[i].index == int(i));
    }
    CHECK(ledger_cell(ws, all[1], LedgerColumn::Seq, Lang::Zh) == "1-2");
    CHECK(ledger_cell(ws, all[3], LedgerColumn::Seq, Lang::Zh) == "2-1");
    CHECK(ledger_cell(ws, all[0], LedgerColumn::Plan, Lang::Zh) == "整改方案");
    CHECK(ledger_every_plan(all));
    auto one = ledger_rows(ws, "plan-2");
    REQUIRE(ids(ws, one) == V{"m-5"});
    CHECK(one[0].seq == 1);
    CHECK(one[0].plan_no == 0);
    CHECK(ledger_cell(ws, one[0], LedgerColumn::Seq, Lang::Zh) == "1");
    CHECK_FALSE(ledger_every_plan(one));
    // The same measure has the same number in its plan's ledger and (after its plan's) in all.
    CHECK(ledger_rows(ws, "plan-1")[2].seq == all[2].seq);
    // The 方案 column only in every plan's ledger, right after 序号.
    CHECK(ledger_columns(false).size() == size_t(kLedgerColumns - 1));
    REQUIRE(ledger_columns(true).size() == size_t(kLedgerColumns));
    CHECK(ledger_columns(true)[1] == LedgerColumn::Plan);
    CHECK(ledger_rows(ws, "no-such-plan").empty());
    ws.plans[1].meta.deleted = Stamp{1, "X"};
    CHECK(ids(ws, ledger_rows(ws, "")) == V{"m-1", "m-2", "m-3"});
}

TEST_CASE("ledger cells in both languages", "[ledger]") {
    Workspace ws = ledger_workspace();
    auto rows = ledger_rows(ws, "");
    auto cell = [&](int i, LedgerColumn c, Lang l = Lang::Zh) { return ledger_cell(ws, rows[size_t(i)], c, l); };
    CHECK(cell(0, LedgerColumn::Seq) == "1-1"); // every plan's ledger: plan-number
    CHECK(cell(0, LedgerColumn::ProblemCode) == "120210070800026");
    CHECK(cell(0, LedgerColumn::Problem) == "招生录取不规范");
    CHECK(cell(0, LedgerColumn::Measure) == "规范招生\n1. 公开招生计划\n2. 接受监督");
    CHECK(cell(0, LedgerColumn::Departments) == "基教科（牵头）、财基科");
    CHECK(cell(0, LedgerColumn::Departments, Lang::En) == "基教科 (lead), 财基科");
    CHECK(cell(2, LedgerColumn::Departments) == "基教科"); // no support units: no mark
    CHECK(cell(0, LedgerColumn::People) == "翁丽明");
    CHECK(cell(0, LedgerColumn::Leaders) == "卢红青");
    CHECK(cell(1, LedgerColumn::Leaders).empty());
    CHECK(cell(0, LedgerColumn::Deadline) == "2022年11月底前");
    CHECK(cell(3, LedgerColumn::Deadline) == "未定");
    CHECK(cell(3, LedgerColumn::Deadline, Lang::En) == "No deadline");
    CHECK(cell(0, LedgerColumn::Status) == "整改中");
    CHECK(cell(1, LedgerColumn::Status) == "已完成·长期坚持");
    CHECK(cell(3, LedgerColumn::Status, Lang::En) == "Done");
    // The newest live entry, whatever its place in the log; the deleted later one is skipped.
    CHECK(cell(0, LedgerColumn::LatestProgress) == "2022年7月1日 完成自查");
    CHECK(cell(0, LedgerColumn::LatestProgress, Lang::En) == "1 Jul 2022 完成自查");
    CHECK(cell(1, LedgerColumn::LatestProgress).empty());
    CHECK(cell(0, LedgerColumn::Closure) == "未提交");
    CHECK(cell(1, LedgerColumn::Closure) == "已销号");
    CHECK(cell(2, LedgerColumn::Closure) == "待审核");
    CHECK(cell(2, LedgerColumn::Closure, Lang::En) == "Pending review");
}

TEST_CASE("ledger headers and words read back in either language", "[ledger]") {
    for (int i = 0; i < kLedgerColumns; i++)
        for (Lang l : {Lang::Zh, Lang::En})
            CHECK(ledger_column_by_header(ledger_header(LedgerColumn(i), l)) == LedgerColumn(i));
    CHECK(std::string(ledger_header(LedgerColumn::Departments, Lang::Zh)) == "责任科室");
    CHECK(ledger_column_by_header(" latest PROGRESS ") == LedgerColumn::LatestProgress);
    CHECK(ledger_column_by_header("责任单位") == LedgerColumn::Departments);
    CHECK(ledger_column_by_header("备注") == LedgerColumn::Count);
    for (int i = 0; i < 4; i++)
        for (Lang l : {Lang::Zh, Lang::En}) {
            Status s = Status::NotStarted;
            CHECK(status_from_text(status_text(Status(i), l), s));
            CHECK(s == Status(i));
        }
    Status s;
    CHECK_FALSE(status_from_text("差不多", s));
}

TEST_CASE("ledger filters combine", "[ledger]") {
    Workspace ws = ledger_workspace();
    const Date today{2022, 6, 1};
    // Every filter is run twice, building the text and with the prebuilt search text: same rows.
    auto run = [&](const LedgerFilter& f, int soon = 7) {
        auto rows = ledger_rows(ws, "");
        auto text = ledger_search_text(ws, rows, f.lang);
        auto again = rows;
        ledger_filter(ws, rows, f, today, soon);
        ledger_filter(ws, again, f, today, soon, &text);
        CHECK(ids(ws, again) == ids(ws, rows));
        return ids(ws, rows);
    };
    LedgerFilter f;
    CHECK(run(f) == V{"m-1", "m-2", "m-3", "m-5"});
    f.departments = {"d-1"};
    CHECK(run(f) == V{"m-1", "m-3"});
    f.departments = {"d-2"}; // a support unit matches too
    CHECK(run(f) == V{"m-1"});
    f.departments = {"d-2", "d-3"}; // any of the list
    CHECK(run(f) == V{"m-1", "m-2"});
    f = {};
    f.departments = {"d-1"};
    f.status = int(Status::InProgress);
    CHECK(run(f) == V{"m-1"});
    f = {};
    f.people = {"p-1"};
    CHECK(run(f) == V{"m-1", "m-3"});
    f.leaders = {"p-2"};
    CHECK(run(f) == V{"m-1"});
    f = {};
    f.overdue = true;
    CHECK(run(f) == V{"m-3"});
    f.overdue = false;
    f.due_soon = true;
    CHECK(run(f).empty());
    CHECK(run(f, 200) == V{"m-1"});
    f.overdue = true; // either state
    CHECK(run(f, 200) == V{"m-1", "m-3"});
    f = {};
    f.text = "回头看";
    CHECK(run(f) == V{"m-2"});
    f.text = "ＯＴＨＥＲ"; // full-width, other case
    CHECK(run(f) == V{"m-5"});
    f.text = "财基"; // the departments column
    CHECK(run(f) == V{"m-1"});
    f.text = "已销号"; // the closure column's words
    CHECK(run(f) == V{"m-2"});
    f.text = "大班额";
    f.departments = {"d-1"};
    CHECK(run(f) == V{"m-3"});
    f.departments = {"d-3"};
    CHECK(run(f).empty());
    f = {};
    f.text = "Pending";
    CHECK(run(f).empty());
    f.lang = Lang::En;
    CHECK(run(f) == V{"m-3"});
}

TEST_CASE("ledger sort: by column, stable, dateless deadlines last", "[ledger]") {
    Workspace ws = ledger_workspace();
    auto sorted = [&](LedgerColumn c, bool asc) {
        auto rows = ledger_rows(ws, "");
        ledger_sort(ws, rows, c, asc, Lang::Zh);
        return ids(ws, rows);
    };
    CHECK(sorted(LedgerColumn::Deadline, true) == V{"m-3", "m-1", "m-2", "m-5"});
    CHECK(sorted(LedgerColumn::Deadline, false) == V{"m-1", "m-3", "m-2", "m-5"});
    CHECK(sorted(LedgerColumn::Status, true) == V{"m-3", "m-1", "m-5", "m-2"});
    CHECK(sorted(LedgerColumn::Seq, false) == V{"m-5", "m-3", "m-2", "m-1"});
    CHECK(sorted(LedgerColumn::Seq, true) == V{"m-1", "m-2", "m-3", "m-5"}); // 2-1 after 1-3
    CHECK(sorted(LedgerColumn::Plan, false) == V{"m-5", "m-1", "m-2", "m-3"});
    CHECK(sorted(LedgerColumn::Closure, false) == V{"m-2", "m-3", "m-1", "m-5"});
    // UTF-8 byte order: 其 (U+5176) < 大 (U+5927) < 招 (U+62DB); m-1 and m-2 keep their order.
    CHECK(sorted(LedgerColumn::Problem, true) == V{"m-5", "m-3", "m-1", "m-2"});
    CHECK(sorted(LedgerColumn::Problem, false) == V{"m-1", "m-2", "m-3", "m-5"});
    // Stable: sorting by status after sorting by seq descending keeps seq descending within ties.
    ws.plans[1].problems[0].measures[0].status = Status::InProgress;
    auto rows = ledger_rows(ws, "");
    ledger_sort(ws, rows, LedgerColumn::Seq, false, Lang::Zh);
    ledger_sort(ws, rows, LedgerColumn::Status, true, Lang::Zh);
    CHECK(ids(ws, rows) == V{"m-3", "m-5", "m-1", "m-2"});
    // The 序号 stays with its row.
    CHECK(rows[1].plan_no == 2);
    CHECK(rows[1].seq == 1);
}
