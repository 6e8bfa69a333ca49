// Duplicating a plan ("复制方案"): next year's plan often starts as a copy of this year's.
#pragma once
#include <string>

#include "core/model.h"

namespace rectify {

// A deep copy of `src` with a fresh ID for the plan and every entity in it (sections, phases,
// problems, measures, progress entries, evidence), so it can sit beside the original and be
// merged independently. Tombstoned children are dropped (the copy never had them); change
// records are cleared (the copy is new: add<Plan> stamps its creation), but unknown members,
// including those of meta, are kept. References into the directory (departments, people) stay.
// The title gets `title_suffix` appended ("（副本）", " (copy)").
Plan duplicate_plan(const Plan& src, IdSource& ids, std::string title_suffix);

} // namespace rectify
