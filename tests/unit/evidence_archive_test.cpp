// 一问题一档案 (core/report/evidence_archive.h): names safe everywhere and unique, the folders and
// files of a plan, the index page (every problem, measure, status, 销号, links that are the
// entries' names, escaping), missing files, and the manifest the app streams.
#include <catch2/catch_test_macros.hpp>

#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "core/format/json.h"
#include "core/format/sha256.h"
#include "core/report/evidence_archive.h"
#include "core/utf8.h"
#include "office/zip.h"
#include "plan_builder.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

// What no file system here may get in a name, wherever it is extracted.
void check_portable(const std::string& name, size_t max_bytes) {
    INFO(name);
    CHECK(!name.empty());
    CHECK(name.size() <= max_bytes);
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        CHECK(u >= 0x20);
        CHECK(u != 0x7F);
        CHECK(std::string("\\/:*?\"<>|").find(c) == std::string::npos);
    }
    CHECK(name.back() != '.');
    CHECK(name.back() != ' ');
    // Whole UTF-8 characters only.
    for (size_t i = 0; i < name.size();) {
        const size_t len = utf8_lead_length(static_cast<unsigned char>(name[i]));
        char32_t cp = 0;
        REQUIRE(len > 0);
        REQUIRE(decode_utf8(name, i, len, cp));
        i += len;
    }
    std::string base = name.substr(0, name.find('.'));
    for (char& c : base) c = char(std::toupper(static_cast<unsigned char>(c)));
    for (const char* dev : {"CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1"}) CHECK(base != dev);
}

EvidenceFile file_of(const std::string& bytes, std::string name) {
    EvidenceFile f;
    f.sha256 = sha256_hex(bytes);
    f.name = std::move(name);
    f.type = "image/jpeg";
    f.size = std::int64_t(bytes.size());
    return f;
}

Evidence item(Id id, std::string name, EvidenceFile file = {}, std::string note = "") {
    Evidence e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.note = std::move(note);
    e.file = std::move(file);
    return e;
}

// %XX back to bytes: what a browser does with an href before it looks for the file.
std::string url_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string html_unescape(std::string s) {
    for (auto [from, to] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
        for (size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, std::string(from).size(), to);
    }
    return s;
}

std::vector<std::string> hrefs(const std::string& html) {
    std::vector<std::string> out;
    const std::regex re("href=\"([^\"]*)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it)
        out.push_back(url_decode(html_unescape((*it)[1].str())));
    return out;
}

const std::string kPhoto = "photo bytes: before and after";
const std::string kScan = "a scanned PDF, another size";
const std::string kOther = "another photo with the same name";

// Two areas; the first problem's text has characters no file system takes and markup; the same
// photo is under both problems, twice on one measure, and a second photo has the same name.
Workspace sample() {
    Measure m1 = measure("m-1", "规范招生<录取>管理", Status::InProgress);
    m1.lead_departments = {"d-1"};
    m1.support_departments = {"d-2"};
    m1.deadline.kind = DeadlineKind::Date;
    m1.deadline.date = Date{2026, 6, 30};
    m1.evidence = {item("e-1", "整改前后对比", file_of(kPhoto, "IMG_0001.JPG")),
                   item("e-2", "会议纪要", {}, "2026年3月党组会"),
                   item("e-3", "整改前后对比", file_of(kPhoto, "IMG_0001.JPG")), // the same again: once
                   item("e-4", "整改前后对比", file_of(kOther, "IMG_0002.jpg")), // same name, other file
                   deleted(item("e-5", "已删除的照片", file_of("gone", "gone.jpg")), Stamp{1, "X"})};
    ProgressEntry pe = progress("pe-1", Date{2026, 3, 5}, "召开专题会议");
    pe.evidence = {item("e-6", "", file_of(kScan, "会议记录.pdf"))};
    m1.progress = {pe};
    m1.closure.state = ClosureState::Returned;
    m1.closure.decided_by = "督导室王五";
    m1.closure.decided_on = Date{2026, 4, 1};
    m1.closure.reason = "缺少<照片>说明";
    Measure m2 = measure("m-2", "完善食堂管理", Status::Done);
    m2.closure.state = ClosureState::Verified;
    m2.closure.decided_by = "督导室李四";
    m2.evidence = {item("e-7", "陪餐记录", file_of(kScan, "陪餐.pdf"))};
    Problem p1 = problem("p-1", "关于/“双减”:落实*不到位|<b>问题</b>，家长反映作业负担重。另有说明", {m1, m2});
    p1.area = "聚焦群众急难愁盼方面";
    p1.code = "120210070800101";
    Measure m3 = measure("m-3", "补充农村教师", Status::NotStarted);
    m3.evidence = {item("e-8", "CON", file_of(kPhoto, "con.jpg"))};
    Problem p2 = problem("p-2", "农村学校教师不足", {m3});
    Problem p3 = deleted(problem("p-3", "已删除的问题", {measure("m-4", "x")}), Stamp{1, "X"});
    Plan pl = plan("plan-1", "城南中学整改方案", {p1, p2, p3});
    return workspace("ws", {department("d-1", "基教科"), department("d-2", "计财科")}, {}, {pl});
}

std::map<std::string, const ArchiveEntry*> by_name(const EvidenceArchive& a) {
    std::map<std::string, const ArchiveEntry*> out;
    for (const ArchiveEntry& e : a.entries) out[e.name] = &e;
    return out;
}

} // namespace

