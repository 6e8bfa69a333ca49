// write_xlsx: an XlsxSheet (core/ledger/sheet.h) as the bytes of an .xlsx file, through libxlsxwriter
// (Debian's source, built by scripts/deps.sh). Not linked into the app: the web build wraps it in
// its own small module (xlsx_module.cpp), loaded on the first XLSX export.
#pragma once
#include <stdexcept>
#include <string>

#include "core/ledger/sheet.h"

namespace rectify {

struct XlsxError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Header row bold on a grey fill, frozen, with autofilter buttons; column widths and wrapping as
// the sheet says (wrapped columns align to the top); A4 landscape, fit to one page wide, the header
// row repeated on every printed page, "第 N 页 / 共 M 页" in the footer. Texts longer than Excel's
// 32767 characters are cut there; the sheet name follows Excel's rules (31 characters, no []:*?/\).
// Throws XlsxError with libxlsxwriter's reason when the file cannot be made.
std::string write_xlsx(const XlsxSheet& sheet);

} // namespace rectify
