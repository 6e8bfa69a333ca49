// What a file given to the app is (core/import/file_intake.h): decided once, parsed once.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/import/file_intake.h"
#include "test_util.h"

using namespace rectify;

namespace {
const std::string kLedgerCsv = "问题编号,整改措施,责任科室,整改时限\r\n（一）,规范接送秩序,基教科,11月30日前\r\n";
const std::string kLedgerTsv = "问题编号\t整改措施\t责任科室\r\n（一）\t规范接送秩序\t基教科\r\n";
const std::string kProse = "青山市教育局关于印发整改方案的通知\n各科室：\n现将整改方案印发给你们，请认真贯彻落实。\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(32, '\0');
} // namespace

TEST_CASE("plan files are told by their name or by what the user picked them for", "[file_intake]") {
    CHECK(is_plan_file("山区学校.rectify.JSON", Want::Any));
    CHECK(is_plan_file("return.bin", Want::PlanFiles));
    CHECK_FALSE(is_plan_file("台账.csv", Want::Any));
    CHECK(is_ledger_name("台账.TSV", Want::Any));
    CHECK(is_ledger_name("台账", Want::Ledger));
    CHECK_FALSE(is_ledger_name("照片.png", Want::Any));
}

TEST_CASE("a ledger is parsed once, with the target plan's year for deadlines that name none", "[file_intake]") {
    const Intake in = classify_incoming("台账.csv", Want::Any, kLedgerCsv, 2025, Lang::Zh);
    REQUIRE(in.kind == IntakeKind::Ledger);
    REQUIRE(in.ledger.ok());
    REQUIRE(in.ledger.rows.size() == 1);
    CHECK(in.ledger.rows[0].measure_title == "规范接送秩序");
    CHECK(in.ledger.rows[0].deadline.date == Date{2025, 11, 30});
    // …with its cells kept, so that the preview can read them again with another mapping.
    REQUIRE(in.grid.sheets.size() == 1);
    CHECK(in.grid.sheets[0].rows.size() == 2);
    CHECK(in.ledger.mapping.size() == 4);
}

TEST_CASE("a .txt whose header is not its first line is a document's text; a .csv is a ledger", "[file_intake]") {
    const std::string titled = "城南中学整改台账\r\n问题\t整改措施\r\n问题甲\t措施甲\r\n";
    const Intake txt = classify_incoming("台账.txt", Want::Any, titled, 2026, Lang::Zh);
    CHECK(txt.kind == IntakeKind::DocumentText);
    CHECK(txt.grid.sheets.empty());
    const Intake csv = classify_incoming("台账.csv", Want::Any, titled, 2026, Lang::Zh);
    REQUIRE(csv.kind == IntakeKind::Ledger);
    CHECK(csv.ledger.title == "城南中学整改台账");
    CHECK(csv.ledger.rows.size() == 1);
}

TEST_CASE("a .txt is a ledger when it has a ledger's columns, else a document's text", "[file_intake]") {
    CHECK(classify_incoming("导出.txt", Want::Any, kLedgerTsv, 2026, Lang::Zh).kind == IntakeKind::Ledger);
    const Intake doc = classify_incoming("整改方案.txt", Want::Any, kProse, 2026, Lang::Zh);
    CHECK(doc.kind == IntakeKind::DocumentText);
    CHECK(doc.ledger.rows.empty());
    // Picked as a ledger, it is read as one, and the preview says what is wrong with it.
    const Intake asked = classify_incoming("整改方案.txt", Want::Ledger, kProse, 2026, Lang::Zh);
    CHECK(asked.kind == IntakeKind::Ledger);
    CHECK_FALSE(asked.ledger.ok());
}

TEST_CASE("another kind of file is named as what it is; an unknown name is not taken", "[file_intake]") {
    const Intake pic = classify_incoming("台账.csv", Want::Any, kPng, 2026, Lang::Zh); // whatever its name says
    CHECK(pic.kind == IntakeKind::OtherFormat);
    REQUIRE(pic.other != nullptr);
    CHECK(classify_incoming("notes.md", Want::Any, kProse, 2026, Lang::Zh).kind == IntakeKind::NotTaken);
}

