// copy_back: one item taken back from a restore point (历史版本 → 查看): a problem with its measures,
// or one measure, copied from the point's plan into the open plan of the same ID, as one command
// (one undo step). The copy keeps its IDs unless the open workspace uses them already (a deleted
// item's tombstone keeps its ID): those are made fresh, so the copy sits beside the tombstone and
// merges as a new item. Deleted children of the copied item are left out.
// Index: copy_back_place · copy_problem_command · copy_measure_command
#pragma once
#include "core/commands.h"
#include "core/ids.h"
#include "core/model.h"

namespace rectify {

// Where a copy of the point's item `item_id` (a problem or a measure of plan `plan_id`) would go
// in `into`: the live plan of that ID (a problem) or the live problem of the measure's problem's
// ID in it (a measure); "" when there is none (then nothing can be taken back into this workspace).
Id copy_back_place(const Workspace& point, const Id& plan_id, const Id& item_id, const Workspace& into);

// The live problem `problem_id` of the point's plan `plan_id`, with its live measures, appended
// to the open plan of that ID; nullptr when copy_back_place has none.
CommandPtr copy_problem_command(const Workspace& point, const Id& plan_id, const Id& problem_id, const Workspace& into,
                                IdSource& ids);
// The live measure `measure_id` of the point's plan `plan_id` appended to its problem in the open
// plan; nullptr when copy_back_place has none.
CommandPtr copy_measure_command(const Workspace& point, const Id& plan_id, const Id& measure_id, const Workspace& into,
                                IdSource& ids);

} // namespace rectify
