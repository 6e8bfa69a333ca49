// Building a Plan from a pasted document (text_import.h). Lines come from text_lines.cpp; here a
// small state machine walks them: the header before the first 一、 heading, then each section by
// its role (problems list, measures/tasks, phases, leading group, narrative), tables of tab-
// separated cells anywhere, and the signature at the end.
// Index: Builder (fields, directory, spans) · header · sections by role · table · finish · entry points.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

#include "core/ledger/csv.h"
#include "core/directory.h"
#include "core/format/input_limits.h"
#include "core/ledger/ledger.h"
#include "core/numerals.h"
#include "core/format/prescan.h"
#include "core/import/text_import_parts.h"
#include "core/import/text_items.h"
#include "core/texts.h"
#include "core/utf8.h"

namespace rectify {

using namespace text;

namespace {

enum class Role { Preamble, Problems, Tasks, Phases, Group, Narrative };
enum class Field { None, ProblemText, PendingMeasure, MeasureSteps, Progress, PhaseBody };
enum class Col { Other, Seq, Code, Area, Problem, Measure, Lead, Support, People, Leaders, Deadline, Status, Progress };

Role role_of(std::string_view h) {
    for (auto w : {"整改措施", "和措施", "责任分解", "整改任务", "整改事项", "落实情况", "整改情况", "整改进展", "问题及", "具体措施"})
        if (contains(h, w)) return Role::Tasks;
    for (auto w : {"整改内容", "存在问题", "存在的问题", "主要问题", "反馈问题", "问题清单", "意见建议", "反馈意见"})
        if (contains(h, w)) return Role::Problems;
    for (auto w : {"方法步骤", "工作步骤", "实施步骤", "步骤安排", "时间安排", "进度安排"})
        if (contains(h, w)) return Role::Phases;
    for (auto w : {"组织领导", "领导小组", "组织机构"})
        if (contains(h, w)) return Role::Group;
    return Role::Narrative;
}

Col column_of(std::string_view h) {
    h = trim_punct(h);
    if (h == "序号") return Col::Seq;
    if (contains(h, "编号")) return Col::Code;
    if (contains(h, "领域") || contains(h, "方面") || contains(h, "类别")) return Col::Area;
    if (contains(h, "措施") || contains(h, "任务")) return Col::Measure;
    if (contains(h, "问题")) return Col::Problem;
    if (contains(h, "配合") || contains(h, "协办")) return Col::Support;
    if (contains(h, "领导")) return Col::Leaders;
    if (contains(h, "单位") || contains(h, "科室") || contains(h, "部门")) return Col::Lead;
    if (contains(h, "责任人")) return Col::People;
    if (contains(h, "时限") || contains(h, "时间") || contains(h, "期限")) return Col::Deadline;
    if (contains(h, "进度") || contains(h, "进展") || contains(h, "状态")) return Col::Status;
    if (contains(h, "情况")) return Col::Progress;
    return Col::Other;
}

// A byte that leads no sequence counts as one character of its own.
size_t utf8_len(unsigned char c) { return std::max<size_t>(1, utf8_lead_length(c)); }

struct Builder {
    std::string_view orig;
    Normalised n;
    TextImport& r;
    IdSource ids;
    const ImportTextOptions& opt;
    Plan plan;
    std::map<std::string, Id> dept_ids, person_ids;
    Role role = Role::Preamble;
    std::string heading;     // the current 一、 heading, as written
    int section = -1;        // index into plan.sections, -1: none yet for this heading
    int problem = -1, measure = -1, phase = -1;
    Field field = Field::None;
    std::string area, pending_title;
    std::map<int, int> problem_by_number; // from a problems list: (三) → index
    std::map<Id, std::string> progress_text; // measure → its 整改情况, dated at the end
    std::vector<std::string> titles;
    std::string meta_title, signature_issuer;
    std::vector<Col> table; // the columns of the table being read; empty: none
    bool ended = false, saw_heading = false;
    bool role_sections = false; // an 一、 heading named problems or measures (整改内容, 整改措施…)
    bool guessed_tasks = false; // items met before any 一、 heading were read as measures
    std::string items_title;    // the item reader's title, when its reading is used

    Builder(std::string_view o, TextImport& res, const ImportTextOptions& op)
        : orig(o), n(normalise_text(o)), r(res), ids(op.id_seed ? IdSource(op.id_seed) : IdSource()), opt(op) {}

    // ---- fields, directory, spans ----

