// Applying a ledger import (csv.h) as one command: into an existing plan or a new one. The preview
// that reads the rows is in ledger_preview.cpp.
// Index: split_names · ledger_plan_title · apply_ledger_import.
#include <map>

#include "core/ledger/csv.h"
#include "core/directory.h"
#include "core/labels.h"
#include "core/numerals.h"
#include "core/texts.h"

namespace rectify {

static std::string trimmed(std::string_view s) { return std::string(trim_name(s)); }

// ---- split_names -------------------------------------------------------------------------------------

std::vector<std::string> split_names(std::string_view cell) {
    static const char* const seps[] = {"、", ",", "，", ";", "；", "\n"};
    std::vector<std::string> out;
    size_t i = 0, start = 0;
    auto flush = [&](size_t end) {
        std::string name = trimmed(cell.substr(start, end - start));
        if (!name.empty()) out.push_back(name);
    };
    while (i < cell.size()) {
        size_t len = 0;
        for (const char* s : seps)
            if (cell.compare(i, std::char_traits<char>::length(s), s) == 0) len = std::char_traits<char>::length(s);
        if (len) {
            flush(i);
            i += len;
            start = i;
        } else i++;
    }
    flush(cell.size());
    return out;
}

// A lead-unit mark at the end of a name: removed, and true.
static bool strip_lead(std::string& name) {
    for (const char* mark : {"（牵头）", "(牵头)", "(lead)", "（lead）"}) {
        size_t n = std::char_traits<char>::length(mark);
        if (name.size() > n && name.compare(name.size() - n, n, mark) == 0) {
            name = trimmed(name.substr(0, name.size() - n));
            return true;
        }
    }
    return false;
}

// ---- apply -----------------------------------------------------------------------------------------

namespace {

// Directory entries by name: existing ones, then those this import adds (added once each).
struct Resolver {
    const Workspace& ws;
    IdSource& ids;
    Batch& batch;
    std::map<std::string, Id> new_departments, new_people;

    template <class T> Id entry(std::map<std::string, Id>& made, const std::string& name) {
        return directory_id_for<T>(&ws, &made, name, [&] {
            T e = new_directory_entry<T>(ids, name);
            Id id = e.id;
            batch.push(add<T>(ws.id, std::move(e)));
            return id;
        });
    }
    Id department(const std::string& name) { return entry<Department>(new_departments, name); }
    Id person(const std::string& name) { return entry<Person>(new_people, name); }
    std::vector<Id> people(const std::string& cell) {
        std::vector<Id> out;
        for (const std::string& n : split_names(cell)) out.push_back(person(n));
        return out;
    }
};

} // namespace

std::string ledger_plan_title(const ImportPreview& preview, std::string_view file_name) {
    if (!trim_name(preview.title).empty()) return trimmed(preview.title);
    const size_t slash = file_name.find_last_of("/\\");
    if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
    const size_t dot = file_name.rfind('.');
    if (dot != std::string_view::npos && dot > 0) file_name = file_name.substr(0, dot);
    return trimmed(file_name);
}

// A problem's outcome fields from its rows: each field from the first row that has it (a problem
// spans its measure rows, its cells merged or repeated).
static void take_outcomes(Problem& p, const ImportRow& r) {
    if (p.problem_type.empty()) p.problem_type = r.problem_type;
    if (p.rectify_type == RectifyType::None) p.rectify_type = r.rectify_type;
    if (p.outcome.empty()) p.outcome = r.outcome;
    if (p.amount.empty()) p.amount = r.amount;
    if (!p.rules) p.rules = r.rules;
    if (!p.accountable) p.accountable = r.accountable;
}

CommandPtr apply_ledger_import(const Workspace& ws, const LedgerTarget& target, const ImportPreview& preview,
                               IdSource& ids) {
    auto batch = std::make_unique<Batch>("import ledger");
    Id plan_id = target.plan;
    const Plan* existing = nullptr;
    for (const Plan& p : ws.plans)
        if (!plan_id.empty() && p.id == plan_id) existing = &p;
    if (!plan_id.empty() && (!existing || !alive(*existing))) return nullptr;
    if (!existing) { // a new plan, added first: everything else goes into it
        Plan p;
        p.id = plan_id = ids.make("plan");
        p.title = target.new_title;
        p.form = target.form;
        batch->push(add<Plan>(ws.id, std::move(p)));
    } else if (!target.form.empty()) { // the plan now answers to this form
        batch->push(set_field<Plan>(plan_id, &Plan::form, "form", target.form));
    }
    Resolver dir{ws, ids, *batch, {}, {}};
    std::vector<CommandPtr> problems, measures, entries; // after the directory entries they refer to
    std::map<std::string, Id> problem_by_key;   // "c:" + code or "t:" + text
    int live = 0;
    if (existing)
        for (const Problem& p : existing->problems)
            if (alive(p)) {
                live++;
                problem_by_key.emplace(p.code.empty() ? "t:" + p.text : "c:" + p.code, p.id);
            }
    std::vector<Problem> added; // new problems, added once every row had its say on their outcome fields
    for (const ImportRow& r : preview.rows) {
        if (!r.ok) continue;
        std::string key = r.problem_code.empty() ? "t:" + r.problem_text : "c:" + r.problem_code;
        Id& pid = problem_by_key[key];
        if (pid.empty()) {
            Problem p;
            p.id = pid = ids.make("pr");
            p.number = problem_number(++live);
            p.code = r.problem_code;
            p.text = r.problem_text;
            added.push_back(std::move(p));
        }
        for (Problem& p : added)
            if (p.id == pid) take_outcomes(p, r);
        Measure m;
        m.id = ids.make("m");
        m.title = r.measure_title;
        m.steps = r.measure_steps;
        std::vector<std::string> names = split_names(r.departments);
        bool marked = false;
        std::vector<bool> lead(names.size());
        for (size_t i = 0; i < names.size(); i++) marked |= lead[i] = strip_lead(names[i]);
        for (size_t i = 0; i < names.size(); i++)
            (lead[i] || !marked ? m.lead_departments : m.support_departments).push_back(dir.department(names[i]));
        m.responsible = dir.people(r.people);
        m.leaders = dir.people(r.leaders);
        m.deadline = r.deadline;
        m.status = r.status;
        m.completed_on = r.done; // 完成时间: the actual completion date (outcomes.h)
        if (!r.progress.empty()) { // its own command, so that the entry is stamped like one made in the app
            ProgressEntry e;
            e.id = ids.make("pg");
            e.date = r.done.empty() ? target.as_of : r.done;
            e.text = r.progress;
            entries.push_back(add<ProgressEntry>(m.id, std::move(e)));
        }
        measures.push_back(add<Measure>(pid, std::move(m)));
    }
    if (measures.empty()) return nullptr;
    for (Problem& p : added) problems.push_back(add<Problem>(plan_id, std::move(p)));
    for (auto& c : problems) batch->push(std::move(c));
    for (auto& c : measures) batch->push(std::move(c));
    for (auto& c : entries) batch->push(std::move(c));
    return batch;
}

CommandPtr apply_ledger_import(const Workspace& ws, const Plan& target, const ImportPreview& preview, IdSource& ids) {
    return apply_ledger_import(ws, LedgerTarget{target.id, "", Date{}}, preview, ids);
}

} // namespace rectify
