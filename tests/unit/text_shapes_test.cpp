// The text importer on every document shape of tests/data/text/shapes (issue 17): each fixture is
// read and compared with its .expect.json (format in that folder's README): the problems in order
// with their numbers as written, texts, codes, statuses (stated or only proposed), deadlines (the
// wording and the day), the unit or responsibility named for the item, and the noise lines that
// must not become a problem or a measure.
#include <catch2/catch_test_macros.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/format/format.h"
#include "core/import/text_import.h"
#include "test_util.h"

using namespace rectify;

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Compared as the README says: after normalise_field, without spaces.
std::string loose(std::string_view s) {
    std::string f = normalise_field(s);
    f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
    return f;
}

std::string str(const rapidjson::Value& v, const char* key) {
    return v.HasMember(key) && v[key].IsString() ? v[key].GetString() : std::string();
}
bool is_null(const rapidjson::Value& v, const char* key) { return !v.HasMember(key) || v[key].IsNull(); }

const char* status_word(Status s) {
    switch (s) {
    case Status::NotStarted: return "not_started";
    case Status::InProgress: return "in_progress";
    case Status::Done: return "done";
    case Status::DoneOngoing: return "done_ongoing";
    }
    return "";
}

// Names compared without the commas between them ("各中小学校，县教育局计划财务股" names two).
std::string bare(std::string_view s) {
    std::string f = loose(s), out;
    for (size_t i = 0; i < f.size();) {
        bool sep = f.compare(i, 3, "，") == 0 || f.compare(i, 3, "、") == 0 || f.compare(i, 3, "；") == 0;
        if (sep) i += 3;
        else if (f[i] == ',' || f[i] == ';') i++;
        else out += f[i++];
    }
    return out;
}

bool has(const std::vector<Id>& ids, const Id& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::string names(const TextImport& r, const Measure& m) {
    std::string out;
    auto add = [&](const Id& id) {
        for (const Department& d : r.ws.departments)
            if (d.id == id) out += d.name;
        for (const Person& p : r.ws.people)
            if (p.id == id) out += p.name;
    };
    for (const Id& id : m.lead_departments) add(id);
    for (const Id& id : m.responsible) add(id);
    return bare(out);
}

void check_shape(const std::filesystem::path& txt) {
    const std::string name = txt.stem().string();
    rapidjson::Document e;
    const std::string json = read_file(std::filesystem::path(txt).replace_extension(".expect.json"));
    REQUIRE_FALSE(e.Parse(json.c_str()).HasParseError());
    ImportTextOptions o;
    o.id_seed = 3;
    const TextImport r = import_text_file(read_file(txt), o);
    REQUIRE(r.ok());
    const Plan& plan = r.plan();
    const rapidjson::Value& want = e["problems"];
    INFO(name);
    REQUIRE(plan.problems.size() == want.Size());
    for (rapidjson::SizeType i = 0; i < want.Size(); i++) {
        const rapidjson::Value& w = want[i];
        const Problem& p = plan.problems[i];
        INFO("problem " << i + 1 << ": " << p.text);
        CHECK(loose(p.number) == loose(str(w, "number")));
        CHECK(loose(p.text).rfind(loose(str(w, "text_starts")), 0) == 0);
        if (!is_null(w, "code")) CHECK(p.code == str(w, "code"));
        // The status: read or not, and proposed when the document only implies it.
        const Measure* m = p.measures.empty() ? nullptr : &p.measures.front();
        const bool read = m && has(r.status_read, m->id);
        if (is_null(w, "status")) {
            CHECK_FALSE(read);
        } else {
            REQUIRE(read);
            CHECK(status_word(m->status) == str(w, "status"));
            CHECK(has(r.status_proposed, m->id) == (w.HasMember("status_implied") && w["status_implied"].GetBool()));
        }
        // The deadline: its wording kept, its day only when the text (and the document) fixes it.
        if (is_null(w, "deadline_text")) {
            CHECK((!m || m->deadline.text.empty()));
        } else {
            REQUIRE(m);
            CHECK(loose(m->deadline.text) == loose(str(w, "deadline_text")));
            CHECK(to_iso(due_date(m->deadline)) == str(w, "deadline"));
            const std::string kind = str(w, "deadline_kind");
            if (kind == "ongoing") CHECK(m->deadline.kind == DeadlineKind::Ongoing);
            if (kind == "immediate") CHECK(m->deadline.kind == DeadlineKind::Immediate);
            if (kind == "unparsed") CHECK(m->deadline.kind == DeadlineKind::Unparsed);
            if (kind == "end_of_month" && !is_null(w, "deadline")) CHECK(m->deadline.kind == DeadlineKind::EndOfMonth);
        }
        // The unit or office the item names for itself, and each measure's responsibility line.
        if (!is_null(w, "responsible")) {
            REQUIRE(m);
            CHECK(names(r, *m).find(bare(str(w, "responsible"))) != std::string::npos);
        }
        if (w.HasMember("measures"))
            for (const rapidjson::Value& wm : w["measures"].GetArray()) {
                if (is_null(wm, "responsible")) continue;
                const std::string who = bare(str(wm, "responsible"));
                CHECK(std::any_of(p.measures.begin(), p.measures.end(), [&](const Measure& x) { return names(r, x).find(who) != std::string::npos; }));
            }
    }
    // Noise is neither a problem nor a measure.
    if (e.HasMember("noise_lines"))
        for (const rapidjson::Value& n : e["noise_lines"].GetArray()) {
            const std::string start = loose(n.GetString());
            INFO("noise: " << n.GetString());
            for (const Problem& p : plan.problems) {
                CHECK(loose(p.text).rfind(start, 0) != 0);
                for (const Measure& x : p.measures) CHECK(loose(x.title).rfind(start, 0) != 0);
            }
        }
    if (!is_null(e, "document_date") && r.problems > 0) CHECK(to_iso(plan.written) == str(e, "document_date"));
    // What is imported saves as a valid plan file.
    if (r.problems > 0) rectify::testing::load_ok(save_workspace(r.ws, rectify::testing::kSaveTime));
}

} // namespace