    std::string field_at(size_t b, size_t e) const {
        if (e <= b) return "";
        return normalise_field(orig.substr(n.origin[b], n.origin[e] - n.origin[b]));
    }
    std::string trimmed_field(size_t b, size_t e) const { return std::string(trim_punct(field_at(b, e))); }
    size_t orig_end(size_t e) const {
        if (e == 0) return 0;
        size_t at = n.origin[e - 1];
        return std::min(orig.size(), at + utf8_len(static_cast<unsigned char>(orig[at])));
    }
    void span(size_t b, size_t e, TextSpan::Kind k) { r.spans.push_back({n.origin[b], orig_end(e), k}); }
    void span(const Line& l, TextSpan::Kind k) { span(l.begin, l.end, k); }
    // Offset in the normalised text of a position inside a line's text.
    static size_t at(const Line& l, std::string_view part) { return l.begin + size_t(part.data() - l.text.data()); }

    Meta made() const {
        Meta m;
        m.created = Stamp{opt.now_ms, opt.office_code};
        return m;
    }
    // One entry per distinct name, straight into the result's directory (no workspace to reuse yet).
    template <class T> Id entry(std::map<std::string, Id>& by_name, std::vector<T>& list, const std::string& name) {
        return directory_id_for<T>(nullptr, &by_name, name, [&] {
            T e = new_directory_entry<T>(ids, name);
            e.meta = made();
            list.push_back(e);
            return e.id;
        });
    }
    Id dept(const std::string& name) { return entry(dept_ids, r.ws.departments, name); }
    Id person(const std::string& name) { return entry(person_ids, r.ws.people, name); }

    // ---- plan parts ----

    // A section under the current heading; its body lines follow.
    void open_section() {
        Section s;
        s.id = ids.make("s");
        s.heading = heading;
        s.meta = made();
        plan.sections.push_back(s);
        section = int(plan.sections.size()) - 1;
    }
    void body(const Line& l) {
        if (section < 0) open_section();
        std::string& b = plan.sections[size_t(section)].body;
        b += (b.empty() ? "" : "\n") + field_at(l.begin, l.end);
        span(l, TextSpan::Body);
    }
    // `mark`: the number as the document writes it ((三), 1., 问题二), kept; never renumbered.
    Problem& new_problem(std::string mark, std::string text) {
        Problem p;
        p.id = ids.make("pr");
        p.number = std::move(mark);
        p.area = area;
        p.text = std::move(text);
        p.meta = made();
        plan.problems.push_back(std::move(p));
        problem = int(plan.problems.size()) - 1;
        measure = -1;
        return plan.problems.back();
    }
    Measure* cur_measure() {
        if (problem < 0 || measure < 0) return nullptr;
        return &plan.problems[size_t(problem)].measures[size_t(measure)];
    }
    Measure& new_measure(std::string title) {
        Measure m;
        m.id = ids.make("m");
        m.title = std::move(title);
        m.meta = made();
        auto& list = plan.problems[size_t(problem)].measures;
        list.push_back(std::move(m));
        measure = int(list.size()) - 1;
        return list.back();
    }
    // The measure lines about the current problem belong to, made on first need.
    Measure* ensure_measure() {
        if (problem < 0) return nullptr;
        if (Measure* m = cur_measure()) return m;
        return &new_measure(pending_title.empty() ? plan.problems[size_t(problem)].text : pending_title);
    }
    void add_steps(Measure& m, const std::string& text) {
        Steps s = split_steps(text);
        if (s.steps.empty()) {
            if (!s.lead.empty()) m.steps.push_back(text);
            return;
        }
        if (!s.lead.empty()) m.steps.push_back(s.lead);
        for (auto& st : s.steps) m.steps.push_back(st);
    }

    // A problem's text with its code "(问题编号:120…)" taken out (and marked).
    void problem_text_and_code(const Line& l, std::string_view rest, Problem& p) {
        size_t k = rest.find("问题编号");
        if (k == std::string_view::npos) {
            p.text = trimmed_field(at(l, rest), l.end);
            return;
        }
        size_t cut = k >= 1 && rest[k - 1] == '(' ? k - 1 : k;
        p.text = trimmed_field(at(l, rest), at(l, rest.substr(cut)));
        size_t v = k + std::string_view("问题编号").size();
        while (v < rest.size() && (rest[v] == ':' || rest[v] == ' ' || rest[v] == '.')) v++;
        size_t e = v;
        while (e < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[e])) || rest[e] == '-')) e++;
        if (e > v) {
            p.code = std::string(rest.substr(v, e - v));
            span(at(l, rest.substr(v)), at(l, rest.substr(e)), TextSpan::ProblemCode);
        }
    }

    void responsibility(const Line& l) {
        Measure* m = ensure_measure();
        if (!m) return unplaced(l);
        Responsibility res = parse_responsibility(l.text);
        span(l, TextSpan::Responsibility);
        for (auto& d : res.lead) m->lead_departments.push_back(dept(d));
        for (auto& d : res.support) m->support_departments.push_back(dept(d));
        for (auto& p : res.responsible) m->responsible.push_back(person(p));
        for (auto& p : res.leaders) m->leaders.push_back(person(p));
        if (!res.deadline.empty()) {
            m->deadline.text = trimmed_field(l.begin + res.deadline_begin, l.begin + res.deadline_end);
            span(l.begin + res.deadline_begin, l.begin + res.deadline_end, TextSpan::Deadline);
        }
        field = Field::None;
    }
    void unplaced(const Line& l) {
        span(l, TextSpan::Unplaced);
        r.unplaced.emplace_back(orig.substr(n.origin[l.begin], orig_end(l.end) - n.origin[l.begin]));
    }

    // ---- lines ----

    void header_line(const Line& l);
    void metadata(const Line& l);
    void item_line(const Line& l, const Mark& m);
    void phase_line(const Line& l, const Mark& m);
    void group_line(const Line& l);
    bool table_line(const Line& l);
    void line(const std::vector<Line>& lines, size_t i);
    int weight() const;
    void use_items(const ItemsReading& items);
    void finish();
};

