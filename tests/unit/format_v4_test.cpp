// Format 4 (issue 23): the content checksum is XXH3-128 ("xxh3:<32 hex>", core/format/content_hash.h)
// over the same canonical form as before; files sealed with SHA-256 (versions 1–3, or another tool)
// still verify; damage to a format-4 file is reported as before; the fast and full reads agree.
#include <catch2/catch_test_macros.hpp>

#include "core/format/content_hash.h"
#include "core/format/format.h"
#include "core/format/json.h"
#include "random_plan.h"
#include "test_util.h"

using namespace rectify;
using rectify::testing::fixture;
using rectify::testing::kSaveTime;
using rectify::testing::random_workspace;

namespace {

std::string hash_of(ChecksumKind kind, std::string_view bytes) {
    ContentHash h(kind);
    h.update(bytes.data(), bytes.size());
    return h.finish();
}

// Both reads of `text`, which must agree (as format_tape_test.cpp checks in full).
LoadResult load_both(const std::string& text) {
    LoadResult fast = load_workspace(text), full = load_workspace_full(text);
    INFO("fast: " << format_error(fast.error, Lang::En) << " / full: " << format_error(full.error, Lang::En));
    REQUIRE(fast.ok == full.ok);
    CHECK(fast.error.key == full.error.key);
    CHECK(fast.error.path == full.error.path);
    CHECK(fast.info.version == full.info.version);
    CHECK(fast.workspace == full.workspace);
    return fast;
}

// `text` with its envelope's version and checksum replaced (the content as it is).
std::string resealed(const std::string& text, int version, ChecksumKind kind) {
    rapidjson::Document d;
    REQUIRE(parse_json(text, d).ok);
    d["version"].SetInt(version);
    const std::string sum = content_checksum(d["content"], kind);
    d["checksum"].SetString(sum.data(), rapidjson::SizeType(sum.size()), d.GetAllocator());
    return to_compact_json(d);
}

} // namespace

