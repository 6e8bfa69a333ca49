// The save side of the format: SaveArchive and its sink, which writes the file's content text
// (and hashes it for the checksum); and the parts of the format
// cereal cannot express with serialize(): maps written as JSON objects, and unknown members
// replayed through the archive.
#include "core/format/serialize.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "core/format/format.h"
#include "core/format/prescan.h"
#include "core/format/content_hash.h"

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
// text. Format 4's checksum is over exactly these bytes (the Writer's form of the content, in
// file order), so it is hashed in one piece at the end.
class ContentSink {
public:
    // Sized like the last save (the app saves the same workspace again and again), so the
    // buffer does not grow step by step, copying as it goes.
    ContentSink() : file_(nullptr, size_hint_ + 256), file_w_(file_) {}

    void start_object() { file_w_.StartObject(); }
    void end_object() { file_w_.EndObject(); }
    void start_array() { file_w_.StartArray(); }
    void end_array() { file_w_.EndArray(); }
    // A member name, NUL-terminated (as cereal gives them). The same few literals of serialize.h
    // come back tens of thousands of times, so their length and escaping are looked up by
    // address: during one save the text at an address does not change.
    void key(const char* s) {
        KnownName& k = known_[(reinterpret_cast<std::uintptr_t>(s) >> 2) % kKnown];
        if (k.text != s) k = KnownName{s, std::strlen(s), false}, k.plain = plain_text(s, k.len);
        file_w_.text(s, k.len, k.plain);
    }
    // A name made on the fly (cereal's value0, value1…).
    void key_copy(const std::string& name) { file_w_.text(name.data(), name.size(), plain_text(name.data(), name.size())); }
    void string(const char* s, size_t n) { file_w_.text(s, n, plain_text(s, n)); }
    template <class F> void scalar(F write) { write(file_w_); }

    // Hands the file text over (the sink is done with it after this).
    void finish(WrittenContent& out) {
        ContentHash hash(kWrittenChecksum);
        hash.update(file_.GetString(), file_.GetSize());
        out.checksum = hash.finish();
        size_hint_ = file_.GetSize();
        out.text = std::move(file_);
    }

private:
    static inline std::atomic<size_t> size_hint_{0};
    rapidjson::StringBuffer file_;
    FastWriter file_w_;
    struct KnownName {
        const char* text = nullptr;
        size_t len = 0;
        bool plain = false;
    };
    static constexpr size_t kKnown = 256;
    KnownName known_[kKnown];
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
// but only between saves.
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
