// office_calls: see office_calls.h.
#include "office/office_calls.h"

#include <utility>
#include <vector>

#include "core/format/base64.h"
#include "core/format/json_get.h"
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

bool zip_from_json(std::string_view json, std::string& out) {
    rapidjson::Document doc;
    if (!parse_object(json, doc, out)) return false;
    std::vector<std::pair<std::string, std::string>> entries;
    try {
        for (const auto& e : get_array(doc, "entries").GetArray()) {
            if (!e.IsArray() || e.Size() != 2) throw Bad{"entry: not [name, text]"};
            entries.emplace_back(get_string(e[0], "name"), get_string(e[1], "text"));
        }
    } catch (const Bad& b) {
        out = "entries: " + b.what;
        return false;
    }
    out = write_zip(entries);
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
