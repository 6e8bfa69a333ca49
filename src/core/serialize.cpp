// The save side of the format: SaveArchive and its sink, which writes the file's content text
// and the canonical text of the checksum in one pass over the model; and the parts of the format
// cereal cannot express with serialize(): maps written as JSON objects, and unknown members
// replayed through the archive.
#include "core/serialize.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "core/format.h"
#include "core/prescan.h"
#include "core/sha256.h"

namespace rectify {

// ---- the sink ---------------------------------------------------------------------------------------

// Receives JSON events and writes them once, compact, members in the order given: the file
// text. The canonical form content_checksum() hashes (each object's members sorted by name) has
// the same bytes at the same places except inside objects, whose members it puts in name order:
// so `canon` is the file text copied as each object completes, with the member byte ranges
// recorded while writing then put in name order in place (the object's length does not change).
// Sorting bytewise by the raw (unescaped) name is what content_checksum does with a parsed tree.
// A repeated member name makes the order of the two equal members depend on std::sort's
// internals in content_checksum; then (never for files the app writes) the checksum is taken the
// slow way, from the file text parsed back.
class ContentSink {
public:
    // Sized like the last save (the app saves the same workspace again and again), so the
    // buffers do not grow step by step, copying as they go.
    ContentSink() : file_(nullptr, size_hint_ + 256), file_w_(file_) { canon_.reserve(size_hint_ + 256); }
    ~ContentSink() { size_hint_ = file_.GetSize(); }

    void start_object() {
        file_w_.StartObject();
        frames_.push_back(Frame{file_.GetSize(), members_.size()});
    }
    void end_object() {
        Frame f = frames_.back();
        frames_.pop_back();
        if (members_.size() > f.first_member) members_.back().end = file_.GetSize();
        file_w_.EndObject();
        sync();
        sort_members(f);
        members_.resize(f.first_member);
    }
    void start_array() {
        file_w_.StartArray();
        frames_.push_back(Frame{0, kArray});
    }
    void end_array() {
        frames_.pop_back();
        file_w_.EndArray();
    }
    void key(const char* s, size_t n) {
        check_utf8(s, n);
        const Frame& f = frames_.back();
        size_t at = file_.GetSize();
        bool first = members_.size() == f.first_member;
        if (!first) members_.back().end = at; // the comma before this key ends the previous member
        members_.push_back(Member{names_.size(), n, first ? at : at + 1, 0});
        names_.append(s, n);
        file_w_.Key(s, rapidjson::SizeType(n));
    }
    void string(const std::string& s) {
        check_utf8(s.data(), s.size());
        file_w_.String(s.data(), rapidjson::SizeType(s.size()));
    }
    template <class F> void scalar(F write) { write(file_w_); }

    WrittenContent finish() {
        WrittenContent out;
        out.json.assign(file_.GetString(), file_.GetSize());
        if (repeated_name_) {
            rapidjson::Document d;
            if (!parse_json(out.json, d).ok) throw std::logic_error("wrote JSON we cannot read");
            out.checksum = content_checksum(d);
        } else {
            sync();
            Sha256 sha;
            sha.update(canon_);
            out.checksum = "sha256:" + sha.finish_hex();
        }
        return out;
    }

private:
    static constexpr size_t kArray = size_t(-1);
    struct Frame {
        size_t body;         // offset just after '{'
        size_t first_member; // index into members_, or kArray
    };
    struct Member {
        size_t name, name_len; // in names_
        size_t begin, end;     // offsets of "key":value
    };

    // Invalid UTF-8 would be written as is, and the file then refused on load: refuse it here,
    // as the save did when it parsed its own output back.
    static void check_utf8(const char* s, size_t n) {
        for (size_t i = 0; i < n; i++)
            if (static_cast<unsigned char>(s[i]) >= 0x80) {
                if (find_invalid_utf8(std::string_view(s + i, n - i)) != std::string_view::npos)
                    throw std::logic_error("save: text is not valid UTF-8");
                return;
            }
    }

    std::string_view name(const Member& m) const { return std::string_view(names_).substr(m.name, m.name_len); }

    void sort_members(const Frame& f) {
        auto first = members_.begin() + std::ptrdiff_t(f.first_member), last = members_.end();
        auto by_name = [this](const Member& a, const Member& b) { return name(a) < name(b); };
        if (std::is_sorted(first, last, by_name)) {
            if (std::adjacent_find(first, last, [this](const Member& a, const Member& b) {
                    return name(a) == name(b);
                }) != last)
                repeated_name_ = true;
            return;
        }
        std::sort(first, last, by_name);
        for (auto it = first; it + 1 < last; ++it)
            if (name(*it) == name(*(it + 1))) repeated_name_ = true;
        // Rebuild the object's body from the members in name order; its length does not change.
        size_t body_len = canon_.size() - 1 - f.body; // up to the '}'
        scratch_.clear();
        for (auto it = first; it != last; ++it) {
            if (it != first) scratch_ += ',';
            scratch_.append(canon_, it->begin, it->end - it->begin);
        }
        if (scratch_.size() != body_len) throw std::logic_error("canonical writer: lengths differ");
        canon_.replace(f.body, body_len, scratch_);
    }

    // Appends to canon_ what was written to file_ since the last call.
    void sync() { canon_.append(file_.GetString() + canon_.size(), file_.GetSize() - canon_.size()); }

    static inline std::atomic<size_t> size_hint_{0};
    rapidjson::StringBuffer file_;
    rapidjson::Writer<rapidjson::StringBuffer> file_w_;
    std::string canon_;
    std::vector<Frame> frames_;
    std::vector<Member> members_;
    std::string names_, scratch_;
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
        out_.key(next_name_, std::strlen(next_name_));
        next_name_ = nullptr;
    } else {
        std::string name = "value" + std::to_string(node.unnamed++);
        out_.key(name.data(), name.size());
    }
}

void SaveArchive::saveValue(const std::string& s) { out_.string(s); }
void SaveArchive::saveValue(bool b) { out_.scalar([b](auto& w) { w.Bool(b); }); }
void SaveArchive::saveValue(std::int64_t i) { out_.scalar([i](auto& w) { w.Int64(i); }); }
void SaveArchive::saveValue(std::uint64_t u) { out_.scalar([u](auto& w) { w.Uint64(u); }); }
void SaveArchive::saveValue(double d) { out_.scalar([d](auto& w) { w.Double(d); }); }
void SaveArchive::saveValue(std::nullptr_t) { out_.scalar([](auto& w) { w.Null(); }); }

WrittenContent write_content(const Workspace& ws) {
    ContentSink sink;
    {
        SaveArchive ar(sink);
        ar(ws);
    }
    return sink.finish();
}

// ---- maps and unknown members -----------------------------------------------------------------------

void prologue(SaveArchive&, const Extras&) {}
void epilogue(SaveArchive&, const Extras&) {}
void prologue(DomInputArchive&, const Extras&) {}
void epilogue(DomInputArchive&, const Extras&) {}

void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const Extras& x) {
    for (const auto& [name, json] : x.members) {
        rapidjson::Document d;
        if (!parse_json(json, d).ok) continue; // cannot happen for text we produced; never write junk
        ar.setNextName(name.c_str());
        emit_value(ar, d);
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
