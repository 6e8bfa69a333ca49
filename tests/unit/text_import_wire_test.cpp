// The text import as a call with bytes in and out (core/import/text_import_wire.h): what the app
// receives from the office module is what import_text made, field for field, the plan included.
#include <catch2/catch_test_macros.hpp>

#include "core/format/format.h"
#include "core/import/text_import_wire.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;

namespace {

// The result as the app receives it: the request written, run, the wire read back.
TextImport through_wire(std::string_view input, const ImportTextOptions& o, bool file) {
    std::string wire;
    REQUIRE(run_text_import(text_import_request(o, file), input, wire));
    TextImport r;
    std::string error;
    REQUIRE(text_import_from_wire(wire, r, error));
    CHECK(error.empty());
    return r;
}

void check_same(const TextImport& a, const TextImport& b) {
    CHECK(a.error_zh == b.error_zh);
    CHECK(a.error_en == b.error_en);
    REQUIRE(a.spans.size() == b.spans.size());
    for (size_t i = 0; i < a.spans.size(); i++) {
        CHECK(a.spans[i].begin == b.spans[i].begin);
        CHECK(a.spans[i].end == b.spans[i].end);
        CHECK(a.spans[i].kind == b.spans[i].kind);
    }
    CHECK(a.unplaced == b.unplaced);
    CHECK(a.decoded == b.decoded);
    CHECK(a.encoding == b.encoding);
    CHECK(a.is_report == b.is_report);
    CHECK(a.status_read == b.status_read);
    CHECK(a.status_proposed == b.status_proposed);
    CHECK(a.levels == b.levels);
    CHECK(a.problem_level == b.problem_level);
    CHECK(a.examined == b.examined);
    const int counts[2][13] = {
        {a.stated_problems, a.deadlines_without_year, a.problems, a.codes, a.measures, a.steps, a.responsibility_lines,
         a.deadlines, a.deadlines_dated, a.progress, a.statuses, a.phases, a.sections},
        {b.stated_problems, b.deadlines_without_year, b.problems, b.codes, b.measures, b.steps, b.responsibility_lines,
         b.deadlines, b.deadlines_dated, b.progress, b.statuses, b.phases, b.sections}};
    for (int i = 0; i < 13; i++) CHECK(counts[0][i] == counts[1][i]);
    CHECK(a.ws.plans.size() == b.ws.plans.size());
    CHECK(save_workspace(a.ws, 1) == save_workspace(b.ws, 1)); // the whole workspace, every field the format has
}

} // namespace

TEST_CASE("text import through the wire: a file and a pasted report come back as import_text made them", "[text][wire]") {
    ImportTextOptions o;
    o.id_seed = 8;
    o.default_year = 2026;
    o.office_code = "GA-01";
    o.now_ms = 1764979200000;

    const std::string plan = fixture("text/plan-yishi.txt");
    const TextImport direct = import_text_file(plan, o);
    REQUIRE(direct.ok());
    REQUIRE(direct.problems > 0);
    check_same(direct, through_wire(plan, o, true));

    const std::string report = fixture("text/report-progress.txt");
    const TextImport direct_report = import_text(report, o);
    REQUIRE(direct_report.is_report);
    check_same(direct_report, through_wire(report, o, false));

    // Statuses read and proposed (已更换…), a year missing from deadlines.
    for (const char* shape : {"text/shapes/check-findings-passed.txt", "text/shapes/deadline-no-year.txt"}) {
        const std::string text = fixture(shape);
        const TextImport d = import_text(text, ImportTextOptions{});
        CHECK((!d.status_proposed.empty() || d.deadlines_without_year > 0));
        ImportTextOptions seeded = o;
        seeded.default_year = 0;
        check_same(import_text(text, seeded), through_wire(text, seeded, false));
    }
}

TEST_CASE("text import through the wire: a refused input keeps its reason and makes no plan", "[text][wire]") {
    ImportTextOptions o;
    o.id_seed = 3;
    const std::string binary("PK\x03\x04\0\0\x01\x02", 8);
    const TextImport direct = import_text_file(binary, o);
    REQUIRE_FALSE(direct.ok());
    const TextImport wired = through_wire(binary, o, true);
    CHECK_FALSE(wired.ok());
    CHECK(wired.ws.plans.empty());
    check_same(direct, wired);
}

TEST_CASE("text import request: the options and the user's corrections cross unchanged", "[text][wire]") {
    ImportTextOptions o;
    o.id_seed = 0xfedcba9876543210ull; // beyond a double's exact integers
    o.default_year = 2025;
    o.office_code = "教育局";
    o.now_ms = 1700000000123;
    o.corrections.problem_level = "（一）";
    o.corrections.lines = {{12, LineRole::Problem}, {340, LineRole::JoinPrevious}, {7, LineRole::Noise}};
    for (bool file : {false, true}) {
        ImportTextOptions back;
        bool file_back = !file;
        std::string error;
        REQUIRE(text_import_request_from_json(text_import_request(o, file), back, file_back, error));
        CHECK(file_back == file);
        CHECK(back.id_seed == o.id_seed);
        CHECK(back.default_year == o.default_year);
        CHECK(back.office_code == o.office_code);
        CHECK(back.now_ms == o.now_ms);
        CHECK(back.corrections.problem_level == o.corrections.problem_level);
        CHECK(back.corrections.lines == o.corrections.lines);
    }
}

TEST_CASE("text import wire: what the module did not write is refused, not half read", "[text][wire]") {
    TextImport r;
    std::string error;
    CHECK_FALSE(text_import_from_wire("", r, error));
    CHECK_FALSE(text_import_from_wire("{\"zh\":\"\"}\n", r, error)); // members missing
    CHECK_FALSE(error.empty());
    ImportTextOptions o;
    o.id_seed = 8;
    std::string wire;
    REQUIRE(run_text_import(text_import_request(o, false), "一、存在问题\n（一）台账不全。\n整改措施：补齐台账。", wire));
    CHECK(text_import_from_wire(wire, r, error));
    CHECK_FALSE(text_import_from_wire(wire.substr(0, wire.size() - 10), r, error)); // the plan file cut short
    std::string out;
    CHECK_FALSE(run_text_import("{\"file\":true}", "text", out)); // not a request
    CHECK_FALSE(out.empty());
}
