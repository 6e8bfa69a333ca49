// Building a Plan from a pasted document (text_import.h). Lines come from text_lines.cpp; here a
// small state machine walks them: the header before the first 一、 heading, then each section by
// its role (problems list, measures/tasks, phases, leading group, narrative), tables of tab-
// separated cells anywhere, and the signature at the end.
// Index: header · sections by role · table · dispatch (the Builder: text_import_builder.h; its finish: text_import_finish.cpp).
#include "core/import/text_import_builder.h"

namespace rectify::text_build {

namespace {

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

} // namespace

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

} // namespace rectify::text_build
