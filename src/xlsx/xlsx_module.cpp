// The XLSX module of the web build (site/xlsx/xlsx.{js,wasm}): one function, called by web/xlsx.js.
#include <cstdlib>
#include <cstring>
#include <emscripten/emscripten.h>
#include <exception>
#include <string>

#include "xlsx/xlsx_writer.h"

// json: the sheet as core/ledger/sheet.h's sheet_to_json wrote it. Returns a malloc'ed buffer of *size
// bytes that the caller frees: the .xlsx file when *ok is 1, else the reason (UTF-8, English).
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_xlsx_make(const char* json, int json_size, int* size, int* ok) {
    std::string out;
    *ok = 0;
    try {
        rectify::XlsxSheet sheet;
        std::string error;
        if (!rectify::sheet_from_json(std::string_view(json, size_t(json_size)), sheet, error)) out = "sheet: " + error;
        else {
            out = rectify::write_xlsx(sheet);
            *ok = 1;
        }
    } catch (const std::exception& e) {
        out = e.what();
    }
    auto* p = static_cast<unsigned char*>(std::malloc(out.size() ? out.size() : 1));
    if (!p) {
        *ok = 0;
        *size = 0;
        return nullptr;
    }
    std::memcpy(p, out.data(), out.size());
    *size = int(out.size());
    return p;
}
