// Handing a plan down (下发): the plan, or only one department's items, as a workspace of its own
// to save as a file. IDs and change stamps are kept (a copy for merging back, unlike
// duplicate_plan), and what the copy has seen is recorded (merge.h) so its return merges well.
#pragma once
#include <cstdint>
#include <string>

#include "core/model.h"

namespace rectify {

// A workspace holding the plan `plan_id` of `ws` (its directory, office and ID too). With a
// non-empty `department`, only the measures whose lead or supporting units include it, and the
// problems that hold one of those; sections, phases and the header go along. Tombstones go too
// (so a deletion reaches the unit). Empty plans list if there is no such plan.
Workspace export_plan(const Workspace& ws, const Id& plan_id, const Id& department = {});

// "整改方案-基教科-2022-05-11.rectify.json": a stem, the department's name (if any), `day` (the
// app's today, date_text.h app_today: the same date the app shows, never a clock read again in
// another time zone), the extension. The names are cleaned and cut by safe_file_name
// (file_name.h), so the whole name is at most 120 bytes. An empty stem gives 整改方案.
std::string export_file_name(const std::string& stem, const std::string& department_name, const Date& day);

} // namespace rectify
