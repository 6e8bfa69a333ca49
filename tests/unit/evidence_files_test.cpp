// Evidence files (issue 19): references on evidence items and progress entries in the file format
// (written only when present), the loader's checks of them, which files a workspace references,
// and how a return's evidence files merge into the master.
#include <catch2/catch_test_macros.hpp>

#include "core/duplicate_plan.h"
#include "core/evidence_files.h"
#include "core/format/json.h"
#include "core/format/serialize.h"
#include "core/format/sha256.h"
#include "core/merge/export_plan.h"
#include "merge_fixture.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

EvidenceFile file_of(const std::string& bytes, const char* name, const char* type = "image/jpeg") {
    EvidenceFile f;
    f.sha256 = sha256_hex(bytes);
    f.name = name;
    f.type = type;
    f.size = std::int64_t(bytes.size());
    return f;
}

Evidence evidence(const char* id, const char* name, EvidenceFile file = {}) {
    Evidence e;
    e.id = id;
    e.name = name;
    e.file = std::move(file);
    e.meta.created = Stamp{kT0 + 1, "JJK"};
    return e;
}

// The master of merge_fixture.h with a photo on m-1 and one on the progress entry of m-2.
Workspace with_files() {
    Workspace ws = merge_master();
    Measure& m1 = ws.plans[0].problems[0].measures[0];
    m1.evidence.push_back(evidence("e-1", "整改前后对比", file_of("photo-1", "对比.jpg")));
    m1.evidence.push_back(evidence("e-2", "会议纪要")); // no file
    ws.plans[0].problems[0].measures[1].progress[0].evidence.push_back(
        evidence("e-3", "现场照片", file_of("photo-2 of another size", "现场.png", "image/png")));
    return ws;
}

LoadResult reload(const Workspace& ws) { return load_workspace(save_workspace(ws, kT0)); }

// The saved text with `from` replaced by `to` (once), and its checksum left as it was: loaded
// without the checksum check, so that the integrity check is what speaks.
LoadResult load_edited(const Workspace& ws, const std::string& from, const std::string& to) {
    std::string text = save_workspace(ws, kT0);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    Limits no_sum;
    no_sum.verify_checksum = false;
    return load_workspace(text, no_sum);
}

} // namespace

// The sample's content without the empty change records and tombstones that writers before
// optional members wrote (meta.changed {}, meta.deleted {"at":0,"by":""}).
static void drop_empty_meta(rapidjson::Value& v) {
    if (v.IsArray())
        for (auto& e : v.GetArray()) drop_empty_meta(e);
    if (!v.IsObject()) return;
    if (v.HasMember("changed") && v["changed"].IsObject() && v["changed"].ObjectEmpty()) v.RemoveMember("changed");
    if (v.HasMember("deleted") && v["deleted"].IsObject() && v["deleted"].HasMember("at") && v["deleted"]["at"] == 0 &&
        v["deleted"]["by"] == "")
        v.RemoveMember("deleted");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) drop_empty_meta(it->value);
}

// Takes out what format 3 adds to a format-2 file on load: "reviews", and a closure's level and round.
static void drop_chain(rapidjson::Value& v) {
    if (v.IsArray())
        for (auto& e : v.GetArray()) drop_chain(e);
    if (!v.IsObject()) return;
    v.RemoveMember("reviews");
    if (v.HasMember("closure") && v["closure"].IsObject()) {
        v["closure"].RemoveMember("level");
        v["closure"].RemoveMember("round");
    }
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) drop_chain(it->value);
}

