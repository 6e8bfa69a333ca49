// nav: where the user is: the view, the open plan, the selected problem or measure, the editor's
// tab. Kept in browser settings so that after a reload the user is where they were.
#pragma once
#include <string>
#include <string_view>

#include "core/model.h"

namespace rectify::ui {

enum class View { Home, Plan, Directory, Ledger, Dashboard, Returns };
enum class PlanTab { Problems, Header, Phases, Sections, Group, Timeline, Count };

struct Nav {
    View view = View::Home;
    Id plan;            // the open plan (View::Plan); the ledger's plan, empty for all (View::Ledger)
    Id problem;         // the selected problem, or the problem of the selected measure
    Id measure;         // the selected measure, empty when a problem (or nothing) is selected
    PlanTab tab = PlanTab::Problems;
    bool operator==(const Nav& o) const {
        return view == o.view && plan == o.plan && problem == o.problem && measure == o.measure && tab == o.tab;
    }
    bool operator!=(const Nav& o) const { return !(*this == o); }
};

const char* view_name(View v); // "home", "plan", "directory" (the test bridge reports it)

// "plan|<plan id>|<problem id>|<measure id>|<tab>": a settings value, read back leniently.
std::string nav_encode(const Nav& nav);
Nav nav_decode(std::string_view text);

// Drops what no longer exists (a deleted plan or measure), so a stale place never shows.
void nav_validate(Nav& nav, Workspace& ws);

// Opens a plan in the editor with nothing selected.
void nav_open_plan(Nav& nav, const Id& plan);

} // namespace rectify::ui
