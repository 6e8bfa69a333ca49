// The plan package *.rectify.zip (office/package.h): a round trip with files, and every hostile
// package of issue 19 item 6 refused with its own message and nothing handed out. The hostile
// packages are written here entry by entry with the same ZIP writer.
#include <catch2/catch_test_macros.hpp>

#include <map>

#include "core/format/sha256.h"
#include "merge_fixture.h"
#include "office/package.h"
#include "office/zip.h"

using namespace rectify;
using namespace rectify::office;
using namespace rectify::testing;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

struct Store {
    std::map<std::string, std::string> files; // by hash
    std::string add(const std::string& bytes) {
        const std::string h = sha256_hex(bytes);
        files[h] = bytes;
        return h;
    }
    PackageFileSource source() const {
        return [this](const std::string& h, std::string& out) {
            auto it = files.find(h);
            if (it == files.end()) return false;
            out = it->second;
            return true;
        };
    }
};

// merge_master() with two files (one on a measure, one on a progress entry) and the store of them.
Workspace plan_with_files(Store& store) {
    Workspace ws = merge_master();
    auto attach = [&](std::vector<Evidence>& list, const char* id, const std::string& bytes, const char* name) {
        Evidence e;
        e.id = id;
        e.name = name;
        e.file.sha256 = store.add(bytes);
        e.file.name = name;
        e.file.type = "image/jpeg";
        e.file.size = std::int64_t(bytes.size());
        e.meta.created = Stamp{kT0, "QZJY"};
        list.push_back(e);
    };
    std::string photo(300000, '\0');
    for (size_t i = 0; i < photo.size(); i++) photo[i] = char((i * 7919) % 251); // incompressible enough
    attach(ws.plans[0].problems[0].measures[0].evidence, "e-1", photo, "整改后.jpg");
    attach(ws.plans[0].problems[0].measures[1].progress[0].evidence, "e-2", "第二张", "现场.jpg");
    return ws;
}

struct Read {
    PackageRead r;
    std::map<std::string, std::string> got;
};
Read read(const std::string& zip) {
    Read out;
    out.r = read_package(zip, [&](const std::string& h, std::string& bytes) { out.got[h] = std::move(bytes); });
    return out;
}

// The entries of a good package, to be spoiled by each case.
Entries good_entries(const Workspace& ws, const Store& store) {
    Entries e{{kPackagePlanName, save_workspace(ws, kT0)}};
    for (const auto& [h, bytes] : store.files) e.emplace_back(kPackageFilesDir + h, bytes);
    return e;
}

} // namespace

TEST_CASE("a package carries the plan file and its files, and reads back whole", "[package]") {
    Store store;
    const Workspace ws = plan_with_files(store);
    std::string zip;
    REQUIRE_FALSE(write_package(ws, kT0, store.source(), zip));
    CHECK(is_package(zip));
    CHECK_FALSE(is_package(save_workspace(ws, kT0)));
    CHECK_FALSE(is_package(write_zip({{"word/document.xml", "<x/>"}}))); // a ZIP, not a package

    ZipReader z;
    REQUIRE_FALSE(z.open(zip, "test", ZipLimits{}));
    CHECK(z.names().size() == 3);
    std::string plan_text;
    REQUIRE_FALSE(z.read(kPackagePlanName, plan_text));
    CHECK(plan_text == save_workspace(ws, kT0)); // the plan file exactly as saved

    Read r = read(zip);
    REQUIRE(r.r.ok());
    CHECK(r.r.plan.workspace == ws);
    CHECK(r.r.files.files == 2);
    CHECK(r.r.files.bytes == 300000 + 9);
    CHECK(r.got == store.files);
    // Without a sink it only checks.
    CHECK(read_package(zip).ok());
}

TEST_CASE("a plan without files packs as the plan file alone; a missing file stops the writer", "[package]") {
    Store none;
    const Workspace plain = merge_master();
    std::string zip;
    REQUIRE_FALSE(write_package(plain, kT0, none.source(), zip));
    Read r = read(zip);
    REQUIRE(r.r.ok());
    CHECK(r.got.empty());

    Store store;
    const Workspace ws = plan_with_files(store);
    Store partial = store;
    partial.files.erase(partial.files.begin());
    CHECK(write_package(ws, kT0, partial.source(), zip).what == OfficeText::PackageFileUnavailable);
    CHECK(zip.empty());
    Store lying = store;
    lying.files.begin()->second += "x"; // the store's bytes no longer match their hash
    CHECK(write_package(ws, kT0, lying.source(), zip).what == OfficeText::PackageFileUnavailable);
}