TEST_CASE("archive names are safe on Windows, macOS and Linux", "[archive]") {
    std::set<std::string> taken;
    const std::string hostile = std::string("a\\b/c:d*e?f\"g<h>i|j\x01k\x7F") + "l. . ";
    const std::string n = archive_unique_name(taken, hostile, ".jpg", "文件");
    check_portable(n, kArchiveFileBytes);
    CHECK(n.size() > 4);
    CHECK(n.substr(n.size() - 4) == ".jpg");

    for (const char* dev : {"CON", "nul", "Com1", "LPT9"}) check_portable(archive_unique_name(taken, dev, ".pdf", "文件"), kArchiveFileBytes);
    check_portable(archive_unique_name(taken, "  ..  ", "", "文件"), kArchiveFileBytes); // nothing left: the fallback

    // Long names are cut on a character boundary, the extension kept.
    std::string long_stem;
    for (int i = 0; i < 100; i++) long_stem += i % 3 ? "整" : "a";
    const std::string cut = archive_unique_name(taken, long_stem, ".jpeg", "文件");
    check_portable(cut, kArchiveFileBytes);
    CHECK(cut.size() > kArchiveFileBytes - 3); // cut near the limit, not far short of it
    CHECK(cut.substr(cut.size() - 5) == ".jpeg");
}

TEST_CASE("duplicate names get (2), (3) ignoring case, within the limit", "[archive]") {
    std::set<std::string> taken;
    CHECK(archive_unique_name(taken, "措施1-照片", ".jpg", "x") == "措施1-照片.jpg");
    CHECK(archive_unique_name(taken, "措施1-照片", ".jpg", "x") == "措施1-照片(2).jpg");
    CHECK(archive_unique_name(taken, "措施1-照片", ".JPG", "x") == "措施1-照片(3).JPG"); // .jpg and .JPG collide on Windows
    CHECK(archive_unique_name(taken, "措施1-照片", ".png", "x") == "措施1-照片.png");
    CHECK(archive_unique_name(taken, "Photo", "", "x") == "Photo");
    CHECK(archive_unique_name(taken, "PHOTO", "", "x") == "PHOTO(2)");

    std::string long_stem(300, 'x');
    long_stem += "整改";
    const std::string first = archive_unique_name(taken, long_stem, ".pdf", "x");
    const std::string second = archive_unique_name(taken, long_stem, ".pdf", "x");
    check_portable(second, kArchiveFileBytes);
    CHECK(first != second);
    CHECK(second.substr(second.size() - 7) == "(2).pdf");
}

