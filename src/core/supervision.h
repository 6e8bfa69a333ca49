// supervision: 三色督办 and 序时进度 (issue 22). A measure's colour on a day, from its deadline and
// its dated milestones, with the plan's thresholds; which items a department's 督办单 lists; the
// colours by department for the dashboard.
// Index: thresholds · milestones (and their edits) · colour · texts · 督办单 items · colours by
// department.
//
// The colours, as supervision offices use them (the first that holds):
//   red    — overdue: past its due date and not done or closed (date_text.h due_state Overdue);
//   yellow — behind schedule: a milestone whose date is more than grace_days past, not marked done;
//   blue   — due soon: due within soon_days days, today included (due_state Soon; 立行立改 is due now);
//   none   — otherwise, and always once done (已完成) or closed (已销号).
// A milestone is met when marked done (with the day it was); progress entries do not tick it off.
#pragma once
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// ---- thresholds --------------------------------------------------------------------------------------

inline constexpr int kDefaultSoonDays = 7;
struct SupervisionRule {
    int soon_days = kDefaultSoonDays;
    int grace_days = 0;
};
SupervisionRule supervision_rule(const Plan& plan); // the plan's settings, defaults where unset

// ---- milestones --------------------------------------------------------------------------------------

// Behind on `today`: dated, not done, and its date + grace_days is before today.
bool milestone_behind(const Milestone& s, const Date& today, int grace_days);
// The measure's milestones behind, in their order (indices into m.milestones).
std::vector<size_t> milestones_behind(const Measure& m, const Date& today, int grace_days);

// Edits of a measure's milestones (one field, "milestones"), each one undo step; nullptr when the
// index is out of range or nothing would change. Marked done records the day (`on`); unmarked
// clears it.
CommandPtr add_milestone(const Measure& m, Milestone s);
CommandPtr change_milestone(const Measure& m, size_t i, Milestone s);
CommandPtr remove_milestone(const Measure& m, size_t i);
CommandPtr mark_milestone(const Measure& m, size_t i, bool done, const Date& on);

// ---- colour ------------------------------------------------------------------------------------------

enum class Colour { None, Blue, Yellow, Red };
Colour colour_of(const Measure& m, const Date& today, const SupervisionRule& rule);
// Days past its due date (0 unless red).
int days_overdue(const Measure& m, const Date& today);

// ---- texts -------------------------------------------------------------------------------------------

const char* colour_text(Colour c, Lang lang);     // 红色督办 / 黄色督办 / 蓝色提醒, "" for None
const char* colour_mark(Colour c);                // "red", "yellow", "blue", "" (HTML classes, JSON)
std::string milestone_text(const Milestone& s, Lang lang);        // 2026年6月30日 完成招生方案（已完成）
std::string milestones_text(const std::vector<Milestone>& v, Lang lang); // joined with ；
std::string supervision_text(const SupervisionSettings& s, Lang lang);   // the thresholds, in words

// ---- 督办单 -------------------------------------------------------------------------------------------

// A yellow or red measure of a department (lead or support unit), by indices into ws (valid until
// the workspace changes).
struct SupervisionItem {
    size_t plan = 0, problem = 0, measure = 0;
    Colour colour = Colour::None;
    int days_overdue = 0;
    std::vector<size_t> behind; // milestones behind
};
// Live measures of the plan (every live plan when empty) naming the department, red first, then
// yellow; document order within a colour.
std::vector<SupervisionItem> supervision_items(const Workspace& ws, const Id& plan, const Id& department,
                                               const Date& today);

// ---- colours by department ----------------------------------------------------------------------------

struct DepartmentColours {
    Id department;
    int red = 0, yellow = 0, blue = 0;
};
// Every department with a coloured measure (a measure counts once per department it names),
// most red first, then yellow, then blue; departments in directory order on a tie.
std::vector<DepartmentColours> colours_by_department(const Workspace& ws, const Id& plan, const Date& today);

} // namespace rectify
