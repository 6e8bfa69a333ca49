// report_wire: the reports made as files (the Word report and 公示, the 对账销号单 page, the
// 一问题一档案 manifest) as a call with bytes in and bytes out, so that their writers live in the
// on-demand office module on the web and not in the startup download (issue 23). The app writes a
// request and the plan file of its workspace; the module reads them back, makes the file and hands
// it to the page. Natively (the CLI, the tests, the platform's stand-in) the same functions run in
// one process.
//
// Index: ReportFile · ReportRequest · request JSON · the module's input · run_report (report_call.cpp)
//
// The input's wire form is one line of JSON (the request), a newline, then the plan file of the
// workspace (format.h save_workspace): the model crosses in the plan format, so a field added to the
// format needs nothing here.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/report/report.h"
#include "core/report/report_docx.h"

namespace rectify {

enum class ReportFile {
    Docx,         // the progress report or the 公示 as .docx (report_docx.h): its parts
    ClosingSheet, // the 对账销号单 page (closing_sheet.h closing_sheet_html)
    Archive,      // 一问题一档案's manifest (evidence_archive.h archive_manifest_json)
};

struct ReportRequest {
    ReportFile kind = ReportFile::Docx;
    Id plan;
    ReportOptions options; // Docx: all of it; ClosingSheet: lang; Archive: lang and today
    std::vector<Id> problems; // ClosingSheet: these problems; empty: every live one
    // Archive: whether the app knows which files its store has, and the ones it lacks (sha256);
    // not known: every file is taken as there (evidence_archive.h ArchiveOptions::available).
    bool store_known = false;
    std::vector<std::string> unavailable;
};

// ---- the request ------------------------------------------------------------------------------------
std::string report_request_json(const ReportRequest& r);
// False (with a reason for the console) only when the JSON is not what report_request_json writes.
bool report_request_from_json(std::string_view json, ReportRequest& r, std::string& error);

// ---- the module's input ------------------------------------------------------------------------------
// The request's JSON, a newline, the plan file.
std::string report_input(const ReportRequest& r, std::string_view plan_file);

// ---- the call ----------------------------------------------------------------------------------------
// The module's side (report_call.cpp, the only file here that calls the writers): the request and the
// workspace read from `input`, the file made — a Docx's parts in `parts`, the page or the manifest
// in `text`. False with the reason in `error` when the input is not one, the plan file does not
// load or the plan is not in it.
struct ReportMade {
    ReportFile kind = ReportFile::Docx;
    DocxParts parts;
    std::string text;
};
bool run_report(std::string_view input, ReportMade& out, std::string& error);

} // namespace rectify
