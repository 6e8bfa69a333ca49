// The office module of the web build (site/office/office.{js,wasm}): everything the app does with
// office files, kept out of the startup download and loaded by web/office.js on first use.
//   rectify_xlsx_make   the ledger as .xlsx (src/xlsx, libxlsxwriter)
//   rectify_office_read a file given to the app: a workbook's cells or a document's text (OfficeRead JSON)
//   rectify_office_zip  parts (JSON {"entries":[[name, text]…]}) as a ZIP package (the .docx report)
// Each returns a malloc'ed buffer of *size bytes that the caller frees, *ok 1 on success, else the
// reason (UTF-8, English: for the console).
#include <cstdlib>
#include <cstring>
#include <emscripten/emscripten.h>
#include <exception>
#include <string>

#include "core/format/json_get.h"
#include "office/office_read.h"
#include "office/zip.h"
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

// {"entries":[[name, text]…]} -> the entries; false with a reason.
bool entries_from_json(std::string_view json, std::vector<std::pair<std::string, std::string>>& out, std::string& error) {
    using namespace rectify::json_get;
    rapidjson::Document doc;
    const rectify::JsonParse p = rectify::parse_json(json, doc);
    if (!p.ok) {
        error = std::string("not JSON: ") + p.message;
        return false;
    }
    try {
        if (!doc.IsObject()) throw Bad{"not an object"};
        for (const auto& e : get_array(doc, "entries").GetArray()) {
            if (!e.IsArray() || e.Size() != 2) throw Bad{"entry: not [name, text]"};
            out.emplace_back(get_string(e[0], "name"), get_string(e[1], "text"));
        }
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

} // namespace

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
    unsigned char* p = give(out, size);
    if (!p) *ok = 0;
    return p;
}

// bytes: the file; name: its name (UTF-8, NUL-terminated). Always *ok 1 with OfficeRead JSON (an
// unreadable file is an OfficeRead of kind error, with its message), unless memory ran out.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_read(const char* bytes, int n, const char* name, int* size, int* ok) {
    std::string out;
    *ok = 0;
    try {
        out = rectify::office_read_to_json(rectify::office::read_office_file(std::string_view(bytes, size_t(n)), name));
        *ok = 1;
    } catch (const std::exception& e) { // std::bad_alloc: a file too large for the memory there is
        out = e.what();
    }
    unsigned char* p = give(out, size);
    if (!p) *ok = 0;
    return p;
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_zip(const char* json, int n, int* size, int* ok) {
    std::string out, error;
    *ok = 0;
    try {
        std::vector<std::pair<std::string, std::string>> entries;
        if (!entries_from_json(std::string_view(json, size_t(n)), entries, error)) out = "entries: " + error;
        else if ((out = rectify::office::write_zip(entries)).empty()) out = "zip: could not be written";
        else *ok = 1;
    } catch (const std::exception& e) {
        out = e.what();
    }
    unsigned char* p = give(out, size);
    if (!p) *ok = 0;
    return p;
}
