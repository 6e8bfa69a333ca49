// The ledger import as sheets really are: the header found below title rows and over two rows,
// merged cells carried (from GridMerge, and from the blank cells a CSV export leaves), status
// words, dates as text and as Excel serials, long codes, hidden rows, several sheets, the
// mapping changed by the user, bad rows with their reasons, a new plan or an existing one.
#include <catch2/catch_test_macros.hpp>

#include <chrono>

#include "core/commands.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger_mapping.h"
#include "ledger_fixture.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

// The ledger of the issue: a title row above the header, a problem cell merged over two measure
// rows (blank in the CSV), a date as text and one as an Excel serial, a status wording.
const std::string kTitled = "城南中学巡察整改台账\r\n"
                            "序号,问题,整改措施,责任科室,责任人,整改时限,完成情况\r\n"
                            "1,食堂从业人员健康证过期,措施A,总务处,张三,2025年6月30日,已完成\r\n"
                            ",,措施B,,李四,45808,正在整改\r\n";

GridCell text(std::string t) {
    GridCell c;
    c.kind = t.empty() ? GridCell::Kind::Empty : GridCell::Kind::Text;
    c.text = std::move(t);
    return c;
}

GridCell kind(GridCell::Kind k, std::string t) {
    GridCell c;
    c.kind = k;
    c.text = std::move(t);
    return c;
}

std::vector<GridCell> row(std::initializer_list<const char*> cells) {
    std::vector<GridCell> out;
    for (const char* c : cells) out.push_back(text(c));
    return out;
}

GridSheet sheet(std::string name, std::vector<std::vector<GridCell>> rows) {
    GridSheet s;
    s.name = std::move(name);
    s.rows = std::move(rows);
    for (size_t i = 0; i < s.rows.size(); i++) s.source_rows.push_back(int(i) + 1);
    return s;
}

Grid grid_of(std::vector<GridSheet> sheets) {
    Grid g;
    g.sheets = std::move(sheets);
    return g;
}

void check_titled(const ImportPreview& p) {
    INFO(p.error_en);
    REQUIRE(p.ok());
    CHECK(p.title == "城南中学巡察整改台账");
    CHECK(p.title_line == 1);
    CHECK(p.header_line == 2);
    CHECK(p.header_rows == 1);
    CHECK(p.mapping == std::vector<LedgerField>{LedgerField::Seq, LedgerField::Problem, LedgerField::Measure,
                                                LedgerField::Departments, LedgerField::People, LedgerField::Deadline,
                                                LedgerField::Status});
    CHECK(p.unknown_headers.empty());
    REQUIRE(p.rows.size() == 2);
    const ImportRow& a = p.rows[0];
    const ImportRow& b = p.rows[1];
    CHECK(a.ok);
    CHECK(a.line == 3);
    CHECK(a.problem_text == "食堂从业人员健康证过期");
    CHECK(a.measure_title == "措施A");
    CHECK(a.departments == "总务处");
    CHECK(a.people == "张三");
    CHECK(a.deadline.kind == DeadlineKind::Date);
    CHECK(a.deadline.date == Date{2025, 6, 30});
    CHECK(a.status == Status::Done);
    CHECK(a.progress.empty()); // 已完成 is the status's own word: nothing more to keep
    CHECK(a.continues_line == 0);
    // The merged problem cell, blank in the CSV: the row continues the problem above, and says so.
    CHECK(b.ok);
    CHECK(b.line == 4);
    CHECK(b.problem_text == "食堂从业人员健康证过期");
    CHECK(b.continues_line == 3);
    CHECK(b.info_zh == "接续第3行的问题（合并单元格）");
    CHECK(b.info_en == "continues the problem of line 3 (a merged cell)");
    CHECK(b.departments.empty()); // only a merged range carries other cells; a CSV keeps none
    CHECK(b.people == "李四");
    CHECK(b.deadline.kind == DeadlineKind::Date);
    CHECK(b.deadline.date == Date{2025, 5, 31}); // Excel serial 45808
    CHECK(b.status == Status::InProgress);
    CHECK(b.progress == "完成情况：正在整改"); // the wording, kept
}

} // namespace

