// Builders for hand-written test fixtures: each takes the fields nearly every fixture sets, so a
// fixture only spells out what is special about it (the rest it sets on the result).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace rectify::testing {

inline Department department(Id id, std::string name) {
    Department d;
    d.id = std::move(id);
    d.name = std::move(name);
    return d;
}

// `title` is the 职务 (shown nowhere in a plan); `dept` may be empty.
inline Person person(Id id, std::string name, std::string title = "", Id dept = "") {
    Person p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.title = std::move(title);
    p.department = std::move(dept);
    return p;
}

// Text first: most fixture entries have no author.
inline ProgressEntry progress(Id id, Date date, std::string text, std::string author = "") {
    ProgressEntry e;
    e.id = std::move(id);
    e.date = date;
    e.author = std::move(author);
    e.text = std::move(text);
    return e;
}

inline Measure measure(Id id, std::string title, Status status = Status::NotStarted, Deadline deadline = {}) {
    Measure m;
    m.id = std::move(id);
    m.title = std::move(title);
    m.status = status;
    m.deadline = std::move(deadline);
    return m;
}

inline Problem problem(Id id, std::string text, std::vector<Measure> measures = {}) {
    Problem p;
    p.id = std::move(id);
    p.text = std::move(text);
    p.measures = std::move(measures);
    return p;
}

inline Plan plan(Id id, std::string title, std::vector<Problem> problems = {}) {
    Plan p;
    p.id = std::move(id);
    p.title = std::move(title);
    p.problems = std::move(problems);
    return p;
}

inline Workspace workspace(Id id, std::vector<Department> departments = {}, std::vector<Person> people = {},
                           std::vector<Plan> plans = {}) {
    Workspace ws;
    ws.id = std::move(id);
    ws.departments = std::move(departments);
    ws.people = std::move(people);
    ws.plans = std::move(plans);
    return ws;
}

// `x` as a tombstone: deleted at `when`, so views and exports must leave it out.
template <class T> T deleted(T x, Stamp when) {
    x.meta.deleted = std::move(when);
    return x;
}

} // namespace rectify::testing
