// The content checksum and timestamps of the envelope.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/format/format.h"
#include "core/format/json.h"
#include "core/format/content_hash.h"

namespace rectify {

namespace {
// A RapidJSON output stream that hashes instead of storing: the canonical text of a large plan
// is never held in memory.
struct HashStream {
    using Ch = char;
    explicit HashStream(ChecksumKind kind) : hash(kind) {}
    ContentHash hash;
    char buf[4096];
    size_t len = 0;
    void Put(char c) {
        buf[len++] = c;
        if (len == sizeof buf) Flush();
    }
    void Flush() {
        hash.update(buf, len);
        len = 0;
    }
};

// SHA-256's canonical form (files before format 4): compact, members sorted by name (bytewise,
// which for UTF-8 is code point order), so a file re-indented or re-ordered still verifies. Recursion depth is
// bounded by the prescan's depth limit.
template <class W> void write_canonical(W& w, const rapidjson::Value& v) {
    if (v.IsObject()) {
        std::vector<const rapidjson::Value::Member*> members;
        members.reserve(v.MemberCount());
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) members.push_back(&*it);
        std::sort(members.begin(), members.end(), [](auto* a, auto* b) {
            std::string_view x(a->name.GetString(), a->name.GetStringLength());
            std::string_view y(b->name.GetString(), b->name.GetStringLength());
            return x < y;
        });
        w.StartObject();
        for (auto* m : members) {
            w.Key(m->name.GetString(), m->name.GetStringLength());
            write_canonical(w, m->value);
        }
        w.EndObject();
    } else if (v.IsArray()) {
        w.StartArray();
        for (auto& e : v.GetArray()) write_canonical(w, e);
        w.EndArray();
    } else {
        v.Accept(w);
    }
}
} // namespace

std::string content_checksum(const JsonValue& content, ChecksumKind kind) {
    HashStream out(kind);
    rapidjson::Writer<HashStream> w(out);
    if (kind == ChecksumKind::Xxh3) content.Accept(w); // format 4: members in file order
    else write_canonical(w, content);
    out.Flush();
    return out.hash.finish();
}

// Days since 1970-01-01 <-> civil date (Howard Hinnant's algorithm).
static std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = unsigned(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

std::string iso_timestamp(std::int64_t ms) {
    std::int64_t secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    std::int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    std::int64_t rem = secs - days * 86400;
    std::int64_t z = days + 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = unsigned(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = std::int64_t(yoe) + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y, m, d,
                  int(rem / 3600), int(rem / 60 % 60), int(rem % 60));
    return buf;
}

bool parse_iso_timestamp(std::string_view s, std::int64_t& ms) {
    int y, mo, d, h, mi, sec;
    char z;
    std::string str(s);
    if (s.size() != 20 ||
        std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &z) != 7 ||
        z != 'Z' || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    ms = (days_from_civil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec) * 1000;
    return true;
}

} // namespace rectify
