// The office module of the web build (site/office/office.{js,wasm}): everything the app does with
// office files, kept out of the startup download and loaded by web/office.js on first use.
//   rectify_xlsx_make   the ledger as .xlsx (src/xlsx, libxlsxwriter)
//   rectify_office_read a file given to the app: a workbook's cells or a document's text (OfficeRead JSON)
//   rectify_office_zip  parts (JSON {"entries":[[name, text]…]}) as a ZIP package (the .docx report)
//   rectify_office_fill a plan's Excel form and its rows (core/ledger/ledger_form.h form_fill_json)
//                       as the form filled (按原表导出, xlsx_fill.h)
// Each returns a malloc'ed buffer of *size bytes that the caller frees, *ok 1 on success, else the
// reason (UTF-8, English: for the console).
#include <cstdlib>
#include <cstring>
#include <emscripten/emscripten.h>
#include <exception>
#include <string>

#include "office/office_calls.h"
#include "office/office_read.h"
#include "xlsx/xlsx_writer.h"

namespace {

unsigned char* give(const std::string& out, int* size) {
    auto* p = static_cast<unsigned char*>(std::malloc(out.size() ? out.size() : 1));
    if (!p) {
        *size = 0;
        return nullptr;
    }
    std::memcpy(p, out.data(), out.size());
    *size = int(out.size());
    return p;
}

// Runs fn(out) -> ok, catching what it throws (std::bad_alloc: a file too large for the memory there
// is; libxlsxwriter's XlsxError), and hands `out` to the page.
template <class Fn> unsigned char* run(int* size, int* ok, Fn&& fn) {
    std::string out;
    bool done = false;
    try {
        done = fn(out);
    } catch (const std::exception& e) {
        out = e.what();
    }
    unsigned char* p = give(out, size);
    *ok = done && p ? 1 : 0;
    return p;
}

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_xlsx_make(const char* json, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        rectify::XlsxSheet sheet;
        std::string error;
        if (!rectify::sheet_from_json(std::string_view(json, size_t(n)), sheet, error)) {
            out = "sheet: " + error;
            return false;
        }
        out = rectify::write_xlsx(sheet);
        return true;
    });
}

// bytes: the file; name: its name (UTF-8, NUL-terminated). Always *ok 1 with OfficeRead JSON (an
// unreadable file is an OfficeRead of kind error, with its message), unless memory ran out.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_read(const char* bytes, int n, const char* name, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        out = rectify::office_read_to_json(rectify::office::read_office_file(std::string_view(bytes, size_t(n)), name));
        return true;
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_zip(const char* json, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::office::zip_from_json(std::string_view(json, size_t(n)), out); });
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_fill(const char* json, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::office::fill_from_json(std::string_view(json, size_t(n)), out); });
}
