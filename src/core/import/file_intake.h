// file_intake: what a file given to the app is, decided once from what the user asked for, its
// name and its bytes, and parsed once. The views only show the result (ui/sharing/incoming_files.cpp routes
// it: plan files to the merge, a ledger to its preview, a document's text to the text import).
//   - A plan file (.json, or any file picked for returns) goes to the merge, which reads it.
//   - A picture, an Office document or an archive is named as what it is (sniff_other_format).
//   - A .csv or .tsv, or any file picked as a ledger, is a ledger: its preview is parsed here.
//   - A .txt is a ledger when it has a ledger's columns, else the text of a document.
//   - Anything else is not taken.
#pragma once
#include <string>
#include <string_view>

#include "core/ledger/csv.h"

namespace rectify {

enum class Want { Any, PlanFiles, Ledger }; // what the user picked the file for; Any: dropped
enum class IntakeKind { PlanFile, OtherFormat, Ledger, DocumentText, NotTaken };

struct Intake {
    IntakeKind kind = IntakeKind::NotTaken;
    const char* other = nullptr; // OtherFormat: what kind of file it is (file_kind_text names it)
    ImportPreview ledger;        // Ledger: its rows, read once
};

// Decided from the name alone, before the bytes are read: a plan file goes to the merge with the
// others given at once (so several returns make one roll-up).
bool is_plan_file(std::string_view name, Want want);
// Could the file be one a reader takes, by its name? (for a file too large to read: which limit)
bool is_ledger_name(std::string_view name, Want want);

// Everything but plan files: default_year is the year of a deadline that names none (the target
// plan's own year).
Intake classify_incoming(std::string_view name, Want want, std::string_view bytes, int default_year);

} // namespace rectify
