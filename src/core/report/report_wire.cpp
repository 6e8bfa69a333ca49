// report_wire: the request of a report made as a file, as JSON, and the module's input (report_wire.h).
#include "core/report/report_wire.h"

#include <iterator>

#include "core/format/json_get.h"
#include "core/format/json_out.h"
#include "core/format/wire_frame.h"

namespace rectify {

using namespace json_get;

namespace {

const char* const kKinds[] = {"docx", "closing_sheet", "archive"};

} // namespace

std::string report_request_json(const ReportRequest& r) {
    JsonOut o;
    o.begin_object().field("kind", kKinds[int(r.kind)]).field("plan", r.plan)
        .field("notice", r.options.public_notice).field("names", r.options.names)
        .field("today", to_iso(r.options.today)).field("lang", lang_code(r.options.lang))
        .field("problems", r.problems).field("store_known", r.store_known).field("unavailable", r.unavailable);
    o.end_object();
    return o.str();
}

bool report_request_from_json(std::string_view json, ReportRequest& r, std::string& error) {
    r = ReportRequest{};
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        const std::string kind = get_text(doc, "kind");
        int k = 0;
        while (k < int(std::size(kKinds)) && kind != kKinds[k]) k++;
        if (k == int(std::size(kKinds))) throw Bad{"kind: " + kind + " is not one"};
        r.kind = ReportFile(k);
        r.plan = get_text(doc, "plan");
        r.options.public_notice = flag(doc, "notice", false);
        r.options.names = flag(doc, "names", true);
        if (!parse_iso_date(get_text(doc, "today"), r.options.today)) throw Bad{"today: not a date"};
        const std::string lang = get_text(doc, "lang");
        r.options.lang = parse_lang(lang);
        if (lang != lang_code(r.options.lang)) throw Bad{"lang: " + lang + " is not one"};
        r.problems = strings(get_array(doc, "problems"), "problems");
        r.store_known = flag(doc, "store_known", false);
        r.unavailable = strings(get_array(doc, "unavailable"), "unavailable");
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

std::string report_input(const ReportRequest& r, std::string_view plan_file) {
    return wire_frame(report_request_json(r), plan_file);
}

} // namespace rectify
