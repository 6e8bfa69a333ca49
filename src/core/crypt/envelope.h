// envelope: encrypted plan files (issue 20). The file is a JSON envelope
//   {"format":"rectify-encrypted","version":1,
//    "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":N,"salt":B64},
//    "cipher":{"name":"AES-GCM","iv":B64},"data":B64}
// with the key derived by PBKDF2-SHA-256 (N ≥ 600,000 iterations, a random salt of 16 bytes) and
// `data` the AES-256-GCM ciphertext with its 16-byte tag appended (as WebCrypto's encrypt returns it).
// It decrypts to the bytes of an ordinary plan file or a plan package.
// The cryptography is not here (core has none): the app uses the browser's WebCrypto
// (platform/crypt.h, web/crypt.js), the CLI OpenSSL (cli/crypt_openssl.cpp). Core recognises,
// checks and writes envelopes, and opens/seals one through a Cipher given to it.
// Index: limits · Envelope · is_envelope · read_envelope · write_envelope · envelope_frame · Cipher · seal/open_envelope
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/i18n.h"

namespace rectify {

constexpr std::uint32_t kEnvelopeIterations = 600000;     // what we write, and the least we read
constexpr std::uint32_t kEnvelopeMaxIterations = 10000000; // more is refused: a file must not cost minutes
constexpr std::size_t kEnvelopeSaltBytes = 16;             // written; read: 16 to 64
constexpr std::size_t kEnvelopeMaxSaltBytes = 64;
constexpr std::size_t kEnvelopeIvBytes = 12;
constexpr std::size_t kEnvelopeTagBytes = 16;
// What is encrypted at most (a plan file, or a package): 256 MB, held in memory twice over while
// encrypting. An envelope is its Base64 (4/3) and a little JSON.
constexpr std::size_t kEnvelopeMaxPlainBytes = std::size_t(256) << 20;
constexpr std::size_t kEnvelopeMaxBytes = (kEnvelopeMaxPlainBytes + kEnvelopeTagBytes + 2) / 3 * 4 + 4096;

struct Envelope {
    int version = 1;
    std::uint32_t iterations = kEnvelopeIterations;
    std::string salt; // bytes, not Base64
    std::string iv;   // 12 bytes
    std::string data; // the ciphertext with the 16-byte tag at its end
};

// Whether `bytes` are an envelope (a JSON object whose "format" is "rectify-encrypted"), however
// damaged the rest of it is: then the app asks for a password, or says what is wrong with the
// envelope, rather than calling it a bad plan file. Cheap for anything else.
bool is_envelope(std::string_view bytes);

enum class EnvelopeFault {
    None,
    TooLarge,      // more than kEnvelopeMaxBytes
    NotJson,       // not a JSON object
    NotEnvelope,   // no "format":"rectify-encrypted"
    Version,       // a version other than 1
    Missing,       // a member missing or of the wrong type ({field})
    Kdf,           // a key derivation other than PBKDF2 with SHA-256
    IterationsLow, // fewer than kEnvelopeIterations
    IterationsHigh, // more than kEnvelopeMaxIterations
    Cipher,        // a cipher other than AES-GCM
    Base64,        // not Base64 ({field})
    SaltLength,    // salt not 16 to 64 bytes
    IvLength,      // iv not 12 bytes
    DataShort,     // data shorter than the tag
    WrongPassword, // the tag did not match: a wrong password or a changed byte (never told apart)
    PlainTooLarge, // sealing more than kEnvelopeMaxPlainBytes
    CipherFailed,  // the cipher itself failed (no crypto in this browser, out of memory)
};

struct EnvelopeRead {
    EnvelopeFault fault = EnvelopeFault::None;
    std::string field;  // Missing, Base64: which member ("kdf.salt")
    std::int64_t value = 0; // Version, IterationsLow/High: what the file says; lengths: the bytes
    Envelope envelope;
    bool ok() const { return fault == EnvelopeFault::None; }
};

// Reads and checks an envelope: linear in its size, nothing decrypted.
EnvelopeRead read_envelope(std::string_view bytes);
// What is wrong, in `lang` (every fault has its own sentence).
std::string envelope_message(const EnvelopeRead& r, Lang lang);
std::string envelope_message(EnvelopeFault fault, Lang lang);

// What an encrypted file is called: "x.rectify.json" or "x.rectify.zip" → "x.rectify.enc.json".
std::string encrypted_file_name(const std::string& plain_name);

// The envelope as JSON text (members in the order the issue gives them).
std::string write_envelope(const Envelope& e);
// The envelope's text around its data (e.data is not used): head + Base64(data) + tail is
// write_envelope(e). The page writes a package's envelope so, its data never in the app's heap.
struct EnvelopeFrame {
    std::string head, tail;
};
EnvelopeFrame envelope_frame(const Envelope& e);

// The cryptography, given by the caller (OpenSSL in the CLI, a test double in the tests; the page
// does the same asynchronously through platform/crypt.h). Both false on any failure; decrypt is
// false too when the tag does not match.
struct Cipher {
    virtual ~Cipher() = default;
    virtual bool random(std::size_t n, std::string& out) = 0;
    virtual bool encrypt(std::string_view password, const Envelope& params, std::string_view plain, std::string& data) = 0;
    virtual bool decrypt(std::string_view password, const Envelope& e, std::string& plain) = 0;
};

// `plain` sealed with `password`: a fresh salt and IV, kEnvelopeIterations. Fault None with the
// envelope's text in `out`, else PlainTooLarge or CipherFailed.
EnvelopeFault seal_envelope(std::string_view plain, std::string_view password, Cipher& cipher, std::string& out);
// An envelope's bytes opened with `password`: read_envelope's faults, or WrongPassword; `plain`
// holds the plan file's (or package's) bytes when the result is ok.
EnvelopeRead open_envelope(std::string_view bytes, std::string_view password, Cipher& cipher, std::string& plain);

} // namespace rectify
