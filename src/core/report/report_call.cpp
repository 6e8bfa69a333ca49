// report_call: run_report (report_wire.h), kept apart from the wire functions so that the app, which
// only writes requests, does not link the writers of the Word report, the 对账销号单 and the archive.
#include <algorithm>
#include <set>

#include "core/format/format.h"
#include "core/format/wire_frame.h"
#include "core/lookup.h"
#include "core/report/closing_sheet.h"
#include "core/report/evidence_archive.h"
#include "core/report/report_wire.h"

namespace rectify {

bool run_report(std::string_view input, ReportMade& out, std::string& error) {
    out = ReportMade{};
    std::string_view head, plan_file;
    if (!wire_unframe(input, head, plan_file)) {
        error = "no newline after the request's JSON";
        return false;
    }
    ReportRequest r;
    if (!report_request_from_json(head, r, error)) return false;
    Workspace ws;
    if (!load_carried(plan_file, "the workspace", ws, error)) return false;
    const Plan* plan = find<Plan>(ws, r.plan);
    if (!plan) {
        error = "no plan " + r.plan + " in the workspace";
        return false;
    }
    out.kind = r.kind;
    switch (r.kind) {
    case ReportFile::Docx: out.parts = progress_report_docx_parts(ws, *plan, r.options); break;
    case ReportFile::ClosingSheet: out.text = closing_sheet_html(ws, *plan, r.problems, r.options.lang); break;
    case ReportFile::Archive: {
        ArchiveOptions ao;
        ao.lang = r.options.lang;
        ao.today = r.options.today;
        const std::set<std::string> lacking(r.unavailable.begin(), r.unavailable.end());
        if (r.store_known) ao.available = [&lacking](const EvidenceFile& f) { return !lacking.count(f.sha256); };
        out.text = archive_manifest_json(evidence_archive(ws, *plan, ao).entries);
        break;
    }
    }
    return true;
}

} // namespace rectify