TEST_CASE("ledger import: the header below a title row, a blank problem continues the one above (UTF-8)", "[ledger-import]") {
    check_titled(preview_ledger_import(kTitled, 2025));
    check_titled(preview_ledger_import("\xEF\xBB\xBF" + kTitled, 2025));
}

TEST_CASE("ledger import: the same ledger as Excel on Chinese Windows saves it (GBK)", "[ledger-import]") {
    const std::string gbk =
        "\xb3\xc7\xc4\xcf\xd6\xd0\xd1\xa7\xd1\xb2\xb2\xec\xd5\xfb\xb8\xc4\xcc\xa8\xd5\xcb\r\n\xd0\xf2\xba\xc5,\xce\xca\xcc\xe2,"
        "\xd5\xfb\xb8\xc4\xb4\xeb\xca\xa9,\xd4\xf0\xc8\xce\xbf\xc6\xca\xd2,\xd4\xf0\xc8\xce\xc8\xcb,\xd5\xfb\xb8\xc4\xca\xb1\xcf\xde,"
        "\xcd\xea\xb3\xc9\xc7\xe9\xbf\xf6\r\n1,\xca\xb3\xcc\xc3\xb4\xd3\xd2\xb5\xc8\xcb\xd4\xb1\xbd\xa1\xbf\xb5\xd6\xa4\xb9\xfd\xc6\xda,"
        "\xb4\xeb\xca\xa9" "A,\xd7\xdc\xce\xf1\xb4\xa6,\xd5\xc5\xc8\xfd,2025\xc4\xea" "6\xd4\xc2" "30\xc8\xd5,\xd2\xd1\xcd\xea\xb3\xc9\r\n"
        ",,\xb4\xeb\xca\xa9" "B,,\xc0\xee\xcb\xc4,45808,\xd5\xfd\xd4\xda\xd5\xfb\xb8\xc4\r\n";
    const ImportPreview p = preview_ledger_import(gbk, 2025);
    CHECK(p.encoding == "GB18030");
    check_titled(p);
}

TEST_CASE("ledger import: a header over two rows, as CSV leaves it and as a workbook merges it", "[ledger-import]") {
    const std::string csv = "序号,问题,整改措施,责任,,整改情况,\n"
                            ",,,责任单位,责任人,完成情况,完成时间\n"
                            "1,问题甲,措施甲,基教科,张三,已整改,2025/5/8\n";
    const std::vector<LedgerField> want{LedgerField::Seq, LedgerField::Problem, LedgerField::Measure, LedgerField::Departments,
                                        LedgerField::People, LedgerField::Status, LedgerField::DoneDate};
    ImportPreview p = preview_ledger_import(csv, 2025);
    REQUIRE(p.ok());
    CHECK(p.header_line == 1);
    CHECK(p.header_rows == 2);
    CHECK(p.mapping == want);
    CHECK(p.headers == std::vector<std::string>{"序号", "问题", "整改措施", "责任单位", "责任人", "完成情况", "完成时间"});
    REQUIRE(p.rows.size() == 1); // the second header row is no data
    CHECK(p.rows[0].line == 3);
    CHECK(p.rows[0].status == Status::Done);
    CHECK(p.rows[0].done == Date{2025, 5, 8});
    CHECK(p.rows[0].progress == "完成情况：已整改"); // the office's wording, dated the day it was done

    // The workbook: 责任 and 整改情况 merged over their columns, 序号/问题/整改措施 merged down two rows;
    // the reader leaves each value in its top-left cell only. A child the parent explains (人).
    GridSheet s = sheet("台账", {row({"整改台账"}), row({"序号", "问题", "整改措施", "责任", "", "整改情况", ""}),
                                 row({"", "", "", "单位", "人", "完成情况", "完成时间"}),
                                 row({"1", "问题甲", "措施甲", "基教科", "张三", "已整改", ""})});
    s.rows[3][6] = kind(GridCell::Kind::Date, "2025-05-08");
    s.merges = {{0, 0, 0, 6}, {1, 3, 1, 4}, {1, 5, 1, 6}, {1, 0, 2, 0}, {1, 1, 2, 1}, {1, 2, 2, 2}};
    p = preview_ledger_grid(grid_of({s}), 0, nullptr, 2025);
    REQUIRE(p.ok());
    CHECK(p.title == "整改台账");
    CHECK(p.header_line == 2);
    CHECK(p.header_rows == 2);
    CHECK(p.mapping == want);
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].departments == "基教科");
    CHECK(p.rows[0].people == "张三");
    CHECK(p.rows[0].done == Date{2025, 5, 8});
}

