// office_calls: see office_calls.h.
#include "office/office_calls.h"

#include <utility>
#include <vector>

#include "core/format/base64.h"
#include "core/format/json_get.h"
#include "core/report/report_wire.h"
#include "office/xlsx_fill.h"
#include "office/zip.h"

namespace rectify::office {

using namespace json_get;

namespace {

std::vector<int> ints(const rapidjson::Value& o, const char* key) {
    std::vector<int> out;
    for (const auto& v : get_array(o, key).GetArray()) {
        if (!v.IsInt()) throw Bad{std::string(key) + ": not an integer"};
        out.push_back(v.GetInt());
    }
    return out;
}

} // namespace

bool report_file(std::string_view input, std::string& out) {
    ReportMade made;
    if (!run_report(input, made, out)) return false;
    if (made.kind != ReportFile::Docx) {
        out = std::move(made.text);
        return true;
    }
    out = write_zip(made.parts);
    if (out.empty()) {
        out = "zip: could not be written";
        return false;
    }
    return true;
}

bool fill_from_json(std::string_view json, std::string& out) {
    rapidjson::Document doc;
    if (!parse_object(json, doc, out)) return false;
    std::string form;
    XlsxFill fill;
    try {
        const rapidjson::Value* x = member(doc, "xlsx");
        if (!x || !base64_decode(get_string(*x, "xlsx"), form)) throw Bad{"xlsx: not base64"};
        const rapidjson::Value *sheet = member(doc, "sheet"), *header = member(doc, "header_row");
        if (!sheet || !sheet->IsInt() || !header || !header->IsInt()) throw Bad{"sheet, header_row: integers wanted"};
        fill.sheet = sheet->GetInt();
        fill.header_last = header->GetInt() - 1;
        fill.columns = ints(doc, "columns");
        fill.merge_columns = ints(doc, "merge");
        fill.number_columns = ints(doc, "numbers");
        for (const auto& r : get_array(doc, "rows").GetArray()) {
            if (!r.IsArray()) throw Bad{"rows: not an array"};
            fill.rows.push_back(strings(r, "row"));
        }
    } catch (const Bad& b) {
        out = "fill: " + b.what;
        return false;
    }
    if (OfficeProblem p = fill_xlsx(form, fill, out)) {
        out = office_message(p, Lang::En);
        return false;
    }
    return true;
}

} // namespace rectify::office
