// The save side of the format: SaveArchive and its sink, which writes the file's content text
// and the canonical text of the checksum in one pass over the model; and the parts of the format
// cereal cannot express with serialize(): maps written as JSON objects, and unknown members
// replayed through the archive.
#include "core/format/serialize.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <deque>
#include <memory>
#include <unordered_map>

#include "core/format/format.h"
#include "core/format/prescan.h"
#include "core/format/sha256.h"

namespace rectify {

// ---- the sink ---------------------------------------------------------------------------------------

// A RapidJSON writer with a faster string writer: runs of bytes with nothing to escape (almost
// all text) are copied in one piece instead of byte by byte. The escapes are RapidJSON's own
// (\b \t \n \f \r \" \\, other control characters as \u00XX in upper-case hex), so the
// bytes are the same as Writer::String's (tests/unit/format_save_test.cpp compares).
class FastWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
public:
    using Writer::Writer;
    // `plain`: the text has nothing to escape (see plain_text).
    void text(const char* s, size_t n, bool plain) {
        Prefix(rapidjson::kStringType);
        if (plain) {
            char* p = os_->Push(n + 2);
            p[0] = '"';
            std::memcpy(p + 1, s, n);
            p[n + 1] = '"';
        } else {
            escaped(s, n);
        }
        EndValue(true);
    }

private:
    void escaped(const char* s, size_t n) {
        static const char hex[] = "0123456789ABCDEF";
        os_->Reserve(2 + n * 6); // every byte escaped as \u00XX at worst
        os_->PutUnsafe('"');
        size_t run = 0; // start of the bytes not yet copied
        for (size_t i = 0; i < n; i++) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            std::memcpy(os_->PushUnsafe(i - run), s + run, i - run);
            run = i + 1;
            char short_form = c == '"' ? '"' : c == '\\' ? '\\' : c == '\b' ? 'b' : c == '\t' ? 't'
                            : c == '\n' ? 'n' : c == '\f' ? 'f' : c == '\r' ? 'r' : 0;
            char* p = os_->PushUnsafe(short_form ? 2 : 6);
            p[0] = '\\';
            if (short_form) {
                p[1] = short_form;
            } else {
                p[1] = 'u', p[2] = '0', p[3] = '0', p[4] = hex[c >> 4], p[5] = hex[c & 15];
            }
        }
        std::memcpy(os_->PushUnsafe(n - run), s + run, n - run);
        os_->PutUnsafe('"');
    }
};

// One pass over a text: throws if it is not UTF-8 (it would be written as is, and the file then
// refused on load); true when it has nothing JSON must escape.
static bool plain_text(const char* s, size_t n) {
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    bool plain = true;
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        if (c < 0x80) {
            plain &= c >= 0x20 && c != '"' && c != '\\';
            i++;
        } else if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
                   (p[i + 2] & 0xC0) == 0x80) {
            i += 3; // the common case, most of CJK: a three-byte sequence with no special rule
        } else {
            size_t len = utf8_sequence_length(p + i, n - i);
            if (len == 0) throw std::logic_error("save: text is not valid UTF-8");
            i += len;
        }
    }
    return plain;
}

// Receives JSON events and writes them once, compact, members in the order given: the file
// text. The canonical form content_checksum() hashes (each object's members sorted by name) has
// the same bytes as the file except for the order of each object's members. So the sink records,
// for every object, its members' byte ranges (sorted by name when the object completes) and the
// objects nested in it; finish() then hashes the file's own bytes in canonical order, range by
// range, without building a second copy of the text.
// Sorting bytewise by the raw (unescaped) name is what content_checksum does with a parsed tree.
// A repeated member name makes the order of the two equal members depend on std::sort's
// internals in content_checksum; then (never for files the app writes) the checksum is taken the
// slow way, from the file text parsed back.
class ContentSink {
public:
    // Sized like the last save (the app saves the same workspace again and again), so the
    // buffers do not grow step by step, copying as they go.
    ContentSink() : file_(nullptr, size_hint_ + 256), file_w_(file_) {
        kept_.reserve(members_hint_);
        objects_.reserve(objects_hint_);
        kids_.reserve(objects_hint_);
    }
    ~ContentSink() {
        members_hint_ = kept_.size();
        objects_hint_ = objects_.size();
    }