TEST_CASE("ledger import: merged ranges carry a problem over its measure rows and a department over its rows", "[ledger-import]") {
    GridSheet s = sheet("Sheet1", {row({"问题编号", "问题", "整改措施", "责任单位", "整改时限"}),
                                   row({"120250070900101", "校车接送安全隐患", "排查校车", "安信科", "2025年12月31日"}),
                                   row({"", "", "培训驾驶员", "", "2026年3月底前"}),
                                   row({"", "", "建立台账", "基教科", ""}),
                                   row({"120250070900102", "食堂价格公示不及时", "每月公示", "", ""})});
    s.merges = {{1, 0, 3, 0}, {1, 1, 3, 1}, {1, 3, 2, 3}, {3, 4, 4, 4}};
    s.rows[3][4] = text("");
    s.rows[3][4] = kind(GridCell::Kind::Date, "2026-06-30"); // the top-left of a range over rows 4 and 5
    const ImportPreview p = preview_ledger_grid(grid_of({s}), 0, nullptr, 2025);
    REQUIRE(p.ok());
    REQUIRE(p.rows.size() == 4);
    for (int i = 0; i < 3; i++) {
        CAPTURE(i);
        CHECK(p.rows[size_t(i)].ok);
        CHECK(p.rows[size_t(i)].problem_code == "120250070900101");
        CHECK(p.rows[size_t(i)].problem_text == "校车接送安全隐患");
        CHECK(p.rows[size_t(i)].continues_line == (i ? 2 : 0));
    }
    CHECK(p.rows[0].departments == "安信科");
    CHECK(p.rows[1].departments == "安信科"); // under the range
    CHECK(p.rows[2].departments == "基教科"); // its own
    CHECK(p.rows[3].departments.empty());
    CHECK(p.rows[2].deadline.date == Date{2026, 6, 30});
    CHECK(p.rows[3].deadline.date == Date{2026, 6, 30});
    CHECK(p.rows[3].problem_text == "食堂价格公示不及时");
    CHECK(p.rows[3].continues_line == 0);
}

TEST_CASE("ledger import: never a problem without text; bad rows say why", "[ledger-import]") {
    const std::string csv = "问题,整改措施,责任人\n"
                            ",措施一,张三\n"          // blank problem, nothing above to continue
                            "问题甲,,李四\n"          // no measure
                            "问题甲,措施二,王五,多余\n" // more fields than the header
                            ",措施三,\n";             // continues 问题甲 (line 4 has it)
    const ImportPreview p = preview_ledger_import(csv, 2025);
    REQUIRE(p.ok());
    REQUIRE(p.rows.size() == 4);
    CHECK_FALSE(p.rows[0].ok);
    CHECK(p.rows[0].error_zh == "第2行：问题为空，上方也没有可接续的问题");
    CHECK_FALSE(p.rows[1].ok);
    CHECK(p.rows[1].error_en == "Line 3: the measure is empty");
    CHECK_FALSE(p.rows[2].ok);
    CHECK(p.rows[2].error_en == "Line 4: more fields (4) than the header has (3)");
    CHECK(p.rows[3].ok);
    CHECK(p.rows[3].problem_text == "问题甲");
    CHECK(p.rows[3].continues_line == 4); // the nearest row above naming it, left out or not

    // No problem column at all: each measure is its own problem, or its code names it.
    const ImportPreview only = preview_ledger_import("整改措施,责任人\n措施一,张三\n措施二,李四\n", 2025);
    REQUIRE(only.rows.size() == 2);
    CHECK(only.rows[0].problem_text == "措施一");
    CHECK(only.rows[1].problem_text == "措施二");
}

