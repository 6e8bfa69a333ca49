// The ledger as CSV: export bytes, decoding (UTF-8, UTF-16, GBK), RFC 4180 parsing, the import
// preview's messages, and applying an import as one undo step.
#include <catch2/catch_test_macros.hpp>

#include "core/ledger/csv.h"
#include "core/format/input_limits.h"
#include "ledger_fixture.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::ledger_workspace;
using Records = std::vector<std::vector<std::string>>;

static const char* const kExpectedPlan1 =
    "\xEF\xBB\xBF"
    "序号,问题编号,问题,整改措施,责任科室,责任人,分管领导,整改时限,状态,最近进展,销号,"
    "问题类型,整改类型,实际完成时间,整改成效,整改金额（万元）,建章立制（项）,追责问责（人次）\r\n"
    "1,120210070800026,招生录取不规范,\"规范招生\n1. 公开招生计划\n2. 接受监督\",基教科（牵头）、财基科,"
    "翁丽明,卢红青,2022年11月底前,整改中,2022年7月1日 完成自查,未提交,作风建设,限期整改,,秩序规范,12.50,2,1\r\n"
    "2,120210070800026,招生录取不规范,\"加强监督, \"\"回头看\"\"\",督导室,张三,,长期坚持,已完成·长期坚持,,已销号,"
    "作风建设,限期整改,2022年10月8日,秩序规范,12.50,2,1\r\n"
    "3,,大班额,消除大班额,基教科,翁丽明,,2022年5月31日前,未开始,,待审核,,,,,,,\r\n";

TEST_CASE("csv export: BOM, header, RFC 4180 quoting, CRLF", "[csv]") {
    Workspace ws = ledger_workspace();
    CHECK(ledger_csv(ws, ledger_rows(ws, "plan-1"), Lang::Zh) == kExpectedPlan1);
    std::string en = ledger_csv(ws, ledger_rows(ws, "plan-2"), Lang::En);
    CHECK(en == "\xEF\xBB\xBFNo.,Problem code,Problem,Measure,Departments,Responsible,Leaders,Deadline,"
                "Status,Latest progress,Closure,Problem type,Rectification type,Date completed,Outcome,Amount (10k yuan),"
                "Rules made,Held accountable\r\n1,,其他问题,Other plan,,,,No deadline,Done,,Not submitted,,,,,,,\r\n");
    // Every plan's ledger: a 方案 column after 序号, and 序号 as plan-number.
    const std::string all = ledger_csv(ws, ledger_rows(ws, ""), Lang::Zh);
    CHECK(all.rfind("\xEF\xBB\xBF序号,方案,问题编号,问题,整改措施,", 0) == 0);
    CHECK(all.find("\r\n1-3,整改方案,,大班额,") != std::string::npos);
    CHECK(all.find("\r\n2-1,,,其他问题,Other plan,") != std::string::npos);
}

TEST_CASE("parse_csv: quotes, escapes, line breaks of every kind", "[csv]") {
    CHECK(parse_csv("a,b\r\n\"x\"\"y\",\"1\r\n2\"\n") == Records{{"a", "b"}, {"x\"y", "1\r\n2"}});
    CHECK(parse_csv("a\rb\nc") == Records{{"a"}, {"b"}, {"c"}});
    CHECK(parse_csv("a,,\n,") == Records{{"a", "", ""}, {"", ""}});
    CHECK(parse_csv("\"a,b\",c\r\n\r\n") == Records{{"a,b", "c"}, {""}});
    CHECK(parse_csv("").empty());
    std::vector<int> lines;
    parse_csv("h\r\n\"1\n2\r\n3\",x\r\nnext\n", &lines);
    CHECK(lines == std::vector<int>{1, 2, 5});
    Workspace ws = ledger_workspace();
    std::string text, enc;
    REQUIRE(decode_text(kExpectedPlan1, text, enc));
    Records r = parse_csv(text);
    REQUIRE(r.size() == 4);
    CHECK(r[1][3] == "规范招生\n1. 公开招生计划\n2. 接受监督");
    CHECK(r[2][3] == "加强监督, \"回头看\"");
}