// ---- header ----

void Builder::metadata(const Line& l) {
    static const std::string_view kKeys[] = {"索引号", "主题分类", "发文机关", "发布机构", "成文日期", "标题",
                                             "发文字号", "文号", "发布日期", "主题词", "公开方式", "有效性"};
    std::vector<std::pair<size_t, std::string_view>> hits;
    for (size_t i = 0; i < l.text.size(); i++)
        for (std::string_view k : kKeys)
            if (std::string_view(l.text).substr(i, k.size()) == k && l.text.compare(i + k.size(), 1, ":") == 0 &&
                (hits.empty() || i >= hits.back().first + hits.back().second.size())) {
                if (k == "文号" && i >= 6 && l.text.compare(i - 6, 6, "发文") == 0) continue;
                hits.push_back({i, k});
            }
    TextSpan::Kind kind = TextSpan::Ignored;
    for (size_t h = 0; h < hits.size(); h++) {
        size_t vb = hits[h].first + hits[h].second.size() + 1;
        size_t ve = h + 1 < hits.size() ? hits[h + 1].first : l.text.size();
        std::string value = trimmed_field(l.begin + vb, l.begin + ve);
        std::string_view k = hits[h].second;
        TextSpan::Kind this_kind = TextSpan::Ignored;
        if (k == "发文机关" || k == "发布机构") plan.issuer = value, this_kind = TextSpan::Issuer;
        else if (k == "成文日期") parse_cn_date(value, plan.written), this_kind = TextSpan::Date;
        else if (k == "发布日期") parse_cn_date(value, plan.published), this_kind = TextSpan::Date;
        else if (k == "发文字号" || k == "文号") plan.doc_number = value, this_kind = TextSpan::DocNumber;
        else if (k == "标题") meta_title = value, this_kind = TextSpan::Title;
        if (kind == TextSpan::Ignored) kind = this_kind;
    }
    span(l, kind);
}

void Builder::header_line(const Line& l) {
    std::string_view t = l.text;
    if (is_title_like(t)) {
        titles.push_back(trimmed_field(l.begin, l.end));
        return span(l, TextSpan::Title);
    }
    if (std::string no = doc_number_in(t); !no.empty() && char_count(t) < 40) {
        if (plan.doc_number.empty()) plan.doc_number = no;
        return span(l, TextSpan::DocNumber);
    }
    if (is_date_line(t)) {
        if (plan.written.empty()) parse_cn_date(t, plan.written);
        return span(l, TextSpan::Date);
    }
    if (ends_with(t, ":") && !contains(t, "。") && (starts_with(t, "各") ? char_count(t) < 100 : char_count(t) <= 30)) {
        std::string f = trimmed_field(l.begin, l.end);
        std::string cur;
        for (size_t i = 0; i <= f.size(); i++) {
            bool sep = i == f.size() || f[i] == ',' || f.compare(i, 3, "，") == 0 || f[i] == ';' || f.compare(i, 3, "；") == 0;
            if (!sep) {
                cur += f[i];
                continue;
            }
            if (!trim_punct(cur).empty()) plan.addressees.emplace_back(trim_punct(cur));
            cur.clear();
            if (i < f.size() && f[i] != ',' && f[i] != ';') i += 2;
        }
        return span(l, TextSpan::Addressee);
    }
    body(l);
}

// ---- sections by role ----

