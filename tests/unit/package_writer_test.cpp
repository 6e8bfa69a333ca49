// The package written one file at a time (office/package.h PackageWriter, over
// office/zip_stream_writer.h): the parts drained as it goes make the same archive as one written
// whole, it reads back with read_package, and the writer refuses a file of the wrong hash or size,
// a file not in the plan, one added twice, and a package missing a file; the app's manifest of a
// package (core/zip_manifest.h), streamed as the page does, is a package.
#include <catch2/catch_test_macros.hpp>

#include <map>
#include <random>

#include <rapidjson/document.h>

#include "core/format/sha256.h"
#include "core/zip_manifest.h"
#include "merge_fixture.h"
#include "office/package.h"
#include "office/zip.h"
#include "office/zip_stream_writer.h"

using namespace rectify;
using namespace rectify::office;
using namespace rectify::testing;

namespace {

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (char& c : s) c = char(rng() & 0xff);
    return s;
}

// merge_master() with `n` files of random bytes on its first measure, and the files by hash.
Workspace plan_with(std::size_t n, std::size_t size, std::map<std::string, std::string>& files) {
    Workspace ws = merge_master();
    for (std::size_t i = 0; i < n; i++) {
        const std::string bytes = random_bytes(size + i, unsigned(i + 1));
        Evidence e;
        e.id = "e-" + std::to_string(i);
        e.name = "照片" + std::to_string(i) + ".jpg";
        e.file.sha256 = sha256_hex(bytes);
        e.file.name = e.name;
        e.file.type = "image/jpeg";
        e.file.size = std::int64_t(bytes.size());
        e.meta.created = Stamp{kT0, "QZJY"};
        ws.plans[0].problems[0].measures[0].evidence.push_back(e);
        files[e.file.sha256] = bytes;
    }
    return ws;
}

} // namespace

TEST_CASE("a package drained file by file is the package written whole, and reads back", "[package][writer]") {
    std::map<std::string, std::string> files;
    const Workspace ws = plan_with(5, 200000, files);

    PackageWriter w;
    REQUIRE_FALSE(w.begin(ws, kT0));
    CHECK(w.files().size() == 5);
    std::vector<std::string> parts{w.drain()};
    // Added in the reverse of the plan's order: any order is taken.
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        REQUIRE_FALSE(w.add(it->first, it->second));
        parts.push_back(w.drain());
        // What was drained holds the whole of the entry just added (its deflated bytes at least).
        CHECK(parts.back().size() > 200000);
    }
    std::string rest;
    REQUIRE_FALSE(w.finish(rest));
    CHECK_FALSE(rest.empty());
    std::string zip;
    for (const std::string& p : parts) zip += p;
    zip += rest;

    // Its content is the content write_package gives (entries in another order, same bytes).
    std::string whole;
    REQUIRE_FALSE(write_package(ws, kT0, [&](const std::string& h, std::string& b) {
        b = files.at(h);
        return true;
    }, whole));
    ZipReader a, b;
    REQUIRE_FALSE(a.open(zip, "test", ZipLimits{}));
    REQUIRE_FALSE(b.open(whole, "test", ZipLimits{}));
    std::vector<std::string> na = a.names(), nb = b.names();
    std::sort(na.begin(), na.end());
    std::sort(nb.begin(), nb.end());
    REQUIRE(na == nb);
    for (const std::string& n : na) {
        std::string x, y;
        REQUIRE_FALSE(a.read(n, x));
        REQUIRE_FALSE(b.read(n, y));
        CHECK(x == y);
    }

    std::map<std::string, std::string> got;
    const PackageRead r = read_package(zip, [&](const std::string& h, std::string& bytes) { got[h] = std::move(bytes); });
    REQUIRE(r.ok());
    CHECK(r.plan.workspace == ws);
    CHECK(got == files);
}

