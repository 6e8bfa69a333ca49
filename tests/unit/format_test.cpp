// The plan file format: round trips, checksum, unknown members, the envelope, the fixtures.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

#include <rapidjson/prettywriter.h>

#include "core/format/format.h"
#include "core/format/json.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;
using rectify::testing::load_ok;
using rectify::testing::kSaveTime;
using rectify::testing::random_workspace;


TEST_CASE("every field of a fully populated workspace survives save and load", "[format]") {
    Workspace ws = random_workspace(1);
    // The generator must really populate what we claim to test: spot-check rarely set parts.
    REQUIRE(!ws.plans[0].leading_group.deputies.empty());
    bool returned = false, reviewed = false; // closures made records (a returned one has its reason)
    for (const Problem& q : ws.plans[0].problems)
        for (const Measure& m : q.measures) {
            returned = returned || !m.closure.reason.empty();
            reviewed = reviewed || !m.reviews.empty();
        }
    REQUIRE(returned);
    REQUIRE(reviewed);
    Workspace back = load_ok(save_workspace(ws, kSaveTime));
    CHECK(back == ws);
}

TEST_CASE("property: seeded random workspaces survive save and load unchanged", "[format][property]") {
    for (std::uint64_t seed = 100; seed < 140; seed++) {
        INFO("seed " << seed);
        testing::RandomShape shape;
        shape.plans = 1 + int(seed % 3);
        shape.problems = 1 + int(seed % 5);
        Workspace ws = random_workspace(seed, shape);
        std::string text = save_workspace(ws, kSaveTime);
        Workspace back = load_ok(text);
        CHECK(back == ws);
        CHECK(save_workspace(back, kSaveTime) == text); // saving is deterministic
    }
}

TEST_CASE("a difference in any entity is visible to equality (so round-trip tests can fail)", "[format]") {
    Workspace a = random_workspace(7), b = a;
    b.plans[1].problems[2].measures[1].progress[0].text += "x";
    CHECK(a != b);
    b = a;
    b.plans[0].problems[0].measures[0].deadline.extras.members["x"] = "1";
    CHECK(a != b);
    b = a;
    b.people[3].meta.changed.fields["name"] = Stamp{5, "X"};
    CHECK(a != b);
}

TEST_CASE("the envelope names the format, versions, exporter, time and checksum", "[format]") {
    Workspace ws = random_workspace(2);
    ws.office = Office{"钦州市某某局", "QZ01", {}};
    std::string text = save_workspace(ws, kSaveTime);
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    REQUIRE(d.IsObject());
    CHECK(std::string(d["format"].GetString()) == "rectify-plan");
    CHECK(d["version"].GetInt() == kFormatVersion);
    CHECK(std::string(d["app"].GetString()) == RECTIFY_VERSION);
    CHECK(std::string(d["exported_by"]["code"].GetString()) == "QZ01");
    CHECK(std::string(d["exported_at"].GetString()) == "2023-11-14T22:13:20Z");
    CHECK(std::string(d["checksum"].GetString()) == content_checksum(d["content"]));
    LoadResult r = load_workspace(text);
    REQUIRE(r.ok);
    CHECK(r.info.version == kFormatVersion);
    CHECK(r.info.exported_by.name == "钦州市某某局");
    CHECK(r.info.exported_at == "2023-11-14T22:13:20Z");
}