void Builder::item_line(const Line& l, const Mark& m) {
    std::string_view t = l.text;
    std::string value;
    bool problems_list = role == Role::Problems;
    if (m.level == 2 && ends_with(trim_punct(m.rest), "方面")) {
        area = trimmed_field(at(l, std::string_view(l.text).substr(l.text.size() - m.rest.size())), l.end);
        field = Field::None;
        return span(l, TextSpan::Area);
    }
    std::string_view rest = std::string_view(l.text).substr(l.text.size() - m.rest.size());
    std::string_view after_key = rest;
    bool problem_key = false;
    for (std::string_view k : {"问题:", "存在问题:"})
        if (starts_with(rest, k)) after_key = rest.substr(k.size()), problem_key = true;
    if (!problem_key && starts_with(rest, "问题") && rest.size() > 6) { // 问题1: / 问题一:
        size_t c = rest.find(':');
        if (c != std::string_view::npos && c <= 12) after_key = rest.substr(c + 1), problem_key = true;
    }
    // The number as written: the mark before the text, or the one a label carries (问题二:).
    auto spaces_trimmed = [](std::string f) {
        while (!f.empty() && f.back() == ' ') f.pop_back();
        return f;
    };
    std::string mark = spaces_trimmed(field_at(l.begin, at(l, rest)));
    if (mark.empty() && problem_key) {
        mark = trimmed_field(at(l, rest), at(l, after_key));
        if (mark == "问题" || mark == "存在问题" || mark == "問題") mark.clear();
    }
    if (m.level == 0 && problem_key) { // "问题:…" on its own line
        Problem& p = new_problem(mark, "");
        problem_text_and_code(l, after_key, p);
        field = Field::ProblemText;
        return span(l, TextSpan::Problem);
    }
    if ((m.level == 2 || (m.level == 3 && (problem_key || problems_list))) && (problems_list || problem_key || m.level == 2)) {
        bool answers_list = role == Role::Tasks && !problem_key && m.level == 2 && problem_by_number.count(m.number);
        if (answers_list) { // (三) in the measures section answers problem (三) of the list
            problem = problem_by_number[m.number];
            measure = -1;
            new_measure(trimmed_field(at(l, rest), l.end));
            field = Field::MeasureSteps;
            return span(l, TextSpan::Measure);
        }
        Problem& p = new_problem(mark, "");
        problem_text_and_code(l, after_key, p);
        if (problems_list) problem_by_number[m.number] = problem;
        pending_title = problem_key || problems_list ? "" : p.text;
        field = problems_list || problem_key ? Field::ProblemText : Field::PendingMeasure;
        return span(l, TextSpan::Problem);
    }
    if (starts_with(t, "(问题编号") || starts_with(t, "问题编号")) {
        if (problem < 0) return unplaced(l);
        problem_text_and_code(l, t, plan.problems[size_t(problem)]);
        return span(l, TextSpan::ProblemCode);
    }
    if (is_responsibility(t)) return responsibility(l);
    if (key_value(t, {"整改措施", "整改目标"}, value)) {
        if (problem < 0) return unplaced(l);
        std::string f = field_at(l.begin + (t.size() - value.size()), l.end);
        Steps s = split_steps(f);
        Measure& me = new_measure(s.steps.empty() ? std::string(trim_punct(f)) : s.lead);
        me.steps = s.steps;
        field = Field::MeasureSteps;
        return span(l, TextSpan::Measure);
    }
    if (key_value(t, {"整改情况"}, value)) {
        Measure* me = ensure_measure();
        if (!me) return unplaced(l);
        progress_text[me->id] = trimmed_field(l.begin + (t.size() - value.size()), l.end);
        r.is_report = true;
        field = Field::Progress;
        return span(l, TextSpan::Progress);
    }
    if (key_value(t, {"整改进度", "整改进展", "整改结果"}, value)) {
        Measure* me = ensure_measure();
        if (!me) return unplaced(l);
        std::string word(trim_punct(value));
        Status s = Status::InProgress;
        if (!status_from_text(word, s)) {
            if (contains(word, "长期坚持")) s = Status::DoneOngoing;
            else if (contains(word, "完成") && !contains(word, "未完成")) s = Status::Done;
            else if (contains(word, "未开始") || contains(word, "未启动")) s = Status::NotStarted;
        }
        me->status = s;
        r.is_report = true;
        r.statuses++;
        field = Field::None;
        return span(l, TextSpan::Status);
    }
    // Plain or numbered text: it continues whatever the item was.
    switch (field) {
    case Field::ProblemText: {
        std::string& text = plan.problems[size_t(problem)].text;
        text += field_at(l.begin, l.end);
        return span(l, TextSpan::Problem);
    }
    case Field::PendingMeasure:
    case Field::MeasureSteps: {
        Measure* me = ensure_measure();
        // "1.…2.…3.…" on one line is several steps; "2.…" alone is one, without its number.
        if (m.level >= 3 && split_steps(field_at(l.begin, l.end)).steps.size() <= 1) me->steps.push_back(trimmed_field(at(l, std::string_view(l.text).substr(l.text.size() - m.rest.size())), l.end));
        else add_steps(*me, field_at(l.begin, l.end));
        field = Field::MeasureSteps;
        return span(l, TextSpan::Step);
    }
    case Field::Progress: {
        Measure* me = cur_measure();
        progress_text[me->id] += field_at(l.begin, l.end);
        return span(l, TextSpan::Progress);
    }
    default:
        if (problem < 0) return body(l); // the section's opening words
        return unplaced(l);
    }
}