TEST_CASE("the package writer refuses wrong bytes, strangers, repeats and missing files", "[package][writer]") {
    std::map<std::string, std::string> files;
    const Workspace ws = plan_with(2, 1000, files);
    const std::string h0 = files.begin()->first, h1 = std::next(files.begin())->first;
    std::string rest;

    SECTION("bytes that are not the file's") {
        PackageWriter w;
        REQUIRE_FALSE(w.begin(ws, kT0));
        const OfficeProblem p = w.add(h0, files.at(h1));
        CHECK(p.what == OfficeText::PackageBadHash);
        CHECK(office_message(p, Lang::Zh).find("照片") != std::string::npos); // named as the user knows it
        CHECK(w.add(h1, files.at(h1)).what == OfficeText::PackageBadHash); // refused for good
        CHECK(w.finish(rest).what == OfficeText::PackageBadHash);
        CHECK(rest.empty());
        CHECK(w.drain().empty());
    }
    SECTION("a file of another size than the plan says") {
        Workspace other = ws;
        other.plans[0].problems[0].measures[0].evidence[0].file.size += 1;
        PackageWriter w;
        REQUIRE_FALSE(w.begin(other, kT0));
        const std::string& h = other.plans[0].problems[0].measures[0].evidence[0].file.sha256;
        CHECK(w.add(h, files.at(h)).what == OfficeText::PackageWrongSize);
    }
    SECTION("a file the plan does not reference, or one added twice") {
        PackageWriter w;
        REQUIRE_FALSE(w.begin(ws, kT0));
        CHECK(w.add(sha256_hex("other"), "other"));
        PackageWriter v;
        REQUIRE_FALSE(v.begin(ws, kT0));
        REQUIRE_FALSE(v.add(h0, files.at(h0)));
        CHECK(v.add(h0, files.at(h0)));
    }
    SECTION("finishing without every file") {
        PackageWriter w;
        REQUIRE_FALSE(w.begin(ws, kT0));
        REQUIRE_FALSE(w.add(h0, files.at(h0)));
        CHECK(w.finish(rest).what == OfficeText::PackageFileUnavailable);
        CHECK(rest.empty());
    }
    SECTION("over the archive limit as it is written") {
        PackageLimits small;
        small.archive_bytes = 1500;
        PackageWriter w;
        REQUIRE_FALSE(w.begin(ws, kT0, small));
        OfficeProblem p = w.add(h0, files.at(h0));
        if (!p) p = w.add(h1, files.at(h1));
        CHECK(p.what == OfficeText::PackageTooLarge);
    }
}

TEST_CASE("a zip stream of text and stored files reads back as written", "[package][writer]") {
    ZipStreamWriter z;
    const std::string file = random_bytes(70000, 9);
    REQUIRE_FALSE(z.add_text("index.html", "<p>一问题一档案</p>"));
    std::string zip = z.drain();
    REQUIRE_FALSE(z.add_file("files/a.bin", sha256_hex(file), std::int64_t(file.size()), file));
    zip += z.drain();
    CHECK(z.add_file("files/b.bin", sha256_hex(file), 3, file).what == OfficeText::PackageWrongSize);
    std::string rest;
    CHECK(z.finish(rest)); // refused: one entry was

    ZipStreamWriter ok;
    REQUIRE_FALSE(ok.add_text("index.html", "<p>一问题一档案</p>"));
    REQUIRE_FALSE(ok.add_file("files/a.bin", sha256_hex(file), std::int64_t(file.size()), file));
    zip = ok.drain();
    REQUIRE_FALSE(ok.finish(rest));
    zip += rest;
    CHECK(ok.written() == zip.size());
    ZipReader r;
    REQUIRE_FALSE(r.open(zip, "test", ZipLimits{}));
    std::string a, b;
    REQUIRE_FALSE(r.read("index.html", a));
    REQUIRE_FALSE(r.read("files/a.bin", b));
    CHECK(a == "<p>一问题一档案</p>");
    CHECK(b == file);
}

TEST_CASE("the app's package manifest, streamed entry by entry, is a package read_package takes", "[package][writer]") {
    std::map<std::string, std::string> files;
    const Workspace ws = plan_with(3, 5000, files);
    const std::string plan_file = save_workspace(ws, kT0);
    const std::string manifest = package_manifest(plan_file, referenced_files(ws));

    // What web/office.js does with it: each entry in order, text as it is, a file from the store.
    rapidjson::Document doc;
    REQUIRE_FALSE(doc.Parse(manifest.data(), manifest.size()).HasParseError());
    ZipStreamWriter z;
    std::string zip;
    for (const auto& e : doc["entries"].GetArray()) {
        const std::string name = e["name"].GetString();
        if (e.HasMember("text")) {
            REQUIRE_FALSE(z.add_text(name, e["text"].GetString()));
        } else {
            const std::string sha = e["sha256"].GetString();
            REQUIRE_FALSE(z.add_file(name, sha, e["size"].GetInt64(), files.at(sha)));
        }
        zip += z.drain();
    }
    std::string rest;
    REQUIRE_FALSE(z.finish(rest));
    zip += rest;
    CHECK(is_package(zip));
    std::map<std::string, std::string> got;
    const PackageRead r = read_package(zip, [&](const std::string& h, std::string& bytes) { got[h] = std::move(bytes); });
    REQUIRE(r.ok());
    CHECK(r.plan_file == plan_file);
    CHECK(got == files);
    CHECK(package_file_name("整改方案-基教科-2022-05-11.rectify.json") == "整改方案-基教科-2022-05-11.rectify.zip");
}
