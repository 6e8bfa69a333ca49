// envelope: see envelope.h.
// Index: is_envelope · read_envelope (members, Base64, lengths) · messages · envelope_frame · write_envelope · seal/open
#include "core/crypt/envelope.h"

#include <cstring>

#include "core/format/base64.h"
#include "core/format/json.h"
#include "core/texts.h"

namespace rectify {

namespace {

constexpr std::string_view kFormat = "rectify-encrypted";

const rapidjson::Value* member(const rapidjson::Value& o, const char* key) {
    if (!o.IsObject()) return nullptr;
    auto it = o.FindMember(key);
    return it == o.MemberEnd() ? nullptr : &it->value;
}

bool string_is(const rapidjson::Value* v, std::string_view s) {
    return v && v->IsString() && std::string_view(v->GetString(), v->GetStringLength()) == s;
}

// `"format"`, blanks, `:`, blanks, `"rectify-encrypted"` outside any string: a damaged envelope's
// text still says what it is (inside a JSON string every quote is escaped, so a plan's text cannot).
bool says_format(std::string_view bytes) {
    for (size_t at = bytes.find("\"format\""); at != std::string_view::npos; at = bytes.find("\"format\"", at + 1)) {
        if (at > 0 && bytes[at - 1] == '\\') continue;
        size_t i = at + 8;
        auto blanks = [&] {
            while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) i++;
        };
        blanks();
        if (i >= bytes.size() || bytes[i] != ':') continue;
        i++;
        blanks();
        if (bytes.substr(i, kFormat.size() + 2) == "\"rectify-encrypted\"") return true;
    }
    return false;
}

std::string_view trimmed_start(std::string_view b) {
    if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
    while (!b.empty() && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r')) b.remove_prefix(1);
    return b;
}

} // namespace

bool is_envelope(std::string_view bytes) {
    bytes = trimmed_start(bytes);
    if (bytes.empty() || bytes[0] != '{' || bytes.find(kFormat) == std::string_view::npos) return false;
    if (bytes.size() <= kEnvelopeMaxBytes) {
        rapidjson::Document doc;
        if (parse_json(bytes, doc).ok) return string_is(member(doc, "format"), kFormat);
    }
    return says_format(bytes);
}

EnvelopeRead read_envelope(std::string_view bytes) {
    EnvelopeRead r;
    auto fail = [&](EnvelopeFault f, std::string field = {}, std::int64_t value = 0) {
        r.fault = f, r.field = std::move(field), r.value = value;
        return r;
    };
    if (bytes.size() > kEnvelopeMaxBytes) return fail(EnvelopeFault::TooLarge, {}, std::int64_t(bytes.size()));
    rapidjson::Document doc;
    if (!parse_json(trimmed_start(bytes), doc).ok || !doc.IsObject()) return fail(EnvelopeFault::NotJson);
    if (!string_is(member(doc, "format"), kFormat)) return fail(EnvelopeFault::NotEnvelope);
    const rapidjson::Value* version = member(doc, "version");
    if (!version || !version->IsInt64()) return fail(EnvelopeFault::Missing, "version");
    if (version->GetInt64() != 1) return fail(EnvelopeFault::Version, {}, version->GetInt64());
    const rapidjson::Value* kdf = member(doc, "kdf");
    const rapidjson::Value* cipher = member(doc, "cipher");
    if (!kdf || !kdf->IsObject()) return fail(EnvelopeFault::Missing, "kdf");
    if (!cipher || !cipher->IsObject()) return fail(EnvelopeFault::Missing, "cipher");
    if (!string_is(member(*kdf, "name"), "PBKDF2") || !string_is(member(*kdf, "hash"), "SHA-256"))
        return fail(EnvelopeFault::Kdf);
    const rapidjson::Value* n = member(*kdf, "iterations");
    if (!n || !n->IsInt64()) return fail(EnvelopeFault::Missing, "kdf.iterations");
    if (n->GetInt64() < std::int64_t(kEnvelopeIterations)) return fail(EnvelopeFault::IterationsLow, {}, n->GetInt64());
    if (n->GetInt64() > std::int64_t(kEnvelopeMaxIterations)) return fail(EnvelopeFault::IterationsHigh, {}, n->GetInt64());
    r.envelope.iterations = std::uint32_t(n->GetInt64());
    if (!string_is(member(*cipher, "name"), "AES-GCM")) return fail(EnvelopeFault::Cipher);
    struct Field {
        const rapidjson::Value* v;
        const char* name;
        std::string* out;
    } fields[] = {{member(*kdf, "salt"), "kdf.salt", &r.envelope.salt},
                  {member(*cipher, "iv"), "cipher.iv", &r.envelope.iv},
                  {member(doc, "data"), "data", &r.envelope.data}};
    for (const Field& f : fields) {
        if (!f.v || !f.v->IsString()) return fail(EnvelopeFault::Missing, f.name);
        if (!base64_decode(std::string_view(f.v->GetString(), f.v->GetStringLength()), *f.out))
            return fail(EnvelopeFault::Base64, f.name);
    }
    const Envelope& e = r.envelope;
    if (e.salt.size() < kEnvelopeSaltBytes || e.salt.size() > kEnvelopeMaxSaltBytes)
        return fail(EnvelopeFault::SaltLength, {}, std::int64_t(e.salt.size()));
    if (e.iv.size() != kEnvelopeIvBytes) return fail(EnvelopeFault::IvLength, {}, std::int64_t(e.iv.size()));
    if (e.data.size() < kEnvelopeTagBytes) return fail(EnvelopeFault::DataShort, {}, std::int64_t(e.data.size()));
    return r;
}

std::string envelope_message(EnvelopeFault fault, Lang lang) { return envelope_message(EnvelopeRead{fault, {}, 0, {}}, lang); }

std::string envelope_message(const EnvelopeRead& r, Lang lang) {
    static const struct {
        EnvelopeFault fault;
        CoreText text;
    } kTexts[] = {
        {EnvelopeFault::TooLarge, CoreText::EnvelopeTooLarge},   {EnvelopeFault::NotJson, CoreText::EnvelopeNotJson},
        {EnvelopeFault::NotEnvelope, CoreText::EnvelopeNotJson}, {EnvelopeFault::Version, CoreText::EnvelopeVersion},
        {EnvelopeFault::Missing, CoreText::EnvelopeMissing},     {EnvelopeFault::Kdf, CoreText::EnvelopeKdf},
        {EnvelopeFault::IterationsLow, CoreText::EnvelopeIterationsLow},
        {EnvelopeFault::IterationsHigh, CoreText::EnvelopeIterationsHigh},
        {EnvelopeFault::Cipher, CoreText::EnvelopeCipher},       {EnvelopeFault::Base64, CoreText::EnvelopeBase64},
        {EnvelopeFault::SaltLength, CoreText::EnvelopeSaltLength}, {EnvelopeFault::IvLength, CoreText::EnvelopeIvLength},
        {EnvelopeFault::DataShort, CoreText::EnvelopeDataShort}, {EnvelopeFault::WrongPassword, CoreText::EnvelopeWrongPassword},
        {EnvelopeFault::PlainTooLarge, CoreText::EnvelopePlainTooLarge},
        {EnvelopeFault::CipherFailed, CoreText::EnvelopeCipherFailed},
    };
    for (const auto& t : kTexts)
        if (t.fault == r.fault)
            return core_text(t.text, lang,
                             {{"field", r.field}, {"value", r.value}, {"min", kEnvelopeIterations}, {"max", kEnvelopeMaxIterations},
                              {"limit", "256 MB"}});
    return {};
}

std::string encrypted_file_name(const std::string& plain_name) {
    std::string stem = plain_name;
    for (const char* tail : {".json", ".zip"})
        if (stem.size() >= std::strlen(tail) && stem.compare(stem.size() - std::strlen(tail), std::string::npos, tail) == 0) {
            stem.resize(stem.size() - std::strlen(tail));
            break;
        }
    return stem + ".enc.json";
}

EnvelopeFrame envelope_frame(const Envelope& e) {
    EnvelopeFrame f;
    f.head = "{\"format\":\"rectify-encrypted\",\"version\":" + std::to_string(e.version);
    f.head += ",\"kdf\":{\"name\":\"PBKDF2\",\"hash\":\"SHA-256\",\"iterations\":" + std::to_string(e.iterations);
    f.head += ",\"salt\":\"" + base64_encode(e.salt) + "\"}";
    f.head += ",\"cipher\":{\"name\":\"AES-GCM\",\"iv\":\"" + base64_encode(e.iv) + "\"}";
    f.head += ",\"data\":\"";
    f.tail = "\"}\n";
    return f;
}

std::string write_envelope(const Envelope& e) {
    const EnvelopeFrame f = envelope_frame(e);
    std::string out;
    out.reserve(f.head.size() + e.data.size() / 3 * 4 + 4 + f.tail.size());
    out += f.head;
    out += base64_encode(e.data);
    out += f.tail;
    return out;
}

EnvelopeFault seal_envelope(std::string_view plain, std::string_view password, Cipher& cipher, std::string& out) {
    if (plain.size() > kEnvelopeMaxPlainBytes) return EnvelopeFault::PlainTooLarge;
    Envelope e;
    if (!cipher.random(kEnvelopeSaltBytes, e.salt) || !cipher.random(kEnvelopeIvBytes, e.iv) ||
        e.salt.size() != kEnvelopeSaltBytes || e.iv.size() != kEnvelopeIvBytes ||
        !cipher.encrypt(password, e, plain, e.data) || e.data.size() != plain.size() + kEnvelopeTagBytes)
        return EnvelopeFault::CipherFailed;
    out = write_envelope(e);
    return EnvelopeFault::None;
}

EnvelopeRead open_envelope(std::string_view bytes, std::string_view password, Cipher& cipher, std::string& plain) {
    EnvelopeRead r = read_envelope(bytes);
    if (r.ok() && !cipher.decrypt(password, r.envelope, plain)) {
        plain.clear();
        r.fault = EnvelopeFault::WrongPassword;
    }
    return r;
}

} // namespace rectify