// "(一)整改落实(5月10日--10月30日)。各相关…": a phase with its dates and text.
void Builder::phase_line(const Line& l, const Mark& m) {
    std::string_view rest = std::string_view(l.text).substr(l.text.size() - m.rest.size());
    Phase ph;
    ph.id = ids.make("ph");
    ph.meta = made();
    size_t open = rest.find('('), close = rest.find(')');
    int year = plan.written.y ? plan.written.y : plan.published.y ? plan.published.y : opt.default_year;
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        ph.name = trimmed_field(at(l, rest), at(l, rest.substr(open)));
        std::string_view range = rest.substr(open + 1, close - open - 1);
        size_t sep = std::string_view::npos, sep_len = 0;
        for (std::string_view s : {"--", "—", "–", "至", "~", "-"})
            if ((sep = range.find(s)) != std::string_view::npos) {
                sep_len = s.size();
                break;
            }
        auto md = [&](std::string_view s, Date& d) {
            Deadline dl = parse_deadline(simplified(s), year);
            if (dl.kind == DeadlineKind::Date || dl.kind == DeadlineKind::EndOfMonth) d = dl.date;
        };
        if (sep != std::string_view::npos) {
            md(range.substr(0, sep), ph.start);
            md(range.substr(sep + sep_len), ph.end);
        } else {
            md(range, ph.end);
        }
        ph.body = trimmed_field(at(l, rest.substr(close + 1)), l.end);
    } else {
        ph.name = trimmed_field(at(l, rest), l.end);
    }
    plan.phases.push_back(ph);
    phase = int(plan.phases.size()) - 1;
    field = Field::PhaseBody;
    span(l, TextSpan::Phase);
}

void Builder::group_line(const Line& l) {
    std::string_view t = l.text;
    LeadingGroup& g = plan.leading_group;
    std::string value;
    auto val = [&] { return field_at(l.begin + (t.size() - value.size()), l.end); };
    if (key_value(t, {"组长"}, value)) g.leader = std::string(trim_punct(val()));
    else if (key_value(t, {"副组长"}, value)) for (auto& s : split_list(val())) g.deputies.push_back(s);
    else if (key_value(t, {"成员"}, value)) for (auto& s : split_list(val())) g.members.push_back(s);
    else if (starts_with(t, "领导小组办公室") || starts_with(t, "办公室")) g.office = std::string(trim_punct(field_at(l.begin, l.end)));
    else return body(l);
    span(l, TextSpan::LeadingGroup);
}

// ---- table ----

// Tab-separated cells as copied from a Word or web table; the first such line names the columns.
bool Builder::table_line(const Line& l) {
    if (!contains(l.text, "\t")) {
        table.clear();
        return false;
    }
    std::vector<std::pair<size_t, size_t>> cells; // normalised offsets
    for (size_t b = 0; b <= l.text.size();) {
        size_t e = l.text.find('\t', b);
        if (e == std::string::npos) e = l.text.size();
        cells.push_back({l.begin + b, l.begin + e});
        b = e + 1;
    }
    if (table.empty()) {
        std::vector<Col> cols;
        for (auto [b, e] : cells) cols.push_back(column_of(n.text.substr(b, e - b)));
        bool has_measure = std::find(cols.begin(), cols.end(), Col::Measure) != cols.end();
        if (!has_measure || cells.size() < 3) return false;
        table = cols;
        span(l, TextSpan::Ignored); // the header row
        return true;
    }
    std::map<Col, std::string> v;
    std::map<Col, std::pair<size_t, size_t>> where;
    for (size_t c = 0; c < cells.size() && c < table.size(); c++) {
        v[table[c]] = trimmed_field(cells[c].first, cells[c].second);
        where[table[c]] = cells[c];
    }
    if (!v[Col::Area].empty()) area = v[Col::Area];
    if (!v[Col::Problem].empty() || !v[Col::Code].empty() || problem < 0) {
        Problem& p = new_problem(v[Col::Seq], v[Col::Problem]);
        p.code = v[Col::Code];
        if (!p.code.empty()) span(where[Col::Code].first, where[Col::Code].second, TextSpan::ProblemCode);
    }
    span(l, TextSpan::Measure);
    Steps s = split_steps(v[Col::Measure]);
    Measure& m = new_measure(s.steps.empty() ? v[Col::Measure] : s.lead);
    m.steps = s.steps;
    for (auto& d : split_list(v[Col::Lead])) m.lead_departments.push_back(dept(d));
    for (auto& d : split_list(v[Col::Support])) m.support_departments.push_back(dept(d));
    for (auto& p : split_list(v[Col::People])) m.responsible.push_back(person(p));
    for (auto& p : split_list(v[Col::Leaders])) m.leaders.push_back(person(p));
    if (!v[Col::Lead].empty() || !v[Col::People].empty() || !v[Col::Leaders].empty()) r.responsibility_lines++;
    if (!v[Col::Deadline].empty()) {
        m.deadline.text = v[Col::Deadline];
        span(where[Col::Deadline].first, where[Col::Deadline].second, TextSpan::Deadline);
    }
    if (!v[Col::Progress].empty()) progress_text[m.id] = v[Col::Progress], r.is_report = true;
    if (Status st; !v[Col::Status].empty() && status_from_text(simplified(v[Col::Status]), st)) m.status = st, r.statuses++;
    return true;
}


