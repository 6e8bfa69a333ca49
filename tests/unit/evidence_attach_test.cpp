// Evidence with files in the app (issue 19): the commands the UI sends (core/measure_actions.h:
// on a measure, on a progress entry, reorder, remove + undo) and the store's keep set
// (core/evidence_keep.h): what the workspace and its undo history could still reference.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "core/commands.h"
#include "core/evidence_files.h"
#include "core/evidence_keep.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "core/merge/merge.h"
#include "command_fixture.h"

using namespace rectify;

namespace {

std::string hash_of(char c) { return std::string(64, c); }

EvidenceFile file(char c, const char* name, const char* type = "image/jpeg", std::int64_t size = 1000) {
    EvidenceFile f;
    f.sha256 = hash_of(c);
    f.name = name;
    f.type = type;
    f.size = size;
    return f;
}

struct Fixture : testing::CommandFixture {
    Fixture() : CommandFixture(11) {
        for (Plan& p : ws.plans) // a workspace with no files of its own: every hash is the test's
            for (Problem& q : p.problems)
                for (Measure& m : q.measures) {
                    m.evidence.clear();
                    for (ProgressEntry& e : m.progress) e.evidence.clear();
                }
        for (Plan& p : ws.plans) // the first measure alive all the way up
            for (Problem& q : p.problems)
                for (Measure& m : q.measures)
                    if (!live && alive(p) && alive(q) && alive(m)) live = &m;
        REQUIRE(live);
        Measure& m = measure();
        m.progress.clear();
        ProgressEntry e;
        e.id = "pg-1";
        e.text = "更换了指示牌";
        m.progress.push_back(e);
    }
    Measure* live = nullptr;
    Measure& measure() { return *live; }
    ProgressEntry& entry() { return measure().progress[0]; }
    bool run(CommandPtr cmd) { return cmd && history.execute(ws, std::move(cmd)); }
    std::vector<std::string> live_names(const std::vector<Evidence>& list) {
        std::vector<std::string> out;
        for (const Evidence& e : list)
            if (alive(e)) out.push_back(e.name);
        return out;
    }
    FileHashes keep() { return evidence_keep(ws, history); }
};

} // namespace

TEST_CASE("a file attached to a measure is an item named after it, one undo step", "[evidence_attach]") {
    Fixture f;
    const Workspace before = f.ws;
    REQUIRE(f.run(add_evidence(f.measure(), evidence_for_file("ev-1", file('a', "整改前后对比.jpg")))));
    const Evidence& e = f.measure().evidence.back();
    CHECK(e.name == "整改前后对比.jpg");
    CHECK(e.file.sha256 == hash_of('a'));
    CHECK_FALSE(e.meta.created.empty()); // who/when: the item's own meta
    // Renamed, the item changes its name; the file keeps its own.
    REQUIRE(f.run(RECTIFY_SET(Evidence, name, Id("ev-1"), std::string("停车区照片"))));
    CHECK(f.measure().evidence.back().name == "停车区照片");
    CHECK(f.measure().evidence.back().file.name == "整改前后对比.jpg");
    REQUIRE(f.history.undo(f.ws));
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.ws == before);
}

TEST_CASE("a progress entry holds its own files: added, removed, undone", "[evidence_attach]") {
    Fixture f;
    REQUIRE(f.run(add_entry_evidence(f.entry(), evidence_for_file("ev-p", file('b', "现场.jpg")))));
    REQUIRE(f.entry().evidence.size() == 1);
    CHECK(f.measure().evidence.empty()); // not the measure's
    CHECK(referenced_files(f.ws).count(hash_of('b')) == 1);
    CHECK(remove_evidence(f.measure(), "ev-p") == nullptr); // the entry's, not the measure's
    REQUIRE(f.run(remove_entry_evidence(f.entry(), "ev-p")));
    CHECK(f.live_names(f.entry().evidence).empty());
    CHECK(f.entry().evidence.size() == 1); // a tombstone, so the deletion merges
    CHECK(referenced_files(f.ws).count(hash_of('b')) == 0);
    CHECK(remove_entry_evidence(f.entry(), "ev-p") == nullptr); // already gone
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.live_names(f.entry().evidence) == std::vector<std::string>{"现场.jpg"});
}