TEST_CASE("ledger import: the status words offices write", "[ledger-import]") {
    const std::pair<const char*, Status> words[] = {
        {"已完成", Status::Done},          {"已整改", Status::Done},           {"完成", Status::Done},
        {"整改完成。", Status::Done},      {"已办结", Status::Done},           {"整改中", Status::InProgress},
        {"正在整改", Status::InProgress},  {"持续推进", Status::InProgress},   {"正在整改中，预计年底完成", Status::InProgress},
        {"长期坚持", Status::DoneOngoing}, {"整改完成，长期坚持", Status::DoneOngoing},
        {"未整改", Status::NotStarted},    {"未开始", Status::NotStarted},     {"Done", Status::Done},
    };
    for (const auto& [word, status] : words) {
        CAPTURE(word);
        Status s = Status::NotStarted;
        CHECK(ledger_status_words(word, s));
        CHECK(s == status);
    }
    Status s = Status::Done;
    CHECK_FALSE(ledger_status_words("差不多", s));
    CHECK_FALSE(ledger_status_words("", s));
    CHECK_FALSE(ledger_status_words("是否完成整改", s)); // asked, not stated
}

TEST_CASE("ledger import: a status wording not understood is kept, not silently not started", "[ledger-import]") {
    Workspace ws = ledger_workspace();
    const ImportPreview p = preview_ledger_import("问题,整改措施,整改进展,备注\n问题甲,措施甲,看情况再定,需区财政支持\n", 2025);
    REQUIRE(p.rows.size() == 1);
    const ImportRow& r = p.rows[0];
    CHECK(r.ok);
    CHECK_FALSE(r.status_understood);
    CHECK(r.status_wording == "看情况再定");
    CHECK(r.info_en == "\"看情况再定\" is not a status the app knows: imported as not started, the wording kept as progress");
    CHECK(r.progress == "整改进展：看情况再定\n备注：需区财政支持");
    IdSource ids(3);
    History h([] { return std::int64_t(1700000000000); });
    REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{"plan-2", "", Date{2025, 7, 1}}, p, ids)));
    const Measure& m = ws.plans[1].problems.back().measures.back();
    CHECK(m.status == Status::NotStarted);
    REQUIRE(m.progress.size() == 1);
    CHECK(m.progress[0].text == "整改进展：看情况再定\n备注：需区财政支持");
    CHECK(m.progress[0].date == Date{2025, 7, 1});
    CHECK(m.progress[0].meta.created.at == 1700000000000);
}

TEST_CASE("ledger import: dates as text, as Date cells and as Excel serials only where a date belongs", "[ledger-import]") {
    const GridCell::Kind T = GridCell::Kind::Text, N = GridCell::Kind::Number;
    const std::tuple<GridCell::Kind, const char*, DeadlineKind, Date> cases[] = {
        {T, "2025年6月30日", DeadlineKind::Date, {2025, 6, 30}}, {T, "2025/6/30", DeadlineKind::Date, {2025, 6, 30}},
        {T, "2025-06-30", DeadlineKind::Date, {2025, 6, 30}},   {T, "2025.6.30", DeadlineKind::Date, {2025, 6, 30}},
        {T, "6月底", DeadlineKind::EndOfMonth, {2024, 6, 30}},   {N, "45808", DeadlineKind::Date, {2025, 5, 31}},
        {T, "45808", DeadlineKind::Date, {2025, 5, 31}},         {N, "36526", DeadlineKind::Date, {2000, 1, 1}},
        {N, "12", DeadlineKind::Unparsed, {}},                   {N, "99999", DeadlineKind::Unparsed, {}},
        {GridCell::Kind::Date, "2025-06-30", DeadlineKind::Date, {2025, 6, 30}},
        {T, "长期坚持", DeadlineKind::Ongoing, {}},              {T, "2025/13/40", DeadlineKind::Unparsed, {}},
    };
    for (const auto& [k, t, want_kind, want_date] : cases) {
        CAPTURE(t);
        const Deadline d = ledger_deadline_cell(kind(k, t), 2024);
        CHECK(d.kind == want_kind);
        CHECK(d.date == want_date);
    }
    CHECK(ledger_deadline_cell(kind(N, "45808"), 2024).text == "2025年5月31日"); // a serial as the day it means
    CHECK(ledger_deadline_cell(kind(T, "2025/6/30"), 2024).text == "2025/6/30"); // text as written
    // A serial in another column is not a date: a problem code of five digits stays what it is.
    const ImportPreview p = preview_ledger_import("问题编号,问题,整改措施,整改时限\n45808,问题甲,措施甲,45808\n", 2025);
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].problem_code == "45808");
    CHECK(p.rows[0].deadline.date == Date{2025, 5, 31});
}

