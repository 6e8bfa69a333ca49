// text_import_wire: the request and the result of the text import as JSON (text_import_wire.h).
// Index: request · result: counts table, to wire, from wire
#include "core/import/text_import_wire.h"

#include <cstdlib>

#include "core/format/format.h"
#include "core/format/json_get.h"
#include "core/format/json_out.h"
#include "core/format/wire_frame.h"

namespace rectify {

using namespace json_get;

// ---- request ----------------------------------------------------------------------------------------------

std::string text_import_request(const ImportTextOptions& options, bool file) {
    JsonOut o;
    o.begin_object().field("file", file).field("year", options.default_year)
        .field("seed", std::to_string(options.id_seed)) // 64 bits: more than a JSON number holds exactly
        .field("office", options.office_code).field("now", static_cast<long long>(options.now_ms))
        .field("problem_level", options.corrections.problem_level);
    o.key("lines").begin_array();
    for (const auto& [begin, role] : options.corrections.lines)
        o.begin_array().value(static_cast<long long>(begin)).value(int(role)).end_array();
    o.end_array().end_object();
    return o.str();
}

bool text_import_request_from_json(std::string_view json, ImportTextOptions& options, bool& file, std::string& error) {
    options = ImportTextOptions{};
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        file = flag(doc, "file", false);
        options.default_year = int(get_int64(doc, "year"));
        options.id_seed = std::strtoull(get_text(doc, "seed").c_str(), nullptr, 10);
        options.office_code = get_text(doc, "office");
        options.now_ms = get_int64(doc, "now");
        options.corrections.problem_level = get_text(doc, "problem_level");
        for (const auto& line : get_array(doc, "lines").GetArray()) {
            if (!line.IsArray() || line.Size() != 2 || !line[0].IsUint64() || !line[1].IsInt() ||
                line[1].GetInt() < int(LineRole::Auto) || line[1].GetInt() > int(LineRole::JoinPrevious))
                throw Bad{"lines: not [begin, role]"};
            options.corrections.lines.emplace_back(size_t(line[0].GetUint64()), LineRole(line[1].GetInt()));
        }
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

// ---- result -----------------------------------------------------------------------------------------------

namespace {

// The counts, in the order the wire lists them.
int TextImport::* const kCounts[] = {
    &TextImport::stated_problems, &TextImport::deadlines_without_year, &TextImport::problems, &TextImport::codes,
    &TextImport::measures, &TextImport::steps, &TextImport::responsibility_lines, &TextImport::deadlines,
    &TextImport::deadlines_dated, &TextImport::progress, &TextImport::statuses, &TextImport::phases, &TextImport::sections};

} // namespace

std::string text_import_to_wire(const TextImport& r) {
    JsonOut o;
    o.begin_object().field("zh", r.error_zh).field("en", r.error_en);
    o.key("spans").begin_array(); // begin, end, kind, flat
    for (const TextSpan& s : r.spans)
        o.value(static_cast<long long>(s.begin)).value(static_cast<long long>(s.end)).value(int(s.kind));
    o.end_array();
    o.field("unplaced", r.unplaced).field("decoded", r.decoded).field("encoding", r.encoding)
        .field("report", r.is_report).field("status_read", r.status_read).field("status_proposed", r.status_proposed)
        .field("levels", r.levels).field("problem_level", r.problem_level)
        .field("examined", std::to_string(r.examined));
    o.key("counts").begin_array();
    for (int TextImport::* c : kCounts) o.value(r.*c);
    o.end_array().end_object();
    return wire_frame(o.str(), r.ws.plans.empty() ? std::string() : save_workspace(r.ws, 0));
}

bool text_import_from_wire(std::string_view wire, TextImport& r, std::string& error) {
    r = TextImport{};
    std::string_view plan_file;
    rapidjson::Document doc;
    if (!parse_framed(wire, doc, plan_file, error)) return false;
    try {
        r.error_zh = get_text(doc, "zh");
        r.error_en = get_text(doc, "en");
        const rapidjson::Value& spans = get_array(doc, "spans");
        if (spans.Size() % 3) throw Bad{"spans: not begin, end, kind triples"};
        for (rapidjson::SizeType i = 0; i < spans.Size(); i += 3) {
            if (!spans[i].IsUint64() || !spans[i + 1].IsUint64() || !spans[i + 2].IsInt() ||
                spans[i + 2].GetInt() < int(TextSpan::Title) || spans[i + 2].GetInt() > int(TextSpan::Unplaced))
                throw Bad{"spans[" + std::to_string(i / 3) + "]: not a span"};
            r.spans.push_back({size_t(spans[i].GetUint64()), size_t(spans[i + 1].GetUint64()), TextSpan::Kind(spans[i + 2].GetInt())});
        }
        r.unplaced = strings(get_array(doc, "unplaced"), "unplaced");
        r.decoded = get_text(doc, "decoded");
        r.encoding = get_text(doc, "encoding");
        r.is_report = flag(doc, "report", false);
        r.status_read = strings(get_array(doc, "status_read"), "status_read");
        r.status_proposed = strings(get_array(doc, "status_proposed"), "status_proposed");
        r.levels = strings(get_array(doc, "levels"), "levels");
        r.problem_level = get_text(doc, "problem_level");
        r.examined = std::strtoull(get_text(doc, "examined").c_str(), nullptr, 10);
        const rapidjson::Value& counts = get_array(doc, "counts");
        if (counts.Size() != std::size(kCounts)) throw Bad{"counts: not " + std::to_string(std::size(kCounts))};
        for (rapidjson::SizeType i = 0; i < counts.Size(); i++) {
            if (!counts[i].IsInt()) throw Bad{"counts[" + std::to_string(i) + "]: not an integer"};
            r.*kCounts[i] = counts[i].GetInt();
        }
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return plan_file.empty() || load_carried(plan_file, "the recognised plan", r.ws, error);
}

} // namespace rectify
