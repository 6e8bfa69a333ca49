// The tape (tape.h): the one-pass reader, then the two writers that replay it — the canonical
// form for the checksum (hashed as it is written, never held) and compact JSON for unknown members.
// Index: Reader (strings, numbers, values) · read_tape · HashOut · Canonical · compact_json.
#include "core/format/tape.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/format/json.h"
#include "core/format/prescan.h"
#include "core/format/content_hash.h"

namespace rectify {

namespace {

// ---- the reader ---------------------------------------------------------------------------------

class Reader {
public:
    Reader(std::string_view bytes, int max_depth, Tape& tape)
        : begin_(bytes.data()), p_(bytes.data()), end_(bytes.data() + bytes.size()), max_depth_(max_depth),
          tape_(tape) {
        tape_.text = begin_;
    }

    void document() {
        space();
        if (p_ == end_ || *p_ != '{') throw NotFast{}; // the full path names what it is
        value(0);
        space();
        if (p_ != end_) throw NotFast{};
    }

private:
    const char* begin_;
    const char* p_;
    const char* end_;
    int max_depth_;
    Tape& tape_;
    // How many places so far differ from what RapidJSON's Writer would write: whitespace, an
    // escape of another form, a number written otherwise (RootValue::writer_form).
    std::uint64_t irregular_ = 0;

    void space() {
        const char* from = p_;
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) p_++;
        irregular_ += p_ != from;
    }
    char peek() const {
        if (p_ == end_) throw NotFast{};
        return *p_;
    }
    void expect(char c) {
        if (peek() != c) throw NotFast{};
        p_++;
    }
    std::uint32_t push(TokType type) {
        if (tape_.toks.size() >= 0xFFFFFFFFu) throw NotFast{};
        Tok t;
        t.n[0] = t.n[1] = 0;
        t.type = type;
        t.escaped = false;
        tape_.toks.push_back(t);
        return std::uint32_t(tape_.toks.size() - 1);
    }
    // A container's count, and where its next sibling will be.
    void close(std::uint32_t at, std::uint32_t count) {
        tape_.toks[at].n[0] = count;
        tape_.toks[at].n[1] = std::uint32_t(tape_.toks.size());
    }

    void value(int depth) {
        switch (peek()) {
        case '{':
        case '[': return container(depth + 1);
        case '"': return string(false);
        case 't': return literal("true", TokType::True);
        case 'f': return literal("false", TokType::False);
        case 'n': return literal("null", TokType::Null);
        default: return number();
        }
    }

    // An object's members or an array's elements, iteratively within it (recursion only into
    // nested values, bounded by the depth limit).
    void container(int depth) {
        if (depth > max_depth_) throw NotFast{}; // TooDeep, as prescan counts
        const bool object = *p_ == '{';
        const char close_char = object ? '}' : ']';
        std::uint32_t at = push(object ? TokType::Object : TokType::Array), n = 0;
        std::uint64_t names = 0; // a bit for each name's hash: a repeat is looked for only on a hit
        p_++;
        space();
        if (peek() != close_char) {
            for (;;) {
                if (object) {
                    if (peek() != '"') throw NotFast{};
                    string(true);
                    names = unique_name(at, n, names);
                    space();
                    expect(':');
                    space();
                }
                const char* begin = p_;
                const std::uint64_t irregular = irregular_;
                const std::uint32_t tok = std::uint32_t(tape_.toks.size());
                value(depth);
                if (depth == 1 && object)
                    tape_.root_values.push_back(RootValue{tok, std::uint32_t(begin - begin_),
                                                          std::uint32_t(p_ - begin_), irregular_ == irregular});
                n++;
                space();
                if (peek() != ',') break;
                p_++;
                space();
            }
        }
        expect(close_char);
        close(at, n);
    }

    // The name just read (the last token) is not one of the object's `count` before it; `names`
    // holds a bit for each of theirs (returned with this one's added).
    std::uint64_t unique_name(std::uint32_t object, std::uint32_t count, std::uint64_t names) const {
        const std::uint32_t key = std::uint32_t(tape_.toks.size() - 1);
        const std::string_view name = tape_.str(key);
        std::uint64_t h = name.size() * 0x9E3779B97F4A7C15ull;
        for (char c : name.substr(0, 16)) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
        const std::uint64_t bit = std::uint64_t(1) << (h >> 58);
        if (names & bit)
            for (std::uint32_t k = 0, m = object + 1; k < count; k++, m = tape_.next(m + 1))
                if (tape_.str(m) == name) throw NotFast{}; // the full read says which one counts
        return names | bit;
    }