    void start_object() {
        file_w_.StartObject();
        frames_.push_back(Frame{pos() - 1, u32(members_.size()), u32(pending_.size())});
    }
    void end_object() {
        Frame f = frames_.back();
        frames_.pop_back();
        if (members_.size() > f.first_member) members_.back().end = pos();
        file_w_.EndObject();
        Object o{f.begin, pos(), u32(kept_.size()), u32(members_.size() - f.first_member),
                 u32(kids_.size()), u32(pending_.size() - f.first_kid), 0, true};
        kids_.insert(kids_.end(), pending_.begin() + f.first_kid, pending_.end());
        pending_.resize(f.first_kid);
        // Each nested object lies in one member's value: hand them out, both in file order.
        std::uint32_t kid = o.first_kid, kids_end = o.first_kid + o.kids;
        for (size_t i = f.first_member; i < members_.size(); i++) {
            Member& m = members_[i];
            m.first_kid = kid;
            while (kid < kids_end && objects_[kids_[kid]].begin < m.end) kid++;
            m.kids = kid - m.first_kid;
        }
        if (o.members > 1) o.comma = members_[f.first_member].end;
        kept_.insert(kept_.end(), members_.begin() + f.first_member, members_.end());
        members_.resize(f.first_member);
        o.sorted = sort_members(kept_.begin() + o.first_member, kept_.end());
        pending_.push_back(u32(objects_.size()));
        objects_.push_back(o);
    }
    void start_array() {
        file_w_.StartArray();
        frames_.push_back(Frame{0, kArray, 0}); // its objects belong to the enclosing object
    }
    void end_array() {
        frames_.pop_back();
        file_w_.EndArray();
    }
    // A member name, NUL-terminated (as cereal gives them). `s` must stay valid until finish():
    // names are kept by pointer, not copied (they are string literals of serialize.h, keys of
    // the model's maps, or names in the cached extras). The same few literals come back tens of
    // thousands of times, so their length and escaping are looked up by address: during one save
    // the text at an address does not change.
    void key(const char* s) {
        KnownName& k = known_[(reinterpret_cast<std::uintptr_t>(s) >> 2) % kKnown];
        if (k.text != s) k = KnownName{s, std::strlen(s), false}, k.plain = plain_text(s, k.len);
        std::uint32_t at = pos();
        bool first = members_.size() == frames_.back().first_member;
        if (!first) members_.back().end = at; // the comma before this key ends the previous member
        members_.push_back(Member{s, u32(k.len), first ? at : at + 1, 0, 0, 0});
        file_w_.text(s, k.len, k.plain);
    }
    // A name made on the fly (cereal's value0, value1…): kept here for as long as the sink.
    void key_copy(std::string name) {
        owned_names_.push_back(std::move(name));
        key(owned_names_.back().c_str());
    }
    void string(const char* s, size_t n) { file_w_.text(s, n, plain_text(s, n)); }
    template <class F> void scalar(F write) { write(file_w_); }

    // Hands the file text over (the sink is done with it after this).
    void finish(WrittenContent& out) {
        if (repeated_name_ || objects_.empty()) {
            rapidjson::Document d;
            if (!parse_json(std::string_view(file_.GetString(), file_.GetSize()), d).ok)
                throw std::logic_error("wrote JSON we cannot read");
            out.checksum = content_checksum(d);
        } else {
            Sha256 sha;
            Ranges ranges{file_.GetString(), sha};
            hash_object(objects_.back(), ranges); // the root completes last
            ranges.flush();
            out.checksum = "sha256:" + sha.finish_hex();
        }
        size_hint_ = file_.GetSize();
        out.text = std::move(file_);
    }

private:
    // Offsets fit 32 bits: a workspace is limited to far less (Limits::max_bytes), and wasm's
    // whole address space is 4 GB.
    static std::uint32_t u32(size_t v) {
        if (v > 0xFFFFFFFFu) throw std::length_error("save: workspace too large");
        return std::uint32_t(v);
    }
    std::uint32_t pos() const { return u32(file_.GetSize()); }

