// Saving a plan file: cereal writes the content; we hash its canonical form and wrap it in the
// envelope. The content is parsed back once so that the checksum is computed exactly the way
// the loader will compute it.
#include <sstream>

#include "core/format.h"
#include "core/serialize.h"


namespace rectify {

std::string save_workspace(const Workspace& ws, std::int64_t now_ms) {
    std::ostringstream os;
    {
        cereal::JSONOutputArchive ar(os, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("content", ws));
    } // the archive completes the JSON when destroyed
    rapidjson::Document written;
    std::string text = os.str();
    if (!parse_json(text, written).ok) throw std::logic_error("cereal wrote JSON we cannot read");

    rapidjson::Document env(rapidjson::kObjectType);
    auto& a = env.GetAllocator();
    auto str = [&](const std::string& s) { return rapidjson::Value(s.data(), rapidjson::SizeType(s.size()), a); };
    rapidjson::Value& content = written["content"];
    env.AddMember("format", rapidjson::StringRef(kFormatName), a);
    env.AddMember("version", kFormatVersion, a);
    env.AddMember("app", rapidjson::StringRef(RECTIFY_VERSION), a);
    rapidjson::Value by(rapidjson::kObjectType);
    by.AddMember("name", str(ws.office.name), a);
    by.AddMember("code", str(ws.office.code), a);
    env.AddMember("exported_by", by, a);
    env.AddMember("exported_at", str(iso_timestamp(now_ms)), a);
    env.AddMember("checksum", str(content_checksum(content)), a);
    for (const auto& [name, json] : ws.envelope_extras.members) {
        rapidjson::Document extra(&a);
        if (parse_json(json, extra).ok && !env.HasMember(name.c_str()) && name != "content")
            env.AddMember(str(name), rapidjson::Value(extra, a), a);
    }
    env.AddMember("content", content, a); // moves: no copy of the large part

    // Compact: indentation made a large plan's file half whitespace, and nobody reads these by
    // eye (the app and `rectify stats` do).
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    env.Accept(w);
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

} // namespace rectify
