// SHA-256, messages, stats, IDs, UTF-8.
#include <catch2/catch_test_macros.hpp>

#include <set>

#include "core/format/format.h"
#include "core/format/sha256.h"
#include "core/report/stats.h"
#include "core/utf8.h"
#include "test_util.h"

using namespace rectify;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[sha256]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 h; // streamed in uneven pieces: the same digest
    std::string million(1000000, 'a');
    for (size_t i = 0; i < million.size(); i += 999) h.update(std::string_view(million).substr(i, 999));
    CHECK(h.finish_hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 gives one digest however the input is split, at every block boundary", "[sha256]") {
    std::string text;
    for (int i = 0; i < 300; i++) text += char('!' + i * 7 % 90);
    for (size_t len = 0; len <= text.size(); len++) {
        std::string_view msg = std::string_view(text).substr(0, len);
        std::string whole = sha256_hex(msg);
        Sha256 bytes, pieces;
        for (char c : msg) bytes.update(&c, 1);
        for (size_t i = 0; i < len; i += 1 + i % 70) pieces.update(msg.substr(i, 1 + i % 70));
        INFO("length " << len);
        REQUIRE(bytes.finish_hex() == whole);
        REQUIRE(pieces.finish_hex() == whole);
    }
    // Lengths around the padding boundary (55, 56, 63, 64 bytes), against known digests.
    CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("every load message exists in both languages and fills its placeholders", "[messages]") {
    LoadError e;
    e.path = "plans[0].title";
    e.detail = "DETAIL";
    e.n = 12345;
    e.limit = 678;
    e.expected = JsonKind::String;
    e.found = JsonKind::Number;
    for (int k = 0; k < kMsgCount; k++) {
        e.key = Msg(k);
        INFO(msg_key_name(e.key));
        std::string zh = format_error(e, Lang::Zh), en = format_error(e, Lang::En);
        CHECK(zh != en);
        CHECK(zh.find('{') == std::string::npos);
        CHECK(en.find('{') == std::string::npos);
        Msg back;
        REQUIRE(msg_from_name(msg_key_name(e.key), back));
        CHECK(back == e.key);
    }
    e.key = Msg::WrongType;
    CHECK(format_error(e, Lang::En) == "Wrong type at plans[0].title: expected a string, found a number.");
    CHECK(format_error(e, Lang::Zh) == "plans[0].title 的类型不对：应为字符串，实际为数字。");
}

TEST_CASE("stats count live measures by status and overdue ones as of a day", "[stats]") {
    LoadResult r = load_workspace(testing::fixture("formats/v2-sample.rectify.json"));
    REQUIRE(r.ok);
    Stats s = compute_stats(r.workspace, Date{2022, 10, 1});
    CHECK(s.plans == 1);
    CHECK(s.problems == 3); // the fourth is a tombstone
    CHECK(s.measures == 3);
    CHECK(s.by_status[size_t(Status::NotStarted)] == 1);
    CHECK(s.by_status[size_t(Status::InProgress)] == 1);
    CHECK(s.by_status[size_t(Status::DoneOngoing)] == 1);
    CHECK(s.overdue == 1); // 9月30日前, not started
    CHECK(s.overdue_ids == std::vector<Id>{r.workspace.plans[0].problems[2].measures[0].id});
    CHECK(compute_stats(r.workspace, Date{2022, 9, 30}).overdue == 0); // due that day: not late yet
    CHECK(compute_stats(r.workspace, Date{2022, 12, 1}).overdue == 2);
}

TEST_CASE("IDs are unique, prefixed, and reproducible from a seed", "[ids]") {
    IdSource a(5), b(5);
    std::set<Id> seen;
    for (int i = 0; i < 10000; i++) {
        Id id = a.make("m");
        CHECK(id == b.make("m"));
        REQUIRE(id.size() == 18);
        REQUIRE(id.rfind("m-", 0) == 0);
        seen.insert(id);
    }
    CHECK(seen.size() == 10000);
}

TEST_CASE("UTF-8 helpers encode and decode one to four bytes and refuse broken sequences", "[utf8]") {
    std::string s;
    for (char32_t c : {U'a', U'é', U'整', U'𠀀'}) append_utf8(s, c);
    CHECK(s == "a\xC3\xA9\xE6\x95\xB4\xF0\xA0\x80\x80");
    std::u32string back;
    for (size_t i = 0; i < s.size();) {
        size_t len = utf8_lead_length(static_cast<unsigned char>(s[i]));
        char32_t c = 0;
        REQUIRE(decode_utf8(s, i, len, c));
        back += c;
        i += len;
    }
    CHECK(back == U"aé整𠀀");
    CHECK(utf8_lead_length(0x80) == 0); // a continuation byte
    CHECK(utf8_lead_length(0xF8) == 0);
    char32_t c = 0;
    CHECK_FALSE(decode_utf8("\xE6\x95", 0, 3, c)); // cut short
    CHECK_FALSE(decode_utf8("\xE6\x41\x42", 0, 3, c)); // not a continuation byte
}
