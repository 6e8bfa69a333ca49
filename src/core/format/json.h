// The one place that pulls in cereal's JSON archive and RapidJSON. cereal configures RapidJSON
// (assertions throw instead of aborting) before including it, so every file must get RapidJSON
// through here to see the same configuration.
#pragma once
#include <cereal/archives/json.hpp>
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>
#include <string_view>

#include "core/format/messages.h"

namespace rectify {

// Thrown inside the loader; caught at its top and returned as a LoadError.
struct LoadFailure : std::runtime_error {
    LoadError error;
    explicit LoadFailure(LoadError e) : std::runtime_error(msg_key_name(e.key)), error(std::move(e)) {}
};

// Parses `text` into `doc`. Always use this, never Document::Parse: see json_parse.cpp.
struct JsonParse {
    bool ok = false;
    size_t offset = 0;   // of the error
    const char* message = ""; // what is wrong, in English (RapidJSON's words for a syntax error)
    const Text* fault = nullptr; // the same in both languages (LoadError::fault), when !ok
    bool refused = false; // valid JSON we do not accept (see json_parse.cpp), not a syntax error
};
JsonParse parse_json(std::string_view text, rapidjson::Document& doc);
// A RapidJSON syntax error in Chinese, with RapidJSON's own English beside it.
const Text& json_syntax_fault(rapidjson::ParseErrorCode code);

JsonKind kind_of(const rapidjson::Value& v);
// Throws WrongType at `path`; found == nullptr means the member is missing.
[[noreturn]] void throw_wrong_type(std::string path, JsonKind expected, const rapidjson::Value* found);
std::string to_compact_json(const rapidjson::Value& v);

} // namespace rectify