TEST_CASE("decode_text: UTF-8, UTF-16 with a BOM, GBK", "[csv]") {
    std::string out, enc;
    CHECK(decode_text("\xEF\xBB\xBF基教科", out, enc));
    CHECK(out == "基教科");
    CHECK(enc == "UTF-8");
    CHECK(decode_text("基教科", out, enc));
    CHECK(out == "基教科");
    CHECK(decode_text(std::string_view("\xFF\xFE\xFA\x57" "a\0\x3D\xD8\x00\xDE", 10), out, enc));
    CHECK(out == "基a\xF0\x9F\x98\x80");
    CHECK(enc == "UTF-16LE");
    CHECK(decode_text(std::string_view("\xFE\xFF\x57\xFA", 4), out, enc));
    CHECK(out == "基");
    CHECK(enc == "UTF-16BE");
    // GBK, as Chinese Excel saves CSV: 基教科. If this fails in wasm, the runtime's iconv lacks GB18030.
    INFO("iconv must convert GB18030 to UTF-8 on this platform");
    CHECK(decode_text("\xbb\xf9\xbd\xcc\xbf\xc6", out, enc));
    CHECK(out == "基教科");
    CHECK(enc == "GB18030");
    CHECK_FALSE(decode_text("\xEF\xBB\xBF\xff\xfe", out, enc)); // a BOM, then not UTF-8
}

TEST_CASE("csv import: a GBK file from Excel", "[csv]") {
    const char* gbk = "\xd5\xfb\xb8\xc4\xb4\xeb\xca\xa9,\xd4\xf0\xc8\xce\xbf\xc6\xca\xd2,\xd7\xb4\xcc\xac\r\n"
                      "\xb9\xe6\xb7\xb6\xd5\xd0\xc9\xfa,\xbb\xf9\xbd\xcc\xbf\xc6\xa1\xa2\xb2\xc6\xbb\xf9\xbf\xc6,"
                      "\xd5\xfb\xb8\xc4\xd6\xd0\r\n"; // 整改措施,责任科室,状态 / 规范招生,基教科、财基科,整改中
    ImportPreview p = preview_ledger_import(gbk, 2022);
    INFO(p.error_en);
    REQUIRE(p.ok());
    CHECK(p.encoding == "GB18030");
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].ok);
    CHECK(p.rows[0].measure_title == "规范招生");
    CHECK(p.rows[0].departments == "基教科、财基科");
    CHECK(p.rows[0].status == Status::InProgress);
}

TEST_CASE("csv import: Excel's Unicode text (UTF-16LE, tab-separated)", "[csv]") {
    std::u16string text = u"整改措施\t状态\r\n规范招生, 公开\t整改中\r\n";
    std::string bytes = "\xFF\xFE";
    for (char16_t c : text) bytes += char(c & 0xFF), bytes += char(c >> 8);
    ImportPreview p = preview_ledger_import(bytes, 2022);
    REQUIRE(p.ok());
    CHECK(p.encoding == "UTF-16LE");
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].measure_title == "规范招生, 公开");
    CHECK(p.rows[0].status == Status::InProgress);
}

TEST_CASE("csv import: bad rows and files say what is wrong", "[csv]") {
    std::string csv = "问题,整改措施,状态,附件,整改时限\n"
                      "问题甲,\"措施一\n1. 步骤\",整改中,x,11月30日前\n"
                      "问题甲,,整改中,,\n"
                      ",,,,\n"
                      "问题乙,措施二,差不多,,\n"
                      "问题乙,措施三,,,,多余\n";
    ImportPreview p = preview_ledger_import(csv, 2023);
    REQUIRE(p.ok());
    CHECK(p.unknown_headers == std::vector<std::string>{"附件"});
    REQUIRE(p.rows.size() == 4); // the blank record is skipped
    CHECK(p.rows[0].ok);
    CHECK(p.rows[0].line == 2);
    CHECK(p.rows[0].measure_steps == std::vector<std::string>{"1. 步骤"});
    CHECK(p.rows[0].deadline.kind == DeadlineKind::Date);
    CHECK(p.rows[0].deadline.date == Date{2023, 11, 30});
    CHECK_FALSE(p.rows[1].ok);
    CHECK(p.rows[1].error_zh == "第4行：整改措施为空");
    CHECK(p.rows[1].error_en == "Line 4: the measure is empty");
    // A wording that is no status: imported as not started, kept as progress, and the row says so.
    CHECK(p.rows[2].ok);
    CHECK(p.rows[2].status == Status::NotStarted);
    CHECK_FALSE(p.rows[2].status_understood);
    CHECK(p.rows[2].progress == "状态：差不多");
    CHECK(p.rows[2].info_zh == "“差不多”未能识别为状态，按未开始导入，原文保留在进展中");
    CHECK_FALSE(p.rows[3].ok);
    CHECK(p.rows[3].error_en == "Line 7: more fields (6) than the header has (5)");

    ImportPreview none = preview_ledger_import("问题,状态\n甲,整改中\n", 2023);
    CHECK_FALSE(none.ok());
    CHECK(none.error_zh == "没有列对应“整改措施”，请在列对应中选择一列");
    CHECK(none.headers == std::vector<std::string>{"问题", "状态"}); // shown, to be mapped
    CHECK(none.rows.empty());
    CHECK(preview_ledger_import("", 2023).error_en == "The file is empty");
    CHECK_FALSE(preview_ledger_import("\xFF\xFE\x00", 2023).ok()); // odd-length UTF-16
}

