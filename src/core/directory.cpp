#include "core/directory.h"

#include <algorithm>

namespace rectify {

namespace {

bool names(const std::vector<Id>& list, const Id& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

// Calls f(measure) for every measure that is alive and sits in a live problem of a live plan.
template <class F> void for_live_measures(const Workspace& ws, F&& f) {
    for (const Plan& plan : ws.plans)
        if (alive(plan))
            for (const Problem& problem : plan.problems)
                if (alive(problem))
                    for (const Measure& m : problem.measures)
                        if (alive(m)) f(m);
}

// The two reference lists of a measure that point into one part of the directory.
struct RefFields {
    std::vector<Id> Measure::*members[2];
    const char* names[2];
};
const RefFields kDepartmentRefs{{&Measure::lead_departments, &Measure::support_departments},
                                {"lead_departments", "support_departments"}};
const RefFields kPersonRefs{{&Measure::responsible, &Measure::leaders}, {"responsible", "leaders"}};

int usage(const Workspace& ws, const Id& id, const RefFields& refs) {
    int n = 0;
    for_live_measures(ws, [&](const Measure& m) {
        if (names(m.*refs.members[0], id) || names(m.*refs.members[1], id)) n++;
    });
    return n;
}

template <class T, class Also = bool (*)(const T&)>
const T* by_name(const std::vector<T>& list, std::string_view name, Also also = [](const T&) { return true; }) {
    std::string_view want = trim_name(name);
    if (want.empty()) return nullptr; // a blank name names nothing, not an unnamed entry
    for (const T& e : list)
        if (alive(e) && trim_name(e.name) == want && also(e)) return &e;
    return nullptr;
}

// Every live measure, wherever it sits (even under a deleted problem: it may come back with an
// undo of that deletion, and must not then name a deleted entry).
template <class T>
CommandPtr remove_everywhere(const Workspace& ws, const Id& id, const RefFields& refs) {
    auto batch = std::make_unique<Batch>("remove");
    batch->push(remove<T>(id));
    for (const Plan& plan : ws.plans)
        for (const Problem& problem : plan.problems)
            for (const Measure& m : problem.measures) {
                if (!alive(m)) continue; // a tombstone is not edited (SetField would refuse)
                for (int i = 0; i < 2; i++) {
                    const std::vector<Id>& list = m.*refs.members[i];
                    if (!names(list, id)) continue;
                    std::vector<Id> kept;
                    for (const Id& r : list)
                        if (r != id) kept.push_back(r);
                    batch->push(set_field<Measure>(m.id, refs.members[i], refs.names[i], std::move(kept)));
                }
            }
    return batch;
}

} // namespace

std::string_view trim_name(std::string_view s) {
    static const std::string_view wide = "\xE3\x80\x80"; // U+3000
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
            s.remove_prefix(1);
        else if (s.substr(0, 3) == wide) s.remove_prefix(3);
        else break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
            s.remove_suffix(1);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == wide) s.remove_suffix(3);
        else break;
    }
    return s;
}

int department_usage(const Workspace& ws, const Id& dept) { return usage(ws, dept, kDepartmentRefs); }
int person_usage(const Workspace& ws, const Id& person) { return usage(ws, person, kPersonRefs); }

const Department* find_department_by_name(const Workspace& ws, std::string_view name) {
    return by_name(ws.departments, name);
}
const Person* find_person_by_name(const Workspace& ws, std::string_view name) {
    return by_name(ws.people, name);
}
const Person* find_person_by_name(const Workspace& ws, std::string_view name, const Id& department) {
    return by_name(ws.people, name, [&](const Person& p) { return p.department == department; });
}

CommandPtr remove_department_everywhere(const Workspace& ws, const Id& dept) {
    return remove_everywhere<Department>(ws, dept, kDepartmentRefs);
}
CommandPtr remove_person_everywhere(const Workspace& ws, const Id& person) {
    return remove_everywhere<Person>(ws, person, kPersonRefs);
}

} // namespace rectify
