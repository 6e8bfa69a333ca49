// The XlsxSheet as JSON, both ways: the app writes it, the XLSX module (src/xlsx) reads it.
// Kept apart from ledger_sheet.cpp so that the module links this file and not the ledger.
#include "core/ledger/sheet.h"
#include "core/format/json_get.h"

#include "core/format/json.h"

namespace rectify {

std::string sheet_to_json(const XlsxSheet& s) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    auto str = [&w](const std::string& t) { w.String(t.data(), rapidjson::SizeType(t.size())); };
    auto strings = [&](const char* key, const std::vector<std::string>& v) {
        w.Key(key);
        w.StartArray();
        for (const std::string& t : v) str(t);
        w.EndArray();
    };
    auto bools = [&w](const char* key, const std::vector<bool>& v) {
        w.Key(key);
        w.StartArray();
        for (bool b : v) w.Bool(b);
        w.EndArray();
    };
    w.StartObject();
    w.Key("name");
    str(s.name);
    strings("header", s.header);
    w.Key("widths");
    w.StartArray();
    for (double x : s.widths) w.Double(x);
    w.EndArray();
    bools("wrap", s.wrap);
    bools("numeric", s.numeric);
    w.Key("rows");
    w.StartArray();
    for (const auto& row : s.rows) {
        w.StartArray();
        for (const std::string& t : row) str(t);
        w.EndArray();
    }
    w.EndArray();
    w.Key("freeze_header");
    w.Bool(s.freeze_header);
    w.Key("autofilter");
    w.Bool(s.autofilter);
    w.Key("landscape");
    w.Bool(s.landscape);
    w.Key("print_title");
    str(s.print_title);
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize());
}

using namespace json_get;

bool sheet_from_json(std::string_view json, XlsxSheet& s, std::string& error) {
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        s = XlsxSheet{};
        if (const rapidjson::Value* v = member(doc, "name")) s.name = get_string(*v, "name");
        s.header = strings(get_array(doc, "header"), "header");
        if (const rapidjson::Value* v = member(doc, "widths")) {
            if (!v->IsArray()) throw Bad{"widths: not an array"};
            for (const auto& x : v->GetArray()) {
                if (!x.IsNumber()) throw Bad{"widths: not a number"};
                s.widths.push_back(x.GetDouble());
            }
        }
        s.wrap = bools(doc, "wrap");
        s.numeric = bools(doc, "numeric");
        const rapidjson::Value& rows = get_array(doc, "rows");
        s.rows.reserve(rows.Size());
        for (rapidjson::SizeType i = 0; i < rows.Size(); i++) {
            const std::string where = "rows[" + std::to_string(i) + "]";
            if (!rows[i].IsArray()) throw Bad{where + ": not an array"};
            s.rows.push_back(strings(rows[i], where));
        }
        s.freeze_header = flag(doc, "freeze_header", true);
        s.autofilter = flag(doc, "autofilter", true);
        s.landscape = flag(doc, "landscape", true);
        if (const rapidjson::Value* v = member(doc, "print_title")) s.print_title = get_string(*v, "print_title");
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

} // namespace rectify
