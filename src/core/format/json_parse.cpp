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
#include <iterator>
#include <string>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "core/format/json.h"
#include "core/format/prescan.h"

namespace rectify {

namespace {

// Forwards SAX events to the document, converting raw numbers and refusing strings that could
// not be written back: RapidJSON 1.1 decodes a lone low surrogate escape (\\udc00) into bytes
// that are not UTF-8, and a member name with \\u0000 would be cut short by APIs taking C strings
// (cereal's member names). Either would load, then save a file that no longer loads.
// What is wrong with the text, for people who read no English: RapidJSON's syntax errors (by
// ParseErrorCode, in its order; the English is RapidJSON's own) and our refusals below.
const Text kSyntaxFaults[] = {
    {"没有错误", "No error."},
    {"内容为空", "The document is empty."},
    {"根值之后还有多余的内容", "The document root must not be followed by other values."},
    {"无效的值", "Invalid value."},
    {"对象成员缺少名称", "Missing a name for object member."},
    {"对象成员名称后缺少冒号", "Missing a colon after a name of object member."},
    {"对象成员后缺少逗号或“}”", "Missing a comma or '}' after an object member."},
    {"数组元素后缺少逗号或“]”", "Missing a comma or ']' after an array element."},
    {"字符串中 \\u 转义后的十六进制数字不正确", "Incorrect hex digit after \\u escape in string."},
    {"字符串中的代理对无效", "The surrogate pair in string is invalid."},
    {"字符串中有无效的转义字符", "Invalid escape character in string."},
    {"字符串缺少结束的引号", "Missing a closing quotation mark in string."},
    {"字符串的编码无效", "Invalid encoding in string."},
    {"数字太大，无法存为双精度数", "Number too big to be stored in double."},
    {"数字缺少小数部分", "Miss fraction part in number."},
    {"数字缺少指数部分", "Miss exponent in number."},
    {"解析被中止", "Terminate parsing due to Handler error."},
    {"语法错误", "Unspecific syntax error."},
};
const Text kUnpairedSurrogate = {"字符串中的 \\u 转义是不成对的代理项", "a \\u escape is an unpaired surrogate"};
const Text kNulInName = {"成员名称中含有 \\u0000", "a member name contains \\u0000"};
const Text kNumberTooBig = {"数字太大，无法保存", "a number is too big"};

struct NumberConverter {
    rapidjson::Document& d;
    const Text* refused = nullptr; // why we stopped the parse, if we did

    bool Null() { return d.Null(); }
    bool Bool(bool b) { return d.Bool(b); }
    bool Int(int i) { return d.Int(i); }
    bool Uint(unsigned u) { return d.Uint(u); }
    bool Int64(std::int64_t i) { return d.Int64(i); }
    bool Uint64(std::uint64_t u) { return d.Uint64(u); }
    bool Double(double x) { return d.Double(x); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        if (find_invalid_utf8(std::string_view(s, n)) != std::string_view::npos) {
            refused = &kUnpairedSurrogate;
            return false;
        }
        return d.String(s, n, copy);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (std::string_view(s, n).find('\0') != std::string_view::npos) {
            refused = &kNulInName;
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
            refused = &kNumberTooBig;
            return false;
        }
        return d.Double(v);
    }
};

// Document::Populate runs this with the document as the SAX handler.
struct Generator {
    std::string_view text;
    rapidjson::ParseResult result;
    const Text* refused = nullptr;
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

const Text& json_syntax_fault(rapidjson::ParseErrorCode code) {
    const size_t i = size_t(code);
    return i < std::size(kSyntaxFaults) ? kSyntaxFaults[i] : kSyntaxFaults[std::size(kSyntaxFaults) - 1];
}

JsonParse parse_json(std::string_view text, rapidjson::Document& doc) {
    Generator g{text, {}, nullptr};
    doc.Populate(g);
    JsonParse r;
    r.ok = !g.result.IsError();
    r.offset = g.result.Offset();
    r.refused = g.refused != nullptr;
    if (!r.ok) {
        r.fault = g.refused ? g.refused : &json_syntax_fault(g.result.Code());
        r.message = g.refused ? g.refused->en : rapidjson::GetParseError_En(g.result.Code());
    }
    return r;
}

} // namespace rectify