TEST_CASE("files without evidence files keep their bytes and checksums", "[evidence][format]") {
    const std::string text = fixture("formats/v2-sample.rectify.json");
    Workspace ws = load_ok(text);
    rapidjson::Document old_doc, new_doc;
    old_doc.Parse(text.data(), text.size());
    const std::string saved = save_workspace(ws, kT0);
    new_doc.Parse(saved.data(), saved.size());
    REQUIRE(old_doc.IsObject());
    REQUIRE(new_doc.IsObject());
    // The content written is the sample's, member for member (no "file", no progress "evidence"),
    // so its checksum is what the sample's writer gives.
    // Format 3 adds the 销号 chain's records to a closure that is not open (and the closure's level
    // and round): taken out here, the rest is as it was.
    CHECK(write_content(ws).checksum == content_checksum(new_doc["content"]));
    drop_empty_meta(old_doc["content"]);
    drop_chain(new_doc["content"]);
    CHECK(new_doc["content"] == old_doc["content"]);
    // The sample's own checksum (SHA-256, format 2): over the sorted form, so member order aside.
    CHECK(content_checksum(new_doc["content"], ChecksumKind::Sha256) ==
          content_checksum(old_doc["content"], ChecksumKind::Sha256));
    CHECK(saved.find("\"file\"") == std::string::npos);
    // The sample has progress entries: none gained an "evidence" member.
    size_t evidence_members = 0;
    for (size_t at = saved.find("\"evidence\""); at != std::string::npos; at = saved.find("\"evidence\"", at + 1))
        evidence_members++;
    size_t measures = 0;
    for (const Plan& p : ws.plans)
        for (const Problem& q : p.problems) measures += q.measures.size();
    CHECK(evidence_members == measures);
}

TEST_CASE("evidence file references survive save and load, on measures and progress entries", "[evidence][format]") {
    const Workspace ws = with_files();
    LoadResult r = reload(ws);
    REQUIRE(r.ok);
    CHECK(r.workspace == ws);
    const Measure& m1 = r.workspace.plans[0].problems[0].measures[0];
    CHECK(m1.evidence[0].file.sha256 == sha256_hex("photo-1"));
    CHECK(m1.evidence[0].file.size == 7);
    CHECK(m1.evidence[1].file.empty());
    CHECK(r.workspace.plans[0].problems[0].measures[1].progress[0].evidence[0].file.name == "现场.png");
    // Random plans carry files on some items (and unknown members inside a reference) too.
    for (std::uint64_t seed = 1; seed < 20; seed++) {
        const Workspace rw = random_workspace(seed);
        CHECK(reload(rw).workspace == rw);
    }
}

TEST_CASE("the loader refuses evidence file references that are not sound", "[evidence][format]") {
    const Workspace ws = with_files();
    const std::string hash = sha256_hex("photo-1");
    struct Bad {
        const char* what;
        std::string from, to, path_end;
    } cases[] = {
        {"hash in capitals", hash, std::string(hash).replace(0, 4, "ABCD"), "evidence[0].file.sha256"},
        {"hash too short", hash, hash.substr(0, 63), "evidence[0].file.sha256"},
        {"a path as the name", "\"对比.jpg\"", "\"../../etc/passwd\"", "evidence[0].file.name"},
        {"an empty name", "\"对比.jpg\"", "\"\"", "evidence[0].file.name"},
        {"a negative size", "\"size\":7", "\"size\":-7", "evidence[0].file.size"},
        {"a size over the limit", "\"size\":7", "\"size\":" + std::to_string(kMaxEvidenceFileBytes + 1), "evidence[0].file.size"},
        {"the same file with two sizes", sha256_hex("photo-2 of another size"), hash, "progress[0].evidence[0].file.size"},
    };
    for (const Bad& b : cases) {
        INFO(b.what);
        LoadResult r = load_edited(ws, b.from, b.to);
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.key == Msg::BadValue);
        CHECK(r.error.path.size() >= b.path_end.size());
        CHECK(r.error.path.substr(r.error.path.size() - b.path_end.size()) == b.path_end);
    }
    // A repeated ID among a progress entry's evidence is caught like any other.
    LoadResult dup = load_edited(ws, "\"e-3\"", "\"e-1\"");
    REQUIRE_FALSE(dup.ok);
    CHECK(dup.error.key == Msg::DuplicateId);
}

