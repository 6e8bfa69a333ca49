// merge_wire: the merge's request and answer as JSON (merge_wire.h).
// Index: request · answer: an item, the four lists, to wire, from wire
#include "core/merge/merge_wire.h"

#include "core/format/format.h"
#include "core/format/json_get.h"
#include "core/format/json_out.h"
#include "core/format/wire_frame.h"

namespace rectify {

using namespace json_get;

namespace {

// A plan file inside the input, loaded; a Bad naming `which` when it does not load.
Workspace load_part(std::string_view bytes, const char* which) {
    Workspace ws;
    std::string error;
    if (!load_carried(bytes, which, ws, error)) throw Bad{error};
    return ws;
}

} // namespace

// ---- request ----------------------------------------------------------------------------------------------

std::string merge_request_json(const MergeRequest& r, const Workspace& master, const Workspace& ret, std::string& input) {
    return merge_request_json(r, save_workspace(master, 0), save_workspace(ret, 0), input);
}

std::string merge_request_json(const MergeRequest& r, std::string_view master_file, std::string_view return_file,
                               std::string& input) {
    input.reserve(master_file.size() + return_file.size());
    input.assign(master_file);
    input += return_file;
    const size_t master_size = master_file.size();
    JsonOut o;
    o.begin_object().field("lang", lang_code(r.lang)).field("apply", r.apply)
        .field("master", static_cast<long long>(master_size));
    o.key("choices").begin_array(); // key, side (0 the master's, 1 the return's)
    for (const auto& [key, side] : r.choices) o.value(key).value(side == Side::Return ? 1 : 0);
    o.end_array().end_object();
    return o.str();
}

bool merge_request_from_json(std::string_view json, std::string_view input, MergeRequest& r, Workspace& master,
                             Workspace& ret, std::string& error) {
    r = MergeRequest{};
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        const std::string lang = get_text(doc, "lang");
        r.lang = parse_lang(lang);
        if (lang != lang_code(r.lang)) throw Bad{"lang: " + lang + " is not one"};
        r.apply = flag(doc, "apply", false);
        const rapidjson::Value& choices = get_array(doc, "choices");
        if (choices.Size() % 2) throw Bad{"choices: not key, side pairs"};
        for (rapidjson::SizeType i = 0; i < choices.Size(); i += 2) {
            if (!choices[i + 1].IsInt() || (choices[i + 1].GetInt() != 0 && choices[i + 1].GetInt() != 1))
                throw Bad{"choices[" + std::to_string(i / 2) + "]: not a side"};
            r.choices[get_string(choices[i], "choices")] = choices[i + 1].GetInt() ? Side::Return : Side::Master;
        }
        const std::int64_t split = get_int64(doc, "master");
        if (split < 0 || std::uint64_t(split) > input.size()) throw Bad{"master: not within the input"};
        master = load_part(input.substr(0, size_t(split)), "the master");
        ret = load_part(input.substr(size_t(split)), "the return");
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

// ---- answer -----------------------------------------------------------------------------------------------

namespace {

void put_stamp(JsonOut& o, const Stamp& s) { o.begin_array().value(static_cast<long long>(s.at)).value(s.by).end_array(); }

Stamp get_stamp(const rapidjson::Value& v, const char* where) {
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsInt64()) throw Bad{std::string(where) + ": not [at, by]"};
    return Stamp{v[0].GetInt64(), get_string(v[1], where)};
}

void put_item(JsonOut& o, const MergeItem& it) {
    o.begin_object().field("kind", int(it.kind)).field("conflict", int(it.conflict)).field("entity", it.entity)
        .field("id", it.id).field("plan", it.plan).field("field", it.field).field("path", it.path)
        .field("mine", it.master_text).field("theirs", it.return_text).field("master_deleted", it.master_deleted);
    o.key("master_stamp");
    put_stamp(o, it.master_stamp);
    o.key("return_stamp");
    put_stamp(o, it.return_stamp);
    o.end_object();
}

MergeItem get_item(const rapidjson::Value& v) {
    if (!v.IsObject()) throw Bad{"item: not an object"};
    MergeItem it;
    it.kind = MergeKind(get_enum(v, "kind", int(MergeKind::Conflict)));
    it.conflict = ConflictKind(get_enum(v, "conflict", int(ConflictKind::EditedVsDeleted)));
    it.entity = get_text(v, "entity");
    it.id = get_text(v, "id");
    it.plan = get_text(v, "plan");
    it.field = get_text(v, "field");
    it.path = get_text(v, "path");
    it.master_text = get_text(v, "mine");
    it.return_text = get_text(v, "theirs");
    it.master_deleted = flag(v, "master_deleted", false);
    const rapidjson::Value* ms = member(v, "master_stamp");
    const rapidjson::Value* rs = member(v, "return_stamp");
    if (!ms || !rs) throw Bad{"item: a stamp is missing"};
    it.master_stamp = get_stamp(*ms, "master_stamp");
    it.return_stamp = get_stamp(*rs, "return_stamp");
    return it;
}

// The four lists, in the order the wire holds them.
std::vector<MergeItem> MergePreview::* const kLists[] = {&MergePreview::added, &MergePreview::changed,
                                                         &MergePreview::deleted, &MergePreview::conflicts};
const char* const kListNames[] = {"added", "changed", "deleted", "conflicts"};

} // namespace

std::string merge_answer_to_wire(const MergePreview& p, const Workspace* merged) {
    JsonOut o;
    o.begin_object().field("merged", merged != nullptr);
    for (size_t l = 0; l < std::size(kLists); l++) {
        o.key(kListNames[l]).begin_array();
        for (const MergeItem& it : p.*kLists[l]) put_item(o, it);
        o.end_array();
    }
    o.end_object();
    return wire_frame(o.str(), merged ? save_workspace(*merged, 0) : std::string());
}

bool merge_answer_from_wire(std::string_view wire, MergePreview& p, Workspace& merged, bool& has_merged, std::string& error) {
    p = MergePreview{};
    has_merged = false;
    std::string_view plan_file;
    rapidjson::Document doc;
    if (!parse_framed(wire, doc, plan_file, error)) return false;
    try {
        for (size_t l = 0; l < std::size(kLists); l++)
            for (const auto& v : get_array(doc, kListNames[l]).GetArray()) (p.*kLists[l]).push_back(get_item(v));
        has_merged = flag(doc, "merged", false);
        if (has_merged) merged = load_part(plan_file, "the merged workspace");
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

} // namespace rectify
