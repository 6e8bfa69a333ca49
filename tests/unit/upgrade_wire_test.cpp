// A file in a format the web app's startup module no longer reads (core/format/old_formats.h), put
// in today's format by the office module (core/format/upgrade_wire.h): what the app gets back is what
// loading it in one process gives — the same workspace, the file's own FileInfo, the same repair,
// the same error key and place when it does not load even so — and a request or an answer that is
// not one is refused with the reason.
#include <catch2/catch_test_macros.hpp>

#include "core/format/format.h"
#include "core/format/upgrade_wire.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

// The file through the module's call and back, as the app reads it.
LoadResult through_module(const std::string& file, bool stored_copy) {
    UpgradeRequest req;
    req.repair_ids = stored_copy;
    std::string answer;
    REQUIRE(run_upgrade(upgrade_request_json(req), file, answer));
    LoadResult r;
    std::string error;
    INFO(error);
    REQUIRE(upgrade_answer_from_wire(answer, r, error));
    return r;
}

} // namespace

TEST_CASE("a version-1 plan file comes back in today's format, as loading it directly gives it", "[format][upgrade]") {
    const std::string v1 = fixture("formats/v1-sample.rectify.json");
    const LoadResult direct = load_workspace(v1);
    REQUIRE(direct.ok);
    const LoadResult r = through_module(v1, false);
    REQUIRE(r.ok);
    CHECK(r.workspace == direct.workspace);
    CHECK(r.info.version == 1); // the version it was written in: the app keeps a restore point of it
    CHECK(r.info.app == direct.info.app);
    CHECK(r.info.exported_at == direct.info.exported_at);
    CHECK(r.info.exported_by.name == direct.info.exported_by.name);
    CHECK(r.info.exported_by.code == direct.info.exported_by.code);
    CHECK(r.repaired_ids == 0);
}

TEST_CASE("the app's stored copy with repeated IDs comes back repaired; another office's file does not", "[format][upgrade]") {
    const std::string text = fixture("merge/stored-duplicate-ids.rectify.json");
    Limits repair;
    repair.repair_ids = true;
    const LoadResult direct = load_workspace(text, repair);
    REQUIRE(direct.ok);
    const LoadResult r = through_module(text, true);
    REQUIRE(r.ok);
    CHECK(r.repaired_ids == direct.repaired_ids);
    CHECK(r.repaired_ids > 0);
    CHECK(r.workspace == direct.workspace);
    CHECK(r.info.version == direct.info.version); // the version it was stored in

    const LoadResult file = through_module(text, false); // a file from elsewhere: refused as before
    REQUIRE_FALSE(file.ok);
    CHECK(file.error.key == Msg::DuplicateId);
    CHECK(file.error.path == load_workspace(text).error.path);
    CHECK(file.error.detail == load_workspace(text).error.detail);
}

TEST_CASE("a damaged version-1 file is refused with the loader's own error, key, place and words", "[format][upgrade]") {
    std::string v1 = fixture("formats/v1-sample.rectify.json");
    const size_t at = v1.find("\"title\"");
    REQUIRE(at != std::string::npos);
    v1.replace(at, 7, "\"titel\""); // the plan's title is required
    const LoadResult direct = load_workspace(v1);
    REQUIRE_FALSE(direct.ok);
    const LoadResult r = through_module(v1, false);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.key == direct.error.key);
    CHECK(r.error.path == direct.error.path);
    CHECK(format_error(r.error, Lang::Zh) == format_error(direct.error, Lang::Zh));
    CHECK(format_error(r.error, Lang::En) == format_error(direct.error, Lang::En));
}

TEST_CASE("an upgrade request or answer that is not one is refused with the reason", "[format][upgrade]") {
    std::string out;
    CHECK_FALSE(run_upgrade("not json", "{}", out));
    CHECK(out.find("not JSON") != std::string::npos);
    CHECK_FALSE(run_upgrade(R"({"repair_ids":"yes"})", "{}", out));
    CHECK(out.find("repair_ids") != std::string::npos);

    LoadResult r;
    std::string error;
    CHECK_FALSE(upgrade_answer_from_wire("{\"ok\":true}", r, error)); // no frame
    CHECK(error.find("newline") != std::string::npos);
    CHECK_FALSE(upgrade_answer_from_wire("{\"ok\":true}\n", r, error)); // no FileInfo
    CHECK(error.find("version") != std::string::npos);
    CHECK_FALSE(upgrade_answer_from_wire(R"({"ok":false,"key":"NoSuchKey","path":"","detail":"","n":0,"limit":0,"expected":0,"found":0})"
                                         "\n",
                                         r, error));
    CHECK(error.find("key") != std::string::npos);
    // A well-formed head whose plan file does not load: said, not taken.
    CHECK_FALSE(upgrade_answer_from_wire(R"({"ok":true,"version":1,"app":"","exported_at":"","by_name":"","by_code":"","repaired_ids":0})"
                                         "\n{}",
                                         r, error));
    CHECK(error.find("upgraded workspace") != std::string::npos);
    CHECK_FALSE(r.ok);
}
