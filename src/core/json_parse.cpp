// Parsing JSON text into a RapidJSON tree, with numbers converted by us.
// Why: RapidJSON 1.1's full-precision number parser (kParseFullPrecisionFlag) has undefined
// behaviour on some inputs — the fuzzer found an out-of-bounds table read, clz(0) and oversized
// shifts — and its normal-precision parser can be off by a few ULP, so a number in an unknown
// member would drift on every save. So RapidJSON only checks the syntax and hands us the text of
// each number (kParseNumbersAsStringsFlag); integers become int64/uint64, everything else goes
// through strtod, which is correctly rounded in glibc and Emscripten's musl.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "core/json.h"
#include "core/prescan.h"

namespace rectify {

namespace {

// Forwards SAX events to the document, converting raw numbers and refusing strings that could
// not be written back: RapidJSON 1.1 decodes a lone low surrogate escape (\\udc00) into bytes
// that are not UTF-8, and a member name with \\u0000 would be cut short by APIs taking C strings
// (cereal's member names). Either would load, then save a file that no longer loads.
struct NumberConverter {
    rapidjson::Document& d;
    const char* refused = nullptr; // why we stopped the parse, if we did

    bool Null() { return d.Null(); }
    bool Bool(bool b) { return d.Bool(b); }
    bool Int(int i) { return d.Int(i); }
    bool Uint(unsigned u) { return d.Uint(u); }
    bool Int64(std::int64_t i) { return d.Int64(i); }
    bool Uint64(std::uint64_t u) { return d.Uint64(u); }
    bool Double(double x) { return d.Double(x); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        if (find_invalid_utf8(std::string_view(s, n)) != std::string_view::npos) {
            refused = "a \\u escape is an unpaired surrogate";
            return false;
        }
        return d.String(s, n, copy);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (std::string_view(s, n).find('\0') != std::string_view::npos) {
            refused = "a member name contains \\u0000";
            return false;
        }
        return String(s, n, copy);
    }
    bool StartObject() { return d.StartObject(); }
    bool EndObject(rapidjson::SizeType n) { return d.EndObject(n); }
    bool StartArray() { return d.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { return d.EndArray(n); }

    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        // strto* need a terminator; numbers are short, so a stack buffer avoids an allocation.
        char small[64];
        std::string large;
        const char* text = small;
        if (n < sizeof small) {
            std::memcpy(small, s, n);
            small[n] = 0;
        } else {
            large.assign(s, n);
            text = large.c_str();
        }
        if (!std::memchr(s, '.', n) && !std::memchr(s, 'e', n) && !std::memchr(s, 'E', n)) {
            errno = 0;
            if (text[0] == '-') {
                long long v = std::strtoll(text, nullptr, 10);
                if (errno != ERANGE) return d.Int64(v);
            } else {
                unsigned long long v = std::strtoull(text, nullptr, 10);
                if (errno != ERANGE) return d.Uint64(v);
            }
        }
        double v = std::strtod(text, nullptr);
        if (!std::isfinite(v)) { // 1e400: a finite JSON number we cannot hold (nor write back)
            refused = "a number is too big";
            return false;
        }
        return d.Double(v);
    }
};

// Document::Populate runs this with the document as the SAX handler.
struct Generator {
    std::string_view text;
    rapidjson::ParseResult result;
    const char* refused = nullptr;
    bool operator()(rapidjson::Document& d) {
        NumberConverter conv{d};
        rapidjson::MemoryStream in(text.data(), text.size());
        rapidjson::Reader reader;
        result = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(in, conv);
        refused = conv.refused;
        return !result.IsError();
    }
};

} // namespace

JsonParse parse_json(std::string_view text, rapidjson::Document& doc) {
    Generator g{text, {}, nullptr};
    doc.Populate(g);
    JsonParse r;
    r.ok = !g.result.IsError();
    r.offset = g.result.Offset();
    r.refused = g.refused != nullptr;
    if (!r.ok) r.message = g.refused ? g.refused : rapidjson::GetParseError_En(g.result.Code());
    return r;
}

} // namespace rectify