TEST_CASE("ledger import: codes of 15-20 digits stay exactly as written", "[ledger-import]") {
    const char* codes[] = {"120210070800026", "1202100708000261234", "12345678901234567891"};
    for (const char* code : codes) {
        CAPTURE(code);
        const ImportPreview p = preview_ledger_import(std::string("问题编号,问题,整改措施\n") + code + ",问题甲,措施甲\n", 2025);
        REQUIRE(p.rows.size() == 1);
        CHECK(p.rows[0].problem_code == code);
        GridSheet s = sheet("", {row({"问题编号", "问题", "整改措施"}), row({"", "问题甲", "措施甲"})});
        s.rows[1][0] = kind(GridCell::Kind::Number, code);
        const ImportPreview g = preview_ledger_grid(grid_of({s}), 0, nullptr, 2025);
        REQUIRE(g.rows.size() == 1);
        CHECK(g.rows[0].problem_code == code);
        Workspace ws = ledger_workspace();
        IdSource ids(5);
        History h([] { return std::int64_t(1700000000000); });
        REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{}, g, ids)));
        CHECK(ws.plans.back().problems[0].code == code);
    }
}

TEST_CASE("ledger import: hidden rows are skipped and counted", "[ledger-import]") {
    GridSheet s = sheet("", {row({"问题", "整改措施"}), row({"问题甲", "措施一"}), row({"问题乙", "措施二"}),
                             row({"问题丙", "措施三"})});
    s.hidden_rows = {false, false, true, false};
    const ImportPreview p = preview_ledger_grid(grid_of({s}), 0, nullptr, 2025);
    REQUIRE(p.ok());
    CHECK(p.hidden_rows == 1);
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[0].measure_title == "措施一");
    CHECK(p.rows[1].measure_title == "措施三");
    CHECK(p.rows[1].line == 4);
}

TEST_CASE("ledger import: several sheets, the best guessed, any chosen", "[ledger-import]") {
    GridSheet hidden = sheet("隐藏", {row({"问题", "整改措施"}), row({"隐藏问题", "隐藏措施"})});
    hidden.hidden = true;
    const GridSheet notes = sheet("说明", {row({"填表说明：每个问题一行"}), row({"请于每月5日前报送"})});
    const GridSheet ledger = sheet("台账", {row({"问题", "整改措施"}), row({"问题甲", "措施甲"})});
    const GridSheet other = sheet("二季度", {row({"存在问题", "具体措施"}), row({"问题乙", "措施乙"}), row({"问题丙", "措施丙"})});
    const Grid g = grid_of({hidden, notes, ledger, other});
    CHECK(guess_ledger_sheet(g) == 2);
    ImportPreview p = preview_ledger_grid(g, -1, nullptr, 2025);
    CHECK(p.sheet == 2);
    CHECK(p.sheet_names == std::vector<std::string>{"隐藏", "说明", "台账", "二季度"});
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].measure_title == "措施甲");
    p = preview_ledger_grid(g, 3, nullptr, 2025);
    CHECK(p.sheet == 3);
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[1].problem_text == "问题丙");
    p = preview_ledger_grid(g, 1, nullptr, 2025); // a sheet without a header: says so
    CHECK_FALSE(p.ok());
    CHECK(p.error_zh == "前30行中没有找到表头（至少要有两列能识别，例如“问题”和“整改措施”）");
    CHECK_FALSE(preview_ledger_grid(Grid{}, -1, nullptr, 2025).ok());
}

