// Encrypted plan files (core/crypt/envelope.h): the envelope read and written, every malformed
// one refused with its own message, and sealing/opening through a test double of the cipher (the
// real ciphers are tested by tests/cli/crypt_test.sh: OpenSSL, and a vector made by WebCrypto).
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/crypt/envelope.h"
#include "core/format/base64.h"
#include "core/format/sha256.h"

using namespace rectify;

namespace {

// Not a cipher: a keystream and a tag from SHA-256 of the password, salt and IV, enough to tell a
// wrong password or a changed byte from the right ones.
struct FakeCipher : Cipher {
    int counter = 0;
    bool fail = false;
    bool random(std::size_t n, std::string& out) override {
        out.clear();
        for (std::size_t i = 0; i < n; i++) out += char(counter++ * 37 + 11);
        return !fail;
    }
    static std::string stream(std::string_view password, const Envelope& e, std::size_t n) {
        std::string ks;
        for (int block = 0; ks.size() < n; block++) {
            Sha256 h;
            h.update(password), h.update(e.salt), h.update(e.iv), h.update(std::to_string(block));
            auto d = h.finish();
            ks.append(reinterpret_cast<const char*>(d.data()), d.size());
        }
        return ks;
    }
    static std::string tag(std::string_view password, const Envelope& e, std::string_view ct) {
        Sha256 h;
        h.update(password), h.update(e.iv), h.update(ct);
        auto d = h.finish();
        return std::string(reinterpret_cast<const char*>(d.data()), kEnvelopeTagBytes);
    }
    bool encrypt(std::string_view password, const Envelope& e, std::string_view plain, std::string& data) override {
        if (fail) return false;
        const std::string ks = stream(password, e, plain.size());
        data.assign(plain);
        for (std::size_t i = 0; i < data.size(); i++) data[i] = char(data[i] ^ ks[i]);
        data += tag(password, e, data);
        return true;
    }
    bool decrypt(std::string_view password, const Envelope& e, std::string& plain) override {
        std::string_view ct(e.data.data(), e.data.size() - kEnvelopeTagBytes);
        if (tag(password, e, ct) != e.data.substr(ct.size())) return false;
        const std::string ks = stream(password, e, ct.size());
        plain.assign(ct);
        for (std::size_t i = 0; i < plain.size(); i++) plain[i] = char(plain[i] ^ ks[i]);
        return true;
    }
};

const std::string kPlan = R"({"format":"rectify-plan","version":3,"plans":[{"title":"整改方案"}]})";

std::string valid_text(std::uint32_t iterations = kEnvelopeIterations) {
    Envelope e;
    e.iterations = iterations;
    e.salt = std::string(16, 'S');
    e.iv = std::string(12, 'I');
    e.data = std::string(40, 'D');
    return write_envelope(e);
}

// The envelope's text with one member's value (as JSON) replaced.
std::string with(const std::string& text, const std::string& from, const std::string& to) {
    std::string s = text;
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

} // namespace

TEST_CASE("an envelope is written as the issue gives it and read back", "[envelope]") {
    Envelope e;
    e.salt = "0123456789abcdef";
    e.iv = "ivivivivivi\xff";
    e.data = std::string("\0\1\2 ciphertext and tag here", 27);
    const std::string text = write_envelope(e);
    CHECK(text.rfind("{\"format\":\"rectify-encrypted\",\"version\":1,\"kdf\":{\"name\":\"PBKDF2\",\"hash\":\"SHA-256\","
                     "\"iterations\":600000,\"salt\":\"",
                     0) == 0);
    CHECK(text.find("\"cipher\":{\"name\":\"AES-GCM\",\"iv\":\"" + base64_encode(e.iv) + "\"}") != std::string::npos);
    CHECK(is_envelope(text));
    const EnvelopeRead r = read_envelope(text);
    REQUIRE(r.ok());
    CHECK(r.envelope.iterations == 600000);
    CHECK(r.envelope.salt == e.salt);
    CHECK(r.envelope.iv == e.iv);
    CHECK(r.envelope.data == e.data);
}

TEST_CASE("an envelope written around its data (the page's way for a package) reads back the same", "[envelope]") {
    Envelope e;
    e.salt = std::string(16, '\x07');
    e.iv = "twelve bytes";
    e.iterations = 700000;
    const EnvelopeFrame f = envelope_frame(e); // without the data: the page has it
    for (std::string data : {std::string(), std::string("\0\xff", 2), std::string(1000, 'x') + "tag"}) {
        e.data = data;
        const std::string text = f.head + base64_encode(data) + f.tail;
        CHECK(text == write_envelope(e));
        const EnvelopeRead r = read_envelope(text);
        if (data.size() < kEnvelopeTagBytes) {
            CHECK(r.fault == EnvelopeFault::DataShort);
            continue;
        }
        REQUIRE(r.ok());
        CHECK(r.envelope.iterations == 700000);
        CHECK(r.envelope.iv == e.iv);
        CHECK(r.envelope.data == data);
    }
    CHECK(f.head.find("twelve") == std::string::npos); // the frame carries the IV in Base64 only
}

TEST_CASE("is_envelope knows an envelope by its content, damaged or not, and nothing else", "[envelope]") {
    CHECK(is_envelope("\xEF\xBB\xBF  \n" + valid_text()));
    // other member orders and spacing (another writer)
    CHECK(is_envelope(R"({ "data" : "AAAA", "format" : "rectify-encrypted" })"));
    // cut short: still an envelope, its reader says it is damaged
    const std::string cut = valid_text().substr(0, 120);
    CHECK(is_envelope(cut));
    CHECK(read_envelope(cut).fault == EnvelopeFault::NotJson);
    CHECK_FALSE(is_envelope(kPlan));
    CHECK_FALSE(is_envelope(""));
    CHECK_FALSE(is_envelope("PK\x03\x04 rectify-encrypted"));
    // a plan whose text names the format is a plan
    CHECK_FALSE(is_envelope(R"({"format":"rectify-plan","note":"\"format\":\"rectify-encrypted\""})"));
    CHECK_FALSE(is_envelope(R"({"format":"rectify-plan","plans":[{"title":"rectify-encrypted"}]})"));
    CHECK_FALSE(is_envelope(R"({"format":"rectify-plan","x":{"format":"rectify-encrypted"}})"));
}

TEST_CASE("every malformed envelope is refused with its own message", "[envelope]") {
    const std::string ok = valid_text();
    struct Case {
        std::string text;
        EnvelopeFault fault;
        std::string field;
        std::int64_t value;
    };
    const std::string b64_15 = base64_encode(std::string(15, 's')), b64_11 = base64_encode(std::string(11, 'i'));
    const Case cases[] = {
        {"[1,2]", EnvelopeFault::NotJson, "", 0},
        {"{\"format\":\"rectify-encrypted\"", EnvelopeFault::NotJson, "", 0},
        {R"({"format":"rectify-plan"})", EnvelopeFault::NotEnvelope, "", 0},
        {with(ok, "\"version\":1", "\"version\":2"), EnvelopeFault::Version, "", 2},
        {with(ok, "\"version\":1", "\"version\":\"1\""), EnvelopeFault::Missing, "version", 0},
        {with(ok, "\"version\":1,", ""), EnvelopeFault::Missing, "version", 0},
        {with(ok, "\"PBKDF2\"", "\"scrypt\""), EnvelopeFault::Kdf, "", 0},
        {with(ok, "\"SHA-256\"", "\"SHA-1\""), EnvelopeFault::Kdf, "", 0},
        {valid_text(599999), EnvelopeFault::IterationsLow, "", 599999},
        {valid_text(kEnvelopeMaxIterations + 1), EnvelopeFault::IterationsHigh, "", kEnvelopeMaxIterations + 1},
        {with(ok, "\"iterations\":600000", "\"iterations\":6e5"), EnvelopeFault::Missing, "kdf.iterations", 0},
        {with(ok, "\"iterations\":600000", "\"iterations\":-1"), EnvelopeFault::IterationsLow, "", -1},
        {with(ok, "\"AES-GCM\"", "\"AES-CBC\""), EnvelopeFault::Cipher, "", 0},
        {with(ok, "\"salt\":\"", "\"salt\":\"*"), EnvelopeFault::Base64, "kdf.salt", 0},
        {with(ok, "\"iv\":\"", "\"iv\":\"A"), EnvelopeFault::Base64, "cipher.iv", 0},
        {with(ok, "\"data\":\"", "\"data\":\"%"), EnvelopeFault::Base64, "data", 0},
        {with(ok, "\"data\":\"", "\"Data\":\""), EnvelopeFault::Missing, "data", 0},
        {with(ok, "\"salt\":\"" + base64_encode(std::string(16, 'S')), "\"salt\":\"" + b64_15), EnvelopeFault::SaltLength, "", 15},
        {with(ok, "\"iv\":\"" + base64_encode(std::string(12, 'I')), "\"iv\":\"" + b64_11), EnvelopeFault::IvLength, "", 11},
        {with(ok, "\"data\":\"" + base64_encode(std::string(40, 'D')), "\"data\":\"" + base64_encode(std::string(15, 'd'))),
         EnvelopeFault::DataShort, "", 15},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const EnvelopeRead r = read_envelope(c.text);
        CHECK(r.fault == c.fault);
        CHECK(r.field == c.field);
        CHECK(r.value == c.value);
        const std::string zh = envelope_message(r, Lang::Zh), en = envelope_message(r, Lang::En);
        CHECK_FALSE(zh.empty());
        CHECK_FALSE(en.empty());
        if (!c.field.empty()) CHECK(en.find(c.field) != std::string::npos);
        if (c.value > 0) CHECK(en.find(std::to_string(c.value)) != std::string::npos);
    }
    // Every fault has a sentence of its own.
    for (int f = int(EnvelopeFault::TooLarge); f <= int(EnvelopeFault::CipherFailed); f++)
        for (int g = f + 1; g <= int(EnvelopeFault::CipherFailed); g++)
            if (EnvelopeFault(f) != EnvelopeFault::NotEnvelope && EnvelopeFault(g) != EnvelopeFault::NotEnvelope)
                CHECK(envelope_message(EnvelopeFault(f), Lang::En) != envelope_message(EnvelopeFault(g), Lang::En));
}

TEST_CASE("an envelope larger than the limit is refused before it is parsed", "[envelope]") {
    std::string huge(kEnvelopeMaxBytes + 1, ' ');
    CHECK(read_envelope(huge).fault == EnvelopeFault::TooLarge);
}

TEST_CASE("seal and open through a cipher: right password, wrong password, a changed byte", "[envelope]") {
    FakeCipher cipher;
    std::string text;
    REQUIRE(seal_envelope(kPlan, "correct horse", cipher, text) == EnvelopeFault::None);
    CHECK(is_envelope(text));
    CHECK(text.find("整改方案") == std::string::npos);
    CHECK(text.find("rectify-plan") == std::string::npos);
    const EnvelopeRead r = read_envelope(text);
    REQUIRE(r.ok());
    CHECK(r.envelope.salt.size() == kEnvelopeSaltBytes);
    CHECK(r.envelope.iv.size() == kEnvelopeIvBytes);
    CHECK(r.envelope.data.size() == kPlan.size() + kEnvelopeTagBytes);

    std::string plain;
    CHECK(open_envelope(text, "correct horse", cipher, plain).ok());
    CHECK(plain == kPlan);

    plain = "left over";
    CHECK(open_envelope(text, "wrong", cipher, plain).fault == EnvelopeFault::WrongPassword);
    CHECK(plain.empty());

    // one byte of the ciphertext changed (inside the Base64 of data)
    std::string data = r.envelope.data;
    data[3] = char(data[3] ^ 1);
    std::string tampered = with(text, base64_encode(r.envelope.data), base64_encode(data));
    CHECK(open_envelope(tampered, "correct horse", cipher, plain).fault == EnvelopeFault::WrongPassword);

    // a second seal of the same bytes uses a new salt and IV
    std::string again;
    REQUIRE(seal_envelope(kPlan, "correct horse", cipher, again) == EnvelopeFault::None);
    CHECK(again != text);

    cipher.fail = true;
    CHECK(seal_envelope(kPlan, "x", cipher, again) == EnvelopeFault::CipherFailed);
}

TEST_CASE("more than 256 MB is not sealed", "[envelope]") {
    FakeCipher cipher;
    std::string out;
    const std::string big(kEnvelopeMaxPlainBytes + 1, 'x');
    CHECK(seal_envelope(big, "pw", cipher, out) == EnvelopeFault::PlainTooLarge);
    CHECK(out.empty());
}

TEST_CASE("an encrypted file's name", "[envelope]") {
    CHECK(encrypted_file_name("整改方案-青山市教育局-2026-11-23.rectify.json") == "整改方案-青山市教育局-2026-11-23.rectify.enc.json");
    CHECK(encrypted_file_name("p.rectify.zip") == "p.rectify.enc.json");
    CHECK(encrypted_file_name("plain") == "plain.enc.json");
}
