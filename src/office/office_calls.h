// office_calls: the JSON calls the app makes to the office module (office_module.cpp wraps them for
// the web; the CLI and the tests call them natively, so the path is the same): parts to a ZIP
// package, a plan's form and rows to the form filled. Each gives the bytes made, or false and the
// reason in `out` (English, for the console: the JSON is the app's own).
#pragma once
#include <string>
#include <string_view>

namespace rectify::office {

// {"entries":[[path, text]…]} (core/report/report_docx.h docx_parts_json) -> a ZIP package.
bool zip_from_json(std::string_view json, std::string& out);

// core/ledger/ledger_form.h form_fill_json -> the form filled (xlsx_fill.h fill_xlsx).
bool fill_from_json(std::string_view json, std::string& out);

} // namespace rectify::office