    void literal(const char* word, TokType type) {
        size_t n = std::strlen(word);
        if (size_t(end_ - p_) < n || std::memcmp(p_, word, n) != 0) throw NotFast{};
        p_ += n;
        push(type);
    }

    size_t digits() {
        const char* from = p_;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') p_++;
        return size_t(p_ - from);
    }

    // JSON's grammar (no leading zero, no '+', digits after '.' and 'e'); the value as
    // json_parse.cpp makes it: an integer exactly, anything else by strtod.
    void number() {
        const char* start = p_;
        bool negative = false;
        if (*p_ == '-') negative = true, p_++;
        const char* int_part = p_;
        size_t n = digits();
        if (n == 0 || n > 18 || (int_part[0] == '0' && n > 1)) throw NotFast{};
        bool is_double = false;
        if (p_ != end_ && *p_ == '.') {
            p_++;
            if (digits() == 0) throw NotFast{};
            is_double = true;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            p_++;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) p_++;
            size_t e = digits();
            if (e == 0 || e > 2) throw NotFast{};
            is_double = true;
        }
        if (!is_double) {
            std::int64_t v = 0;
            for (const char* c = int_part; c != p_; c++) v = v * 10 + (*c - '0');
            irregular_ += negative && v == 0; // "-0": the Writer writes 0
            tape_.toks[push(TokType::Int)].set(negative ? -v : v);
            return;
        }
        char text[64]; // a longer number (a long fraction) is NotFast
        size_t len = size_t(p_ - start);
        if (len >= sizeof text) throw NotFast{};
        std::memcpy(text, start, len);
        text[len] = 0;
        double d = std::strtod(text, nullptr);
        if (!std::isfinite(d)) throw NotFast{};
        char shortest[32]; // the Writer's form of it (Writer::Double)
        const char* shortest_end = rapidjson::internal::dtoa(d, shortest);
        irregular_ += std::string_view(shortest, size_t(shortest_end - shortest)) != std::string_view(text, len);
        tape_.toks[push(TokType::Double)].set(d);
    }

    // Checks the UTF-8 of what it passes; a string with escapes is decoded into a chunk.
    void string(bool key) {
        const char* start = ++p_;
        for (;;) {
            if (p_ == end_) throw NotFast{};
            unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') break;
            if (c == '\\') return escaped(start, key);
            if (c < 0x20) throw NotFast{};
            if (c < 0x80) {
                p_++;
                continue;
            }
            // Most of a plan's text: a three-byte sequence with no rule on its second byte (not
            // E0: overlong; not ED: surrogates), as utf8_sequence_length would take it.
            if (c >= 0xE1 && c != 0xED && c <= 0xEF && end_ - p_ >= 3 &&
                (static_cast<unsigned char>(p_[1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(p_[2]) & 0xC0) == 0x80) {
                p_ += 3;
                continue;
            }
            size_t len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_), size_t(end_ - p_));
            if (len == 0) throw NotFast{};
            p_ += len;
        }
        Tok& t = tape_.toks[push(TokType::String)];
        t.n[0] = std::uint32_t(start - begin_);
        t.n[1] = std::uint32_t(p_ - start);
        p_++;
    }

