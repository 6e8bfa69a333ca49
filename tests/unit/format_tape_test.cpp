// The fast read of plan files (core/format/tape.h): it takes the files the app writes, and what
// tools make of them (re-indented, re-ordered, escaped), and reads them exactly as the full read
// does; whatever it does not take, the full read explains, so every result is the full read's.
#include <catch2/catch_test_macros.hpp>

#include <random>

#include <rapidjson/prettywriter.h>

#include "core/format/format.h"
#include "core/format/json.h"
#include "core/format/tape.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;
using rectify::testing::kSaveTime;
using rectify::testing::random_workspace;

namespace {

// The two reads agree on everything a caller can see.
void check_same(const LoadResult& fast, const LoadResult& full) {
    INFO("fast: " << format_error(fast.error, Lang::En) << " / full: " << format_error(full.error, Lang::En));
    REQUIRE(fast.ok == full.ok);
    CHECK(fast.error.key == full.error.key);
    CHECK(fast.error.path == full.error.path);
    CHECK(fast.error.detail == full.error.detail);
    CHECK(fast.error.fault == full.error.fault);
    CHECK(fast.error.n == full.error.n);
    CHECK(fast.error.limit == full.error.limit);
    CHECK(fast.error.expected == full.error.expected);
    CHECK(fast.error.found == full.error.found);
    CHECK(fast.info.version == full.info.version);
    CHECK(fast.info.app == full.info.app);
    CHECK(fast.info.exported_by == full.info.exported_by);
    CHECK(fast.info.exported_at == full.info.exported_at);
    CHECK(fast.repaired_ids == full.repaired_ids);
    CHECK(fast.workspace == full.workspace);
}

LoadResult check_both(const std::string& text, const Limits& limits = {}) {
    LoadResult fast = load_workspace(text, limits);
    check_same(fast, load_workspace_full(text, limits));
    return fast;
}

// Every object's members in reverse order, written by `W` (compact or indented, ASCII or not).
// Reversed, the content is sealed again with the file's own hash: format 4's checksum follows
// member order (SHA-256's of versions 1–3 does not, so for those that changes nothing).
template <class W> std::string rewrite(const std::string& text, bool reverse) {
    rapidjson::Document d;
    REQUIRE(parse_json(text, d).ok);
    struct Reverse {
        static void at(rapidjson::Value& v, rapidjson::Document::AllocatorType& a) {
            if (v.IsArray())
                for (auto& e : v.GetArray()) at(e, a);
            if (!v.IsObject()) return;
            rapidjson::Value out(rapidjson::kObjectType);
            for (auto it = v.MemberEnd(); it != v.MemberBegin();) {
                --it;
                at(it->value, a);
                out.AddMember(rapidjson::Value(it->name, a), rapidjson::Value(it->value, a), a);
            }
            v = out;
        }
    };
    if (reverse) {
        Reverse::at(d["content"], d.GetAllocator());
        const std::string sum = content_checksum(d["content"], checksum_kind(d["checksum"].GetString()));
        d["checksum"].SetString(sum.data(), rapidjson::SizeType(sum.size()), d.GetAllocator());
    }
    rapidjson::StringBuffer buf;
    W w(buf);
    d.Accept(w);
    return std::string(buf.GetString(), buf.GetSize());
}

Limits unchecked_limits() { // as the fuzzer runs: damage reaches the content, not only the checksum
    Limits l;
    l.verify_checksum = false;
    return l;
}

} // namespace

TEST_CASE("the fast read takes the files the app writes and reads them as the full read", "[format][tape]") {
    for (std::uint64_t seed = 200; seed < 220; seed++) {
        INFO("seed " << seed);
        testing::RandomShape shape;
        shape.plans = 1 + int(seed % 3);
        Workspace ws = random_workspace(seed, shape);
        ws.envelope_extras.members["x_signature"] = "\"abc\"";
        ws.plans[0].extras.members["x_future"] = R"({"kind":"later","values":[1,-2,null,true,"\u0001"]})";
        LoadResult r = check_both(save_workspace(ws, kSaveTime));
        CHECK(r.fast);
        CHECK(r.workspace == ws);
    }
}

