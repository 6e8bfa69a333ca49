// The hostile-file corpus (tests/data/hostile, written by make_hostile.py): each file must fail
// with exactly the message, path and numbers listed in expected.txt, and leave the workspace as
// it was.
#include <catch2/catch_test_macros.hpp>

#include <cctype>
#include <set>
#include <sstream>

#include "core/format/format.h"
#include "core/format/json.h"
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
        if (key == Msg::NeedsUpgrade) continue; // only the web app's startup module reports it (old_formats.h)
        INFO(msg_key_name(key));
        CHECK(covered.count(msg_key_name(key)));
    }
}

TEST_CASE("a file from a newer version says so, with both versions", "[hostile]") {
    LoadResult r = load_workspace(fixture("hostile/too-new.json"));
    REQUIRE(!r.ok);
    std::string en = format_error(r.error, Lang::En), zh = format_error(r.error, Lang::Zh);
    CHECK(en.find("newer") != std::string::npos);
    CHECK(en.find("version 5") != std::string::npos);
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

// A Chinese message names the fault in Chinese: no English from the JSON parser (RapidJSON's
// "Missing a comma or ']'…") or from our own refusals; English keeps the parser's words.
TEST_CASE("hostile files: Chinese messages carry no English parser text", "[hostile]") {
    // Runs of three or more ASCII letters, but the names of formats and user data the message quotes.
    auto english = [](std::string msg, const LoadError& err) {
        auto cut = [&msg](const std::string& part) {
            for (size_t p; !part.empty() && (p = msg.find(part)) != std::string::npos;) msg.erase(p, part.size());
        };
        cut(err.path);
        if (err.key != Msg::NotJson) cut(err.detail); // IDs and values from the file itself
        for (const char* name : {"JSON", "UTF", "BOM", "YYYY", "（null）", "rectify", "json", "PNG", "JPEG", "GIF", "PDF", "ZIP", "Word", "Excel", "PowerPoint", "OFD", "RAR", "gzip", "docx", "xlsx", "pptx", "doc", "xls", "wps", "WPS"})
            cut(name); // formats and file types, and the JSON literal
        std::string words;
        for (size_t i = 0, run = 0; i <= msg.size(); i++) {
            const bool letter = i < msg.size() && std::isalpha(static_cast<unsigned char>(msg[i]));
            if (letter) run++;
            else {
                if (run >= 3) words += msg.substr(i - run, run) + " ";
                run = 0;
            }
        }
        return words;
    };
    int not_json = 0;
    for (const Case& c : read_cases()) {
        INFO("file " << c.file);
        Limits limits;
        if (c.max_bytes >= 0) limits.max_bytes = size_t(c.max_bytes);
        LoadResult r = load_workspace(fixture("hostile/" + c.file), limits);
        REQUIRE_FALSE(r.ok);
        const std::string zh = format_error(r.error, Lang::Zh), en = format_error(r.error, Lang::En);
        INFO(zh);
        CHECK(english(zh, r.error).empty());
        if (r.error.key != Msg::NotJson) continue;
        not_json++;
        REQUIRE(r.error.fault != nullptr);
        CHECK(zh.find(r.error.fault->zh) != std::string::npos);
        CHECK(en.find(r.error.detail) != std::string::npos); // English keeps the parser's own words
        CHECK(r.error.detail == r.error.fault->en);
    }
    CHECK(not_json >= 6);
    // The table follows RapidJSON's codes in order: its English is RapidJSON's, code by code.
    for (int code = rapidjson::kParseErrorNone; code <= rapidjson::kParseErrorUnspecificSyntaxError; code++) {
        CAPTURE(code);
        CHECK(std::string(json_syntax_fault(rapidjson::ParseErrorCode(code)).en) ==
              rapidjson::GetParseError_En(rapidjson::ParseErrorCode(code)));
    }
    LoadError e;
    e.key = Msg::NotJson;
    e.n = 12;
    e.detail = rapidjson::GetParseError_En(rapidjson::kParseErrorArrayMissCommaOrSquareBracket);
    e.fault = &json_syntax_fault(rapidjson::kParseErrorArrayMissCommaOrSquareBracket);
    CHECK(format_error(e, Lang::Zh) == "文件不是 JSON 格式（第 12 字节处：数组元素后缺少逗号或“]”）。");
    CHECK(format_error(e, Lang::En) == "The file is not JSON (at byte offset 12: Missing a comma or ']' after an array element.).");
}