    unsigned hex4() {
        if (end_ - p_ < 4) throw NotFast{};
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char c = *p_++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else throw NotFast{};
        }
        return v;
    }

    // The rest of a string that has escapes, from `start`; the decoded text is never longer.
    void escaped(const char* start, bool key) {
        const char* close_quote = p_;
        for (bool esc = false;; close_quote++) { // find the end first, to size the room
            if (close_quote == end_) throw NotFast{};
            if (esc) esc = false;
            else if (*close_quote == '\\') esc = true;
            else if (*close_quote == '"') break;
        }
        std::string& decoded = tape_.decoded;
        const size_t offset = decoded.size();
        decoded.resize(offset + size_t(close_quote - start)); // the decoded text is never longer
        char* out = &decoded[offset];
        char* o = out;
        std::memcpy(o, start, size_t(p_ - start));
        o += p_ - start;
        while (p_ < close_quote) {
            unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '\\') {
                p_++;
                char e = *p_++;
                switch (e) {
                case '"': *o++ = '"'; break;
                case '\\': *o++ = '\\'; break;
                case '/': *o++ = '/', irregular_++; break; // the Writer writes '/' as it is
                case 'b': *o++ = '\b'; break;
                case 'f': *o++ = '\f'; break;
                case 'n': *o++ = '\n'; break;
                case 'r': *o++ = '\r'; break;
                case 't': *o++ = '\t'; break;
                case 'u': {
                    const char* digits = p_;
                    unsigned cp = hex4();
                    // The Writer's \u: a control character without a short form, upper-case hex.
                    irregular_ += cp >= 0x20 || cp == '\b' || cp == '\t' || cp == '\n' || cp == '\f' ||
                                  cp == '\r' || std::any_of(digits, p_, [](char h) { return h >= 'a'; });
                    if (cp >= 0xDC00 && cp <= 0xDFFF) throw NotFast{}; // a lone low surrogate
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (close_quote - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') throw NotFast{};
                        p_ += 2;
                        unsigned lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF) throw NotFast{};
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    if (cp == 0 && key) throw NotFast{}; // refused in a member name
                    if (cp < 0x80) {
                        *o++ = char(cp);
                    } else if (cp < 0x800) {
                        *o++ = char(0xC0 | cp >> 6), *o++ = char(0x80 | (cp & 0x3F));
                    } else if (cp < 0x10000) {
                        *o++ = char(0xE0 | cp >> 12), *o++ = char(0x80 | (cp >> 6 & 0x3F)),
                        *o++ = char(0x80 | (cp & 0x3F));
                    } else {
                        *o++ = char(0xF0 | cp >> 18), *o++ = char(0x80 | (cp >> 12 & 0x3F)),
                        *o++ = char(0x80 | (cp >> 6 & 0x3F)), *o++ = char(0x80 | (cp & 0x3F));
                    }
                    break;
                }
                default: throw NotFast{};
                }
            } else if (c < 0x20) {
                throw NotFast{};
            } else if (c < 0x80) {
                *o++ = char(c), p_++;
            } else {
                size_t len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_), size_t(close_quote - p_));
                if (len == 0) throw NotFast{};
                std::memcpy(o, p_, len);
                o += len, p_ += len;
            }
        }
        p_ = close_quote + 1;
        const size_t n = size_t(o - out);
        decoded.resize(offset + n);
        Tok& t = tape_.toks[push(TokType::String)];
        t.n[0] = std::uint32_t(offset);
        t.n[1] = std::uint32_t(n);
        t.escaped = true;
    }
};

// ---- the writers ----------------------------------------------------------------------------------

// Bytes to the hasher through a buffer (many pieces are a byte or two).
struct HashOut {
    using Ch = char; // RapidJSON's output stream concept, for the strings that need escaping
    explicit HashOut(ChecksumKind kind) : hash(kind) {}
    ContentHash hash;
    char buf[8192];
    size_t len = 0;
    void Put(char c) {
        if (len == sizeof buf) Flush();
        buf[len++] = c;
    }
    void write(const char* s, size_t n) {
        if (n > sizeof buf - len) {
            Flush();
            if (n >= sizeof buf) return hash.update(s, n);
        }
        std::memcpy(buf + len, s, n);
        len += n;
    }
    char* room(size_t n) { // n <= sizeof buf
        if (n > sizeof buf - len) Flush();
        return buf + len;
    }
    void Flush() {
        hash.update(buf, len);
        len = 0;
    }
};

// content_checksum's bytes: RapidJSON's Writer over the tree, members in file order (format 4) or
// with each object's members sorted by name (SHA-256, before). A string without escapes in the
// file is written as it was (it has nothing the Writer would escape: JSON allows no raw control
// character, '"' or '\\' in a string); one with escapes goes through the Writer itself; integers
// are written as the Writer writes them.
class Canonical {
public:
    Canonical(const Tape& tape, HashOut& out, bool sorted) : tape_(tape), out_(out), sorted_(sorted) {}

    void value(std::uint32_t at, size_t depth) {
        const Tok& t = tape_.toks[at];
        switch (t.type) {
        case TokType::Object: return object(at, depth);
        case TokType::Array: {
            out_.Put('[');
            std::uint32_t e = at + 1;
            for (std::uint32_t k = 0; k < tape_.count(at); k++, e = tape_.next(e)) {
                if (k) out_.Put(',');
                value(e, depth + 1);
            }
            return out_.Put(']');
        }
        case TokType::String: return string(at);
        case TokType::Int: {
            char* b = out_.room(24);
            out_.len += size_t(std::to_chars(b, b + 24, t.i()).ptr - b);
            return;
        }
        case TokType::Double: {
            rapidjson::Writer<HashOut> w(out_); // the Writer's own shortest form
            w.Double(t.d());
            return;
        }
        case TokType::True: return out_.write("true", 4);
        case TokType::False: return out_.write("false", 5);
        case TokType::Null: return out_.write("null", 4);
        }
    }

private:
    const Tape& tape_;
    HashOut& out_;
    const bool sorted_;
    std::vector<std::vector<std::uint32_t>> keys_; // per depth, reused

