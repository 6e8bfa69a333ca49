#include "core/format/json_in.h"

#include <algorithm>

namespace rectify {

JsonKind kind_of(const rapidjson::Value& v) {
    switch (v.GetType()) {
    case rapidjson::kNullType: return JsonKind::Null;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return JsonKind::Bool;
    case rapidjson::kObjectType: return JsonKind::Object;
    case rapidjson::kArrayType: return JsonKind::Array;
    case rapidjson::kStringType: return JsonKind::String;
    default: return JsonKind::Number;
    }
}

std::string to_compact_json(const rapidjson::Value& v) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    v.Accept(w);
    return std::string(buf.GetString(), buf.GetSize());
}

DomInputArchive::DomInputArchive(const rapidjson::Value& root, std::string path_prefix)
    : cereal::InputArchive<DomInputArchive>(this), root_(root), prefix_(std::move(path_prefix)) {}

std::string DomInputArchive::path(const Segment* last) const {
    std::string p = prefix_;
    auto add = [&p](const Segment& seg) {
        if (seg.root) return;
        if (!seg.name) {
            p += "[" + std::to_string(seg.index) + "]";
            return;
        }
        if (!p.empty()) p += '.';
        p += seg.name;
    };
    for (const Frame& f : stack_) add(f.segment);
    if (last) add(*last);
    return p;
}

std::string DomInputArchive::path_to(const char* name) const {
    Segment seg;
    seg.root = false;
    seg.name = name;
    return path(&seg);
}

void throw_wrong_type(std::string path, JsonKind expected, const rapidjson::Value* found) {
    LoadError e;
    e.key = found ? Msg::WrongType : Msg::Missing;
    e.path = std::move(path);
    e.expected = expected;
    e.found = found ? kind_of(*found) : JsonKind::Missing;
    throw LoadFailure(e);
}

void DomInputArchive::fail_type(const std::string& p, JsonKind expected, const rapidjson::Value* found) {
    throw_wrong_type(p, expected, found);
}

void DomInputArchive::fail_value(const char* name, std::string detail) {
    LoadError e;
    e.key = Msg::BadValue;
    e.path = path_to(name);
    e.detail = std::move(detail);
    throw LoadFailure(e);
}

const rapidjson::Value& DomInputArchive::select(Segment& segment) {
    const char* name = next_name_;
    next_name_ = nullptr;
    segment = Segment{};
    if (stack_.empty()) {
        // The first node is the root itself.
        if (root_taken_) throw std::logic_error("DomInputArchive: root read twice");
        root_taken_ = true;
        return root_;
    }
    segment.root = false;
    Frame& top = stack_.back();
    if (name) {
        segment.name = name;
        if (!top.value->IsObject()) fail_type(path(), JsonKind::Object, top.value);
        if (top.read.empty()) top.read.assign(top.value->MemberCount(), false);
        auto it = top.value->FindMember(name);
        if (it == top.value->MemberEnd()) fail_type(path(&segment), JsonKind::Missing, nullptr);
        top.read[size_t(it - top.value->MemberBegin())] = true;
        return it->value;
    }
    if (!top.value->IsArray()) fail_type(path(), JsonKind::Array, top.value);
    segment.index = top.next_index;
    if (top.next_index >= top.value->Size()) fail_type(path(&segment), JsonKind::Missing, nullptr);
    return (*top.value)[top.next_index++];
}

void DomInputArchive::startNode() {
    Segment segment;
    const rapidjson::Value& v = select(segment);
    stack_.push_back(Frame{&v, segment, 0, {}});
}

void DomInputArchive::finishNode() { stack_.pop_back(); }

void DomInputArchive::loadSize(cereal::size_type& size) {
    const Frame& top = stack_.back();
    if (!top.value->IsArray()) fail_type(path(), JsonKind::Array, top.value);
    size = top.value->Size();
}

void DomInputArchive::loadValue(std::string& s) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsString()) fail_type(path(&seg), JsonKind::String, &v);
    s.assign(v.GetString(), v.GetStringLength());
}

void DomInputArchive::loadValue(bool& b) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsBool()) fail_type(path(&seg), JsonKind::Bool, &v);
    b = v.GetBool();
}

void DomInputArchive::loadValue(std::int64_t& i) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsInt64()) fail_type(path(&seg), JsonKind::Integer, &v);
    i = v.GetInt64();
}

void DomInputArchive::loadValue(std::uint64_t& u) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsUint64()) fail_type(path(&seg), JsonKind::Integer, &v);
    u = v.GetUint64();
}

void DomInputArchive::loadValue(int& i) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsInt()) fail_type(path(&seg), JsonKind::Integer, &v);
    i = v.GetInt();
}

void DomInputArchive::loadValue(double& d) {
    Segment seg;
    const rapidjson::Value& v = select(seg);
    if (!v.IsNumber()) fail_type(path(&seg), JsonKind::Number, &v);
    d = v.GetDouble();
}

const DomInputArchive::Frame& DomInputArchive::object_frame() {
    Frame& top = stack_.back();
    if (!top.value->IsObject()) fail_type(path(), JsonKind::Object, top.value);
    if (top.read.empty()) top.read.assign(top.value->MemberCount(), false);
    return top;
}

std::vector<std::string> DomInputArchive::unread_members() {
    const Frame& top = object_frame();
    std::vector<std::string> read, names;
    size_t i = 0;
    for (auto it = top.value->MemberBegin(); it != top.value->MemberEnd(); ++it, ++i)
        (top.read[i] ? read : names).emplace_back(it->name.GetString(), it->name.GetStringLength());
    // A repeated member name whose first occurrence we read is not "unknown": drop it, or the
    // save would write the known name twice.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const std::string& n) {
                                   return std::find(read.begin(), read.end(), n) != read.end();
                               }),
                names.end());
    return names;
}

std::vector<std::string> DomInputArchive::member_names() {
    const Frame& top = object_frame();
    std::vector<std::string> names;
    for (auto it = top.value->MemberBegin(); it != top.value->MemberEnd(); ++it)
        names.emplace_back(it->name.GetString(), it->name.GetStringLength());
    return names;
}

const rapidjson::Value& DomInputArchive::member(const std::string& name) {
    Frame& top = const_cast<Frame&>(object_frame());
    auto it = top.value->FindMember(rapidjson::StringRef(name.data(), rapidjson::SizeType(name.size())));
    if (it == top.value->MemberEnd()) fail_type(path_to(name.c_str()), JsonKind::Missing, nullptr);
    top.read[size_t(it - top.value->MemberBegin())] = true;
    return it->value;
}

} // namespace rectify

namespace rectify {
bool DomInputArchive::has_member(const char* name) {
    const Frame& top = object_frame();
    return top.value->FindMember(name) != top.value->MemberEnd();
}
} // namespace rectify