TEST_CASE("referenced files: each once, only what is alive, per plan or per department's copy", "[evidence]") {
    Workspace ws = with_files();
    FileSet all = referenced_files(ws);
    CHECK(all.size() == 2);
    CHECK(all.count(sha256_hex("photo-1")));
    CHECK(file_totals(all).bytes == 7 + 23);
    // The same file on another item is still one file.
    ws.plans[0].problems[1].measures[0].evidence.push_back(evidence("e-4", "再用", file_of("photo-1", "副本.jpg")));
    CHECK(file_totals(referenced_files(ws)).files == 2);
    // 下发 to 督导室 (m-3 only): its copy references only m-3's file.
    CHECK(referenced_files(export_plan(ws, "plan-1", "d-2")).size() == 1);
    CHECK(referenced_files(export_plan(ws, "plan-1", "d-1")).size() == 2);
    // A deleted item, progress entry or measure holds its file no longer.
    Workspace gone = with_files();
    gone.plans[0].problems[0].measures[0].evidence[0].meta.deleted = Stamp{kT0 + 5, "QZJY"};
    CHECK(referenced_files(gone).size() == 1);
    gone.plans[0].problems[0].measures[1].meta.deleted = Stamp{kT0 + 5, "QZJY"};
    CHECK(referenced_files(gone).empty());
    CHECK(referenced_files(with_files().plans[0]).size() == 2);
}

TEST_CASE("a return's evidence files arrive with the merge", "[evidence][merge]") {
    MergeFixture f;
    f.master = with_files();
    f.ret = MergeFixture::handed_down(f.master, "JJK", "基教科");
    // The unit adds a photo to m-1, one to m-2's progress entry, and replaces the file of e-1.
    f.on_return(add<Evidence>("m-1", evidence("e-10", "新照片", file_of("photo-10", "新.jpg"))));
    f.on_return(add<Evidence>("p-m-2", evidence("e-11", "施工照片", file_of("photo-11", "施工.jpg"))));
    f.on_return(RECTIFY_SET(Evidence, file, "e-1", file_of("photo-1b", "对比(新).jpg")));
    Workspace ret = f.returned();
    Workspace merged = f.master;
    MergePreview p = merge_into(merged, ret, Resolutions{});
    CHECK(p.added.size() == 2);
    REQUIRE(p.changed.size() == 1);
    CHECK(p.changed[0].field == "file");
    CHECK(p.changed[0].master_text == "对比.jpg");
    CHECK(p.changed[0].return_text == "对比(新).jpg");
    const Measure& m1 = *measure_in(merged, "m-1");
    CHECK(m1.evidence[0].file.sha256 == sha256_hex("photo-1b"));
    CHECK(m1.evidence.back().file.sha256 == sha256_hex("photo-10"));
    const Measure& m2 = *measure_in(merged, "m-2");
    REQUIRE(m2.progress[0].evidence.size() == 2);
    CHECK(m2.progress[0].evidence[1].file.sha256 == sha256_hex("photo-11"));
    const FileSet files = referenced_files(merged);
    CHECK(files.count(sha256_hex("photo-10")));
    CHECK(files.count(sha256_hex("photo-11")));
    CHECK_FALSE(files.count(sha256_hex("photo-1")));
    // Merging the same return again changes nothing; the result is a valid file.
    Workspace again = merged;
    CHECK(merge_into(again, ret, Resolutions{}).empty());
    CHECK(again == merged);
    CHECK(reload(merged).workspace == merged);
}

TEST_CASE("an evidence item added to a progress entry the master deleted is a conflict, not lost", "[evidence][merge]") {
    MergeFixture f;
    f.on_return(add<Evidence>("p-m-1", evidence("e-20", "照片", file_of("photo-20", "照片.jpg"))));
    f.on_master(remove<ProgressEntry>("p-m-1"));
    Workspace merged = f.master;
    Resolutions res;
    res.fallback = Side::Return;
    MergePreview p = merge_into(merged, f.returned(), res);
    CHECK(p.conflicts.size() == 1);
    const Measure& m1 = *measure_in(merged, "m-1");
    CHECK_FALSE(m1.progress[0].meta.is_deleted());
    CHECK(referenced_files(merged).count(sha256_hex("photo-20")));
}

TEST_CASE("a duplicated plan's evidence items, a progress entry's too, get new IDs and keep their files", "[evidence]") {
    Workspace ws = with_files();
    IdSource ids(7);
    ws.plans.push_back(duplicate_plan(ws.plans[0], ids, "（副本）"));
    const Evidence& copied = ws.plans[1].problems[0].measures[1].progress[0].evidence[0];
    CHECK(copied.id != "e-3");
    CHECK(copied.file == ws.plans[0].problems[0].measures[1].progress[0].evidence[0].file);
    LoadResult r = reload(ws); // no ID twice
    REQUIRE(r.ok);
    CHECK(referenced_files(ws).size() == 2); // the same files, still each once
}