// A tape of 4 MB or more lives in its own mapping (core/format/big_buffer.h, in 2 MB pages where
// Linux allows): a file that large reads as the full read does, and the buffer grows and frees
// like any vector's.
TEST_CASE("a large file's tape in its own mapping: read as the full read", "[format][tape]") {
    testing::RandomShape shape;
    shape.plans = 3;
    shape.problems = 60;
    shape.measures = 6;
    Workspace ws = random_workspace(77, shape);
    const std::string file = save_workspace(ws, kSaveTime);
    REQUIRE(file.size() / 7 * sizeof(Tok) >= BigBufferAllocator<Tok>::kMapFrom); // the mapped path
    LoadResult r = check_both(file);
    CHECK(r.fast);
    CHECK(r.workspace == ws);

    std::vector<Tok, BigBufferAllocator<Tok>> toks;
    toks.reserve(BigBufferAllocator<Tok>::kMapFrom / sizeof(Tok));
    const size_t n = toks.capacity() * 2 + 5; // grows twice: a new mapping each time, the old one freed
    for (size_t i = 0; i < n; i++) {
        Tok t{};
        t.set(std::int64_t(i) * 3);
        toks.push_back(t);
    }
    for (size_t i = 0; i < n; i += 997) CHECK(toks[i].i() == std::int64_t(i) * 3);
    CHECK(toks.back().i() == std::int64_t(n - 1) * 3);
}

TEST_CASE("re-indented, re-ordered and escaped files: the fast read takes them, as the full read", "[format][tape]") {
    const std::string text = save_workspace(random_workspace(5), kSaveTime);
    using Pretty = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
    using Ascii = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::ASCII<>>;
    // Format 3 and before: SHA-256 over the sorted form (re-ordering leaves it as it was).
    rapidjson::Document v3;
    REQUIRE(parse_json(text, v3).ok);
    v3["version"].SetInt(3);
    const std::string sha = content_checksum(v3["content"], ChecksumKind::Sha256);
    v3["checksum"].SetString(sha.data(), rapidjson::SizeType(sha.size()), v3.GetAllocator());
    const std::string v3_text = to_compact_json(v3);
    const std::string variants[] = {rewrite<Pretty>(text, false), rewrite<Pretty>(text, true),
                                    rewrite<Ascii>(text, true), rewrite<Pretty>(v3_text, true),
                                    rewrite<Ascii>(v3_text, false)};
    for (const std::string& v : variants) {
        REQUIRE(v != text);
        LoadResult r = check_both(v);
        CHECK(r.ok);
        CHECK(r.fast);
    }
    CHECK(variants[2].find("\\u") != std::string::npos); // the Chinese really was escaped
}

TEST_CASE("files the fast read leaves to the full read get the full read's answer", "[format][tape]") {
    const std::string text = save_workspace(random_workspace(9), kSaveTime);
    LoadResult v2 = check_both(fixture("formats/v2-sample.rectify.json")); // 2.5 in an unknown member
    CHECK((v2.ok && v2.fast));
    LoadResult v1 = check_both(fixture("formats/v1-sample.rectify.json")); // migrated the full way
    CHECK((v1.ok && !v1.fast));
    // Numbers it leaves to the full read (an exponent of three digits, 19 digits), in an unknown member.
    for (const char* number : {"1e400", "1e300", "1234567890123456789", "0.5e-308"}) {
        std::string t = text;
        t.insert(t.find("\"content\":{") + 11, std::string("\"x_n\":") + number + ",");
        LoadResult r = check_both(t, unchecked_limits());
        CHECK(!r.fast);
    }
    std::string tampered = text;
    tampered.insert(tampered.find("\"title\":\"") + 9, "A");
    CHECK(check_both(tampered).error.key == Msg::ChecksumMismatch);
    CHECK(check_both(text.substr(0, text.size() / 2)).error.key == Msg::Truncated);
    CHECK(check_both(std::string(80, '[') + std::string(80, ']')).error.key == Msg::TooDeep);
    Limits small;
    small.max_bytes = text.size() - 1;
    CHECK(check_both(text, small).error.key == Msg::TooLarge);
}

TEST_CASE("property: damaged files get the same answer from both reads", "[format][tape][property]") {
    testing::RandomShape shape;
    shape.plans = 1, shape.problems = 2, shape.measures = 2, shape.departments = 2, shape.people = 2;
    const std::string text = save_workspace(random_workspace(11, shape), kSaveTime);
    std::mt19937 rng(23);
    const char significant[] = "{}[]\",:\\0123456789-.eEtfnu \x01\xE4\xBD\xA0\xED";
    const Limits unchecked = unchecked_limits();
    for (int i = 0; i < 400; i++) {
        std::string t = text;
        const size_t at = rng() % t.size();
        const char c = significant[rng() % (sizeof significant - 1)];
        switch (i % 4) {
        case 0: t[at] = c; break;
        case 1: t.erase(at, 1 + rng() % 8); break;
        case 2: t.insert(at, 1, c); break;
        default: t.resize(at); break;
        }
        INFO("damage " << i << " at " << at);
        check_both(t);
        check_both(t, unchecked);
    }
}