TEST_CASE("the checksum ignores layout but not content; SHA-256's (before format 4) not member order", "[format]") {
    std::string text = save_workspace(random_workspace(3), kSaveTime);
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    // Indented: the same content.
    rapidjson::StringBuffer pretty_buf;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> pretty(pretty_buf);
    d.Accept(pretty);
    CHECK(load_workspace(std::string(pretty_buf.GetString(), pretty_buf.GetSize())).ok);
    // Compact, and with the content's members in reverse order: still the same content for the
    // SHA-256 of format 3, sorted; format 4's XXH3 follows member order, so it tells.
    const std::string sha = content_checksum(d["content"], ChecksumKind::Sha256);
    d["checksum"].SetString(sha.data(), rapidjson::SizeType(sha.size()), d.GetAllocator());
    d["version"].SetInt(3);
    rapidjson::Value& c = d["content"];
    rapidjson::Document reordered(rapidjson::kObjectType);
    for (auto it = c.MemberEnd(); it != c.MemberBegin();) {
        --it;
        reordered.AddMember(rapidjson::Value(it->name, reordered.GetAllocator()),
                            rapidjson::Value(it->value, reordered.GetAllocator()), reordered.GetAllocator());
    }
    c.CopyFrom(reordered, d.GetAllocator());
    std::string compact = to_compact_json(d);
    REQUIRE(compact != text);
    CHECK(load_workspace(compact).ok);
    const std::string xxh = content_checksum(d["content"], ChecksumKind::Xxh3);
    REQUIRE(xxh != text.substr(text.find("xxh3:"), xxh.size())); // the order is in the hash
    d["checksum"].SetString(xxh.data(), rapidjson::SizeType(xxh.size()), d.GetAllocator());
    d["version"].SetInt(4);
    const std::string reordered_v4 = to_compact_json(d);
    std::string sealed_before = reordered_v4;
    sealed_before.replace(sealed_before.find(xxh), xxh.size(), text.substr(text.find("xxh3:"), xxh.size()));
    CHECK(load_workspace(reordered_v4).ok);
    CHECK(load_workspace(sealed_before).error.key == Msg::ChecksumMismatch);

    std::string tampered = text;
    size_t at = tampered.find("\"title\":\"");
    REQUIRE(at != std::string::npos);
    tampered.insert(at + 9, "A");
    LoadResult r = load_workspace(tampered);
    REQUIRE(!r.ok);
    CHECK(r.error.key == Msg::ChecksumMismatch);
}

TEST_CASE("members this version does not know survive load and save", "[format]") {
    Workspace ws = load_ok(fixture("formats/v2-sample.rectify.json"));
    REQUIRE(ws.plans[0].extras.members.count("x_future_note"));
    CHECK(ws.plans[0].extras.members["x_future_note"] == R"({"kind":"later","values":[1,2.5,null,true]})");
    // Add unknown members at every level a newer app might use, including the envelope.
    ws.envelope_extras.members["x_signature"] = "\"abc\"";
    ws.plans[0].problems[0].measures[0].deadline.extras.members["x_reminder"] = "{\"days\":7}";
    ws.plans[0].problems[0].measures[0].meta.extras.members["x_vector_clock"] = "[3,1]";
    Workspace back = load_ok(save_workspace(ws, kSaveTime));
    CHECK(back.envelope_extras.members.at("x_signature") == "\"abc\"");
    CHECK(back.plans[0].extras.members.at("x_future_note") == ws.plans[0].extras.members["x_future_note"]);
    CHECK(back.plans[0].problems[0].measures[0].deadline.extras.members.at("x_reminder") == "{\"days\":7}");
    CHECK(back == ws);
}

TEST_CASE("the v2 sample fixture loads with its content intact", "[format]") {
    LoadResult r = load_workspace(fixture("formats/v2-sample.rectify.json"));
    INFO(format_error(r.error, Lang::En));
    REQUIRE(r.ok);
    CHECK(r.info.version == 2);
    const Workspace& ws = r.workspace;
    CHECK(ws.office.code == "QSJY");
    const Plan& plan = ws.plans.at(0);
    CHECK(plan.doc_number == "青教绩办〔2022〕3号");
    CHECK(plan.feedback.kind == FeedbackKind::PublicAppraisal);
    REQUIRE(plan.phases.size() == 3);
    CHECK(plan.phases[0].start == Date{2022, 5, 10});
    CHECK(plan.phases[2].start.empty());
    CHECK(plan.phases[2].end == Date{2022, 11, 30});
    CHECK(plan.leading_group.deputies.size() == 2);
    REQUIRE(plan.problems.size() == 4);
    CHECK(plan.problems[3].meta.is_deleted());
    const Measure& canteen = plan.problems[1].measures.at(0);
    CHECK(canteen.closure.state == ClosureState::Verified);
    CHECK(canteen.closure.decided_on == Date{2022, 8, 25});
    CHECK(canteen.status == Status::DoneOngoing);
    CHECK(canteen.meta.changed.fields.at("closure").by == "QSJY");
    CHECK(canteen.evidence.at(0).name == "陪餐记录表.xlsx");
}

