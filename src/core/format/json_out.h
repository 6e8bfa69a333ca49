// json_out: JSON written with RapidJSON's Writer (core/format/json.h) behind a small interface, so
// code without RapidJSON's headers or exceptions (the views, the test bridge) writes JSON the same
// way: strings escaped, numbers as JSON numbers, and a value that cannot be a JSON number
// (NaN, infinity) as null.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rectify {

class JsonOut {
public:
    JsonOut();
    ~JsonOut();
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;

    JsonOut& begin_object();
    JsonOut& end_object();
    JsonOut& begin_array();
    JsonOut& end_array();
    JsonOut& key(std::string_view name); // in an object, before each value
    JsonOut& value(std::string_view s);
    JsonOut& value(const char* s); // nullptr: null
    JsonOut& value(bool b);
    JsonOut& value(int n);
    JsonOut& value(long n);
    JsonOut& value(long long n);
    JsonOut& value(double d);
    JsonOut& null();
    JsonOut& value(const std::vector<std::string>& strings); // an array of strings

    // A member of the object being written: key(name), then value(v).
    template <class T> JsonOut& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    // What was written so far: a complete document once every object and array is closed.
    const char* c_str() const;
    std::string str() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace rectify