TEST_CASE("ledger import: the mapping changed by the user is what the rows are read with", "[ledger-import]") {
    const std::string csv = "问题,整改措施,牵头单位,情况说明,附件\n问题甲,措施甲,基教科,已与施工方签约,照片3张\n";
    ImportPreview p = preview_ledger_import(csv, 2025);
    REQUIRE(p.ok());
    CHECK(p.mapping == std::vector<LedgerField>{LedgerField::Problem, LedgerField::Measure, LedgerField::Departments,
                                                LedgerField::Note, LedgerField::None});
    CHECK(p.unknown_headers == std::vector<std::string>{"附件"});
    CHECK(p.rows[0].progress == "情况说明：已与施工方签约");
    GridRead g = read_csv_grid(csv);
    std::vector<LedgerField> mapping = p.mapping;
    mapping[3] = LedgerField::Situation; // the user: that column is 整改情况
    mapping[4] = LedgerField::Note;      // …and 附件 a note
    mapping[2] = LedgerField::People;
    p = preview_ledger_grid(g.grid, 0, &mapping, 2025);
    REQUIRE(p.ok());
    CHECK(p.mapping == mapping);
    CHECK(p.guessed[3] == LedgerField::Note); // the guess stays known, for the preview to show
    CHECK(p.unknown_headers.empty());
    CHECK(p.rows[0].departments.empty());
    CHECK(p.rows[0].people == "基教科");
    CHECK(p.rows[0].progress == "已与施工方签约\n附件：照片3张");
    mapping[1] = LedgerField::None; // no measure column: the table is shown, nothing importable
    p = preview_ledger_grid(g.grid, 0, &mapping, 2025);
    CHECK_FALSE(p.ok());
    CHECK(p.error_en == "No column is mapped to the measure (整改措施); choose one in the mapping");
    CHECK(p.headers.size() == 5);
    CHECK(p.rows.empty());
}

TEST_CASE("ledger import: header names in both languages and their variants", "[ledger-import]") {
    const std::pair<const char*, LedgerField> names[] = {
        {"序号", LedgerField::Seq},                  {"问题清单", LedgerField::Problem},      {"存在问题", LedgerField::Problem},
        {"问题描述", LedgerField::Problem},          {"具体措施", LedgerField::Measure},      {"整改措施\n（具体）", LedgerField::Measure},
        {"牵头单位", LedgerField::Departments},      {"责任部门", LedgerField::Departments},  {"具体责任人", LedgerField::People},
        {"分管领导", LedgerField::Leaders},          {"完成时限", LedgerField::Deadline},     {"时间节点", LedgerField::Deadline},
        {"计划完成时间", LedgerField::Deadline},     {"整改进展", LedgerField::Status},       {"进展情况", LedgerField::Status},
        {"整改进度", LedgerField::Status},           {"整改成效", LedgerField::Outcome},    {"整改情况", LedgerField::Situation},
        {"完成时间", LedgerField::DoneDate},         {"备注", LedgerField::Note},             {"Measure", LedgerField::Measure},
        {"problem code", LedgerField::ProblemCode},  {"Deadline", LedgerField::Deadline},     {"问题编号", LedgerField::ProblemCode},
        {"问题类型", LedgerField::ProblemType},      {"附件", LedgerField::None},             {"工作类别", LedgerField::None},
        {"问题类别", LedgerField::ProblemType},      {"整改类型", LedgerField::RectifyType},  {"整改金额（万元）", LedgerField::Amount},
        {"涉及金额\n（万元）", LedgerField::Amount},  {"建章立制", LedgerField::Rules},        {"追责问责人数", LedgerField::Accountable},
        {"问责人次", LedgerField::Accountable},             {"Leader in charge", LedgerField::Leaders},
        {"Responsible unit", LedgerField::Departments}, {"责任科室/单位", LedgerField::Departments}, {"Work done", LedgerField::Situation},
    };
    for (const auto& [name, field] : names) {
        CAPTURE(name);
        CHECK(ledger_field_by_header(name) == field);
    }
    bool known = false;
    CHECK(ledger_field_by_header("最近进展", &known) == LedgerField::None);
    CHECK(known); // the app's own column: recorded in the app, not imported, not "unknown"
    LedgerField f = LedgerField::None;
    CHECK(ledger_field_by_name("整改情况", f));
    CHECK(f == LedgerField::Situation);
    CHECK(ledger_field_by_name("Date done", f));
    CHECK(f == LedgerField::DoneDate);
    CHECK(ledger_field_by_name("none", f));
    CHECK(f == LedgerField::None);
    CHECK_FALSE(ledger_field_by_name("随便", f));
}

