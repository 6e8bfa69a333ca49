// The text importer (core/import/text_import.h) on fixtures in each style (tests/data/text), and on the
// published reference plan when this machine has it (RECTIFY_SHARED_REFERENCE; skipped otherwise).
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <algorithm>
#include <fstream>
#include <set>

#include "core/format/format.h"
#include "core/lookup.h"
#include "core/import/text_import.h"
#include "plan_builder.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::department;
using rectify::testing::fixture;
using rectify::testing::workspace;

namespace {

TextImport run(const std::string& name) {
    ImportTextOptions o;
    o.id_seed = 8;
    return import_text_file(fixture("text/" + name), o);
}
std::string name_of(const TextImport& r, const Id& id) {
    for (const Department& d : r.ws.departments)
        if (d.id == id) return d.name;
    for (const Person& p : r.ws.people)
        if (p.id == id) return p.name;
    return "?";
}
std::vector<std::string> names(const TextImport& r, const std::vector<Id>& ids) {
    std::vector<std::string> out;
    for (const Id& id : ids) out.push_back(name_of(r, id));
    return out;
}
using V = std::vector<std::string>;
std::string text_of(const TextImport& r, const TextSpan& s) { return r.decoded.substr(s.begin, s.end - s.begin); }
int count(const TextImport& r, TextSpan::Kind k) {
    int n = 0;
    for (const TextSpan& s : r.spans) n += s.kind == k;
    return n;
}

} // namespace

TEST_CASE("normalise: width, spaces, Traditional characters, pinyin aids", "[text]") {
    CHECK(normalise_text("整改時限：２０２２年１２月底前（長期堅持）").text == "整改时限:2022年12月底前(长期坚持)");
    CHECK(normalise_field("張  偉，關於") == "張偉，關於"); // a field keeps its characters
    CHECK(simplified("張偉，關於") == "张伟，关于");
    CHECK(normalise_field("整(zhěng)改（gǎi）措施 Word 文档") == "整改措施Word文档");
    CHECK(normalise_text("责任科室\n基教科").text == "责任科室\n基教科");
    Normalised n = normalise_text("ａ責");
    REQUIRE(n.text == "a责");
    CHECK(n.origin[0] == 0);
    CHECK(n.origin[1] == 3);
    CHECK(n.origin.back() == 6);
}

TEST_CASE("a plan with areas, 一是/二是 steps and 责任领导/责任单位 lines", "[text]") {
    TextImport r = run("plan-yishi.txt");
    const Plan& p = r.plan();
    CHECK(p.title == "青山县教育局关于县委第二巡察组反馈意见的整改方案");
    CHECK(p.issuer == "青山县教育局");
    CHECK(p.doc_number == "青教发〔2023〕12号");
    CHECK(to_iso(p.written) == "2023-03-15");
    CHECK(p.feedback.kind == FeedbackKind::Inspection);
    CHECK(p.feedback.name == "县委第二巡察组反馈意见");
    REQUIRE(p.problems.size() == 3);
    CHECK(p.problems[0].number == "1."); // as written, never renumbered
    CHECK(p.problems[0].area == "聚焦落实全面从严治党主体责任方面");
    CHECK(p.problems[2].area == "聚焦群众身边不正之风方面");
    CHECK(p.problems[0].text == "党组会议研究部署党建工作不够及时");
    const Measure& m = p.problems[0].measures.at(0);
    CHECK(m.title == "健全议事规则");
    CHECK(m.steps == V{"每季度专题研究党建工作", "建立会议纪要台账", "年底开展述职评议。"});
    CHECK(names(r, m.leaders) == V{"王建国"});
    CHECK(names(r, m.lead_departments) == V{"办公室", "人事股"});
    CHECK(m.deadline.kind == DeadlineKind::EndOfMonth);
    CHECK(to_iso(m.deadline.date) == "2023-06-30");
    CHECK(m.deadline.text == "2023年6月底前");
    CHECK(p.problems[1].measures.at(0).deadline.kind == DeadlineKind::Ongoing);
    CHECK(p.problems[1].measures.at(0).deadline.text == "长期坚持");
    CHECK(p.problems[2].measures.at(0).deadline.kind == DeadlineKind::Immediate);
    CHECK(names(r, p.problems[2].measures.at(0).leaders) == V{"王建国", "赵明"});
    CHECK(r.ws.people.size() == 3); // 王建国 once, 李红, 赵明
    CHECK(r.responsibility_lines == 9);
    CHECK(r.unplaced.empty());
    REQUIRE(p.sections.size() == 3);
    CHECK(p.sections[1].heading == "一、指导思想");
    CHECK(p.sections[1].body == "坚持问题导向，立行立改，确保整改见底见效。");
    CHECK(count(r, TextSpan::Area) == 2);
}

