// The office module of the web build (site/office/office.{js,wasm}): everything the app does with
// office files, kept out of the startup download and loaded by web/office.js on first use.
//   rectify_xlsx_make   the ledger as .xlsx (src/xlsx, libxlsxwriter)
//   rectify_office_read a file given to the app: a workbook's cells or a document's text (OfficeRead JSON)
//   rectify_report_make a report made as a file (core/report/report_wire.h report_input) -> the file:
//                       the .docx report, the 对账销号单 page, 一问题一档案's manifest (the writers live here only)
//   rectify_office_fill a plan's Excel form and its rows (core/ledger/ledger_form.h form_fill_json)
//                       as the form filled (按原表导出, xlsx_fill.h)
//   rectify_package_read a plan package (package.h read_package): each checked file handed to the
//                       page (Module.onPackageFile(sha, ptr, size), during the call), then the plan
//                       file; refused: {"zh":…,"en":…}, package_message in both languages
//   rectify_zs_*        a ZIP streamed from a manifest (zip_stream_writer.h, platform/zip_stream.h):
//                       begin, add_text, add_file, drain, finish, abort; refusals as {"zh":…,"en":…}
//   rectify_sha256      the SHA-256 of bytes, lowercase hex (evidence.js without WebCrypto)
//   rectify_text_import text or a .txt file's bytes, and a request (core/import/text_import_wire.h)
//                       -> the text import's result in its wire form (the importer lives here only)
//   rectify_merge       two workspaces and a request (core/merge/merge_wire.h) -> the merge's preview,
//                       or the merge done (the merge lives here only)
//   rectify_upgrade     a file in a format the startup module no longer reads (core/format/old_formats.h)
//                       and a request (core/format/upgrade_wire.h) -> the file in today's format
// Each returns a malloc'ed buffer of *size bytes that the caller frees, *ok 1 on success, else the
// reason (UTF-8, English: for the console, unless said otherwise).
#include <cstdlib>
#include <cstring>
#include <emscripten/emscripten.h>
#include <exception>
#include <new>
#include <string>

#include "core/format/json_out.h"
#include "core/format/sha256.h"
#include "core/format/upgrade_wire.h"
#include "core/import/text_import_wire.h"
#include "core/merge/merge_wire.h"
#include "office/office_calls.h"
#include "office/office_read.h"
#include "office/package.h"
#include "office/zip_stream_writer.h"
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

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_report_make(const char* input, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::office::report_file(std::string_view(input, size_t(n)), out); });
}

// input: the text or the file's bytes; request: text_import_request's JSON (NUL-terminated).
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_text_import(const char* input, int n, const char* request, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::run_text_import(request, std::string_view(input, size_t(n)), out); });
}

// input: the two plan files; request: merge_request_json's JSON (NUL-terminated).
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_merge(const char* input, int n, const char* request, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::run_merge(request, std::string_view(input, size_t(n)), out); });
}

// input: a file the app's startup module could not read for its format; request: upgrade_request_json's
// JSON (NUL-terminated). The answer: core/format/upgrade_wire.h.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_upgrade(const char* input, int n, const char* request, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::run_upgrade(request, std::string_view(input, size_t(n)), out); });
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_office_fill(const char* json, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) { return rectify::office::fill_from_json(std::string_view(json, size_t(n)), out); });
}

// ---- packages and streamed ZIPs ----------------------------------------------------------------------

namespace {
// A refusal for the user: {"zh":…,"en":…} (web/office.js shows the app's language).
bool both(const std::string& zh, const std::string& en, std::string& out) {
    rectify::JsonOut j;
    j.begin_object().field("zh", zh).field("en", en).end_object();
    out = j.str();
    return false;
}
bool refusal(const rectify::office::OfficeProblem& p, std::string& out) {
    using rectify::Lang;
    return both(rectify::office::office_message(p, Lang::Zh), rectify::office::office_message(p, Lang::En), out);
}
} // namespace

EM_JS(void, js_package_file, (const char* sha, const char* data, int size),
      { Module.onPackageFile(UTF8ToString(sha), data, size); });

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_package_read(const char* bytes, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        using namespace rectify;
        const office::PackageRead r = office::read_package(std::string_view(bytes, size_t(n)),
            [](const std::string& sha, std::string& data) { js_package_file(sha.c_str(), data.data(), int(data.size())); });
        if (!r.ok()) return both(office::package_message(r, Lang::Zh), office::package_message(r, Lang::En), out);
        out = r.plan_file;
        return true;
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE rectify::office::ZipStreamWriter* rectify_zs_begin() {
    return new (std::nothrow) rectify::office::ZipStreamWriter();
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_zs_add_text(rectify::office::ZipStreamWriter* w, const char* name,
                                                                  const char* text, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        const auto p = w->add_text(name, std::string_view(text, size_t(n)));
        return p ? refusal(p, out) : true;
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_zs_add_file(rectify::office::ZipStreamWriter* w, const char* name,
                                                                  const char* sha, double expected, const char* bytes,
                                                                  int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        const auto p = w->add_file(name, sha, std::int64_t(expected), std::string_view(bytes, size_t(n)));
        return p ? refusal(p, out) : true;
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_zs_drain(rectify::office::ZipStreamWriter* w, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        out = w->drain();
        return true;
    });
}

// The rest of the archive; the writer is gone after it, whatever the outcome.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_zs_finish(rectify::office::ZipStreamWriter* w, int* size, int* ok) {
    unsigned char* p = run(size, ok, [&](std::string& out) {
        const auto problem = w->finish(out);
        return problem ? refusal(problem, out) : true;
    });
    delete w;
    return p;
}

extern "C" EMSCRIPTEN_KEEPALIVE void rectify_zs_abort(rectify::office::ZipStreamWriter* w) { delete w; }

extern "C" EMSCRIPTEN_KEEPALIVE unsigned char* rectify_sha256(const char* bytes, int n, int* size, int* ok) {
    return run(size, ok, [&](std::string& out) {
        out = rectify::sha256_hex(std::string_view(bytes, size_t(n)));
        return true;
    });
}