TEST_CASE("the checksum hashes are the published ones", "[format][v4]") {
    // xxHash's own test values for XXH3-128, written as the canonical (big-endian) hex.
    CHECK(hash_of(ChecksumKind::Xxh3, "") == "xxh3:99aa06d3014798d86001c324468d497f");
    CHECK(hash_of(ChecksumKind::Xxh3, "abc") == "xxh3:06b05ab6733a618578af5f94892f3950");
    CHECK(hash_of(ChecksumKind::Sha256, "abc") ==
          "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // Streamed in pieces, across the hasher's internal block sizes: the same digest.
    std::string long_text;
    for (int i = 0; i < 5000; i++) long_text += char('a' + i % 26);
    ContentHash pieces(ChecksumKind::Xxh3);
    for (size_t at = 0, step = 1; at < long_text.size(); at += step, step = step * 3 % 257 + 1)
        pieces.update(long_text.data() + at, std::min(step, long_text.size() - at));
    CHECK(pieces.finish() == hash_of(ChecksumKind::Xxh3, long_text));
    CHECK(checksum_kind("xxh3:00") == ChecksumKind::Xxh3);
    CHECK(checksum_kind("sha256:00") == ChecksumKind::Sha256);
    CHECK(checksum_kind("xxh") == ChecksumKind::Sha256);
}

TEST_CASE("format 4 is written with an xxh3 checksum and read back, both ways alike", "[format][v4]") {
    for (std::uint64_t seed = 40; seed < 46; seed++) {
        INFO("seed " << seed);
        Workspace ws = random_workspace(seed);
        const std::string text = save_workspace(ws, kSaveTime);
        rapidjson::Document d;
        REQUIRE(parse_json(text, d).ok);
        CHECK(d["version"].GetInt() == 4);
        const std::string sum = d["checksum"].GetString();
        CHECK(sum.size() == 5 + 32);
        CHECK(sum.rfind("xxh3:", 0) == 0);
        CHECK(sum == content_checksum(d["content"], ChecksumKind::Xxh3));
        LoadResult r = load_both(text);
        REQUIRE(r.ok);
        CHECK(r.fast);
        CHECK(r.info.version == 4);
        CHECK(r.workspace == ws);
    }
}

TEST_CASE("files sealed with SHA-256 (format 3 and before) still load", "[format][v4]") {
    const Workspace ws = random_workspace(47);
    const std::string v4 = save_workspace(ws, kSaveTime);
    const std::string v3 = resealed(v4, 3, ChecksumKind::Sha256);
    REQUIRE(v3.find("\"checksum\":\"sha256:") != std::string::npos);
    LoadResult r = load_both(v3);
    REQUIRE(r.ok);
    CHECK(r.fast);
    CHECK(r.info.version == 3);
    CHECK(r.workspace == ws);
    LoadResult sample = load_both(fixture("formats/v2-sample.rectify.json"));
    CHECK(sample.ok);
    CHECK(sample.info.version == 2);
    // The checksum names its hash, whatever the version: each verifies by its own...
    CHECK(load_both(resealed(v4, 4, ChecksumKind::Sha256)).ok);
    CHECK(load_both(resealed(v4, 3, ChecksumKind::Xxh3)).ok);
    // ...and a digest under another hash's name is a mismatch, not a pass.
    std::string renamed = v4;
    renamed.replace(renamed.find("\"xxh3:") + 1, 5, "sha256:");
    CHECK(load_both(renamed).error.key == Msg::ChecksumMismatch);
}

TEST_CASE("a format-4 file with one byte of its content changed is reported damaged", "[format][v4]") {
    const std::string text = save_workspace(random_workspace(48), kSaveTime);
    const std::string damaged_message = format_error(load_workspace(fixture("hostile/checksum-mismatch.json")).error, Lang::En);
    const size_t content = text.find("\"content\":");
    REQUIRE(content != std::string::npos);
    int changed = 0;
    // Every 97th lowercase letter or digit of the content, changed to another of its kind: JSON
    // still (but in a literal), the same shape, so only the checksum can tell; it is checked before
    // the content is read, so a changed member name too is "damaged".
    for (size_t at = content + 11; at < text.size(); at += 97) {
        const char c = text[at];
        const bool lower = c >= 'a' && c <= 'z', digit = c >= '1' && c <= '8';
        if (!lower && !digit) continue;
        std::string t = text;
        t[at] = lower ? char(c == 'z' ? 'y' : c + 1) : char(c + 1);
        LoadResult r = load_both(t);
        REQUIRE_FALSE(r.ok);
        if (r.error.key == Msg::NotJson) continue; // a letter of true, false or null
        CHECK(r.error.key == Msg::ChecksumMismatch);
        CHECK(format_error(r.error, Lang::En) == damaged_message);
        changed++;
    }
    CHECK(changed > 20);
}

TEST_CASE("format 4 hashes the Writer's form of what another tool wrote, the fast read too", "[format][v4]") {
    const std::string text = save_workspace(random_workspace(49), kSaveTime);
    // Each is written otherwise than RapidJSON's Writer would write it: the checksum is of the
    // Writer's form, so the fast read must not hash these bytes as they stand.
    const char* const others[] = {"-0", "2.50", "1E2", "\"a\\/b\"", "\"\\u001f\"", "\"\\u4e2d\"",
                                  "\"\\ud83d\\ude00\"", "[ 1]", "{\"k\" :1}"};
    for (const char* other : others) {
        INFO(other);
        std::string t = text;
        t.insert(t.find("\"content\":{") + 11, std::string("\"x_other\":") + other + ",");
        rapidjson::Document d; // the checksum over the content parsed; the text left as it is
        REQUIRE(parse_json(t, d).ok);
        const std::string old_sum = d["checksum"].GetString();
        t.replace(t.find(old_sum), old_sum.size(), content_checksum(d["content"], ChecksumKind::Xxh3));
        LoadResult r = load_both(t);
        CHECK(r.ok);
        CHECK(r.fast);
    }
}
