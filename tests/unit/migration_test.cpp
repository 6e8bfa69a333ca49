// Format version 1 -> 2: the v1 fixture, its meaning after migration, and convert-then-load.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "core/format/format.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;

static LoadResult load_v1() {
    LoadResult r = load_workspace(fixture("formats/v1-sample.rectify.json"));
    INFO(format_error(r.error, Lang::En));
    REQUIRE(r.ok);
    return r;
}

static std::vector<std::string> names(const Workspace& ws, const std::vector<Id>& ids) {
    std::vector<std::string> out;
    for (const Id& id : ids) {
        for (const Department& d : ws.departments) if (d.id == id) out.push_back(d.name);
        for (const Person& p : ws.people) if (p.id == id) out.push_back(p.name);
    }
    return out;
}

TEST_CASE("v1: the envelope and plan header migrate", "[migration]") {
    LoadResult r = load_v1();
    CHECK(r.info.version == 1);
    CHECK(r.info.app == "0.0.9");
    const Workspace& ws = r.workspace;
    CHECK(ws.office.name == "青山县教育局");
    REQUIRE(ws.plans.size() == 1);
    const Plan& p = ws.plans[0];
    CHECK(p.id == "plan-qs-2022-01");
    CHECK(p.doc_number == "青教绩办〔2022〕3号");
    CHECK(p.written == Date{2022, 5, 11});
    CHECK(p.published == Date{2022, 5, 11});
    CHECK(p.addressees == std::vector<std::string>{"各乡镇中心学校", "县直各学校", "局机关各股室"});
    CHECK(p.feedback.kind == FeedbackKind::PublicAppraisal);
    CHECK(p.feedback.name == "2021年度绩效考评公众评议");
    REQUIRE(p.sections.size() == 2);
    CHECK(p.sections[1].heading == "保障措施");
    // Creation stamps come from the v1 save time and office.
    CHECK(p.meta.created.at == 1652322600000);
    CHECK(p.meta.created.by == "青山县教育局");
}

TEST_CASE("v1: responsibility text becomes directory references", "[migration]") {
    const Workspace ws = load_v1().workspace;
    const auto& problems = ws.plans[0].problems;
    REQUIRE(problems.size() == 3);
    const Measure& canteen = problems[1].measures.at(0);
    CHECK(names(ws, canteen.lead_departments) == std::vector<std::string>{"安全股", "基教股"});
    CHECK(names(ws, canteen.responsible) == std::vector<std::string>{"陈立新", "周文涛"});
    CHECK(names(ws, canteen.leaders) == std::vector<std::string>{"王海"});
    // A name used in several measures is one directory entry.
    CHECK(ws.departments.size() == 3);
    CHECK(ws.people.size() == 4);
    CHECK(problems[0].measures[0].lead_departments[0] == canteen.lead_departments[1]);
}

TEST_CASE("v1: deadlines keep their wording and gain a meaning; statuses map", "[migration]") {
    const Workspace ws = load_v1().workspace;
    const auto& problems = ws.plans[0].problems;
    const Measure& school = problems[0].measures[0];
    CHECK(school.deadline.kind == DeadlineKind::EndOfMonth);
    CHECK(school.deadline.date == Date{2022, 11, 30});
    CHECK(school.deadline.text == "2022年11月底前");
    CHECK(school.status == Status::InProgress);
    REQUIRE(school.progress.size() == 1);
    CHECK(school.progress[0].date == Date{2022, 8, 1});
    CHECK(school.extras.members.at("legacy_flag") == "true"); // unknown v1 member kept
    const Measure& canteen = problems[1].measures[0];
    CHECK(canteen.deadline.kind == DeadlineKind::Ongoing);
    CHECK(canteen.status == Status::DoneOngoing); // "done" + 长期坚持
    const Measure& teachers = problems[2].measures[0];
    CHECK(teachers.deadline.kind == DeadlineKind::Date);
    CHECK(teachers.deadline.date == Date{2022, 9, 30}); // year from the plan's date
    CHECK(teachers.status == Status::NotStarted);
}

TEST_CASE("v1: migration is deterministic and convert-then-load gives the same workspace", "[migration]") {
    LoadResult a = load_v1(), b = load_v1();
    CHECK(a.workspace == b.workspace); // derived IDs: the same file migrates the same everywhere
    std::string v2 = save_workspace(a.workspace, testing::kSaveTime);
    LoadResult c = load_workspace(v2);
    REQUIRE(c.ok);
    CHECK(c.info.version == kFormatVersion);
    CHECK(c.workspace == a.workspace);
}