TEST_CASE("ledger import: into a new plan or an existing one, one undo step either way", "[ledger-import]") {
    const ImportPreview p = preview_ledger_import(kTitled, 2025);
    REQUIRE(p.ok());
    CHECK(ledger_plan_title(p, "台账.csv") == "城南中学巡察整改台账");
    ImportPreview untitled = p;
    untitled.title.clear();
    CHECK(ledger_plan_title(untitled, "/tmp/二季度台账.csv") == "二季度台账");

    Workspace ws = ledger_workspace();
    const Workspace before = ws;
    IdSource ids(9);
    std::int64_t now = 1700000000000;
    History h([&] { return now += 1000; });
    REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{"", ledger_plan_title(p, "台账.csv"), Date{2025, 7, 1}}, p, ids)));
    CHECK(h.undo_count() == 1);
    REQUIRE(ws.plans.size() == 3);
    const Plan& made = ws.plans[2];
    CHECK(made.title == "城南中学巡察整改台账");
    CHECK(made.meta.created.by == "QZJY");
    REQUIRE(made.problems.size() == 1); // the continued row joined its problem
    CHECK(made.problems[0].text == "食堂从业人员健康证过期");
    CHECK(made.problems[0].number == "（一）");
    REQUIRE(made.problems[0].measures.size() == 2);
    CHECK(made.problems[0].measures[0].status == Status::Done);
    CHECK(made.problems[0].measures[0].progress.empty());
    CHECK(made.problems[0].measures[1].status == Status::InProgress);
    REQUIRE(made.problems[0].measures[1].progress.size() == 1);
    CHECK(made.problems[0].measures[1].progress[0].text == "完成情况：正在整改");
    CHECK(ws.plans[0] == before.plans[0]);
    REQUIRE(h.undo(ws));
    CHECK(ws == before);

    // Into an existing plan: its problems numbered on from the live ones, no plan added.
    REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{"plan-1", "", {}}, p, ids)));
    CHECK(ws.plans.size() == 2);
    CHECK(ws.plans[0].problems.back().text == "食堂从业人员健康证过期");
    CHECK(ws.plans[0].problems.back().number == "（三）");
    CHECK(ws.plans[0].problems.back().measures.size() == 2);
    REQUIRE(h.undo(ws));
    CHECK(ws == before);
    // A plan that is not there, or no good row: no command.
    CHECK(apply_ledger_import(ws, LedgerTarget{"plan-x", "", {}}, p, ids) == nullptr);
    CHECK(apply_ledger_import(ws, LedgerTarget{}, preview_ledger_import("问题,整改措施\n问题甲,\n", 2025), ids) == nullptr);
}

TEST_CASE("ledger import: a sheet of a million rows is refused at once, with the limit", "[ledger-import][limits]") {
    std::string csv = "问题,整改措施\n";
    for (size_t i = 0; i <= kMaxLedgerRows; i++) csv += "问题,措施\n";
    auto start = std::chrono::steady_clock::now();
    ImportPreview p = preview_ledger_import(csv, 2025);
    CHECK_FALSE(p.ok());
    CHECK(p.error_en == "The sheet has too many rows (50002); a ledger to import may have up to 50000. Split it into several files.");
    GridSheet big;
    big.rows.resize(1000000);
    p = preview_ledger_grid(grid_of({big}), 0, nullptr, 2025);
    CHECK(p.error_zh == "工作表行数太多（1000000行），导入的台账最多 50000 行。请分成几个文件导入。");
    // Huge overlapping merged ranges cost no more than the sheet.
    GridSheet s = sheet("", {row({"问题", "整改措施"}), row({"问题甲", "措施一"})});
    for (int i = 0; i < 100000; i++) s.merges.push_back({0, 0, 1000000000, 16383});
    p = preview_ledger_grid(grid_of({s}), 0, nullptr, 2025);
    CHECK(p.ok());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}

TEST_CASE("ledger import: column letters as spreadsheets name them", "[ledger-import]") {
    CHECK(ledger_column_letter(0) == "A");
    CHECK(ledger_column_letter(25) == "Z");
    CHECK(ledger_column_letter(26) == "AA");
    CHECK(ledger_column_letter(701) == "ZZ");
    CHECK(ledger_column_letter(702) == "AAA");
}

