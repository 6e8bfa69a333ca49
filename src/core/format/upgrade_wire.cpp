// upgrade_wire: the upgrade's request and answer (upgrade_wire.h).
#include "core/format/upgrade_wire.h"

#include "core/format/json_get.h"
#include "core/format/json_out.h"
#include "core/format/wire_frame.h"

namespace rectify {

using namespace json_get;

// ---- request ----------------------------------------------------------------------------------------------

std::string upgrade_request_json(const UpgradeRequest& r) {
    JsonOut o;
    o.begin_object().field("repair_ids", r.repair_ids).end_object();
    return o.str();
}

bool upgrade_request_from_json(std::string_view json, UpgradeRequest& r, std::string& error) {
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        r.repair_ids = flag(doc, "repair_ids", false);
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

// ---- answer -----------------------------------------------------------------------------------------------

std::string upgrade_answer_to_wire(const LoadResult& loaded) {
    JsonOut o;
    o.begin_object().field("ok", loaded.ok);
    if (loaded.ok) {
        const FileInfo& i = loaded.info;
        o.field("version", static_cast<long long>(i.version)).field("app", i.app).field("exported_at", i.exported_at)
            .field("by_name", i.exported_by.name).field("by_code", i.exported_by.code)
            .field("repaired_ids", static_cast<long long>(loaded.repaired_ids));
    } else {
        const LoadError& e = loaded.error;
        o.field("key", msg_key_name(e.key)).field("path", e.path).field("detail", e.detail)
            .field("n", static_cast<long long>(e.n)).field("limit", static_cast<long long>(e.limit))
            .field("expected", int(e.expected)).field("found", int(e.found));
    }
    o.end_object();
    return wire_frame(o.str(), loaded.ok ? save_workspace(loaded.workspace, 0) : std::string());
}

bool upgrade_answer_from_wire(std::string_view wire, LoadResult& r, std::string& error) {
    r = LoadResult{};
    std::string_view plan_file;
    rapidjson::Document doc;
    if (!parse_framed(wire, doc, plan_file, error)) return false;
    try {
        if (!flag(doc, "ok", false)) {
            LoadError& e = r.error;
            if (!msg_from_name(get_text(doc, "key"), e.key)) throw Bad{"key: not a load error"};
            e.path = get_text(doc, "path");
            e.detail = get_text(doc, "detail");
            e.n = get_int64(doc, "n");
            e.limit = get_int64(doc, "limit");
            e.expected = JsonKind(get_enum(doc, "expected", int(JsonKind::Object)));
            e.found = JsonKind(get_enum(doc, "found", int(JsonKind::Object)));
            return true; // an answer: the file does not load
        }
        const std::int64_t version = get_int64(doc, "version"), repaired = get_int64(doc, "repaired_ids");
        if (version < 1 || version > kFormatVersion || repaired < 0) throw Bad{"version or repaired_ids: out of range"};
        r.info.version = int(version);
        r.info.app = get_text(doc, "app");
        r.info.exported_at = get_text(doc, "exported_at");
        r.info.exported_by.name = get_text(doc, "by_name");
        r.info.exported_by.code = get_text(doc, "by_code");
        r.repaired_ids = size_t(repaired);
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    if (!load_carried(plan_file, "the upgraded workspace", r.workspace, error)) return false;
    r.ok = true;
    return true;
}

} // namespace rectify
