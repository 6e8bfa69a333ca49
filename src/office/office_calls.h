// office_calls: the JSON calls the app makes to the office module (office_module.cpp wraps them for
// the web; the CLI and the tests call them natively, so the path is the same): parts to a ZIP
// package, a report made as a file, a plan's form and rows to the form filled. Each gives the bytes made, or false and the
// reason in `out` (English, for the console: the JSON is the app's own).
#pragma once
#include <string>
#include <string_view>

namespace rectify::office {

// A report made as a file (core/report/report_wire.h report_input: the request and the plan file)
// -> the file: the Word report zipped (.docx), the 对账销号单 page, 一问题一档案's manifest.
bool report_file(std::string_view input, std::string& out);

// core/ledger/ledger_form.h form_fill_json -> the form filled (xlsx_fill.h fill_xlsx).
bool fill_from_json(std::string_view json, std::string& out);

} // namespace rectify::office
