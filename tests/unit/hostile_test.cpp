// The hostile-file corpus (tests/data/hostile, written by make_hostile.py): each file must fail
// with exactly the message, path and numbers listed in expected.txt, and leave the workspace as
// it was.
#include <catch2/catch_test_macros.hpp>

#include <set>
#include <sstream>

#include "core/format.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;

namespace {
struct Case {
    std::string file, key, path, detail;
    std::int64_t n = -1, limit = -1, max_bytes = -1;
};

std::vector<Case> read_cases() {
    std::vector<Case> cases;
    std::istringstream in(fixture("hostile/expected.txt"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ls(line);
        Case c;
        ls >> c.file >> c.key >> c.path;
        std::string opt;
        while (ls >> opt) {
            size_t eq = opt.find('=');
            std::string name = opt.substr(0, eq);
            if (name == "detail") {
                c.detail = opt.substr(eq + 1);
                continue;
            }
            std::int64_t v = std::stoll(opt.substr(eq + 1));
            (name == "n" ? c.n : name == "limit" ? c.limit : c.max_bytes) = v;
        }
        cases.push_back(c);
    }
    return cases;
}
} // namespace

TEST_CASE("every hostile file fails with its expected message and changes nothing", "[hostile]") {
    std::vector<Case> cases = read_cases();
    REQUIRE(cases.size() >= 40);
    Workspace ws = testing::random_workspace(99);
    const Workspace before = ws;
    for (const Case& c : cases) {
        INFO("file " << c.file);
        std::string bytes = fixture("hostile/" + c.file);
        Limits limits;
        if (c.max_bytes >= 0) limits.max_bytes = size_t(c.max_bytes);
        LoadError err;
        bool loaded = load_into(ws, bytes, err, limits);
        INFO("got " << msg_key_name(err.key) << " at " << err.path << ": " << format_error(err, Lang::En));
        REQUIRE_FALSE(loaded);
        CHECK(msg_key_name(err.key) == c.key);
        CHECK(err.path == (c.path == "-" ? "" : c.path));
        if (c.n >= 0) CHECK(err.n == c.n);
        if (c.limit >= 0) CHECK(err.limit == c.limit);
        if (!c.detail.empty()) CHECK(err.detail == c.detail);
        CHECK(ws == before);
        // Messages about a place name it, in both languages.
        for (Lang lang : {Lang::Zh, Lang::En}) {
            std::string msg = format_error(err, lang);
            CHECK(msg.find('{') == std::string::npos);
            bool names_path = std::string(pick(lang, msg_text(err.key))).find("{path}") != std::string::npos;
            if (names_path) CHECK(msg.find(err.path) != std::string::npos);
        }
    }
}

TEST_CASE("the hostile corpus covers every load failure the loader can report", "[hostile]") {
    std::set<std::string> covered;
    for (const Case& c : read_cases()) covered.insert(c.key);
    for (int k = 0; k < kMsgCount; k++) {
        Msg key = Msg(k);
        if (key == Msg::ReadFailed) continue; // a file system error, not file content
        INFO(msg_key_name(key));
        CHECK(covered.count(msg_key_name(key)));
    }
}

TEST_CASE("a file from a newer version says so, with both versions", "[hostile]") {
    LoadResult r = load_workspace(fixture("hostile/too-new.json"));
    REQUIRE(!r.ok);
    std::string en = format_error(r.error, Lang::En), zh = format_error(r.error, Lang::Zh);
    CHECK(en.find("newer") != std::string::npos);
    CHECK(en.find("version 3") != std::string::npos);
    CHECK(zh.find("更新版本") != std::string::npos);
}

TEST_CASE("a file of another kind is named as what it is, in both languages", "[hostile]") {
    LoadResult png = load_workspace(fixture("hostile/image.png"));
    REQUIRE(!png.ok);
    CHECK(format_error(png.error, Lang::Zh) == "这是 PNG 图片，不是整改通的方案文件（*.rectify.json）。");
    CHECK(format_error(png.error, Lang::En) == "This is a PNG image, not a Rectify plan file (*.rectify.json).");
    LoadResult docx = load_workspace(fixture("hostile/plan.docx"));
    REQUIRE(!docx.ok);
    CHECK(format_error(docx.error, Lang::Zh).find("Word 文档") != std::string::npos);
    CHECK(format_error(docx.error, Lang::En).find("a Word document (.docx)") != std::string::npos);
    // Never the encoding errors these files used to get.
    for (const char* f : {"image.png", "archive.zip", "plan.docx", "report.pdf", "photo.jpg"}) {
        INFO(f);
        LoadResult r = load_workspace(fixture(std::string("hostile/") + f));
        CHECK(r.error.key == Msg::OtherFormat);
    }
}

TEST_CASE("sniff_other_format knows the magic bytes and leaves text alone", "[hostile]") {
    using namespace std::string_literals;
    CHECK(sniff_other_format("{\"format\": \"rectify-plan\"}") == nullptr);
    CHECK(sniff_other_format("  \n{}") == nullptr);
    CHECK(sniff_other_format("") == nullptr);
    CHECK(sniff_other_format("PK") == nullptr);      // too short to be a ZIP
    CHECK(sniff_other_format("GIF8") == nullptr);
    CHECK(std::string(sniff_other_format("PK\3\4"s)) == "zip"); // a ZIP cut short: no entry names
    CHECK(std::string(sniff_other_format("PK\5\6"s + std::string(18, '\0'))) == "zip"); // an empty ZIP
    CHECK(std::string(sniff_other_format("\x1f\x8b\x08\x00"s)) == "gzip");
    CHECK(std::string(sniff_other_format("Rar!\x1a\x07\x01\x00"s)) == "rar");
    CHECK(std::string(sniff_other_format("7z\xbc\xaf\x27\x1c\x00\x04"s)) == "7z");
    // A local header whose name says OFD (the Chinese e-document format), in a file cut short.
    std::string ofd = "PK\3\4"s + std::string(22, '\0') + "\7\0\0\0"s + "OFD.xml";
    CHECK(std::string(sniff_other_format(ofd)) == "ofd");
    // A name running past the end is not read.
    std::string cut = "PK\3\4"s + std::string(22, '\0') + "\xff\0\0\0"s + "word/";
    CHECK(std::string(sniff_other_format(cut)) == "zip");
    CHECK(std::string(pick(Lang::En, file_kind_text("unknown"))) == "a file of another kind");
}