TEST_CASE("牵头单位/配合单位 lines and a tab-separated table", "[text]") {
    TextImport r = run("plan-lead-support.txt");
    const Plan& p = r.plan();
    CHECK(p.title == "河西区教育局督导评估反馈问题整改方案");
    CHECK(p.feedback.kind == FeedbackKind::SupervisionEvaluation);
    CHECK(to_iso(p.written) == "2023-05-08");
    REQUIRE(p.problems.size() == 4);
    CHECK(p.problems[0].code == "HX2023-01");
    CHECK(p.problems[0].text == "部分学校大班额问题仍然存在");
    const Measure& m0 = p.problems[0].measures.at(0);
    CHECK(m0.steps == V{"新建城东小学，增加学位900个", "严格控制起始年级班额"});
    CHECK(names(r, m0.lead_departments) == V{"基教科"});
    CHECK(names(r, m0.support_departments) == V{"计财科", "项目办"});
    CHECK(to_iso(m0.deadline.date) == "2023-11-30"); // the year from the document's date
    CHECK(m0.deadline.text == "11月30日前");
    const Measure& m1 = p.problems[1].measures.at(0);
    CHECK(m1.title == "按不低于公用经费5%的标准安排培训经费");
    CHECK(names(r, m1.responsible) == V{"周敏"});
    CHECK(names(r, m1.leaders) == V{"孙立"});
    CHECK(to_iso(m1.deadline.date) == "2023-12-31");
    // The table rows.
    CHECK(p.problems[2].number == "3"); // the table's 序号, as written
    CHECK(p.problems[2].code == "HX2023-03");
    CHECK(p.problems[2].text == "校园安全隐患排查不彻底");
    const Measure& m2 = p.problems[2].measures.at(0);
    CHECK(m2.steps == V{"每月开展一次排查", "建立隐患台账"});
    CHECK(names(r, m2.lead_departments) == V{"安全科"});
    CHECK(names(r, m2.support_departments) == V{"后勤中心", "各学校"});
    CHECK(names(r, m2.responsible) == V{"刘洋"});
    CHECK(to_iso(m2.deadline.date) == "2023-09-30");
    const Measure& m3 = p.problems[3].measures.at(0);
    CHECK(m3.title == "扩大课后服务覆盖面");
    CHECK(m3.deadline.kind == DeadlineKind::Ongoing);
    CHECK(r.responsibility_lines == 4);
    CHECK(r.deadlines == 4);
    CHECK(r.unplaced.empty());
}

TEST_CASE("a progress report: 整改情况 becomes progress, 整改进度/整改进展 the status", "[text]") {
    TextImport r = run("report-progress.txt");
    const Plan& p = r.plan();
    CHECK(r.is_report);
    CHECK(p.addressees == V{"区委巡察办"});
    CHECK(to_iso(p.written) == "2023-09-01");
    REQUIRE(p.problems.size() == 3);
    const Measure& m0 = p.problems[0].measures.at(0);
    CHECK(m0.status == Status::Done);
    REQUIRE(m0.progress.size() == 1);
    CHECK(m0.progress[0].text == "一是修订校车安全管理办法；二是组织驾驶员培训2期");
    CHECK(to_iso(m0.progress[0].date) == "2023-09-01");
    const Measure& m1 = p.problems[1].measures.at(0);
    CHECK(m1.title == "新建学校2所，新增学位3000个");
    CHECK(m1.status == Status::InProgress);
    CHECK(p.problems[2].measures.at(0).status == Status::DoneOngoing);
    CHECK(r.progress == 2);
    CHECK(r.statuses == 3);
    CHECK(r.stated_problems == 3);
    CHECK(import_notes(r, Lang::En).empty()); // 共3个问题 agrees

    // A count that disagrees is remarked on, in the language asked for.
    std::string text = fixture("text/report-progress.txt");
    text.replace(text.find("共3个问题"), std::string("共3个问题").size(), "共5个问题");
    ImportTextOptions o;
    o.id_seed = 8;
    const TextImport said5 = import_text_file(text, o);
    CHECK(import_notes(said5, Lang::Zh) == std::vector<std::string>{"文中称共5个问题，识别出3个"});
    CHECK(import_notes(said5, Lang::En) == std::vector<std::string>{"the text says 5 problems; 3 were found"});
}

