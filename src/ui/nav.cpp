#include "ui/nav.h"

#include <vector>

#include "core/lookup.h"

namespace rectify::ui {

const char* view_name(View v) {
    switch (v) {
    case View::Plan: return "plan";
    case View::Directory: return "directory";
    case View::Ledger: return "ledger";
    case View::Dashboard: return "dashboard";
    case View::Returns: return "returns";
    case View::Home: break;
    }
    return "home";
}

std::string nav_encode(const Nav& nav) {
    return std::string(view_name(nav.view)) + "|" + nav.plan + "|" + nav.problem + "|" + nav.measure + "|" +
           std::to_string(int(nav.tab));
}

Nav nav_decode(std::string_view text) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); i++)
        if (i == text.size() || text[i] == '|') {
            parts.emplace_back(text.substr(start, i - start));
            start = i + 1;
        }
    Nav nav;
    if (parts.size() != 5) return nav;
    nav.view = parts[0] == "plan"        ? View::Plan
             : parts[0] == "directory" ? View::Directory
             : parts[0] == "ledger"    ? View::Ledger
             : parts[0] == "dashboard" ? View::Dashboard
             : parts[0] == "returns"   ? View::Returns
                                       : View::Home;
    nav.plan = parts[1];
    nav.problem = parts[2];
    nav.measure = parts[3];
    const int tab = parts[4].size() == 1 ? parts[4][0] - '0' : 0;
    nav.tab = tab >= 0 && tab < int(PlanTab::Count) ? PlanTab(tab) : PlanTab::Problems;
    return nav;
}

void nav_validate(Nav& nav, Workspace& ws) {
    const Plan* plan = nav.plan.empty() ? nullptr : find<Plan>(ws, nav.plan);
    if (!plan || !alive(*plan)) {
        if (nav.view == View::Plan) nav.view = View::Home; // the ledger shows every plan instead
        nav.plan.clear();
        nav.problem.clear();
        nav.measure.clear();
        return;
    }
    // The measure may have moved to another problem (a move, or its undo): follow it.
    if (!nav.measure.empty()) {
        bool found = false;
        for (const Problem& p : plan->problems)
            for (const Measure& m : p.measures)
                if (m.id == nav.measure && alive(m) && alive(p)) {
                    nav.problem = p.id;
                    found = true;
                }
        if (!found) nav.measure.clear();
    }
    bool problem_ok = false;
    for (const Problem& p : plan->problems) problem_ok |= p.id == nav.problem && alive(p);
    if (!problem_ok) {
        nav.problem.clear();
        nav.measure.clear();
    }
}

void nav_open_plan(Nav& nav, const Id& plan) {
    nav.view = View::Plan;
    if (nav.plan != plan) {
        nav.plan = plan;
        nav.problem.clear();
        nav.measure.clear();
        nav.tab = PlanTab::Problems;
    }
}

} // namespace rectify::ui
