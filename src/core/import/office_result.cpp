// office_result: OfficeRead <-> JSON: {"kind":"workbook","grid":{…}} | {"kind":"document","text":…}
// | {"kind":"error","zh":…,"en":…}.
#include "core/import/office_result.h"

#include "core/format/json_get.h"
#include "core/format/json_out.h"

namespace rectify {

using namespace json_get;

std::string office_read_to_json(const OfficeRead& r) {
    switch (r.kind) {
    case OfficeRead::Kind::Workbook: return "{\"kind\":\"workbook\",\"grid\":" + grid_to_json(r.grid) + "}";
    case OfficeRead::Kind::Document: {
        JsonOut o;
        o.begin_object().field("kind", "document").field("text", r.text).end_object();
        return o.str();
    }
    case OfficeRead::Kind::Error: break;
    }
    JsonOut o;
    o.begin_object().field("kind", "error").field("zh", r.error_zh).field("en", r.error_en).end_object();
    return o.str();
}

bool office_read_from_json(std::string_view json, OfficeRead& r, std::string& error) {
    r = OfficeRead{};
    // The grid is most of a workbook's JSON: read it by its own function from the member's span,
    // rather than parse it twice. The module writes "grid" last, so the span is the rest less "}".
    static const std::string_view kWorkbook = "{\"kind\":\"workbook\",\"grid\":";
    if (json.substr(0, kWorkbook.size()) == kWorkbook && json.size() > kWorkbook.size() && json.back() == '}') {
        r.kind = OfficeRead::Kind::Workbook;
        return grid_from_json(json.substr(kWorkbook.size(), json.size() - kWorkbook.size() - 1), r.grid, error);
    }
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        const rapidjson::Value* kind = member(doc, "kind");
        const std::string k = kind ? get_string(*kind, "kind") : "";
        if (k == "document") {
            r.kind = OfficeRead::Kind::Document;
            const rapidjson::Value* text = member(doc, "text");
            if (!text) throw Bad{"document: text wanted"};
            r.text = get_string(*text, "text");
        } else if (k == "error") {
            r.kind = OfficeRead::Kind::Error;
            const rapidjson::Value *zh = member(doc, "zh"), *en = member(doc, "en");
            if (!zh || !en) throw Bad{"error: zh and en wanted"};
            r.error_zh = get_string(*zh, "zh");
            r.error_en = get_string(*en, "en");
        } else throw Bad{"kind: " + k};
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

} // namespace rectify