TEST_CASE("a web page: chrome ignored, full-width digits, Traditional characters, pinyin aids", "[text]") {
    TextImport r = run("web-page-mixed.txt");
    const Plan& p = r.plan();
    CHECK(p.title == "北江市教育局關於2021年度公眾評議意見整改方案"); // as written
    CHECK(p.issuer == "北江市教育局");
    CHECK(to_iso(p.written) == "2022-06-01");
    CHECK(p.feedback.kind == FeedbackKind::PublicAppraisal);
    CHECK(p.addressees == V{"各縣（市、區）教育局", "局屬各學校"});
    REQUIRE(p.problems.size() == 2);
    CHECK(p.problems[0].code == "120210070800055");
    CHECK(p.problems[0].text == "部分學校課後服務質量不高");
    const Measure& m0 = p.problems[0].measures.at(0);
    CHECK(m0.steps == V{"完善課後服務管理辦法", "加強督導檢查。"});
    CHECK(names(r, m0.responsible) == V{"张伟"});
    CHECK(names(r, m0.leaders) == V{"陈东"});
    CHECK(to_iso(m0.deadline.date) == "2022-12-31");
    CHECK(m0.deadline.text == "2022年12月底前");
    const Measure& m1 = p.problems[1].measures.at(0);
    CHECK(m1.title == "建立局長信箱，定期回復");
    CHECK(names(r, m1.lead_departments) == V{"办公室"});
    CHECK(m1.deadline.kind == DeadlineKind::Ongoing);
    REQUIRE(r.unplaced == V{"另附：相關照片若干。"});
    int ignored = 0;
    for (const TextSpan& s : r.spans)
        if (s.kind == TextSpan::Ignored) {
            ignored++;
            CHECK(text_of(r, s).find("整改") == std::string::npos);
        }
    CHECK(ignored == 6);
    // Spans point into the original text.
    for (const TextSpan& s : r.spans)
        if (s.kind == TextSpan::Deadline) CHECK((text_of(r, s) == "２０２２年１２月底前" || text_of(r, s) == "長期堅持"));
}

TEST_CASE("a GBK .txt file is decoded", "[text]") {
    // "责任单位:办公室" in GBK after a problem line.
    std::string gbk = "(\xd2\xbb)\xce\xca\xcc\xe2:\xb2\xe2\xca\xd4\n";
    TextImport r = import_text_file(gbk);
    CHECK(r.encoding != "UTF-8");
    REQUIRE(r.plan().problems.size() == 1);
    CHECK(r.plan().problems[0].text == "测试");
}

TEST_CASE("the published reference plan, when present", "[text]") {
    const char* env = std::getenv("RECTIFY_SHARED_REFERENCE");
    std::string dir = env ? env : RECTIFY_SHARED_REFERENCE;
    std::ifstream in(dir + "/sample-plan-qinzhou-2022.txt", std::ios::binary);
    if (!in) SKIP("no reference document at " << dir);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    TextImport r = import_text_file(bytes);
    const Plan& p = r.plan();
    CHECK(p.title == "钦州市教育局2021年度绩效考评公众评议意见建议整改落实工作方案");
    CHECK(p.issuer == "钦州市教育局");
    CHECK(p.doc_number == "钦教绩办〔2022〕1号");
    CHECK(to_iso(p.written) == "2022-05-11");
    CHECK(to_iso(p.published) == "2022-05-11");
    CHECK(p.feedback.name == "2021年度绩效考评公众评议");
    CHECK(p.addressees.size() == 3);
    CHECK(r.problems == 7);
    CHECK(r.codes == 7);
    CHECK(r.measures == 7);
    CHECK(r.steps == 21);
    CHECK(r.responsibility_lines == 7);
    CHECK(r.deadlines_dated == 7);
    CHECK(r.unplaced.empty());
    CHECK(p.problems[0].code == "120210070800026");
    CHECK(p.problems[6].code == "120210070900023");
    CHECK(names(r, p.problems[4].measures.at(0).lead_departments) == V{"人教科", "基教科"});
    CHECK(names(r, p.problems[4].measures.at(0).leaders) == V{"田茂群", "卢红青"});
    REQUIRE(p.phases.size() == 3);
    CHECK(to_iso(p.phases[0].start) == "2022-05-10");
    CHECK(to_iso(p.phases[0].end) == "2022-10-30");
    CHECK(to_iso(p.phases[2].end) == "2022-11-30");
    // A saved plan file loads back.
    rectify::testing::load_ok(save_workspace(r.ws, rectify::testing::kSaveTime));
}