TEST_CASE("ledger import: what stands above a table is neither its title nor its header", "[ledger-import]") {
    // 附件2 and a "key: value" line are no title; a line of two "key: value" cells naming known
    // words (单位, 分管领导) is no header.
    const std::string csv = "附件2\n"
                            "填报单位：城南中学\n"
                            "城南中学巡察整改台账\n"
                            "填报单位：城南中学,分管领导：李四\n"
                            "问题,整改措施（具体到时间节点）,整改时限\n"
                            "问题甲,措施甲,45808.5\n";
    const ImportPreview p = preview_ledger_import(csv, 2025);
    REQUIRE(p.ok());
    CHECK(p.title == "城南中学巡察整改台账");
    CHECK(p.title_line == 3);
    CHECK(p.header_line == 5);
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].measure_title == "措施甲");
    // A CSV cell is text: 45808.5 is no serial there; a workbook's number with a time of day is.
    CHECK(p.rows[0].deadline.kind == DeadlineKind::Unparsed);
    CHECK(ledger_deadline_cell(kind(GridCell::Kind::Number, "45808.5"), 2025).date == Date{2025, 5, 31});
}

TEST_CASE("ledger import: outcome columns by the headers offices write, onto the problem", "[ledger-import][outcomes]") {
    // Synonyms of the headers, a problem over two rows (its figures on the first), full-width
    // digits, units in the cells, and a figure that does not read.
    const std::string csv = "问题类别,问题,整改措施,整改方式,整改金额（万元）,建章立制,追责问责人数,整改成效,完成时间\r\n"
                            "财务管理,违规发放补贴,清退补贴,立行立改,１２.50,2项,3人次,已全部清退,2025年6月30日\r\n"
                            ",,完善制度,,,,,,\r\n"
                            "作风建设,会风不正,整顿会风,马上改,十万,,,,\r\n";
    const ImportPreview p = preview_ledger_import(csv, 2025);
    INFO(p.error_en);
    REQUIRE(p.ok());
    CHECK(p.mapping == std::vector<LedgerField>{LedgerField::ProblemType, LedgerField::Problem, LedgerField::Measure,
                                                LedgerField::RectifyType, LedgerField::Amount, LedgerField::Rules,
                                                LedgerField::Accountable, LedgerField::Outcome, LedgerField::DoneDate});
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[0].amount == "12.50");
    CHECK(p.rows[2].amount.empty());
    CHECK(p.rows[2].info_zh.find("“十万”不是整改金额（万元）的数字") != std::string::npos);
    CHECK(p.rows[2].info_zh.find("“马上改”") != std::string::npos);

    Workspace ws = ledger_workspace();
    IdSource ids(7);
    History h([] { return std::int64_t(1700000000000); });
    REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{}, p, ids)));
    const Plan& made = ws.plans.back();
    REQUIRE(made.problems.size() == 2);
    const Problem& a = made.problems[0];
    CHECK(a.problem_type == "财务管理");
    CHECK(a.rectify_type == RectifyType::Immediate);
    CHECK(a.amount == "12.50");
    CHECK(a.rules == 2);
    CHECK(a.accountable == 3);
    CHECK(a.outcome == "已全部清退");
    REQUIRE(a.measures.size() == 2);
    CHECK(a.measures[0].completed_on == Date{2025, 6, 30});
    CHECK(made.problems[1].problem_type == "作风建设");
    CHECK(made.problems[1].rectify_type == RectifyType::None);

    // Exported and imported again, the ledger's own columns carry the same values.
    const std::string out = ledger_csv(ws, ledger_rows(ws, made.id), Lang::Zh);
    const ImportPreview back = preview_ledger_import(out, 2025);
    REQUIRE(back.ok());
    REQUIRE(h.execute(ws, apply_ledger_import(ws, LedgerTarget{}, back, ids)));
    const Problem& again = ws.plans.back().problems[0];
    CHECK((again.problem_type == a.problem_type && again.rectify_type == a.rectify_type && again.amount == a.amount &&
           again.rules == a.rules && again.accountable == a.accountable && again.outcome == a.outcome));
    CHECK(ws.plans.back().problems[0].measures[0].completed_on == Date{2025, 6, 30});
}