    static constexpr std::uint32_t kArray = 0xFFFFFFFFu;
    struct Frame {
        std::uint32_t begin;        // offset of '{'
        std::uint32_t first_member; // index into members_, or kArray
        std::uint32_t first_kid;    // index into pending_
    };
    struct Member {
        const char* name;
        std::uint32_t name_len;
        std::uint32_t begin, end;       // offsets of "key":value
        std::uint32_t first_kid, kids;  // in kids_: the objects in its value, in file order
    };
    struct Object {
        std::uint32_t begin, end;            // '{' and past '}'
        std::uint32_t first_member, members; // in kept_, in name order
        std::uint32_t first_kid, kids;       // in kids_: the objects directly inside, in order
        std::uint32_t comma;                 // offset of a ',' between two of its members
        bool sorted;                         // its members were already in name order
    };

    // The canonical text as ranges of the file text, hashed as they come; adjacent ranges are
    // joined first, so whatever is already in canonical order is hashed in long runs.
    struct Ranges {
        const char* text;
        Sha256& sha;
        std::uint32_t begin = 0, end = 0;
        void add(std::uint32_t from, std::uint32_t to) {
            if (from == to) return;
            if (from != end) {
                flush();
                begin = from;
            }
            end = to;
        }
        void flush() {
            sha.update(text + begin, end - begin);
            begin = end;
        }
    };

    static std::string_view name(const Member& m) { return std::string_view(m.name, m.name_len); }

    // Puts the members in name order; true if they already were. Notes repeated names.
    bool sort_members(std::vector<Member>::iterator first, std::vector<Member>::iterator last) {
        auto by_name = [](const Member& a, const Member& b) { return name(a) < name(b); };
        bool sorted = std::is_sorted(first, last, by_name);
        if (!sorted) std::sort(first, last, by_name);
        for (auto it = first; it + 1 < last; ++it)
            if (name(*it) == name(*(it + 1))) repeated_name_ = true;
        return sorted;
    }

    // The canonical bytes of [begin, end) of the file: its own bytes, except that each object
    // in it (kids, in file order) is replaced by that object's canonical bytes.
    void hash_span(std::uint32_t begin, std::uint32_t end, std::uint32_t kid, std::uint32_t kids,
                   Ranges& out) const {
        for (std::uint32_t k = kid; k < kid + kids; k++) {
            const Object& o = objects_[kids_[k]];
            out.add(begin, o.begin);
            hash_object(o, out);
            begin = o.end;
        }
        out.add(begin, end);
    }

    // Every byte of the canonical text is a byte of the file text: the braces and commas too.
    void hash_object(const Object& o, Ranges& out) const {
        if (o.sorted) { // the file's order is the canonical one: only nested objects differ
            hash_span(o.begin, o.end, o.first_kid, o.kids, out);
            return;
        }
        out.add(o.begin, o.begin + 1); // '{'
        const Member* m = kept_.data() + o.first_member;
        for (std::uint32_t i = 0; i < o.members; i++) {
            if (i > 0) { // a comma, where the two are joined in the file if they are
                std::uint32_t c = out.text[m[i - 1].end] == ',' ? m[i - 1].end
                                  : out.text[m[i].begin - 1] == ',' ? m[i].begin - 1 : o.comma;
                out.add(c, c + 1);
            }
            hash_span(m[i].begin, m[i].end, m[i].first_kid, m[i].kids, out);
        }
        out.add(o.end - 1, o.end); // '}'
    }

    static inline std::atomic<size_t> size_hint_{0}, members_hint_{0}, objects_hint_{0};
    rapidjson::StringBuffer file_;
    FastWriter file_w_;
    std::vector<Frame> frames_;
    std::vector<Member> members_, kept_; // the open objects' members; the completed ones'
    std::vector<Object> objects_;        // completed objects, in the order they completed
    std::vector<std::uint32_t> pending_, kids_; // completed objects not yet adopted; adopted ones
    struct KnownName {
        const char* text = nullptr;
        size_t len = 0;
        bool plain = false;
    };
    static constexpr size_t kKnown = 256;
    KnownName known_[kKnown];
    std::deque<std::string> owned_names_;
    bool repeated_name_ = false;
};

// ---- the archive ------------------------------------------------------------------------------------

SaveArchive::SaveArchive(ContentSink& out) : cereal::OutputArchive<SaveArchive>(this), out_(out) {}