TEST_CASE("load_into replaces the workspace only on success", "[format]") {
    Workspace ws = random_workspace(4);
    const Workspace before = ws;
    LoadError err;
    CHECK_FALSE(load_into(ws, "{\"format\": \"rectify-plan\", \"version\": 2", err));
    CHECK(err.key == Msg::Truncated);
    CHECK(ws == before);
    Workspace other = random_workspace(5);
    REQUIRE(load_into(ws, save_workspace(other, kSaveTime), err));
    CHECK(ws == other);
}

TEST_CASE("the size limit is enforced and named", "[format]") {
    std::string text = save_workspace(random_workspace(6), kSaveTime);
    Limits small;
    small.max_bytes = text.size() - 1;
    LoadResult r = load_workspace(text, small);
    REQUIRE(!r.ok);
    CHECK(r.error.key == Msg::TooLarge);
    CHECK(format_error(r.error, Lang::En).find(std::to_string(text.size() - 1)) != std::string::npos);
    small.max_bytes = text.size();
    CHECK(load_workspace(text, small).ok);
}

TEST_CASE("timestamps convert both ways", "[format]") {
    CHECK(iso_timestamp(0) == "1970-01-01T00:00:00Z");
    CHECK(iso_timestamp(951782400000) == "2000-02-29T00:00:00Z");
    std::int64_t ms = 0;
    REQUIRE(parse_iso_timestamp("2022-05-12T02:30:00Z", ms));
    CHECK(iso_timestamp(ms) == "2022-05-12T02:30:00Z");
    CHECK_FALSE(parse_iso_timestamp("2022-05-12 02:30:00", ms));
}

TEST_CASE("numbers in unknown members keep their value exactly", "[format]") {
    // RapidJSON's own number conversion is either unsafe (full precision: the fuzzer found
    // undefined behaviour on 0e308 and on long mantissas) or inexact; ours is neither.
    Workspace ws = testing::random_workspace(8);
    ws.plans[0].extras.members["x_numbers"] =
        "[0e308,1e-400,123456789012345678901234567890,0.1,-0,1.7976931348623157e308,"
        "5e-324,-9223372036854775808,18446744073709551615,0.30000000000000004]";
    Workspace back = load_ok(save_workspace(ws, kSaveTime));
    CHECK(back.plans[0].extras.members.at("x_numbers") ==
          "[0.0,0.0,1.2345678901234568e29,0.1,0,1.7976931348623157e308,5e-324,"
          "-9223372036854775808,18446744073709551615,0.30000000000000007]");
    // RapidJSON's writer (Grisu2) is exact but not always shortest: the same double.
    CHECK(std::strtod("0.30000000000000007", nullptr) == std::strtod("0.30000000000000004", nullptr));
    // Stable from then on: another save and load changes nothing.
    CHECK(load_ok(save_workspace(back, kSaveTime)) == back);
}

TEST_CASE("a number too big for a double is refused, not turned into infinity", "[format]") {
    LoadResult r = load_workspace("{\"format\": \"rectify-plan\", \"version\": 2, \"x\": 1e400}");
    REQUIRE(!r.ok);
    CHECK(r.error.key == Msg::NotJson);
    CHECK(r.error.n == 46); // where 1e400 starts
}

TEST_CASE("JSON that would load but not save back is refused with a reason", "[format]") {
    // Found by the fuzzer: a lone low surrogate escape decodes to bytes that are not UTF-8, so
    // the saved copy would not load again; a \u0000 in a member name would be cut short.
    for (const char* text : {"{\"format\": \"\\udc00\"}", "{\"a\\u0000b\": 1}"}) {
        INFO(text);
        LoadResult r = load_workspace(text);
        REQUIRE(!r.ok);
        CHECK(r.error.key == Msg::NotJson);
        CHECK(format_error(r.error, Lang::En).find("\\u") != std::string::npos);
    }
}
