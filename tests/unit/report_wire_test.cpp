// Reports made as files through the wire (core/report/report_wire.h, office/office_calls.h
// report_file): the request read back field for field, and what the office module makes from the
// request and the workspace's plan file is what the writers make from the workspace in memory.
#include <catch2/catch_test_macros.hpp>

#include "core/format/format.h"
#include "core/format/sha256.h"
#include "core/report/closing_sheet.h"
#include "core/report/evidence_archive.h"
#include "core/report/report_wire.h"
#include "office/office_calls.h"
#include "office/zip.h"
#include "report_fixture.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

// The report fixture as the app holds a workspace: one its plan file gives back (a workspace has
// an ID; a 销号 state without its review history gets one, as the load makes it).
Workspace loadable(Workspace ws) {
    ws.id = "ws-report";
    LoadResult loaded = load_workspace(save_workspace(ws, 1));
    INFO(loaded.error.path + " " + loaded.error.detail);
    REQUIRE(loaded.ok);
    return std::move(loaded.workspace);
}
Workspace loadable() { return loadable(fixture_workspace()); }

// The fixture with two files of evidence on 措施1: a photo and a scan.
Workspace with_files() {
    Workspace ws = fixture_workspace();
    Measure& m = ws.plans[0].problems[0].measures[0];
    for (const char* bytes : {"a photo", "a scan"}) {
        Evidence e;
        e.id = std::string("ev-") + bytes;
        e.name = bytes;
        e.file.sha256 = sha256_hex(bytes);
        e.file.name = std::string(bytes) + ".jpg";
        e.file.size = std::int64_t(std::string(bytes).size());
        m.evidence.push_back(e);
    }
    return loadable(std::move(ws));
}

ReportRequest request(ReportFile kind, const ReportOptions& o) {
    ReportRequest r;
    r.kind = kind;
    r.plan = "plan-1";
    r.options = o;
    return r;
}

// The request as the module reads it, then run over the workspace's plan file.
ReportMade through_wire(const Workspace& ws, const ReportRequest& r) {
    ReportMade made;
    std::string error;
    const bool ran = run_report(report_input(r, save_workspace(ws, 1)), made, error);
    INFO(error);
    REQUIRE(ran);
    CHECK(made.kind == r.kind);
    return made;
}

} // namespace

TEST_CASE("a report request reads back as it was written", "[report][wire]") {
    ReportRequest r = request(ReportFile::Archive, options(true, false, Lang::En));
    r.problems = {"q-1", "q-3"};
    r.store_known = true;
    r.unavailable = {sha256_hex("a scan")};
    ReportRequest back;
    std::string error;
    REQUIRE(report_request_from_json(report_request_json(r), back, error));
    CHECK(back.kind == r.kind);
    CHECK(back.plan == r.plan);
    CHECK(back.options.public_notice);
    CHECK_FALSE(back.options.names);
    CHECK(back.options.today == r.options.today);
    CHECK(back.options.lang == Lang::En);
    CHECK(back.problems == r.problems);
    CHECK(back.store_known);
    CHECK(back.unavailable == r.unavailable);

    // Defaults (no date, Chinese, all problems) read back too.
    REQUIRE(report_request_from_json(report_request_json(ReportRequest{}), back, error));
    CHECK(back.kind == ReportFile::Docx);
    CHECK(back.options.today.empty());
    CHECK(back.options.lang == Lang::Zh);
    CHECK(back.options.names);
    CHECK(back.problems.empty());
    CHECK_FALSE(back.store_known);
}

