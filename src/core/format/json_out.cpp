// json_out: see json_out.h.
#include "core/format/json_out.h"

#include <cmath>

#include "core/format/json.h"

namespace rectify {

struct JsonOut::Impl {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer{buffer};
};

JsonOut::JsonOut() : impl_(std::make_unique<Impl>()) {}
JsonOut::~JsonOut() = default;

JsonOut& JsonOut::begin_object() { impl_->writer.StartObject(); return *this; }
JsonOut& JsonOut::end_object() { impl_->writer.EndObject(); return *this; }
JsonOut& JsonOut::begin_array() { impl_->writer.StartArray(); return *this; }
JsonOut& JsonOut::end_array() { impl_->writer.EndArray(); return *this; }
JsonOut& JsonOut::key(std::string_view name) { impl_->writer.Key(name.data(), rapidjson::SizeType(name.size()), true); return *this; }
JsonOut& JsonOut::value(std::string_view s) { impl_->writer.String(s.data(), rapidjson::SizeType(s.size()), true); return *this; }
JsonOut& JsonOut::value(const char* s) { return s ? value(std::string_view(s)) : null(); }
JsonOut& JsonOut::value(bool b) { impl_->writer.Bool(b); return *this; }
JsonOut& JsonOut::value(int n) { impl_->writer.Int(n); return *this; }
JsonOut& JsonOut::value(long n) { return value(static_cast<long long>(n)); }
JsonOut& JsonOut::value(long long n) { impl_->writer.Int64(static_cast<std::int64_t>(n)); return *this; }
JsonOut& JsonOut::value(double d) {
    if (!std::isfinite(d)) return null(); // RapidJSON's Writer refuses them
    impl_->writer.Double(d);
    return *this;
}
JsonOut& JsonOut::null() { impl_->writer.Null(); return *this; }
JsonOut& JsonOut::value(const std::vector<std::string>& strings) {
    begin_array();
    for (const std::string& s : strings) value(std::string_view(s));
    return end_array();
}

const char* JsonOut::c_str() const { return impl_->buffer.GetString(); }
std::string JsonOut::str() const { return std::string(impl_->buffer.GetString(), impl_->buffer.GetSize()); }

} // namespace rectify