TEST_CASE("hostile packages are refused with their own message and hand out nothing", "[package][hostile]") {
    Store store;
    const Workspace ws = plan_with_files(store);
    const Entries good = good_entries(ws, store);
    REQUIRE(read(write_zip(good)).r.ok());
    const std::string first_hash = store.files.begin()->first;

    struct Case {
        const char* name;
        std::string zip;
        OfficeText want;
    };
    std::vector<Case> cases;
    auto spoiled = [&](auto change) {
        Entries e = good;
        change(e);
        return write_zip(e);
    };
    cases.push_back({"a file whose bytes do not match its hash",
                     spoiled([](Entries& e) { e[1].second[0] ^= 1; }), OfficeText::PackageBadHash});
    cases.push_back({"a reference without its file", spoiled([](Entries& e) { e.pop_back(); }), OfficeText::PackageMissingFile});
    cases.push_back({"a name with ../", spoiled([&](Entries& e) { e.emplace_back("files/../../evil", "x"); }), OfficeText::BadEntryName});
    cases.push_back({"an absolute path", spoiled([&](Entries& e) { e.emplace_back("/etc/passwd", "x"); }), OfficeText::BadEntryName});
    cases.push_back({"a package inside the package",
                     spoiled([&](Entries& e) { e.emplace_back("inner.rectify.zip", write_zip(good)); }), OfficeText::PackageNested});
    cases.push_back({"a stray file", spoiled([&](Entries& e) { e.emplace_back("readme.txt", "hi"); }), OfficeText::PackageStray});
    cases.push_back({"a file named by a hash in capitals",
                     spoiled([&](Entries& e) {
                         std::string upper = e[1].first;
                         for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
                         e[1].first = "files/" + upper.substr(6);
                     }),
                     OfficeText::PackageStray});
    cases.push_back({"an entry twice", spoiled([&](Entries& e) { e.push_back(e[1]); }), OfficeText::PackageRepeated});
    cases.push_back({"no plan file", spoiled([](Entries& e) { e.erase(e.begin()); }), OfficeText::PackageNoPlan});
    cases.push_back({"a plan file that is not one", spoiled([](Entries& e) { e[0].second = "{\"format\":\"x\"}"; }), OfficeText::PackageBadPlan});
    {
        const std::string zip = write_zip(good);
        cases.push_back({"a truncated archive", zip.substr(0, zip.size() * 2 / 3), OfficeText::NotZip});
        cases.push_back({"a truncated end", zip.substr(0, zip.size() - 10), OfficeText::NotZip});
    }
    {
        // The file the plan names is right, but it says another size.
        Workspace other = ws;
        other.plans[0].problems[0].measures[1].progress[0].evidence[0].file.size += 1;
        Entries e = good;
        e[0].second = save_workspace(other, kT0);
        cases.push_back({"a file of another size than the plan says", write_zip(e), OfficeText::PackageWrongSize});
    }
    for (const Case& c : cases) {
        INFO(c.name);
        Read r = read(c.zip);
        CHECK(r.r.problem.what == c.want);
        CHECK(r.got.empty());
        CHECK_FALSE(r.r.plan.ok);
        CHECK(r.r.plan.workspace.plans.empty());
        CHECK_FALSE(package_message(r.r, Lang::Zh).empty());
        CHECK_FALSE(package_message(r.r, Lang::En).empty());
    }
    // The plan file's own load error is in the message, in the language asked for.
    Read bad_plan = read(cases[9].zip);
    CHECK(package_message(bad_plan.r, Lang::En).find("The plan file in the package cannot be read: ") == 0);
    CHECK(package_message(bad_plan.r, Lang::En).size() > std::string("The plan file in the package cannot be read: ").size());
}

TEST_CASE("package limits: a bomb, a file over the limit, too many files, too large an archive", "[package][hostile]") {
    Store store;
    const Workspace ws = plan_with_files(store);
    const Entries good = good_entries(ws, store);
    PackageLimits small;
    small.file_bytes = 100000; // the 300 kB photo is over it
    Read r;
    r.r = read_package(write_zip(good), [&](const std::string& h, std::string& b) { r.got[h] = b; }, small);
    CHECK(r.r.problem.what == OfficeText::PackageFileTooLarge);
    CHECK(r.got.empty());

    // A zero-filled file that inflates far past the total, named by its true hash and referenced.
    const std::string zeros(size_t(8) << 20, '\0');
    Entries bomb = good;
    bomb.emplace_back(kPackageFilesDir + sha256_hex(zeros), zeros);
    const std::string bomb_zip = write_zip(bomb);
    CHECK(bomb_zip.size() < 100000);
    PackageLimits tight;
    tight.total_bytes = size_t(4) << 20;
    tight.file_bytes = size_t(16) << 20;
    CHECK(read_package(bomb_zip, nullptr, tight).problem.what == OfficeText::Bomb);

    PackageLimits few;
    few.files = 0; // the plan file and a "files/" folder entry only
    CHECK(read_package(write_zip(good), nullptr, few).problem.what == OfficeText::TooManyEntries);
    PackageLimits tiny;
    tiny.archive_bytes = 1000;
    CHECK(read_package(write_zip(good), nullptr, tiny).problem.what == OfficeText::PackageTooLarge);
    std::string out;
    CHECK(write_package(ws, kT0, store.source(), out, tiny).what == OfficeText::PackageTooLarge);
    CHECK(out.empty());
}
