// office_read: what an office file is, and its content for the imports: an .xlsx as a Grid (the
// ledger import reads it like a CSV), a .docx as text with its numbering and tables (the text
// import reads it like a pasted document). Old binary formats and password-protected files are
// named as such. Every refusal is an OfficeProblem (office_messages.h); nothing is half read.
// Index: OfficeKind/office_kind · read_xlsx · read_docx · read_office_file.
#pragma once
#include <string>
#include <string_view>

#include "core/import/office_result.h"
#include "core/ledger/grid.h"
#include "core/import/office_messages.h"

namespace rectify::office {

enum class OfficeKind {
    NotOffice, // neither ZIP nor an OLE compound file
    Xlsx,      // a ZIP with a workbook (xl/workbook.xml, or the officeDocument it names)
    Docx,      // a ZIP with a Word document
    OtherZip,  // a ZIP that is neither (an .odt, a folder zipped)
    Legacy,    // an OLE compound file: .doc, .xls, .wps, .et
    Encrypted, // an OLE compound file holding an EncryptedPackage: a password-protected .docx/.xlsx
};
// From the first bytes and, for a ZIP, its list of entries (the central directory only: cheap).
OfficeKind office_kind(std::string_view bytes);

struct XlsxLimits {
    int rows = 100000;  // a row holding a value beyond this is TooManyRows
    int columns = 512;  // values in columns beyond this are dropped (a ledger has a few dozen)
};
OfficeProblem read_xlsx(std::string_view bytes, Grid& out, const XlsxLimits& limits = {});

// The document's body as the text import reads a pasted document: a line per paragraph, with the
// number Word draws for it (numbering.xml, through the paragraph or its style) written in front as
// typed numbers are ("一、", "（一）", "1."); a table as a line per row, cells separated by tabs (a
// cell's paragraphs joined by spaces, a vertically merged cell repeated on the rows it covers).
// Deleted revisions, field codes and drawings are left out. Limit: the ZIP limits of zip.h.
OfficeProblem read_docx(std::string_view bytes, std::string& text);

// A file given to the app or the CLI: read by what it is, with the name's extension as a check
// (.xlsx/.xlsm a workbook, .docx/.docm a document; a workbook named .docx is WrongKind, not read
// as something it is not). Legacy, password-protected and other ZIP files get their messages.
OfficeRead read_office_file(std::string_view bytes, std::string_view name);

} // namespace rectify::office
