// office_files: Word and Excel files given to the app. Their reading is done by the office module
// (platform read_office_file, loaded on first use); its result comes back as a file of purpose
// "office:…", which goes to the ledger preview (a workbook) or the text import (a document), or
// says why it cannot be read. Old formats and password-protected files are told so at once.
#pragma once
#include "platform/files.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// A file the intake called another format (`kind`: prescan's sniff_other_format). True when it is
// an office file this handles: sent to the module, or refused with the reason.
bool office_file_in(ShellState& st, const platform::IncomingFile& f, const char* kind);

// A file of purpose "office:…": the module's reading of a file sent by office_file_in. True when it
// was one (handled: preview, text import or message).
bool office_result_in(Doc& doc, ShellState& st, platform::IncomingFile& f);

} // namespace rectify::ui