TEST_CASE("split_names: every separator offices use", "[csv]") {
    CHECK(split_names("基教科（牵头）、财基科, 督导室；人事科;;") ==
          std::vector<std::string>{"基教科（牵头）", "财基科", "督导室", "人事科"});
    CHECK(split_names("  ").empty());
}

// Measures of a plan, in order, as comparable text (directory references by name).
static std::vector<std::string> describe(const Workspace& ws, const Plan& plan) {
    auto name = [&](const auto& list, const Id& id) {
        for (const auto& e : list)
            if (e.id == id) return e.name;
        return std::string("?");
    };
    std::vector<std::string> out;
    for (const Problem& p : plan.problems) {
        if (!alive(p)) continue;
        for (const Measure& m : p.measures) {
            if (!alive(m)) continue;
            std::string s = p.code + "|" + p.text + "|" + m.title + "|";
            for (const auto& st : m.steps) s += st + ";";
            s += "|L:";
            for (const Id& id : m.lead_departments) s += name(ws.departments, id) + ";";
            s += "|S:";
            for (const Id& id : m.support_departments) s += name(ws.departments, id) + ";";
            for (const Id& id : m.responsible) s += "|R:" + name(ws.people, id);
            for (const Id& id : m.leaders) s += "|F:" + name(ws.people, id);
            s += "|" + std::to_string(int(m.deadline.kind)) + to_iso(m.deadline.date) + m.deadline.text;
            s += "|" + std::to_string(int(m.status));
            out.push_back(s);
        }
    }
    return out;
}

TEST_CASE("csv round trip: export, import into an empty plan, same problems and measures", "[csv]") {
    for (Lang lang : {Lang::Zh, Lang::En}) {
        CAPTURE(int(lang));
        Workspace ws = ledger_workspace();
        std::string bytes = ledger_csv(ws, ledger_rows(ws, "plan-1"), lang);
        Plan empty;
        empty.id = "plan-new";
        ws.plans.push_back(empty);
        ImportPreview p = preview_ledger_import(bytes, 2022);
        REQUIRE(p.ok());
        CHECK(p.unknown_headers.empty());
        for (const ImportRow& r : p.rows) CHECK(r.ok);
        IdSource ids(7);
        History h([] { return std::int64_t(1700000000000); });
        Workspace before = ws;
        REQUIRE(h.execute(ws, apply_ledger_import(ws, ws.plans[2], p, ids)));
        CHECK(h.undo_count() == 1);
        CHECK(describe(ws, ws.plans[2]) == describe(ws, ws.plans[0]));
        CHECK(ws.plans[2].problems.size() == 2);
        CHECK(ws.plans[2].problems[1].number == "（二）");
        CHECK(ws.departments.size() == 3); // every name was found in the directory
        CHECK(ws.people.size() == 3);
        REQUIRE(h.undo(ws));
        CHECK(ws == before);
    }
}

TEST_CASE("csv import: reuses the plan's problems, adds missing directory entries once, one undo step", "[csv]") {
    Workspace ws = ledger_workspace();
    std::string csv = "问题编号,问题,整改措施,责任科室,责任人,分管领导,整改时限,状态\r\n"
                      "120210070800026,别的写法,新措施甲,体卫艺科（牵头）、基教科,李四、翁丽明,李四,2023年3月底前,已完成\r\n"
                      ",大班额,新措施乙,体卫艺科,李四,,长期坚持,\r\n"
                      ",新问题,新措施丙,,,,未定,\r\n";
    ImportPreview p = preview_ledger_import(csv, 2023);
    REQUIRE(p.ok());
    IdSource ids(11);
    std::int64_t now = 1700000000000;
    History h([&] { return now += 1000; });
    const Workspace before = ws;
    REQUIRE(h.execute(ws, apply_ledger_import(ws, ws.plans[0], p, ids)));
    CHECK(h.undo_count() == 1);
    const Plan& plan = ws.plans[0];
    REQUIRE(plan.problems.size() == 4); // pr-1 by code, pr-2 by text, one new
    CHECK(plan.problems[0].measures.back().title == "新措施甲");
    CHECK(plan.problems[1].measures.back().title == "新措施乙");
    CHECK(plan.problems[3].text == "新问题");
    CHECK(plan.problems[3].number == "（三）"); // two live problems before it
    REQUIRE(ws.departments.size() == 4);
    CHECK(ws.departments[3].name == "体卫艺科");
    REQUIRE(ws.people.size() == 4);
    CHECK(ws.people[3].name == "李四");
    const Measure& a = plan.problems[0].measures.back();
    CHECK(a.lead_departments == std::vector<Id>{ws.departments[3].id});
    CHECK(a.support_departments == std::vector<Id>{"d-1"});
    CHECK(a.responsible == std::vector<Id>{ws.people[3].id, "p-1"});
    CHECK(a.leaders == std::vector<Id>{ws.people[3].id});
    CHECK(a.deadline.date == Date{2023, 3, 31});
    CHECK(a.status == Status::Done);
    CHECK(a.meta.created.by == "QZJY");
    const Measure& b = plan.problems[1].measures.back();
    CHECK(b.lead_departments == std::vector<Id>{ws.departments[3].id});
    CHECK(b.deadline.kind == DeadlineKind::Ongoing);
    CHECK(plan.problems[3].measures[0].deadline.kind == DeadlineKind::None);
    const Workspace after = ws;
    REQUIRE(h.undo(ws));
    CHECK(ws == before);
    REQUIRE(h.redo(ws));
    CHECK(ws == after);
    // Nothing to apply: no command.
    CHECK(apply_ledger_import(ws, ws.plans[0], preview_ledger_import("整改措施\n\n", 2023), ids) == nullptr);
}