TEST_CASE("a recognised plan goes into a workspace as one undo step, reusing directory entries by name", "[text]") {
    TextImport r = run("plan-yishi.txt");
    // The document names 办公室 too: reused, not added again.
    Workspace ws = workspace("w-1", {department("d-have", "办公室")});
    const size_t depts_in_doc = r.ws.departments.size();
    IdSource ids(7);
    History h([t = std::int64_t(1'700'000'000'000)]() mutable { return t += 1000; });
    REQUIRE(h.execute(ws, apply_text_import(ws, r, ids)));
    REQUIRE(ws.plans.size() == 1);
    CHECK(ws.plans[0].title == r.plan().title);
    CHECK(ws.departments.size() == depts_in_doc); // 办公室 once
    const Measure& m = ws.plans[0].problems.at(0).measures.at(0);
    REQUIRE(m.lead_departments.size() == 2);
    CHECK(m.lead_departments[0] == "d-have");
    for (const Id& id : m.leaders) CHECK(find<Person>(ws, id) != nullptr); // every reference resolves
    check_integrity(ws);
    REQUIRE(h.undo(ws));
    CHECK(ws.plans.empty());
    CHECK(ws.departments.size() == 1);
    CHECK(apply_text_import(ws, TextImport{}, ids) == nullptr);
}

TEST_CASE("a measure written only as its steps takes its first step as its title", "[text]") {
    TextImport r = run("plan-yishi.txt");
    const Measure& m = r.plan().problems.at(1).measures.at(0); // 整改措施：一是制定…；二是分层…
    CHECK(m.title == m.steps.at(0));
    for (const Problem& q : r.plan().problems)
        for (const Measure& x : q.measures) CHECK_FALSE(x.title.empty());
}

TEST_CASE("line_spans: every non-blank line starts with one, saying what the line was taken as", "[text]") {
    for (const char* name : {"plan-yishi.txt", "plan-lead-support.txt", "report-progress.txt", "web-page-mixed.txt"}) {
        INFO(name);
        TextImport r = run(name);
        const std::vector<TextSpan> lines = line_spans(r);
        std::set<size_t> non_blank, marked; // line numbers
        size_t start = 0, line = 0;
        for (size_t i = 0; i <= r.decoded.size(); i++)
            if (i == r.decoded.size() || r.decoded[i] == '\n') {
                if (r.decoded.find_first_not_of(" \t\r", start) < i) non_blank.insert(line);
                start = i + 1;
                line++;
            }
        for (size_t i = 0; i < lines.size(); i++) {
            CHECK(text_of(r, lines[i]).find('\n') == std::string::npos); // within one line
            if (i) CHECK(lines[i - 1].end <= lines[i].begin);              // in order, apart
            marked.insert(size_t(std::count(r.decoded.begin(), r.decoded.begin() + long(lines[i].begin), '\n')));
        }
        CHECK(marked == non_blank);
    }
    // A responsibility line glued onto its measure's sentence is a span of its own on that line.
    TextImport web = run("web-page-mixed.txt");
    const std::vector<TextSpan> wl = line_spans(web);
    CHECK(std::any_of(wl.begin() + 1, wl.end(), [&](const TextSpan& s) {
        return s.kind == TextSpan::Responsibility && web.decoded[s.begin - 1] != '\n';
    }));
    // The code and the deadline inside a line are not lines of their own.
    TextImport r = run("plan-yishi.txt");
    std::vector<std::string> kinds;
    for (const TextSpan& s : line_spans(r)) kinds.push_back(span_kind_name(s.kind));
    CHECK(kinds == V{"title", "doc_number", "body", "section", "body", "section", "area", "problem", "measure",
                     "responsibility", "responsibility", "responsibility", "problem", "measure", "responsibility",
                     "responsibility", "responsibility", "area", "problem", "measure", "responsibility",
                     "responsibility", "responsibility", "section", "body", "issuer", "date"});
    CHECK(span_kind_name(line_spans(run("plan-lead-support.txt")).at(2).kind) == std::string("problem"));
}

TEST_CASE("json_quote escapes what JSON needs", "[text]") {
    CHECK(json_quote("责任人:\"周敏\"\\\n\t\x01") == "\"责任人:\\\"周敏\\\"\\\\\\n\\t\\u0001\"");
}

TEST_CASE("a responsibility line naming the office and the person, under a 1. problem", "[text]") {
    // The item reader gathers both labels' values as lines; each is a name of its own.
    TextImport r = import_text("一、存在问题及整改措施\n1. 食堂从业人员健康证过期未及时更换。\n整改措施：组织从业人员体检。\n"
                               "责任科室：总务处，责任人：王明，整改时限：2025年6月30日前。\n");
    const Plan& p = r.plan();
    REQUIRE(p.problems.size() == 1);
    REQUIRE(p.problems[0].measures.size() == 1);
    const Measure& m = p.problems[0].measures[0];
    REQUIRE(m.lead_departments.size() == 1);
    CHECK(find<Department>(r.ws, m.lead_departments[0])->name == "总务处");
    REQUIRE(m.responsible.size() == 1);
    CHECK(find<Person>(r.ws, m.responsible[0])->name == "王明");
}
