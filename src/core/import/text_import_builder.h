// Internal to the text importer: the Builder that walks the logical lines (text_import.cpp: header,
// sections by role, tables, dispatch) and finishes the plan (text_import_finish.cpp: the item reader's
// reading when it explains more, the plan's title and kind).
#pragma once
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


namespace rectify::text_build {

using namespace text;

enum class Role { Preamble, Problems, Tasks, Phases, Group, Narrative };
enum class Field { None, ProblemText, PendingMeasure, MeasureSteps, Progress, PhaseBody };
enum class Col { Other, Seq, Code, Area, Problem, Measure, Lead, Support, People, Leaders, Deadline, Status, Progress };

// A byte that leads no sequence counts as one character of its own.
inline size_t utf8_len(unsigned char c) { return std::max<size_t>(1, utf8_lead_length(c)); }

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

} // namespace rectify::text_build