TEST_CASE("csv formula escaping: a ' before what Excel would run, and exactly the same text back", "[csv]") {
    const std::pair<const char*, const char*> cases[] = {
        {"=1+1", "'=1+1"}, {"+86 0777", "'+86 0777"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},   {"\rx", "'\rx"},           {"'=1", "''=1"}, {"''-2", "'''-2"},
        {"'abc", "'abc"},  {"'", "'"},                {"", ""},        {"5-3", "5-3"},
        {"整改", "整改"},  {" =1", " =1"},
    };
    for (const auto& [text, cell] : cases) {
        CAPTURE(text);
        CHECK(escape_csv_formula(text) == cell);
        CHECK(unescape_csv_formula(cell) == text);
    }
    // Every text built from these pieces: no escaped cell starts a formula, and every text comes back.
    const char* const heads[] = {"", "'", "''"};
    const char* const starts[] = {"", "=", "+", "-", "@", "\t", "\r", "'", "a", "整", " "};
    const char* const tails[] = {"", "1", "=2", "'"};
    for (const char* h : heads)
        for (const char* s : starts)
            for (const char* t : tails) {
                const std::string text = std::string(h) + s + t;
                CAPTURE(text);
                const std::string cell = escape_csv_formula(text);
                CHECK((cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos));
                CHECK(unescape_csv_formula(cell) == text);
            }
}

TEST_CASE("csv formula injection: exported cells are text to Excel, and the import gives the texts back", "[csv]") {
    Workspace ws = ledger_workspace();
    Problem& p = ws.plans[0].problems[0];
    p.code = "-5";
    p.text = "=HYPERLINK(\"http://example.com\",\"点我\")";
    p.measures[0].title = "+86 0777 1234567";
    p.measures[1].title = "'=1+1"; // a text that itself begins with '=
    ws.departments[0].name = "@基教科";
    ws.people[0].name = "-翁丽明";
    const std::string csv = ledger_csv(ws, ledger_rows(ws, "plan-1"), Lang::Zh);
    CHECK(csv.find(",'-5,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\",\"'+86 0777 1234567\n") !=
          std::string::npos);
    CHECK(csv.find(",''=1+1,") != std::string::npos);
    CHECK(csv.find(",'@基教科（牵头）、财基科,'-翁丽明,") != std::string::npos);
    // No cell of the file starts a formula.
    std::string text, enc;
    REQUIRE(decode_text(csv, text, enc));
    for (const auto& record : parse_csv(text))
        for (const std::string& cell : record) {
            CAPTURE(cell);
            CHECK((cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos));
        }
    ImportPreview pv = preview_ledger_import(csv, 2022);
    REQUIRE(pv.ok());
    REQUIRE(pv.rows.size() == 3);
    CHECK(pv.rows[0].problem_code == "-5");
    CHECK(pv.rows[0].problem_text == p.text);
    CHECK(pv.rows[0].measure_title == "+86 0777 1234567");
    CHECK(pv.rows[0].departments == "@基教科（牵头）、财基科");
    CHECK(pv.rows[0].people == "-翁丽明");
    CHECK(pv.rows[1].measure_title == "'=1+1");
}

TEST_CASE("csv import: a ledger over 20 MB is refused before it is read", "[csv][limits]") {
    const std::string big = "整改措施\n" + std::string(max_input_bytes(InputKind::LedgerCsv), 'x');
    ImportPreview p = preview_ledger_import(big, 2023);
    CHECK_FALSE(p.ok());
    CHECK(p.rows.empty());
    CHECK(p.error_zh == "台账文件太大（20.1 MB），导入的台账最大为 20 MB。请分成几个文件导入。");
    CHECK(p.error_en ==
          "The ledger file is too large (20.1 MB); a ledger to import may be up to 20 MB. Split it into several files.");
}
