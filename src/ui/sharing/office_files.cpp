// office_files: see office_files.h.
#include "ui/sharing/office_files.h"

#include <map>
#include <string>
#include <string_view>

#include "core/import/office_messages.h"
#include "core/import/office_result.h"
#include "core/ledger/ledger_mapping.h"
#include "platform/host.h"
#include "ui/sharing/ledger_import_view.h"
#include "ui/sharing/text_import_view.h"
#include "ui/strings.h"

namespace rectify::ui {

static constexpr std::string_view kOfficePurpose = "office:";

// Workbooks sent to the module, by ticket, until their reading comes back: the plan they make keeps
// the file itself as its form (按原表导出). The ticket travels in the call's purpose
// ("<ticket>|<purpose>") and comes back with the result, so two files of the same name dropped at
// once keep their own bytes.
static std::map<unsigned, std::string> g_workbooks;
static unsigned g_next_ticket = 1;

// The ticket at the front of a purpose that came back ("7|…"), taken off it; 0 when there is none.
static unsigned take_ticket(std::string& purpose) {
    const size_t bar = purpose.find('|');
    if (bar == std::string::npos || bar == 0 || bar > 9) return 0;
    unsigned n = 0;
    for (size_t i = 0; i < bar; i++) {
        if (purpose[i] < '0' || purpose[i] > '9') return 0;
        n = n * 10 + unsigned(purpose[i] - '0');
    }
    purpose.erase(0, bar + 1);
    return n;
}

bool office_file_in(ShellState& st, const platform::IncomingFile& f, const char* kind) {
    const std::string_view k(kind ? kind : "");
    if (k == "ole" || k == "ole-encrypted") {
        const office::OfficeProblem p = office::problem(k == "ole" ? office::OfficeText::Legacy : office::OfficeText::Encrypted);
        show_notice(st, trf(S::FileRefused, {{"file", f.name}, {"why", office::office_message(p, language())}}), NoticeKind::Error);
        return true;
    }
    if (k != "xlsx" && k != "docx") return false;
    const unsigned ticket = g_next_ticket++;
    platform::read_office_file(std::to_string(ticket) + "|" + f.purpose, f.name, f.bytes);
    if (k == "xlsx") g_workbooks[ticket] = f.bytes;
    show_notice(st, trf(S::OfficeReading, {{"file", f.name}}), NoticeKind::Info);
    return true;
}

bool office_result_in(Doc& doc, ShellState& st, platform::IncomingFile& f) {
    if (std::string_view(f.purpose).substr(0, kOfficePurpose.size()) != kOfficePurpose) return false;
    f.purpose.erase(0, kOfficePurpose.size());
    std::string workbook;
    if (auto it = g_workbooks.find(take_ticket(f.purpose)); it != g_workbooks.end()) {
        workbook = std::move(it->second);
        g_workbooks.erase(it);
    }
    if (!f.error.empty()) { // the module could not be loaded (offline) or failed
        show_notice(st, trf(S::FileReadFailed, {{"file", f.name}, {"why", tr(S::OfficeModuleFailed)}}), NoticeKind::Error);
        return true;
    }
    OfficeRead r;
    std::string error;
    if (!office_read_from_json(f.bytes, r, error)) {
        show_notice(st, trf(S::FileReadFailed, {{"file", f.name}, {"why", error}}), NoticeKind::Error);
        return true;
    }
    switch (r.kind) {
    case OfficeRead::Kind::Error:
        show_notice(st, trf(S::FileRefused, {{"file", f.name}, {"why", r.error(language())}}), NoticeKind::Error);
        break;
    case OfficeRead::Kind::Workbook: {
        if (ledger_import_busy()) { // one preview at a time: the user decides on it first
            show_notice(st, trf(S::FileImportBusy, {{"file", f.name}}), NoticeKind::Error);
            break;
        }
        const Id target = ledger_import_target(doc, st);
        Intake in;
        in.kind = IntakeKind::Ledger;
        in.ledger = preview_ledger_grid(r.grid, -1, nullptr, ledger_import_year(doc, target));
        in.grid = std::move(r.grid);
        in.workbook = std::move(workbook);
        start_ledger_import(f.name, target, std::move(in));
        break;
    }
    case OfficeRead::Kind::Document: open_text_import_file(doc, r.text, f.name); break;
    }
    return true;
}

} // namespace rectify::ui