// ---- dispatch ----

void Builder::line(const std::vector<Line>& lines, size_t i) {
    const Line& l = lines[i];
    std::string_view t = l.text;
    if (is_chrome(t)) return span(l, TextSpan::Ignored);
    if (ended) return unplaced(l);
    if (table_line(l)) return;
    // The signature: the issuing office on the line before the closing date.
    bool next_is_date = i + 1 < lines.size() && is_date_line(lines[i + 1].text);
    if (saw_heading && next_is_date && char_count(t) <= 25 && !contains(t, "。") && heading_mark(t).level == 0) {
        signature_issuer = trimmed_field(l.begin, l.end);
        return span(l, TextSpan::Issuer);
    }
    if (saw_heading && is_date_line(t)) {
        Date d;
        if (parse_cn_date(t, d) && plan.written.empty()) plan.written = d;
        ended = true;
        return span(l, TextSpan::Date);
    }
    Mark m = heading_mark(t);
    if (m.level == 1) {
        saw_heading = true;
        heading = trimmed_field(l.begin, l.end);
        role = role_of(m.rest);
        role_sections |= role == Role::Problems || role == Role::Tasks;
        section = -1;
        problem = measure = phase = -1;
        field = Field::None;
        area.clear();
        pending_title.clear();
        if (role == Role::Narrative || role == Role::Group) open_section();
        return span(l, TextSpan::Section);
    }
    // Items before any 一、 heading (a pasted excerpt): read as the measures of the plan.
    if (role == Role::Preamble && (m.level == 2 || is_responsibility(t) || starts_with(t, "问题:"))) role = Role::Tasks, guessed_tasks = true;
    switch (role) {
    case Role::Preamble: return header_line(l);
    case Role::Narrative: return body(l);
    case Role::Group: return group_line(l);
    case Role::Phases:
        if (m.level == 2 || m.level == 3) return phase_line(l, m);
        if (phase >= 0) {
            std::string& b = plan.phases[size_t(phase)].body;
            b += field_at(l.begin, l.end);
            return span(l, TextSpan::Phase);
        }
        return body(l);
    case Role::Problems:
    case Role::Tasks: return item_line(l, m);
    }
}

// ---- the general item reader's result ----

// What this reading explains, weighed as ItemsReading::weight weighs the other.
int Builder::weight() const {
    int w = 0;
    for (const Problem& p : plan.problems) {
        bool has_measure = !p.measures.empty(), deadline = false, status = false;
        for (const Measure& m : p.measures) {
            deadline |= !m.deadline.text.empty();
            status |= m.status != Status::NotStarted;
        }
        w += 2 + (status ? 2 : 0) + (has_measure ? 1 : 0) + (deadline ? 1 : 0);
    }
    return w;
}

