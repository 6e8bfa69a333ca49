// The Excel form a ledger came in (Plan::form): kept at import (new plan or existing, one undo step),
// saved and loaded with the plan (only when there is one), checked on load, and turned into the rows
// 按原表导出 writes (a row per measure, the mapped columns only). base64 both ways.
#include <catch2/catch_test_macros.hpp>

#include <random>

#include "core/commands.h"
#include "core/format/base64.h"
#include "core/format/format.h"
#include "core/format/json.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger_form.h"
#include "core/ledger/ledger_mapping.h"

using namespace rectify;

namespace {

// A titled ledger: 城南中学巡察整改台账 above 序号,问题,整改措施,责任科室,备注,完成情况; the problem
// of the first row continues on the second (a merged cell left blank).
const std::string kLedger = "城南中学巡察整改台账\r\n"
                            "序号,问题,整改措施,责任科室,备注,完成情况\r\n"
                            "1,食堂从业人员健康证过期,组织体检,总务处,,已完成\r\n"
                            ",,建立提醒台账,总务处,,正在整改\r\n"
                            "2,校服采购未公开招标,重新招标,总务处,,未开始\r\n";

const std::string kBytes = std::string("PK\x03\x04 pretend workbook \x00\xff bytes", 30);

struct Imported {
    Workspace ws;
    IdSource ids;
    History history;
    ImportPreview preview = preview_ledger_import(kLedger, 2025);
};

} // namespace

TEST_CASE("base64 both ways, and nothing guessed from bad text", "[form]") {
    std::mt19937 rng(7);
    for (size_t n : {0u, 1u, 2u, 3u, 4u, 5u, 100u, 1001u}) {
        std::string bytes(n, '\0');
        for (char& c : bytes) c = char(rng());
        std::string back;
        REQUIRE(base64_decode(base64_encode(bytes), back));
        CHECK(back == bytes);
    }
    CHECK(base64_encode("Man") == "TWFu");
    CHECK(base64_encode("Ma") == "TWE=");
    std::string out;
    CHECK(base64_decode("TW\nFu", out));
    CHECK(out == "Man");
    CHECK_FALSE(base64_decode("TWFu!", out));
    CHECK_FALSE(base64_decode("TW=Fu", out));
    CHECK_FALSE(base64_decode("T", out)); // 6 bits: not a byte
}

TEST_CASE("a workbook's form is kept with the new plan it makes, and comes back on load", "[form]") {
    Imported t;
    t.ws.id = t.ids.make("ws");
    REQUIRE(t.preview.ok());
    const LedgerForm form = ledger_form_of("城南中学台账.xlsx", kBytes, t.preview);
    CHECK(form.header_row == 2);
    CHECK(form.sheet == 0);
    CHECK(form.columns == std::vector<std::string>{"seq", "problem", "measure", "departments", "note", "status"});
    CHECK(ledger_form_of("大表.xlsx", std::string(kMaxFormBytes + 1, 'x'), t.preview).empty()); // too large to keep
    REQUIRE(t.history.execute(t.ws, apply_ledger_import(t.ws, LedgerTarget("", "台账", Date{2025, 7, 1}, form), t.preview, t.ids)));
    REQUIRE(t.ws.plans.size() == 1);
    CHECK(t.ws.plans[0].form == form);
    std::string bytes;
    REQUIRE(base64_decode(t.ws.plans[0].form.xlsx, bytes));
    CHECK(bytes == kBytes);

    const std::string file = save_workspace(t.ws, 0);
    CHECK(file.find("\"ledger_form\"") != std::string::npos);
    LoadResult r = load_workspace(file);
    REQUIRE(r.ok);
    CHECK(r.workspace.plans[0].form == form);

    // A plan without a form writes none.
    Workspace plain = t.ws;
    plain.plans[0].form = LedgerForm{};
    CHECK(save_workspace(plain, 0).find("ledger_form") == std::string::npos);
    LoadResult p = load_workspace(save_workspace(plain, 0));
    REQUIRE(p.ok);
    CHECK(p.workspace.plans[0].form.empty());

    // A form that is not base64, or names no header row, is refused by the loader's checks, naming where.
    Workspace broken = t.ws;
    broken.plans[0].form.xlsx.insert(0, "!");
    try {
        check_integrity(broken);
        FAIL("a broken form passed");
    } catch (const LoadFailure& e) {
        CHECK(e.error.path == "plans[0].ledger_form.xlsx");
    }
    broken.plans[0].form = form;
    broken.plans[0].form.header_row = 0;
    CHECK_THROWS_AS(check_integrity(broken), LoadFailure);
}

TEST_CASE("importing a workbook into an existing plan gives it the form, one undo step", "[form]") {
    Imported t;
    t.ws.id = t.ids.make("ws");
    REQUIRE(t.history.execute(t.ws, apply_ledger_import(t.ws, LedgerTarget("", "台账", Date{2025, 7, 1}), t.preview, t.ids)));
    CHECK(t.ws.plans[0].form.empty());
    const Id plan = t.ws.plans[0].id;
    const LedgerForm form = ledger_form_of("新表.xlsx", kBytes, t.preview);
    REQUIRE(t.history.execute(t.ws, apply_ledger_import(t.ws, LedgerTarget(plan, "", Date{2025, 7, 1}, form), t.preview, t.ids)));
    CHECK(t.ws.plans[0].form.name == "新表.xlsx");
    CHECK(t.ws.plans[0].meta.changed.fields.count("form"));
    REQUIRE(t.history.undo(t.ws));
    CHECK(t.ws.plans[0].form.empty());
}

TEST_CASE("the rows 按原表导出 writes: a row per measure, the form's mapped columns only", "[form]") {
    Imported t;
    t.ws.id = t.ids.make("ws");
    const LedgerForm form = ledger_form_of("台账.xlsx", kBytes, t.preview);
    REQUIRE(t.history.execute(t.ws, apply_ledger_import(t.ws, LedgerTarget("", "台账", Date{2025, 7, 1}, form), t.preview, t.ids)));
    const Plan& plan = t.ws.plans[0];
    FormFill fill = ledger_form_fill(t.ws, plan, Lang::Zh);
    CHECK(fill.header_row == 2);
    CHECK(fill.columns == std::vector<int>{0, 1, 2, 3, 5}); // 备注 (4): kept as progress in the app, left empty in the form
    CHECK(fill.merge == std::vector<int>{1, 3});
    CHECK(fill.numbers == std::vector<int>{0});
    REQUIRE(fill.rows.size() == 3);
    CHECK(fill.rows[0] == std::vector<std::string>{"1", "食堂从业人员健康证过期", "组织体检", "总务处", "已完成"});
    CHECK(fill.rows[1] == std::vector<std::string>{"2", "食堂从业人员健康证过期", "建立提醒台账", "总务处", "整改中"});
    CHECK(fill.rows[2][1] == "校服采购未公开招标");
    const std::string json = form_fill_json(plan.form, fill);
    CHECK(json.find("\"xlsx\":\"" + plan.form.xlsx + "\"") != std::string::npos);
    CHECK(json.find("\"merge\":[1,3]") != std::string::npos);
}