TEST_CASE("every document shape reads right: problems, numbers, statuses, deadlines, responsibility", "[text][shapes]") {
    const std::filesystem::path dir = std::filesystem::path(RECTIFY_TEST_DATA) / "text" / "shapes";
    std::vector<std::filesystem::path> shapes;
    for (const auto& f : std::filesystem::directory_iterator(dir))
        if (f.path().extension() == ".txt") shapes.push_back(f.path());
    std::sort(shapes.begin(), shapes.end());
    REQUIRE(shapes.size() >= 25);
    for (const auto& txt : shapes) {
        DYNAMIC_SECTION(txt.stem().string()) { check_shape(txt); }
    }
}

namespace {

TextImport read_shape(const std::string& name, const TextCorrections& fix = {}) {
    ImportTextOptions o;
    o.id_seed = 3;
    o.corrections = fix;
    return import_text_file(read_file(std::filesystem::path(RECTIFY_TEST_DATA) / "text" / "shapes" / (name + ".txt")), o);
}

// Where the line starting with `start` begins in the text (a line the preview shows).
size_t line_at(const TextImport& r, std::string_view start) {
    for (const TextSpan& s : line_spans(r))
        if (r.decoded.compare(s.begin, start.size(), start) == 0) return s.begin;
    FAIL("no line starts with " << start);
    return 0;
}

} // namespace

TEST_CASE("the preview's corrections: the problem level, and a line marked problem, measure, noise or joined", "[text][shapes]") {
    const TextImport r = read_shape("two-level-lower-problems");
    CHECK(r.levels == std::vector<std::string>{"一、", "1.", "（1）"});
    CHECK(r.problem_level == "（1）");
    REQUIRE(r.problems == 5);

    SECTION("the level above holds the problems: three, with their sub-items as measures") {
        TextCorrections fix;
        fix.problem_level = "1.";
        const TextImport c = read_shape("two-level-lower-problems", fix);
        REQUIRE(c.problems == 3);
        CHECK(c.problem_level == "1.");
        CHECK(c.plan().problems[0].text.rfind("学前教育资源布局", 0) == 0);
        REQUIRE(c.plan().problems[0].measures.size() == 2); // （1）（2） under it, each with its own 整改进度
        CHECK(c.plan().problems[0].measures[0].status == Status::InProgress);
        CHECK(c.plan().problems[0].measures[1].status == Status::Done);
        CHECK(has(c.status_read, c.plan().problems[0].measures[1].id));
    }
    SECTION("a line marked as noise is left out; one marked as a problem is added") {
        TextCorrections fix;
        fix.lines.push_back({line_at(r, "（2）部分乡镇"), LineRole::Noise});
        fix.lines.push_back({line_at(r, "局党组成立"), LineRole::Problem});
        const TextImport c = read_shape("two-level-lower-problems", fix);
        REQUIRE(c.problems == 5);
        CHECK(c.plan().problems[0].text.rfind("局党组成立", 0) == 0);
        for (const Problem& p : c.plan().problems) CHECK(p.text.find("服务半径") == std::string::npos);
    }
    SECTION("a problem joined to the one before it; a line made a measure") {
        TextCorrections fix;
        fix.lines.push_back({line_at(r, "（2）保育员"), LineRole::JoinPrevious});
        const TextImport c = read_shape("two-level-lower-problems", fix);
        REQUIRE(c.problems == 4);
        CHECK(c.plan().problems[2].text.rfind("幼儿园教师持证率", 0) == 0);
        TextCorrections fix2;
        fix2.lines.push_back({line_at(r, "（2）保育员"), LineRole::Measure});
        CHECK(read_shape("two-level-lower-problems", fix2).problems == 4);
    }
    SECTION("a text with no items says so, and a marked line makes one") {
        const TextImport news = read_shape("no-items-news");
        CHECK(news.problems == 0);
        const std::vector<std::string> notes = import_notes(news, Lang::Zh);
        REQUIRE_FALSE(notes.empty());
        CHECK(notes.front().find("没有认出整改问题") != std::string::npos);
        TextCorrections fix;
        fix.lines.push_back({line_at(news, "检查组采取"), LineRole::Problem});
        const TextImport marked = read_shape("no-items-news", fix);
        REQUIRE(marked.problems == 1);
        CHECK(marked.plan().problems[0].text.rfind("检查组采取", 0) == 0);
    }
}

