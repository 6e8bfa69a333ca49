// JsonOut: JSON written through RapidJSON's Writer reads back as what was written.
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <limits>

#include "core/format/json.h"
#include "core/format/json_out.h"

using namespace rectify;

TEST_CASE("JsonOut escapes what JSON needs escaped and keeps UTF-8 as it is", "[json_out]") {
    const std::string tricky = std::string("引号\"反斜杠\\换行\n制表\t控制\x01结束");
    JsonOut o;
    o.begin_object().field("text", tricky).field("empty", "").key("list").value(std::vector<std::string>{"一", "two"});
    o.end_object();
    CHECK(o.str() == "{\"text\":\"引号\\\"反斜杠\\\\换行\\n制表\\t控制\\u0001结束\",\"empty\":\"\",\"list\":[\"一\",\"two\"]}");
    rapidjson::Document doc;
    REQUIRE(parse_json(o.str(), doc).ok);
    CHECK(std::string(doc["text"].GetString(), doc["text"].GetStringLength()) == tricky);
    CHECK(doc["list"].Size() == 2);
}

TEST_CASE("JsonOut writes numbers, booleans and null as JSON values", "[json_out]") {
    JsonOut o;
    o.begin_array().value(3).value(-7L).value(1700000000000LL).value(12.5).value(true).value(false).null();
    o.value(static_cast<const char*>(nullptr)).value(std::numeric_limits<double>::infinity()).value(std::nan(""));
    o.end_array();
    CHECK(o.str() == "[3,-7,1700000000000,12.5,true,false,null,null,null,null]");
}

TEST_CASE("JsonOut nests objects and arrays", "[json_out]") {
    JsonOut o;
    o.begin_object().key("nav").begin_object().field("plan", std::string("plan-1")).field("tab", 2).end_object();
    o.key("rows").begin_array().begin_array().value(1).end_array().begin_object().end_object().end_array().end_object();
    CHECK(o.str() == "{\"nav\":{\"plan\":\"plan-1\",\"tab\":2},\"rows\":[[1],{}]}");
    CHECK(std::string(o.c_str()) == o.str());
}
