// file_intake: what a file given to the app is, decided once from what the user asked for, its
// name and its bytes, and parsed once. The views only show the result (ui/sharing/incoming_files.cpp routes
// it: plan files to the merge, a ledger to its preview, a document's text to the text import).
//   - A plan file (.json, or any file picked for returns) is read here (read_plan_file), and goes
//     to the merge.
//   - A picture, an Office document or an archive is named as what it is (sniff_other_format); a
//     file named .xlsx/.docx is called one whatever its bytes (the office reader then says why not).
//   - A .csv or .tsv, or any file picked as a ledger, is a ledger: its preview is parsed here.
//   - A .txt is a ledger when its first line is a ledger's header (with 整改措施) and a row can be
//     imported, else the text of a document.
//   - An encrypted plan file or package (crypt/envelope.h), known by its content whatever its name,
//     is Encrypted: the app asks for its password (or says what is wrong with the envelope).
//   - Anything else is not taken.
#pragma once
#include <string>
#include <string_view>

#include "core/crypt/envelope.h"
#include "core/format/format.h"
#include "core/i18n.h"
#include "core/ledger/csv.h"

namespace rectify {

enum class Want { Any, PlanFiles, Ledger }; // what the user picked the file for; Any: dropped
enum class IntakeKind { PlanFile, OtherFormat, Ledger, DocumentText, NotTaken, Encrypted };

// A plan file for the merge (a return, a plan handed down), read once with the loader's limits:
// the workspace it holds and what the file says of itself, or why it cannot be used (the
// loader's message in `lang`).
struct IncomingPlan {
    std::string name;
    bool ok = false;
    std::string error;
    bool needs_upgrade = false; // the web app's startup module cannot read its format (old_formats.h)
    FileInfo info;
    Workspace ws;
};
IncomingPlan read_plan_file(std::string name, std::string_view bytes, Lang lang);

struct Intake {
    IntakeKind kind = IntakeKind::NotTaken;
    const char* other = nullptr; // OtherFormat: what kind of file it is (file_kind_text names it)
    ImportPreview ledger;        // Ledger: its rows, read once (guessed sheet and mapping)
    Grid grid;                   // Ledger: its cells, for a preview again with another sheet or mapping
    std::string workbook;        // Ledger from an .xlsx: the file itself, kept as the plan's form (ledger_form.h)
    IncomingPlan plan;           // PlanFile: the workspace it holds, or why it cannot be used
    EnvelopeRead envelope;       // Encrypted: the envelope read, or what is wrong with it
};

// Decided from the name alone, before the bytes are read: a plan file goes to the merge with the
// others given at once (so several returns make one roll-up).
bool is_plan_file(std::string_view name, Want want);
// The office file a name says it is, ignoring case: "xlsx" (.xlsx, .xlsm), "docx" (.docx, .docm),
// else "" (the views are of string literals). The one place the app, the office reader and the CLI
// tell these names.
std::string_view office_name_kind(std::string_view name);

// Could the file be one a reader takes, by its name? (for a file too large to read: which limit)
bool is_ledger_name(std::string_view name, Want want);


// What a file is, and its content parsed once: a plan file (read_plan_file, messages in `lang`),
// another format, a ledger (default_year: the year of a deadline that names none, the target
// plan's own), the text of a document, or none of these.
Intake classify_incoming(std::string_view name, Want want, std::string_view bytes, int default_year, Lang lang);

} // namespace rectify