TEST_CASE("proposed statuses and deadlines without a year are named in the notes", "[text][shapes]") {
    const TextImport r = read_shape("deadline-no-year");
    const std::vector<std::string> zh = import_notes(r, Lang::Zh), en = import_notes(r, Lang::En);
    CHECK(std::find(zh.begin(), zh.end(), "1个问题的状态是从文字推测的（标为“推测”），请核对") != zh.end());
    CHECK(std::find(zh.begin(), zh.end(), "3处时限没有年份，文中也没有日期可参照：保留原文，未换算日期") != zh.end());
    CHECK(en.size() == zh.size());
}

TEST_CASE("a plan has a title: the first line, or a one-line document's opening words up to the first gap", "[text][shapes]") {
    CHECK(read_shape("oneline-inline-labels").plan().title == "青山市第三中学关于校园安全专项督导反馈问题整改情况的报告");
    CHECK(read_shape("news-inline-items").plan().title == "青山市教育局对校园场馆安全隐患整改情况开展“回头看”");
    CHECK(read_shape("status-wordings").plan().title == "青山市南岭中学安全隐患整改报告");
}

TEST_CASE("a reply to a suggestion is one problem, the reply its progress; a long reply is cut at a character", "[text][shapes]") {
    std::string reply;
    for (int i = 0; i < 40; i++) reply += "区教育局已完成教学楼加固和维修工程，";
    const std::string doc = "关于“改建青山小学教学楼”建议的答复\n\n李明代表：\n您提出的关于“改建青山小学教学楼”的建议收悉。现答复如下：\n" + reply +
                            "下一步将改造操场，预计2025年10月完工。\n\n青山县教育局\n2025年6月1日\n";
    ImportTextOptions o;
    o.id_seed = 3;
    const TextImport r = import_text(doc, o);
    REQUIRE(r.problems == 1);
    CHECK(r.plan().problems[0].text == "关于“改建青山小学教学楼”的建议");
    const Measure& m = r.plan().problems[0].measures.at(0);
    CHECK(m.status == Status::InProgress); // done, and something still to finish after it
    CHECK(has(r.status_read, m.id));
    rectify::testing::load_ok(save_workspace(r.ws, rectify::testing::kSaveTime));
}

TEST_CASE("a status asked or counted is no item's status, a required one is not done; a letter's form metadata is no text", "[text][shapes]") {
    ImportTextOptions o;
    o.id_seed = 3;
    auto status_of = [&](const std::string& progress) {
        const TextImport r = import_text("问题1：校门口缺少减速带。\n整改情况：" + progress + "\n", o);
        REQUIRE(r.problems == 1);
        const Measure& m = r.plan().problems[0].measures.at(0);
        return has(r.status_read, m.id) ? std::string(status_word(m.status)) : std::string("none");
    };
    CHECK(status_of("已整改。") == "done");
    CHECK(status_of("检查是否存在未整改到位的情况。") == "none");          // asked
    CHECK(status_of("其中13个问题已经整改到位。") == "none");              // counted
    CHECK(status_of("要求学校务必于月底前整改完毕。") == "none");          // ordered: demanded, not done (no status)
    CHECK(status_of("学校务必于月底前整改完毕。") == "in_progress");       // required by itself: still to do, not done
    CHECK(status_of("已完成主体施工，预计10月份完工。") == "in_progress"); // done, and still to finish
    const TextImport letter = import_text("信件编号 | 3318 |\n内容 | 教室暖气不热，孩子们冻得写不了字。 |\n回复状态 已办结\n答复内容 |\n已疏通管道，恢复供暖。\n", o);
    REQUIRE(letter.problems == 1);
    CHECK(letter.plan().problems[0].text == "教室暖气不热，孩子们冻得写不了字");
    for (const Problem& p : letter.plan().problems)
        for (const Measure& m : p.measures) CHECK(m.title.find("已办结") == std::string::npos);
}