TEST_CASE("a plan file is classified by its name and read once, for the merge", "[file_intake]") {
    const Intake in = classify_incoming("青山.rectify.json", Want::Any, testing::fixture("formats/v2-sample.rectify.json"), 2026, Lang::Zh);
    REQUIRE(in.kind == IntakeKind::PlanFile);
    CHECK(in.plan.ok);
    CHECK(in.plan.name == "青山.rectify.json");
    CHECK_FALSE(in.plan.ws.plans.empty());
    // Picked as a plan file, a picture is still taken as one: the loader says what it is instead.
    const Intake pic = classify_incoming("return.bin", Want::PlanFiles, kPng, 2026, Lang::En);
    REQUIRE(pic.kind == IntakeKind::PlanFile);
    CHECK_FALSE(pic.plan.ok);
    CHECK(pic.plan.error.find("PNG") != std::string::npos);
}

TEST_CASE("a plan file is read once for the merge: its workspace, or the loader's message", "[file_intake]") {
    const IncomingPlan good = read_plan_file("青山.rectify.json", testing::fixture("formats/v2-sample.rectify.json"), Lang::Zh);
    REQUIRE(good.ok);
    CHECK(good.name == "青山.rectify.json");
    CHECK(good.error.empty());
    CHECK_FALSE(good.ws.plans.empty());

    const IncomingPlan png = read_plan_file("照片.json", kPng, Lang::En);
    CHECK_FALSE(png.ok);
    CHECK(png.ws.plans.empty());
    CHECK(png.error.find("PNG") != std::string::npos); // what the loader says the file is
    const IncomingPlan zh = read_plan_file("空.json", "", Lang::Zh);
    CHECK_FALSE(zh.ok);
    CHECK(zh.error == "文件是空的。");
}

TEST_CASE("office file names, any case", "[file_intake]") {
    CHECK(office_name_kind("台账.XLSX") == "xlsx");
    CHECK(office_name_kind("宏.xlsm") == "xlsx");
    CHECK(office_name_kind("方案.Docx") == "docx");
    CHECK(office_name_kind("方案.docm") == "docx");
    CHECK(office_name_kind("旧.xls").empty());
    CHECK(office_name_kind("x").empty());
    // Named so but not one by its bytes: the office reader is asked, and says why.
    Intake in = classify_incoming("半截.DOCX", Want::Any, "not a zip", 2025, Lang::Zh);
    CHECK(in.kind == IntakeKind::OtherFormat);
    CHECK(std::string(in.other) == "docx");
}

TEST_CASE("an encrypted file is known by its content, whatever its name or purpose", "[file_intake]") {
    Envelope e;
    e.salt = std::string(16, 's'), e.iv = std::string(12, 'i'), e.data = std::string(30, 'd');
    const std::string text = write_envelope(e);
    for (const char* name : {"回执.rectify.enc.json", "plan.rectify.json", "backup.txt", "no-extension"})
        for (Want want : {Want::Any, Want::PlanFiles, Want::Ledger}) {
            INFO(name);
            const Intake in = classify_incoming(name, want, text, 2024, Lang::Zh);
            CHECK(in.kind == IntakeKind::Encrypted);
            CHECK(in.envelope.ok());
            CHECK(in.envelope.envelope.data == e.data);
        }
    // a damaged one is still an encrypted file, with what is wrong with it
    const Intake cut = classify_incoming("x.rectify.json", Want::Any, text.substr(0, 100), 2024, Lang::En);
    CHECK(cut.kind == IntakeKind::Encrypted);
    CHECK(cut.envelope.fault == EnvelopeFault::NotJson);
    // a plan file is still a plan file
    CHECK(classify_incoming("x.rectify.json", Want::Any, "{\"format\":\"rectify-plan\"}", 2024, Lang::En).kind == IntakeKind::PlanFile);
}
