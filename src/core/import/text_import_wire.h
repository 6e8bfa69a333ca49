// text_import_wire: the text import as a call with bytes in and bytes out, so that the importer
// (about 330 kB of the app's code) lives in the on-demand office module on the web and not in the
// startup download (issue 23). The app writes a request (its options), the module runs
// run_text_import over the text or the file's bytes and writes the result, the app reads it back.
// Natively (the CLI, the tests, the platform's stand-in) the same functions run in one process.
//
// Index: the request · the result (TextImport <-> wire) · the call (text_import_call.cpp)
//
// The result's wire form is one line of JSON (the spans, counts, lines not placed, the text) then
// a newline, then the plan file of the recognised workspace (format.h save_workspace): the model
// crosses in the plan format, so a field added to the format needs nothing here.
#pragma once
#include <string>
#include <string_view>

#include "core/import/text_import.h"

namespace rectify {

// ---- the request ------------------------------------------------------------------------------------
// The options, and whether the input is a file's bytes (import_text_file) or UTF-8 text (import_text).
std::string text_import_request(const ImportTextOptions& options, bool file);
// False (with a reason for the console) only when the JSON is not what text_import_request writes.
bool text_import_request_from_json(std::string_view json, ImportTextOptions& options, bool& file, std::string& error);

// ---- the result ---------------------------------------------------------------------------------------
std::string text_import_to_wire(const TextImport& r);
// False (with a reason for the console) only when `wire` is not what text_import_to_wire writes.
bool text_import_from_wire(std::string_view wire, TextImport& r, std::string& error);

// ---- the call ---------------------------------------------------------------------------------------------
// The module's side (text_import_call.cpp, the only file here that calls the importer): `input`
// read as the request says, the result's wire form in `out`; false with the reason in `out` when
// the request is not one.
bool run_text_import(std::string_view request, std::string_view input, std::string& out);

} // namespace rectify