TEST_CASE("a problem's short title and folder name", "[archive]") {
    // The first sentence only.
    CHECK(archive_short_title("农村学校教师不足。另有说明") == "农村学校教师不足");
    CHECK(archive_short_title("  教师不足\n第二行") == "教师不足");
    // Too long: cut after the last clause in the second half of the limit, else at the limit.
    CHECK(archive_short_title("县城初中学位紧张,希望增加高中招生名额") == "县城初中学位紧张");
    CHECK(archive_short_title("县城初中学位紧张希望增加高中招生名额") == "县城初中学位紧张希望增加高中招生");
    CHECK(archive_short_title("学位，希望增加高中阶段学校招生名额和学位") == "学位，希望增加高中阶段学校招生名"); // a clause of 2: too short to stop at
    // Mixed scripts count characters, not bytes.
    CHECK(archive_short_title("ABC教育局XYZ整改工作方案实施细则第二部分", 10) == "ABC教育局XYZ整");
    CHECK(archive_short_title("") == "");

    CHECK(archive_folder_name(1, 2, "农村学校教师不足。", "问题") == "01-农村学校教师不足");
    CHECK(archive_folder_name(7, 3, "教师不足", "问题") == "007-教师不足");
    CHECK(archive_folder_name(123, 2, "教师不足", "问题") == "123-教师不足");
    CHECK(archive_folder_name(2, 2, "", "问题") == "02-问题");
    CHECK(archive_folder_name(2, 2, "***", "问题") == "02-___"); // replaced, not dropped: still a title
    CHECK(archive_folder_name(2, 2, "?", "问题") == "02-问题");       // a sentence that ends at once
    const std::string hostile = archive_folder_name(3, 2, "关于/“双减”:落实*不到位?<b>", "问题");
    check_portable(hostile, kArchiveFolderBytes);
    CHECK(hostile.rfind("03-关于_“双减”_落实_不到位", 0) == 0);
    std::string long_text;
    for (int i = 0; i < 40; i++) long_text += "𠀀"; // 4 bytes each
    check_portable(archive_folder_name(4, 2, long_text, "问题"), kArchiveFolderBytes);
}

TEST_CASE("a file's extension is kept as typed, if it is one", "[archive]") {
    CHECK(archive_extension("IMG_0001.JPG") == ".JPG");
    CHECK(archive_extension("记录.tar.gz") == ".gz");
    CHECK(archive_extension("没有扩展名") == "");
    CHECK(archive_extension(".hidden") == "");
    CHECK(archive_extension("a.") == "");
    CHECK(archive_extension("a.j pg") == "");
    CHECK(archive_extension("a.这不是") == "");
    CHECK(archive_extension("a.verylongextension") == "");
}

TEST_CASE("hrefs: percent-encoded where a browser would misread, UTF-8 kept", "[archive]") {
    CHECK(archive_href("01-教师/措施1-照片.jpg") == "01-教师/措施1-照片.jpg");
    CHECK(archive_href("01-a b/#1%.jpg") == "01-a%20b/%231%25.jpg");
    CHECK(url_decode(archive_href("x &'#%?.jpg")) == "x &'#%?.jpg");
}

TEST_CASE("a plan's archive: a folder per problem, its evidence files readably named", "[archive]") {
    const Workspace ws = sample();
    ArchiveOptions opt;
    opt.today = Date{2026, 5, 1};
    const EvidenceArchive a = evidence_archive(ws, ws.plans[0], opt);
    REQUIRE(!a.entries.empty());
    CHECK(a.entries[0].name == "index.html");
    CHECK(!a.entries[0].is_file());
    CHECK(a.missing.empty());

    std::vector<std::string> files;
    for (const ArchiveEntry& e : a.entries)
        if (e.is_file()) files.push_back(e.name);
    CHECK(a.files == files.size());
    const std::string f1 = archive_folder_name(1, 2, ws.plans[0].problems[0].text, "问题");
    CHECK(f1.rfind("01-关于_“双减”_落实_不到位_", 0) == 0);
    const std::vector<std::string> expected = {
        f1 + "/措施1-整改前后对比.JPG",       // e-1, and e-3 (the same file, the same name) is not there again
        f1 + "/措施1-整改前后对比(2).jpg",    // e-4: another file under the same name (.JPG and .jpg collide)
        f1 + "/措施1-进展2026-03-05-会议记录.pdf", // a progress entry's file: the file's own name
        f1 + "/措施2-陪餐记录.pdf",
        "02-农村学校教师不足/措施1-CON.jpg",  // the photo of problem 1 again, in problem 2's folder
    };
    CHECK(files == expected);
    const auto entries = by_name(a);
    CHECK(entries.at(expected[0])->sha256 == sha256_hex(kPhoto));
    CHECK(entries.at(expected[0])->size == std::int64_t(kPhoto.size()));
    CHECK(entries.at(expected[1])->sha256 == sha256_hex(kOther));
    CHECK(entries.at(expected[4])->sha256 == sha256_hex(kPhoto));
    for (const std::string& name : files) {
        const size_t slash = name.find('/');
        REQUIRE(slash != std::string::npos);
        CHECK(name.find('/', slash + 1) == std::string::npos);
        check_portable(name.substr(0, slash), kArchiveFolderBytes);
        check_portable(name.substr(slash + 1), kArchiveFileBytes);
        CHECK(name.find("已删除") == std::string::npos);
    }
}