TEST_CASE("a request that is not one is refused with a reason", "[report][wire]") {
    ReportRequest back;
    std::string error;
    for (const char* bad : {"", "[]", "{\"kind\":\"pdf\",\"plan\":\"p\"}",
                            "{\"kind\":\"docx\",\"plan\":\"p\",\"today\":\"2025-13-01\",\"lang\":\"zh-CN\",\"problems\":[],\"unavailable\":[]}",
                            "{\"kind\":\"docx\",\"plan\":\"p\",\"today\":\"\",\"lang\":\"fr\",\"problems\":[],\"unavailable\":[]}"}) {
        INFO(bad);
        error.clear();
        CHECK_FALSE(report_request_from_json(bad, back, error));
        CHECK_FALSE(error.empty());
    }
    // The module's input: no newline after the request, a plan file that does not load, no such plan.
    const Workspace ws = loadable();
    ReportMade made;
    CHECK_FALSE(run_report(report_request_json(request(ReportFile::Docx, options(false, true))), made, error));
    CHECK_FALSE(run_report(report_input(request(ReportFile::Docx, options(false, true)), "{\"format\":"), made, error));
    CHECK(error.find("did not load") != std::string::npos);
    ReportRequest elsewhere = request(ReportFile::Docx, options(false, true));
    elsewhere.plan = "plan-9";
    CHECK_FALSE(run_report(report_input(elsewhere, save_workspace(ws, 1)), made, error));
    CHECK(error.find("plan-9") != std::string::npos);
}

TEST_CASE("the Word report and 公示 through the wire are the writers' own, zipped", "[report][wire]") {
    const Workspace ws = loadable();
    for (const ReportOptions& o : {options(false, true), options(true, false), options(true, true, Lang::En)}) {
        const ReportRequest r = request(ReportFile::Docx, o);
        const ReportMade made = through_wire(ws, r);
        CHECK(made.parts == progress_report_docx_parts(ws, ws.plans[0], o));
        // The module's call: the same parts as one ZIP, every part readable.
        std::string docx;
        REQUIRE(office::report_file(report_input(r, save_workspace(ws, 1)), docx));
        office::ZipReader zip;
        REQUIRE_FALSE(zip.open(docx, "Word (.docx)"));
        for (const auto& [name, bytes] : made.parts) {
            std::string read;
            REQUIRE_FALSE(zip.read(name, read));
            CHECK(read == bytes);
        }
    }
}

TEST_CASE("the 对账销号单 through the wire: every problem or the ones asked for", "[report][wire]") {
    const Workspace ws = loadable();
    ReportRequest r = request(ReportFile::ClosingSheet, options(false, true));
    CHECK(through_wire(ws, r).text == closing_sheet_html(ws, ws.plans[0], {}, Lang::Zh));
    r.problems = {"q-2"};
    r.options.lang = Lang::En;
    const std::string one = through_wire(ws, r).text;
    CHECK(one == closing_sheet_html(ws, ws.plans[0], {"q-2"}, Lang::En));
    CHECK(one != closing_sheet_html(ws, ws.plans[0], {}, Lang::En));
    std::string page;
    REQUIRE(office::report_file(report_input(r, save_workspace(ws, 1)), page));
    CHECK(page == one);
}

TEST_CASE("一问题一档案 through the wire: the manifest, a file the store lacks left out", "[report][wire]") {
    const Workspace ws = with_files();
    ReportRequest r = request(ReportFile::Archive, options(false, true));
    // The store not known: every file taken as there.
    CHECK(through_wire(ws, r).text == archive_manifest_json(evidence_archive(ws, ws.plans[0], {Lang::Zh, r.options.today, {}}).entries));
    r.store_known = true;
    r.unavailable = {sha256_hex("a scan")};
    ArchiveOptions ao{Lang::Zh, r.options.today, [](const EvidenceFile& f) { return f.sha256 != sha256_hex("a scan"); }};
    const EvidenceArchive direct = evidence_archive(ws, ws.plans[0], ao);
    REQUIRE(direct.missing.size() == 1);
    const std::string manifest = through_wire(ws, r).text;
    CHECK(manifest == archive_manifest_json(direct.entries));
    CHECK(manifest.find(sha256_hex("a photo")) != std::string::npos);
    CHECK(manifest.find("\"sha256\":\"" + sha256_hex("a scan")) == std::string::npos);
}
