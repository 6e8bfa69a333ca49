// The parts of the format cereal cannot express with serialize(): maps written as JSON objects,
// and unknown members replayed through cereal's output archive.
#include "core/serialize.h"

namespace rectify {

void prologue(cereal::JSONOutputArchive&, const Extras&) {}
void epilogue(cereal::JSONOutputArchive&, const Extras&) {}
void prologue(DomInputArchive&, const Extras&) {}
void epilogue(DomInputArchive&, const Extras&) {}

// Writes a parsed JSON value through the archive. JSONOutputArchive writes a pending member name
// itself for nodes (startNode) but needs writeName() before a plain value.
static void emit(cereal::JSONOutputArchive& ar, const rapidjson::Value& v) {
    switch (v.GetType()) {
    case rapidjson::kObjectType:
        ar.startNode();
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
            ar.setNextName(it->name.GetString());
            emit(ar, it->value);
        }
        ar.finishNode();
        return;
    case rapidjson::kArrayType:
        ar.startNode();
        ar.makeArray();
        for (auto& e : v.GetArray()) emit(ar, e);
        ar.finishNode();
        return;
    default: break;
    }
    ar.writeName();
    if (v.IsString()) ar.saveValue(std::string(v.GetString(), v.GetStringLength()));
    else if (v.IsBool()) ar.saveValue(v.GetBool());
    else if (v.IsInt64()) ar.saveValue(v.GetInt64());
    else if (v.IsUint64()) ar.saveValue(v.GetUint64());
    else if (v.IsNumber()) ar.saveValue(v.GetDouble());
    else ar.saveValue(nullptr);
}

void CEREAL_SAVE_FUNCTION_NAME(cereal::JSONOutputArchive& ar, const Extras& x) {
    for (const auto& [name, json] : x.members) {
        rapidjson::Document d;
        if (!parse_json(json, d).ok) continue; // cannot happen for text we produced; never write junk
        ar.setNextName(name.c_str());
        emit(ar, d);
    }
}

void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, Extras& x) {
    x.members.clear();
    for (const std::string& name : ar.unread_members())
        x.members[name] = to_compact_json(ar.member(name));
}

void CEREAL_SAVE_FUNCTION_NAME(cereal::JSONOutputArchive& ar, const FieldStamps& f) {
    for (const auto& [name, stamp] : f.fields) ar(cereal::make_nvp(name, stamp));
}

void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, FieldStamps& f) {
    f.fields.clear();
    for (const std::string& name : ar.member_names()) ar(cereal::make_nvp(name, f.fields[name]));
}

} // namespace rectify
