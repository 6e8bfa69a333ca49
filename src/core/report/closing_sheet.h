// closing_sheet: the 对账销号单 (issue 22), a printable page per problem that an office signs when it
// closes items: the problem, each of its measures with its lead departments, deadline and where it
// is in the 销号 chain, the measure's evidence list (its own and its progress entries'), each level
// of the plan's chain with the opinion, who and when of the current round, and a signature line
// per level. HTML in the progress report's print style (GB/T 9704 on A4: report_page_style), one
// problem per page; also as plain text (the CLI's `rectify sheet`).
// Index: closing_sheet_html · closing_sheet_text.
#pragma once
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// `problems`: the IDs of the problems to print, in the plan's order; empty = every live problem.
std::string closing_sheet_html(const Workspace& ws, const Plan& plan, const std::vector<Id>& problems, Lang lang);
std::string closing_sheet_text(const Workspace& ws, const Plan& plan, const std::vector<Id>& problems, Lang lang);

} // namespace rectify