TEST_CASE("the index page lists every problem and measure, with links that are the entries' names", "[archive]") {
    const Workspace ws = sample();
    ArchiveOptions opt;
    opt.today = Date{2026, 5, 1};
    const EvidenceArchive a = evidence_archive(ws, ws.plans[0], opt);
    const std::string& html = a.entries[0].text;
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("size: A4") != std::string::npos);
    CHECK(html.find("FangSong") != std::string::npos);
    CHECK(html.find("城南中学整改方案") != std::string::npos);
    CHECK(html.find("2026年5月1日") != std::string::npos);
    CHECK(html.find("共2个问题，整改措施3项，佐证材料文件5个") != std::string::npos);
    // The areas as headings, then each problem, its measures, status, units, deadline, 销号.
    const size_t area = html.find("聚焦群众急难愁盼方面"), p1 = html.find("<h3>01 "), other = html.find("其他问题"),
                 p2 = html.find("<h3>02 农村学校教师不足");
    CHECK(area < p1);
    CHECK(p1 < other);
    CHECK(other < p2);
    CHECK(p2 != std::string::npos);
    CHECK(html.find("（问题编号：120210070800101）") != std::string::npos);
    for (const char* text : {"规范招生&lt;录取&gt;管理", "完善食堂管理", "补充农村教师", "整改中", "已完成", "未开始",
                             "基教科（牵头）、计财科", "2026年6月30日", "已退回，督导室王五审核，2026年4月1日，退回原因：缺少&lt;照片&gt;说明",
                             "已销号，督导室李四审核", "会议纪要 （未附文件）", "2026年3月党组会"}) {
        INFO(text);
        CHECK(html.find(text) != std::string::npos);
    }
    // What users typed is text, never markup.
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;问题&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("已删除") == std::string::npos);
    // Every link is a file entry's name, and every file entry is linked.
    std::set<std::string> names, linked;
    for (const ArchiveEntry& e : a.entries)
        if (e.is_file()) names.insert(e.name);
    for (const std::string& h : hrefs(html)) {
        INFO(h);
        CHECK(names.count(h) == 1);
        linked.insert(h);
    }
    CHECK(linked == names);
    // The folder of a problem with files is named on the page.
    CHECK(html.find("文件夹：02-农村学校教师不足/") != std::string::npos);
}

TEST_CASE("a file the caller lacks is left out and noted", "[archive]") {
    const Workspace ws = sample();
    ArchiveOptions opt;
    opt.available = [](const EvidenceFile& f) { return f.sha256 != sha256_hex(kScan); };
    const EvidenceArchive a = evidence_archive(ws, ws.plans[0], opt);
    REQUIRE(a.missing.size() == 2); // the scan under 措施1's progress entry and under 措施2
    for (const ArchiveMissing& m : a.missing) {
        CHECK(m.file.sha256 == sha256_hex(kScan));
        for (const ArchiveEntry& e : a.entries) CHECK(e.name != m.name);
    }
    CHECK(a.missing[0].name.find("/措施1-进展2026-03-05-会议记录.pdf") != std::string::npos);
    CHECK(a.files == 3);
    const std::string& html = a.entries[0].text;
    CHECK(html.find("措施2-陪餐记录.pdf （文件缺失，未收入档案）") != std::string::npos);
    CHECK(html.find("（其中2个文件缺失，未收入档案）") != std::string::npos);
    for (const std::string& h : hrefs(html)) CHECK(h.find(".pdf") == std::string::npos);
}

