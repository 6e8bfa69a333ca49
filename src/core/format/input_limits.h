// How much each reader takes, and what it says when it is given more: a stated bound on the time
// and memory any file costs. Each reader checks the size before anything else; the CLI checks a
// file's size before reading it, and the page does not read a chosen or dropped file larger than
// the largest of these (web/files.js, max_any_input_bytes).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/i18n.h"

namespace rectify {

enum class InputKind {
    PlanFile,  // *.rectify.json: 64 MB (Limits::max_bytes, prescan.h)
    LedgerCsv, // a ledger to import (CSV or tab-separated text): 20 MB
    Text,      // the text of a document for import_text: 5 MB
    OfficeFile, // a Word or Excel file (.docx, .xlsx), compressed: 30 MB (what it unpacks to: office/zip.h)
    Package,    // a plan package (*.rectify.zip) with its evidence files: 768 MB (office/package.h)
};

std::size_t max_input_bytes(InputKind kind);
// The largest of them but Package: what the page reads of a chosen or dropped file whole (a
// package is read in its own way).
std::size_t max_any_input_bytes();

// "6.2 MB" (1 MB = 1,048,576 bytes), rounded up to a tenth, so a size over a limit never reads as
// the limit itself.
std::string megabytes_text(std::uint64_t bytes);

// Why `bytes` are refused, naming the size and the limit:
// 文本太大（6.2 MB），从文本导入最多 5 MB。请分几次导入。
std::string too_large_message(InputKind kind, std::uint64_t bytes, Lang lang);

} // namespace rectify