    void string(std::uint32_t at) {
        std::string_view s = tape_.str(at);
        if (!tape_.toks[at].escaped) {
            out_.Put('"');
            out_.write(s.data(), s.size());
            return out_.Put('"');
        }
        rapidjson::Writer<HashOut> w(out_);
        w.String(s.data(), rapidjson::SizeType(s.size()));
    }

    void object(std::uint32_t at, size_t depth) {
        const std::uint32_t count = tape_.count(at);
        if (!sorted_) {
            out_.Put('{');
            for (std::uint32_t k = 0, m = at + 1; k < count; k++, m = tape_.next(m + 1)) {
                if (k) out_.Put(',');
                string(m);
                out_.Put(':');
                value(m + 1, depth + 1);
            }
            return out_.Put('}');
        }
        if (keys_.size() <= depth) keys_.resize(depth + 1);
        std::vector<std::uint32_t>& keys = keys_[depth];
        keys.clear();
        for (std::uint32_t k = 0, m = at + 1; k < count; k++, m = tape_.next(m + 1)) keys.push_back(m);
        auto by_name = [this](std::uint32_t a, std::uint32_t b) { return tape_.str(a) < tape_.str(b); };
        if (!std::is_sorted(keys.begin(), keys.end(), by_name)) std::sort(keys.begin(), keys.end(), by_name);
        out_.Put('{');
        for (size_t k = 0; k < count; k++) {
            std::uint32_t m = keys_[depth][k]; // keys_ may grow below: index it, do not hold it
            if (k) out_.Put(',');
            string(m);
            out_.Put(':');
            value(m + 1, depth + 1);
        }
        out_.Put('}');
    }
};

void replay(const Tape& tape, std::uint32_t at, rapidjson::Writer<rapidjson::StringBuffer>& w) {
    const Tok& t = tape.toks[at];
    switch (t.type) {
    case TokType::Object: {
        w.StartObject();
        std::uint32_t m = at + 1;
        for (std::uint32_t k = 0; k < tape.count(at); k++, m = tape.next(m + 1)) {
            std::string_view key = tape.str(m);
            w.Key(key.data(), rapidjson::SizeType(key.size()));
            replay(tape, m + 1, w);
        }
        w.EndObject();
        return;
    }
    case TokType::Array: {
        w.StartArray();
        std::uint32_t e = at + 1;
        for (std::uint32_t k = 0; k < tape.count(at); k++, e = tape.next(e)) replay(tape, e, w);
        w.EndArray();
        return;
    }
    case TokType::String: {
        std::string_view s = tape.str(at);
        w.String(s.data(), rapidjson::SizeType(s.size()));
        return;
    }
    case TokType::Int: w.Int64(t.i()); return;
    case TokType::Double: w.Double(t.d()); return;
    case TokType::True: w.Bool(true); return;
    case TokType::False: w.Bool(false); return;
    case TokType::Null: w.Null(); return;
    }
}

} // namespace

void read_tape(std::string_view bytes, int max_depth, Tape& tape) {
    tape.toks.clear();
    tape.decoded.clear();
    tape.root_values.clear();
    tape.toks.reserve(bytes.size() / 7 + 16); // about one token for every 8 bytes of a plan file
    Reader(bytes, max_depth, tape).document();
}

std::string tape_checksum(const Tape& tape, std::uint32_t tok, ChecksumKind kind) {
    HashOut out(kind);
    const bool file_order = kind == ChecksumKind::Xxh3;
    for (const RootValue& v : tape.root_values)
        if (file_order && v.tok == tok && v.writer_form) { // as the app writes it: its own bytes
            out.hash.update(tape.text + v.begin, v.end - v.begin);
            return out.hash.finish();
        }
    Canonical(tape, out, !file_order).value(tok, 0);
    out.Flush();
    return out.hash.finish();
}

std::string compact_json(const Tape& tape, std::uint32_t tok) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    replay(tape, tok, w);
    return std::string(buf.GetString(), buf.GetSize());
}

} // namespace rectify