TEST_CASE("a plan without files still gets its index; English names", "[archive]") {
    Workspace ws = workspace("ws", {}, {}, {plan("plan-1", "", {problem("p-1", "Too few teachers", {measure("m-1", "Hire")})})});
    ArchiveOptions opt;
    opt.lang = Lang::En;
    EvidenceArchive a = evidence_archive(ws, ws.plans[0], opt);
    REQUIRE(a.entries.size() == 1);
    CHECK(a.entries[0].text.find("Too few teachers") != std::string::npos);
    CHECK(a.entries[0].text.find("Folder:") == std::string::npos); // no folder: nothing in it
    CHECK(a.entries[0].text.find("(none)") != std::string::npos);
    CHECK(archive_zip_name(ws.plans[0], Lang::En) == "Evidence archive.zip");

    ws.plans[0].problems[0].measures[0].evidence = {item("e-1", "", file_of(kPhoto, "site.jpg"))};
    a = evidence_archive(ws, ws.plans[0], opt);
    REQUIRE(a.entries.size() == 2);
    CHECK(a.entries[1].name == "01-Too few teachers/Measure 1-site.jpg");

    Plan titled = plan("plan-2", "城南中学/整改方案");
    CHECK(archive_zip_name(titled, Lang::Zh) == "城南中学_整改方案-一问题一档案.zip");
}

TEST_CASE("the manifest is the archive's entries for platform/zip_stream.h", "[archive]") {
    const Workspace ws = sample();
    const EvidenceArchive a = evidence_archive(ws, ws.plans[0], {});
    const std::string json = archive_manifest_json(a.entries);
    rapidjson::Document doc;
    REQUIRE(!doc.Parse(json.c_str()).HasParseError());
    REQUIRE(doc.IsObject());
    const auto& list = doc["entries"];
    REQUIRE(list.IsArray());
    REQUIRE(list.Size() == a.entries.size());
    for (rapidjson::SizeType i = 0; i < list.Size(); i++) {
        const ArchiveEntry& e = a.entries[i];
        const auto& j = list[i];
        CHECK(j["name"].GetString() == e.name);
        if (e.is_file()) {
            CHECK(j["sha256"].GetString() == e.sha256);
            CHECK(j["size"].GetInt64() == e.size);
            CHECK(!j.HasMember("text"));
        } else {
            CHECK(std::string(j["text"].GetString(), j["text"].GetStringLength()) == e.text);
            CHECK(!j.HasMember("sha256"));
        }
    }
}

TEST_CASE("ZipWriter marks names beyond ASCII as UTF-8 (bit 11), made by Unix", "[archive]") {
    office::ZipWriter w;
    REQUIRE(w.add("index.html", "x"));
    REQUIRE(w.add("01-教师不足/措施1-照片.jpg", "y"));
    const std::string zip = w.finish();
    // The central directory's headers: "PK\1\2", version made by at +4, flags at +8 (little-endian).
    std::map<std::string, std::pair<int, int>> seen; // name -> (made by, flags)
    for (size_t at = zip.find("PK\x01\x02"); at != std::string::npos; at = zip.find("PK\x01\x02", at + 4)) {
        auto u16 = [&](size_t o) { return int(static_cast<unsigned char>(zip[at + o])) | int(static_cast<unsigned char>(zip[at + o + 1])) << 8; };
        seen[zip.substr(at + 46, size_t(u16(28)))] = {u16(4), u16(8)};
    }
    REQUIRE(seen.size() == 2);
    CHECK((seen["01-教师不足/措施1-照片.jpg"].second & 0x800) != 0);
    CHECK(seen["01-教师不足/措施1-照片.jpg"].first >> 8 == 3);
    CHECK((seen["index.html"].second & 0x800) == 0); // ASCII names (Office files) as before
    office::ZipReader r;
    REQUIRE(!r.open(zip, "ZIP"));
    std::string back;
    REQUIRE(!r.read("01-教师不足/措施1-照片.jpg", back));
    CHECK(back == "y");
}
