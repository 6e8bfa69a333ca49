#include "core/merge/export_plan.h"

#include <algorithm>

#include "core/date_text.h"
#include "core/file_name.h"
#include "core/list_place.h"
#include "core/merge/merge.h"

namespace rectify {

namespace {

bool names(const std::vector<Id>& v, const Id& id) { return std::find(v.begin(), v.end(), id) != v.end(); }

} // namespace

Workspace export_plan(const Workspace& ws, const Id& plan_id, const Id& department) {
    Workspace out;
    out.id = ws.id;
    out.office = ws.office;
    out.departments = ws.departments;
    out.people = ws.people;
    out.meta = ws.meta;
    out.extras = ws.extras;
    for (const Plan& p : ws.plans)
        if (p.id == plan_id) out.plans.push_back(p);
    // What the copy has seen is what the whole plan had (taken before items are left out).
    stamp_known_vectors(out);
    if (department.empty() || out.plans.empty()) return out;
    Plan& plan = out.plans[0];
    // Leaving items out changes what "the item before" is: every place is written out first
    // (core/list_place.h), so the unit's copy says where its items are in the whole plan.
    materialize(plan.problems);
    for (Problem& q : plan.problems) materialize(q.measures);
    std::vector<Problem> kept;
    for (Problem& q : plan.problems) {
        std::vector<Measure> ms;
        for (Measure& m : q.measures)
            if (names(m.lead_departments, department) || names(m.support_departments, department))
                ms.push_back(std::move(m));
        if (ms.empty()) continue;
        q.measures = std::move(ms);
        kept.push_back(std::move(q));
    }
    plan.problems = std::move(kept);
    return out;
}

std::string export_file_name(const std::string& stem, const std::string& department_name, const Date& day) {
    std::string name = stem.empty() ? "整改方案" : stem;
    if (!department_name.empty()) name += "-" + department_name;
    // The date and extension always survive: only the names are cleaned and cut.
    return safe_file_name(name, "-" + to_iso(day) + ".rectify.json", "整改方案");
}

} // namespace rectify
