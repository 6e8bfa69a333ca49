// office_result: what the office module read from a file, as the app receives it: a workbook's
// cells, a document's text, or why neither (the message in both languages). The module
// (src/office, loaded on demand) writes it as JSON; the app reads it back here.
#pragma once
#include <string>
#include <string_view>

#include "core/i18n.h"
#include "core/ledger/grid.h"

namespace rectify {

struct OfficeRead {
    enum class Kind { Error, Workbook, Document };
    Kind kind = Kind::Error;
    Grid grid;                      // Workbook
    std::string text;               // Document: the text for the text import
    std::string error_zh, error_en; // Error
    const std::string& error(Lang lang) const { return lang == Lang::En ? error_en : error_zh; }
};

std::string office_read_to_json(const OfficeRead& r);
// False (with a reason for the console) only when the JSON is not what the module writes.
bool office_read_from_json(std::string_view json, OfficeRead& r, std::string& error);

} // namespace rectify
