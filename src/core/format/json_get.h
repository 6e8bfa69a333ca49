// json_get: reading JSON the app itself wrote (the sheet and grid JSON passed between the app and
// its on-demand modules): a member, a string, an array, booleans, each or a Bad naming where.
// Not for users' files: those go through the loader's checks (format/).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/format/json.h"
#include "core/format/wire_frame.h"

namespace rectify::json_get {

struct Bad {
    std::string what;
};

// Parses `json` into `doc`, which must be an object; false with the reason in `error`.
inline bool parse_object(std::string_view json, rapidjson::Document& doc, std::string& error) {
    const JsonParse p = parse_json(json, doc);
    if (!p.ok) error = "not JSON at offset " + std::to_string(p.offset) + ": " + p.message;
    else if (!doc.IsObject()) error = "not an object";
    return p.ok && doc.IsObject();
}

// A framed answer of a module call (wire_frame.h): its head parsed into `doc`, which must be an
// object, and the payload after it; false with the reason in `error`.
inline bool parse_framed(std::string_view wire, rapidjson::Document& doc, std::string_view& payload, std::string& error) {
    std::string_view head;
    if (!wire_unframe(wire, head, payload)) {
        error = "no newline after the answer's JSON";
        return false;
    }
    return parse_object(head, doc, error);
}

inline const rapidjson::Value* member(const rapidjson::Value& o, const char* key) {
    auto it = o.FindMember(key);
    return it == o.MemberEnd() ? nullptr : &it->value;
}

inline std::string get_string(const rapidjson::Value& v, const std::string& where) {
    if (!v.IsString()) throw Bad{where + ": not a string"};
    return std::string(v.GetString(), v.GetStringLength());
}

inline const rapidjson::Value& get_array(const rapidjson::Value& o, const char* key) {
    const rapidjson::Value* v = member(o, key);
    if (!v || !v->IsArray()) throw Bad{std::string(key) + ": missing or not an array"};
    return *v;
}

inline std::vector<std::string> strings(const rapidjson::Value& a, const std::string& where) {
    std::vector<std::string> out;
    for (rapidjson::SizeType i = 0; i < a.Size(); i++) out.push_back(get_string(a[i], where + "[" + std::to_string(i) + "]"));
    return out;
}

inline std::vector<bool> bools(const rapidjson::Value& o, const char* key) {
    std::vector<bool> out;
    const rapidjson::Value* v = member(o, key);
    if (!v) return out; // optional: false for every column
    if (!v->IsArray()) throw Bad{std::string(key) + ": not an array"};
    for (const auto& b : v->GetArray()) {
        if (!b.IsBool()) throw Bad{std::string(key) + ": not a boolean"};
        out.push_back(b.GetBool());
    }
    return out;
}

inline bool flag(const rapidjson::Value& o, const char* key, bool fallback) {
    const rapidjson::Value* v = member(o, key);
    if (!v) return fallback;
    if (!v->IsBool()) throw Bad{std::string(key) + ": not a boolean"};
    return v->GetBool();
}

// A member that must be there: a string, or a whole number of up to 64 bits.
inline std::string get_text(const rapidjson::Value& o, const char* key) {
    const rapidjson::Value* v = member(o, key);
    if (!v) throw Bad{std::string(key) + ": missing"};
    return get_string(*v, key);
}

inline std::int64_t get_int64(const rapidjson::Value& o, const char* key) {
    const rapidjson::Value* v = member(o, key);
    if (!v || !v->IsInt64()) throw Bad{std::string(key) + ": missing or not an integer"};
    return v->GetInt64();
}

// An enum written as its number: 0 … last.
inline int get_enum(const rapidjson::Value& o, const char* key, int last) {
    const std::int64_t n = get_int64(o, key);
    if (n < 0 || n > last) throw Bad{std::string(key) + ": out of range"};
    return int(n);
}

} // namespace rectify::json_get