void Builder::use_items(const ItemsReading& read) {
    plan.problems.clear();
    plan.sections.clear();
    plan.phases.clear();
    plan.leading_group = LeadingGroup{};
    r.ws.departments.clear();
    r.ws.people.clear();
    dept_ids.clear();
    person_ids.clear();
    progress_text.clear();
    r.unplaced.clear();
    r.spans = read.spans;
    items_title = read.title;
    problem = measure = -1;
    area.clear();
    Date doc = read.document_date;
    if (doc.empty()) doc = plan.written.empty() ? plan.published : plan.written;
    if (doc.empty() && opt.default_year) doc = Date{opt.default_year, 0, 0};
    if (plan.written.empty() && valid_date(read.document_date)) plan.written = read.document_date;
    for (const ReadItem& it : read.items) {
        area = it.area;
        Problem& p = new_problem(it.number, it.text); // none for unnumbered items
        p.code = it.code;
        const bool item_names_someone = !it.responsible.empty() || !it.unit.empty();
        for (const ReadMeasure& rm : it.measures) {
            Measure& m = new_measure(rm.text);
            std::string who = rm.responsible;
            if (who.empty() && !item_names_someone) { // 由总务处每周检查: the office the sentence names
                const std::string plain = simplified(rm.text), office = text::office_in(plain);
                if (!office.empty()) who = rm.text.substr(plain.find(office), office.size());
            }
            for (const std::string& name : split_list(who))
                text::office_name(name) ? m.lead_departments.push_back(dept(name)) : m.responsible.push_back(person(name));
        }
        const bool carries = it.status.found || !it.deadline.empty() || !it.responsible.empty() || !it.unit.empty() || !it.progress.empty();
        if (plan.problems[size_t(problem)].measures.empty() && carries) new_measure(it.text);
        for (Measure& m : plan.problems[size_t(problem)].measures) {
            if (!it.unit.empty()) m.lead_departments.push_back(dept(it.unit));
            for (const std::string& name : split_list(it.responsible)) {
                if (text::office_name(name)) {
                    Id d = dept(name);
                    if (std::find(m.lead_departments.begin(), m.lead_departments.end(), d) == m.lead_departments.end()) m.lead_departments.push_back(d);
                } else {
                    m.responsible.push_back(person(name));
                }
            }
            if (!it.deadline.empty()) m.deadline = text::resolve_deadline(it.deadline, doc);
            if (it.status.found) {
                m.status = it.status.status;
                r.status_read.push_back(m.id);
                if (it.status.implied) r.status_proposed.push_back(m.id);
            }
        }
        // A measure that states its own status (a numbered item under the problem) keeps it.
        for (size_t k = 0; k < it.measures.size() && k < plan.problems[size_t(problem)].measures.size(); k++) {
            const ReadMeasure& rm = it.measures[k];
            Measure& m = plan.problems[size_t(problem)].measures[k];
            if (!rm.status.found) continue;
            m.status = rm.status.status;
            if (std::find(r.status_read.begin(), r.status_read.end(), m.id) == r.status_read.end()) r.status_read.push_back(m.id);
            r.status_proposed.erase(std::remove(r.status_proposed.begin(), r.status_proposed.end(), m.id), r.status_proposed.end());
            if (rm.status.implied) r.status_proposed.push_back(m.id);
            if (!rm.progress.empty()) progress_text[m.id] = rm.progress;
        }
        if (!it.progress.empty() && !plan.problems[size_t(problem)].measures.empty())
            progress_text[plan.problems[size_t(problem)].measures.front().id] = it.progress;
        r.statuses += it.status.found;
    }
    r.is_report = r.statuses > 0;
}

// ---- finish ----

FeedbackKind feedback_kind(std::string_view s) {
    if (contains(s, "公众评议") || contains(s, "社会评价")) return FeedbackKind::PublicAppraisal;
    if (contains(s, "巡察") || contains(s, "巡视")) return FeedbackKind::Inspection;
    if (contains(s, "督导") || contains(s, "评估")) return FeedbackKind::SupervisionEvaluation;
    if (contains(s, "审计")) return FeedbackKind::Audit;
    return FeedbackKind::Other;
}

