// supervision_sheet: the 督办单 a supervision office sends a department (issue 22): its red and
// yellow items (core/supervision.h) with the problem, the measure, the deadline, the milestones
// behind and the days overdue, as a printable page laid out like the report (GB/T 9704,
// report_html.cpp's style sheet) and as plain text.
// Index: SupervisionSheet/supervision_sheet · supervision_sheet_html · supervision_sheet_text.
#pragma once
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"
#include "core/supervision.h"

namespace rectify {

struct SupervisionSheetRow {
    std::string problem, measure, deadline, behind; // behind: the milestones behind, joined
    Colour colour = Colour::None;
    int days_overdue = 0;
};

struct SupervisionSheet {
    std::string title;     // 督办单
    std::string addressee; // 基教科：
    std::string body;      // 截至…，你单位承担的整改任务中有红色督办N项、黄色督办M项…
    std::vector<SupervisionSheetRow> rows;
    int red = 0, yellow = 0;
    std::string office, date; // the signature: the issuing office and the day
};

// The sheet of one department for one plan (every live plan when `plan` is empty) on `today`.
SupervisionSheet supervision_sheet(const Workspace& ws, const Id& plan, const Id& department, const Date& today,
                                   Lang lang);
std::string supervision_sheet_html(const SupervisionSheet& s, Lang lang);
std::string supervision_sheet_text(const SupervisionSheet& s, Lang lang);

} // namespace rectify
