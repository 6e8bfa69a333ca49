// What counts as a measure's evidence (core/measure_evidence.h): its own items and its live progress
// entries' items, each alive and with a file or a name; items submitted or closed without any; and
// the three readers of that rule: the ledger's filter, the dashboard's count and find.
#include <catch2/catch_test_macros.hpp>

#include "core/evidence_kind.h"
#include "core/find_in_plan.h"
#include "core/ledger/ledger.h"
#include "core/measure_evidence.h"
#include "core/report/dashboard.h"

using namespace rectify;

namespace {

Evidence item(const char* id, const char* name, const char* sha = "") {
    Evidence e;
    e.id = id;
    e.name = name;
    if (*sha) {
        e.file.sha256 = std::string(64, sha[0]);
        e.file.name = std::string(name) + ".jpg";
        e.file.type = "image/jpeg";
        e.file.size = 10;
    }
    return e;
}

ProgressEntry entry(const char* id, std::vector<Evidence> ev) {
    ProgressEntry p;
    p.id = id;
    p.text = "已整改";
    p.evidence = std::move(ev);
    return p;
}

Measure submitted(const char* id) {
    Measure m;
    m.id = id;
    m.title = "整改措施";
    m.closure.state = ClosureState::Submitted;
    return m;
}

} // namespace

TEST_CASE("measure_evidence: own items, then the live entries' items; blank and deleted ones do not count", "[evidence]") {
    Measure m;
    m.id = "m";
    Evidence gone = item("e-gone", "已删除的照片", "a");
    gone.meta.deleted = Stamp{1, "X"};
    m.evidence = {item("e-1", "会议纪要"), item("e-blank", " \xE3\x80\x80 "), gone, item("e-file", "", "b")};
    ProgressEntry dead = entry("pg-dead", {item("e-dead", "照片", "c")});
    dead.meta.deleted = Stamp{1, "X"};
    m.progress = {entry("pg-1", {item("e-p1", "整改后照片", "d")}), dead, entry("pg-2", {item("e-p2", "")})};

    const std::vector<EvidenceRef> refs = measure_evidence(m);
    REQUIRE(refs.size() == 3);
    CHECK(refs[0].item->id == "e-1");    // a name without a file counts
    CHECK(refs[0].entry == nullptr);
    CHECK(refs[1].item->id == "e-file"); // a file without a name counts
    CHECK(refs[2].item->id == "e-p1");   // an entry's photo counts, under its entry
    REQUIRE(refs[2].entry != nullptr);
    CHECK(refs[2].entry->id == "pg-1");
    CHECK(evidence_count(m) == 3);
    CHECK_FALSE(counts_as_evidence(m.evidence[1])); // blank, ideographic space included
    CHECK_FALSE(counts_as_evidence(m.evidence[2])); // deleted
}

TEST_CASE("submitted_without_evidence: submitted or closed, with nothing that counts", "[evidence]") {
    Measure m = submitted("m");
    CHECK(submitted_without_evidence(m));
    m.evidence = {item("e", "  ")}; // a blank row is not evidence
    CHECK(submitted_without_evidence(m));
    m.progress = {entry("pg", {item("e-p", "", "f")})}; // a photo on a progress entry is
    CHECK_FALSE(submitted_without_evidence(m));
    m.progress[0].meta.deleted = Stamp{1, "X"};
    CHECK(submitted_without_evidence(m));
    m.closure.state = ClosureState::Verified;
    CHECK(submitted_without_evidence(m));
    m.closure.state = ClosureState::Open; // not submitted: nothing to check yet
    CHECK_FALSE(submitted_without_evidence(m));
    m.closure.state = ClosureState::Returned;
    CHECK_FALSE(submitted_without_evidence(m));
}

TEST_CASE("the ledger filter, the dashboard and find read entries' evidence through the same rule", "[evidence]") {
    Workspace ws;
    ws.id = "w";
    Plan plan;
    plan.id = "p";
    plan.title = "方案";
    Problem pr;
    pr.id = "q";
    pr.text = "问题";
    Measure bare = submitted("m-bare");
    Measure photo = submitted("m-photo");
    photo.progress = {entry("pg", {item("e-p", "食堂整改后照片", "e")})};
    Measure own = submitted("m-own");
    own.closure.state = ClosureState::Verified;
    own.evidence = {item("e-o", "会议纪要")};
    Measure open;
    open.id = "m-open";
    pr.measures = {bare, photo, own, open};
    plan.problems = {pr};
    ws.plans = {plan};

    std::vector<LedgerRow> rows = ledger_rows(ws, "p");
    REQUIRE(rows.size() == 4);
    LedgerFilter f;
    f.without_evidence = true;
    ledger_filter(ws, rows, f, Date{2026, 11, 23}, 7);
    REQUIRE(rows.size() == 1);
    CHECK(ws.plans[0].problems[0].measures[rows[0].measure].id == "m-bare");

    const Dashboard d = compute_dashboard(ws, "p", Date{2026, 11, 23}, 7);
    CHECK(d.without_evidence == 1);

    const std::vector<FindHit> hits = find_in_plan(ws, ws.plans[0], "食堂整改后");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == FindKind::Evidence);
    CHECK(hits[0].id == "e-p");
    CHECK(hits[0].measure == "m-photo");
}

TEST_CASE("evidence_kind: images by type or, when the type is missing or generic, by extension; badges", "[evidence]") {
    auto f = [](const char* name, const char* type) {
        EvidenceFile x;
        x.sha256 = std::string(64, 'a');
        x.name = name;
        x.type = type;
        return x;
    };
    CHECK(is_image_file(f("IMG_0001.JPG", "")));
    CHECK(is_image_file(f("微信图片_20221101.jpg", "application/octet-stream")));
    CHECK(is_image_file(f("photo", "image/jpeg")));
    CHECK(is_image_file(f("IMG_2001.HEIC", "image/heic")));
    CHECK_FALSE(is_image_file(f("图.png", "application/pdf"))); // the type says otherwise
    CHECK_FALSE(is_image_file(f("流程图.svg", "image/svg+xml")));
    CHECK_FALSE(is_image_file(f("会议纪要.docx", "")));
    CHECK_FALSE(is_image_file(f(".png", "")));

    CHECK(file_badge(f("陪餐记录表.pdf", "application/pdf")) == "PDF");
    CHECK(file_badge(f("台账.XLSX", "")) == "XLSX");
    CHECK(file_badge(f("扫描件", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")) == "DOC");
    CHECK(file_badge(f("扫描件", "application/pdf")) == "PDF");
    CHECK(file_badge(f("说明.一份", "text/plain")) == "TXT"); // not an extension: the type says
    CHECK(file_badge(f("无扩展名", "")).empty());
    CHECK(file_badge(f("数据.backup2024", "application/octet-stream")).empty());
}