TEST_CASE("evidence moves up and down among the live items, tombstones skipped", "[evidence_attach]") {
    Fixture f;
    for (auto [id, c, name] : {std::tuple{"ev-1", 'a', "一.jpg"}, {"ev-2", 'b', "二.pdf"}, {"ev-3", 'c', "三.docx"}})
        REQUIRE(f.run(add_evidence(f.measure(), evidence_for_file(id, file(c, name)))));
    using V = std::vector<std::string>;
    CHECK(move_evidence(f.measure().evidence, "ev-1", -1) == nullptr); // first: nowhere up
    CHECK(move_evidence(f.measure().evidence, "ev-3", +1) == nullptr); // last: nowhere down
    CHECK(move_evidence(f.measure().evidence, "ev-9", +1) == nullptr);
    REQUIRE(f.run(move_evidence(f.measure().evidence, "ev-1", +1)));
    CHECK(f.live_names(f.measure().evidence) == V{"二.pdf", "一.jpg", "三.docx"});
    REQUIRE(f.run(move_evidence(f.measure().evidence, "ev-3", -1)));
    CHECK(f.live_names(f.measure().evidence) == V{"二.pdf", "三.docx", "一.jpg"});
    // A removed item in between is stepped over: one press moves past the next live item.
    REQUIRE(f.run(remove_evidence(f.measure(), "ev-3")));
    REQUIRE(f.run(move_evidence(f.measure().evidence, "ev-1", -1)));
    CHECK(f.live_names(f.measure().evidence) == V{"一.jpg", "二.pdf"});
    CHECK(move_evidence(f.measure().evidence, "ev-3", -1) == nullptr); // a tombstone does not move
    REQUIRE(f.history.undo(f.ws));
    CHECK(f.live_names(f.measure().evidence) == V{"二.pdf", "一.jpg"});
    // The same on a progress entry's list.
    REQUIRE(f.run(add_entry_evidence(f.entry(), evidence_for_file("ev-p1", file('d', "甲.png")))));
    REQUIRE(f.run(add_entry_evidence(f.entry(), evidence_for_file("ev-p2", file('e', "乙.png")))));
    REQUIRE(f.run(move_evidence(f.entry().evidence, "ev-p2", -1)));
    CHECK(f.live_names(f.entry().evidence) == V{"乙.png", "甲.png"});
}

TEST_CASE("the keep set: referenced files and what undo or redo could bring back", "[evidence_attach]") {
    Fixture f;
    CHECK(f.keep().empty());
    REQUIRE(f.run(add_evidence(f.measure(), evidence_for_file("ev-1", file('a', "a.jpg")))));
    REQUIRE(f.run(add_entry_evidence(f.entry(), evidence_for_file("ev-2", file('b', "b.jpg")))));
    CHECK(f.keep() == FileHashes{hash_of('a'), hash_of('b')});
    f.history.clear(); // as after a reload: the items are in the stored workspace, not in the history

    // Removed: no longer referenced, but undo would bring it back.
    REQUIRE(f.run(remove_evidence(f.measure(), "ev-1")));
    CHECK(referenced_files(f.ws).count(hash_of('a')) == 0);
    CHECK(f.keep().count(hash_of('a')) == 1);
    // Added then undone: redo would bring it back.
    REQUIRE(f.run(add_evidence(f.measure(), evidence_for_file("ev-3", file('c', "c.jpg")))));
    REQUIRE(f.history.undo(f.ws));
    CHECK(referenced_files(f.ws).count(hash_of('c')) == 0);
    CHECK(f.keep().count(hash_of('c')) == 1);
    // A file replaced on an item: the old one comes back by undo.
    REQUIRE(f.run(RECTIFY_SET(Evidence, file, Id("ev-2"), file('d', "d.jpg"))));
    CHECK(referenced_files(f.ws).count(hash_of('b')) == 0);
    CHECK(f.keep().count(hash_of('b')) == 1);
    CHECK(f.keep().count(hash_of('d')) == 1);

    // The progress entry deleted with its files: they are not referenced, undo revives them. Only
    // that deletion holds them (the history before it dropped): nothing else is kept.
    f.history.clear();
    REQUIRE(f.run(remove_progress(f.measure(), "pg-1")));
    CHECK(referenced_files(f.ws).count(hash_of('d')) == 0);
    CHECK(f.keep() == FileHashes{hash_of('d')});

    // Once the history is gone, only what the workspace references is kept.
    f.history.clear();
    CHECK(f.keep().empty());
    // A version still held elsewhere (a field's edit base) keeps its files, dead or alive.
    Workspace base = f.ws;
    CHECK(evidence_keep(f.ws, f.history, &base) == FileHashes{hash_of('a'), hash_of('d')});
}

TEST_CASE("the keep set holds the files of a merge the history can undo or redo", "[evidence_attach]") {
    Fixture f;
    Workspace theirs = f.ws;
    Measure& tm = *find<Measure>(theirs, f.measure().id);
    Evidence e = evidence_for_file("ev-theirs", file('f', "回执.pdf", "application/pdf"));
    e.meta.created = Stamp{f.now + 5000, "OTHER"};
    tm.evidence.push_back(e);
    REQUIRE(f.run(merge_command(theirs, Resolutions{})));
    CHECK(referenced_files(f.ws).count(hash_of('f')) == 1);
    REQUIRE(f.history.undo(f.ws));
    CHECK(referenced_files(f.ws).count(hash_of('f')) == 0);
    CHECK(f.keep().count(hash_of('f')) == 1); // redo merges it again
}
