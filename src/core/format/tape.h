// The fast read of a plan file: one pass over the bytes turns the JSON into a flat tape of
// tokens (no tree of nodes, no allocation per value; strings without escapes point into the
// bytes), checking UTF-8, nesting depth and the syntax as it goes. The tape feeds
// TapeInputArchive (tape_in.h) straight into the model, and the checksum (tape_checksum).
// Index: Tok · RootValue · Tape · read_tape · tape_checksum · compact_json.
//
// The tape only accepts; it never explains. Anything it does not take exactly as the RapidJSON
// path would (a syntax error, a number too long, a lone surrogate, a member name repeated in
// its object, …) throws NotFast, and the loader then reads the file
// the full way (format_load.cpp), which gives the specific message with its place. So the tape
// must never accept what that path refuses, and must give the same values where both accept.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/format/content_hash.h"
#include "core/format/big_buffer.h"

namespace rectify {

struct NotFast {}; // thrown by the tape and its archive: read this file the full way

// Numbers as json_parse.cpp converts them: an integer (up to 18 digits) is an Int, one with a
// fraction or an exponent a Double (strtod). Longer ones, or exponents of three digits or more
// (where RapidJSON has limits of its own), are NotFast.
enum class TokType : std::uint8_t { Object, Array, String, Int, Double, True, False, Null };

// Objects are followed by their members (a String key, then the value's tokens), arrays by their
// elements. 12 bytes a token (a plan file has one for every 8 bytes or so, and the tape is the
// largest thing a load holds besides the file and the model); read them through Tape.
struct Tok {
    std::uint32_t n[2]; // Object, Array: count, index of the token after it; String: offset, length;
                        // Int, Double: the value's bytes (kept 4-aligned, so the token is 12 bytes)
    TokType type;
    bool escaped; // String: had escapes (its text is in Tape::decoded, and is not the file's bytes)

    std::int64_t i() const { return load<std::int64_t>(); }
    double d() const { return load<double>(); }
    template <class T> void set(T v) { std::memcpy(n, &v, sizeof v); }

private:
    template <class T> T load() const {
        T v;
        std::memcpy(&v, n, sizeof v);
        return v;
    }
};
static_assert(sizeof(Tok) == 12, "a token is 12 bytes");

// Where a member value of the root object lies in the text, and whether those bytes are already
// what RapidJSON's Writer writes for that value (no whitespace, only the Writer's escapes, numbers
// as it writes them): then they are the format-4 checksum's bytes as they stand.
struct RootValue {
    std::uint32_t tok, begin, end;
    bool writer_form;
};

struct Tape {
    std::vector<Tok, BigBufferAllocator<Tok>> toks;
    const char* text = nullptr; // the file's bytes: strings without escapes are read there
    std::string decoded;        // strings with escapes, decoded
    std::vector<RootValue> root_values;

    TokType type(std::uint32_t at) const { return toks[at].type; }
    // Object: members; Array: elements.
    std::uint32_t count(std::uint32_t at) const { return toks[at].n[0]; }
    // The token after the value at `at` and everything inside it.
    std::uint32_t next(std::uint32_t at) const {
        return toks[at].type == TokType::Object || toks[at].type == TokType::Array ? toks[at].n[1] : at + 1;
    }
    std::string_view str(std::uint32_t at) const {
        const Tok& t = toks[at];
        return std::string_view((t.escaped ? decoded.data() : text) + t.n[0], t.n[1]);
    }
};

// The whole text as a tape; throws NotFast. The root must be an object; depth as prescan counts it.
// A member name repeated within one object is NotFast too: after this, a name is the only one of
// its object (TapeInputArchive relies on it).
void read_tape(std::string_view bytes, int max_depth, Tape& tape);

// The checksum of the value at `tok` as a file of that kind defines it (content_checksum's, format.h).
std::string tape_checksum(const Tape& tape, std::uint32_t tok, ChecksumKind kind);

// The compact JSON of the value at `tok`, members in file order (to_compact_json's bytes).
std::string compact_json(const Tape& tape, std::uint32_t tok);

} // namespace rectify
