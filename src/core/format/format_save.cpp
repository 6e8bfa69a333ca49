// Saving a plan file: cereal (SaveArchive, serialize.h) writes the content and, in the same pass,
// its canonical form for the checksum; we wrap the content in the envelope. The content text is
// copied into the file as it is: it is not parsed back.
#include <set>

#include "core/format/format.h"
#include "core/format/serialize.h"

namespace rectify {

std::string save_workspace(const Workspace& ws, std::int64_t now_ms) {
    WrittenContent content = write_content(ws);

    // Compact: indentation made a large plan's file half whitespace, and nobody reads these by
    // eye (the app and `rectify stats` do).
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    auto str = [&](const std::string& s) { w.String(s.data(), rapidjson::SizeType(s.size())); };
    w.StartObject();
    w.Key("format");
    w.String(kFormatName);
    w.Key("version");
    w.Int(kFormatVersion);
    w.Key("app");
    w.String(RECTIFY_VERSION);
    w.Key("exported_by");
    w.StartObject();
    w.Key("name");
    str(ws.office.name);
    w.Key("code");
    str(ws.office.code);
    w.EndObject();
    w.Key("exported_at");
    str(iso_timestamp(now_ms));
    w.Key("checksum");
    str(content.checksum);
    // Unknown envelope members go back after the ones we write, never replacing one of ours; a
    // name is compared up to a NUL, as before (files with such names do not load anyway).
    static const char* const ours[] = {"format", "version", "app", "exported_by", "exported_at", "checksum"};
    std::set<std::string, std::less<>> added;
    for (const auto& [name, json] : ws.envelope_extras.members) {
        std::string_view cname(name.c_str());
        bool taken = added.count(cname) > 0;
        for (const char* o : ours) taken = taken || cname == o;
        rapidjson::Document extra;
        if (taken || name == "content" || !parse_json(json, extra).ok) continue;
        w.Key(name.data(), rapidjson::SizeType(name.size()));
        extra.Accept(w);
        added.insert(name);
    }
    w.EndObject();
    // The content goes last, as it is: the envelope without its closing brace, then the content.
    std::string out;
    std::string_view json = content.json();
    out.reserve(buf.GetSize() + json.size() + 16);
    out.append(buf.GetString(), buf.GetSize() - 1);
    out += ",\"content\":";
    out += json;
    out += "}\n";
    return out;
}

} // namespace rectify