void SaveArchive::startNode() {
    writeName();
    stack_.push_back(Node{StartObject, 0});
}

void SaveArchive::finishNode() {
    switch (stack_.back().state) {
    case StartArray: out_.start_array(); [[fallthrough]];
    case InArray: out_.end_array(); break;
    case StartObject: out_.start_object(); [[fallthrough]];
    case InObject: out_.end_object(); break;
    }
    stack_.pop_back();
}

void SaveArchive::writeName() {
    if (stack_.empty()) return; // the root value has no name
    Node& node = stack_.back();
    if (node.state == StartArray) {
        out_.start_array();
        node.state = InArray;
    } else if (node.state == StartObject) {
        out_.start_object();
        node.state = InObject;
    }
    if (node.state == InArray) return;
    if (next_name_) {
        out_.key(next_name_);
        next_name_ = nullptr;
    } else {
        out_.key_copy("value" + std::to_string(node.unnamed++));
    }
}

void SaveArchive::saveValue(const std::string& s) { out_.string(s.data(), s.size()); }
void SaveArchive::saveText(const char* s, size_t n) { out_.string(s, n); }
void SaveArchive::saveValue(bool b) { out_.scalar([b](auto& w) { w.Bool(b); }); }
void SaveArchive::saveValue(std::int64_t i) { out_.scalar([i](auto& w) { w.Int64(i); }); }
void SaveArchive::saveValue(std::uint64_t u) { out_.scalar([u](auto& w) { w.Uint64(u); }); }
void SaveArchive::saveValue(double d) { out_.scalar([d](auto& w) { w.Double(d); }); }
void SaveArchive::saveValue(std::nullptr_t) { out_.scalar([](auto& w) { w.Null(); }); }

static void trim_extras_cache(); // below, with the unknown members

WrittenContent write_content(const Workspace& ws) {
    trim_extras_cache();
    ContentSink sink;
    {
        SaveArchive ar(sink);
        ar(ws);
    }
    WrittenContent out;
    sink.finish(out);
    return out;
}

// ---- maps and unknown members -----------------------------------------------------------------------

void prologue(SaveArchive&, const Extras&) {}
void epilogue(SaveArchive&, const Extras&) {}
void prologue(DomInputArchive&, const Extras&) {}
void epilogue(DomInputArchive&, const Extras&) {}

// Unknown members parsed, by their text: the autosave writes the same ones again and again, and
// parsing them was a visible part of every save. Bounded: when it holds too much it is emptied,
// but only between saves (the sink keeps pointers to member names inside these documents).
// thread_local: the core runs one save at a time per thread.
namespace {
struct ExtrasCache {
    std::unordered_map<std::string, std::unique_ptr<rapidjson::Document>> parsed;
    size_t bytes = 0;
    void trim() {
        if (parsed.size() < 4096 && bytes < (size_t(4) << 20)) return;
        parsed.clear();
        bytes = 0;
    }
};
thread_local ExtrasCache extras_cache;
} // namespace

static void trim_extras_cache() { extras_cache.trim(); }

static const rapidjson::Document* parsed_extra(const std::string& json) {
    auto it = extras_cache.parsed.find(json);
    if (it != extras_cache.parsed.end()) return it->second.get();
    auto d = std::make_unique<rapidjson::Document>();
    if (!parse_json(json, *d).ok) d.reset(); // cannot happen for text we produced; never write junk
    extras_cache.bytes += json.size() * 4 + 64; // the text, the tree, the node, roughly
    return extras_cache.parsed.emplace(json, std::move(d)).first->second.get();
}

void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const Extras& x) {
    for (const auto& [name, json] : x.members) {
        const rapidjson::Document* d = parsed_extra(json);
        if (!d) continue;
        ar.setNextName(name.c_str());
        emit_value(ar, *d);
    }
}

void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, Extras& x) {
    x.members.clear();
    for (const std::string& name : ar.unread_members())
        x.members[name] = to_compact_json(ar.member(name));
}

void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const FieldStamps& f) {
    for (const auto& [name, stamp] : f.fields) ar(cereal::make_nvp(name, stamp));
}

void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, FieldStamps& f) {
    f.fields.clear();
    for (const std::string& name : ar.member_names()) ar(cereal::make_nvp(name, f.fields[name]));
}

} // namespace rectify