void Builder::finish() {
    drop_repeated_problems(plan.problems);
    // A measure written only as its steps (整改措施：一是…；二是…) has no title of its own: its
    // first step names it, so no measure reaches the user untitled. The steps stay as written.
    for (Problem& q : plan.problems)
        for (Measure& m : q.measures)
            if (m.title.empty() && !m.steps.empty()) m.title = m.steps.front();
    // The title: the plan a notice hands out (印发《…》的通知), else the first title line.
    std::string notice = !meta_title.empty() ? meta_title : titles.empty() ? "" : titles.front();
    size_t a = notice.find("《"), b = notice.rfind("》");
    if (contains(simplified(notice), "印发") && a != std::string::npos && b != std::string::npos && b > a)
        plan.title = notice.substr(a + 3, b - a - 3);
    else if (!titles.empty())
        plan.title = titles.front();
    else
        plan.title = notice;
    if (plan.title.empty()) plan.title = items_title; // news and one-line documents: the item reader's
    if (plan.issuer.empty()) plan.issuer = signature_issuer;
    // Matched in Simplified; the offsets are the same in the text as written (text_import.h).
    const std::string title_s = simplified(plan.title);
    size_t guan = title_s.find("关于");
    if (plan.issuer.empty() && guan != std::string::npos && guan > 0) plan.issuer = plan.title.substr(0, guan);
    // The feedback answered: the title without the office, up to where the rectification starts.
    plan.feedback.kind = feedback_kind(title_s);
    std::string fb = plan.title, fb_s = title_s;
    if (!plan.issuer.empty() && starts_with(fb, plan.issuer)) fb = fb.substr(plan.issuer.size()), fb_s = fb_s.substr(plan.issuer.size());
    if (starts_with(fb_s, "关于")) fb = fb.substr(6), fb_s = fb_s.substr(6);
    for (std::string_view cut : {"意见建议整改", "的整改", "整改"})
        if (size_t c = fb_s.find(cut); c != std::string::npos && c > 0) {
            fb = fb.substr(0, c);
            break;
        }
    if (fb != plan.title && plan.feedback.kind != FeedbackKind::Other) plan.feedback.name = fb;

    Date dated = plan.written.empty() ? plan.published : plan.written;
    const Date doc_date = !dated.empty() ? dated : opt.default_year ? Date{opt.default_year, 0, 0} : Date{};
    for (Problem& p : plan.problems) {
        r.problems++;
        r.codes += !p.code.empty();
        for (Measure& m : p.measures) {
            r.measures++;
            r.steps += int(m.steps.size());
            if (!m.deadline.text.empty()) {
                if (m.deadline.kind == DeadlineKind::None) m.deadline = text::resolve_deadline(m.deadline.text, doc_date);
                r.deadlines_without_year += m.deadline.kind == DeadlineKind::Unparsed && text::date_without_year(m.deadline.text);
                r.deadlines++;
                r.deadlines_dated += m.deadline.kind == DeadlineKind::Date || m.deadline.kind == DeadlineKind::EndOfMonth;
            }
            auto pt = progress_text.find(m.id);
            if (pt != progress_text.end() && !pt->second.empty()) {
                ProgressEntry e;
                e.id = ids.make("pg");
                e.date = dated;
                e.text = pt->second;
                e.meta = made();
                m.progress.push_back(e);
                r.progress++;
            }
        }
    }
    r.phases = int(plan.phases.size());
    r.sections = int(plan.sections.size());
    for (const TextSpan& s : r.spans) r.responsibility_lines += s.kind == TextSpan::Responsibility;
    // Headline counts the report states (共N个问题) against what was found.
    const std::string& t = n.text;
    if (size_t g = t.find("共"); g != std::string::npos) {
        size_t d = g + 3, e = d;
        while (e < t.size() && t[e] >= '0' && t[e] <= '9') e++;
        if (e > d && t.compare(e, 9, "个问题") == 0) {
            r.stated_problems = std::atoi(t.substr(d, e - d).c_str());
        }
    }
    std::stable_sort(r.spans.begin(), r.spans.end(), [](const TextSpan& x, const TextSpan& y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end > y.end; // a line before the spans inside it
    });
    plan.id = ids.make("plan");
    plan.meta = made();
    r.ws.id = ids.make("ws");
    r.ws.plans.push_back(std::move(plan));
}

} // namespace

void text::read_document(TextImport& r, const ImportTextOptions& options) {
    Builder b(r.decoded, r, options);
    std::vector<Line> lines = logical_lines(b.n.text, &r.examined);
    // The document starts at its title; what comes before is the page around it (its metadata
    // block, "发文机关:… 成文日期:…", is read for the header).
    size_t start = 0;
    while (start < lines.size() && !(is_title_like(lines[start].text) && !is_chrome(lines[start].text)) &&
           heading_mark(lines[start].text).level != 1)
        start++;
    if (start == lines.size()) start = 0;
    for (size_t i = 0; i < start; i++) {
        if (lines[i].text.find(':') != std::string::npos && !is_chrome(lines[i].text)) b.metadata(lines[i]);
        else b.span(lines[i], TextSpan::Ignored);
    }
    for (size_t i = start; i < lines.size(); i++) {
        r.examined += lines[i].text.size();
        b.line(lines, i);
    }
    // The general reader of items; its reading wins when it explains more of the document than the
    // reading of a full plan by its sections.
    // The item reader's reading is the one used, except for a plan read by its sections (整改内容,
    // 整改措施和责任分解…) with a measure for every problem: that stays as read unless the item reader
    // finds statuses the document states.
    ItemsReading items = read_items(r.decoded, b.n, &r.examined, options.corrections);
    r.levels = items.levels;
    bool structured = b.role_sections && !b.guessed_tasks && !b.plan.problems.empty();
    int stated_before = 0;
    for (const Problem& p : b.plan.problems) {
        structured &= !p.measures.empty();
        for (const Measure& m : p.measures) stated_before += m.status != Status::NotStarted;
    }
    const bool states_more = items.stated() > stated_before;
    const bool use_items = !options.corrections.empty() || !structured || (states_more && items.weight() > b.weight());
    if (use_items) {
        b.use_items(items);
        r.problem_level = items.problem_level;
    }
    b.finish();
}

} // namespace rectify
