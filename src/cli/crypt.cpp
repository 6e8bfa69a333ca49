// Encrypted plan files in the CLI (core/crypt/envelope.h): OpenSSL's PBKDF2-SHA-256 and
// AES-256-GCM as core's Cipher; read_input, through which every command reads a plan file or
// package (decrypting an envelope with --password or $RECTIFY_PASSWORD); rectify encrypt/decrypt.
// OpenSSL is linked into the CLI only: the app uses the browser's WebCrypto (web/crypt.js).
// Index: OpenSslCipher · read_input · encrypt · decrypt
#include <cstdio>
#include <cstring>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "cli/cli.h"
#include "core/crypt/envelope.h"
#include "office/package.h"

namespace rectify::cli {

namespace {

std::string g_password; // set by parse_args

struct OpenSslCipher : Cipher {
    bool random(std::size_t n, std::string& out) override {
        out.assign(n, '\0');
        return RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), int(n)) == 1;
    }
    static bool key(std::string_view password, const Envelope& e, unsigned char (&k)[32]) {
        return PKCS5_PBKDF2_HMAC(password.data(), int(password.size()), reinterpret_cast<const unsigned char*>(e.salt.data()),
                                 int(e.salt.size()), int(e.iterations), EVP_sha256(), sizeof k, k) == 1;
    }
    // One pass of AES-256-GCM over `in` into `out` (same length); the tag set before (decrypt) or
    // read after (encrypt) the final step.
    static bool run(bool enc, std::string_view password, const Envelope& e, std::string_view in, std::string& out,
                    unsigned char* tag) {
        unsigned char k[32];
        if (!key(password, e, k) || in.size() > std::size_t(INT32_MAX)) return false;
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        if (!ctx) return false;
        out.assign(in.size(), '\0');
        int len = 0, fin = 0;
        const auto* iv = reinterpret_cast<const unsigned char*>(e.iv.data());
        bool ok = EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc ? 1 : 0) == 1 &&
                  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(e.iv.size()), nullptr) == 1 &&
                  EVP_CipherInit_ex(ctx, nullptr, nullptr, k, iv, enc ? 1 : 0) == 1 &&
                  EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len,
                                   reinterpret_cast<const unsigned char*>(in.data()), int(in.size())) == 1;
        if (ok && !enc) ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, int(kEnvelopeTagBytes), tag) == 1;
        ok = ok && EVP_CipherFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &fin) == 1;
        if (ok && enc) ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, int(kEnvelopeTagBytes), tag) == 1;
        EVP_CIPHER_CTX_free(ctx);
        OPENSSL_cleanse(k, sizeof k);
        if (!ok) out.clear();
        return ok;
    }
    bool encrypt(std::string_view password, const Envelope& e, std::string_view plain, std::string& data) override {
        unsigned char tag[kEnvelopeTagBytes];
        if (!run(true, password, e, plain, data, tag)) return false;
        data.append(reinterpret_cast<const char*>(tag), sizeof tag);
        return true;
    }
    bool decrypt(std::string_view password, const Envelope& e, std::string& plain) override {
        const std::size_t n = e.data.size() - kEnvelopeTagBytes; // read_envelope: at least the tag
        unsigned char tag[kEnvelopeTagBytes];
        std::memcpy(tag, e.data.data() + n, sizeof tag);
        return run(false, password, e, std::string_view(e.data).substr(0, n), plain, tag);
    }
};

// The first bytes of the file: a ZIP's, or an envelope's (what our writer puts first)? Either is
// read with the package's limit (an envelope has its own, checked by read_envelope).
bool large_kind(const std::string& path) {
    char head[512] = {};
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    const size_t n = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    const std::string_view h(head, n);
    return h.substr(0, 4) == "PK\x03\x04" || h.find("rectify-encrypted") != std::string_view::npos;
}

// The password, from --password or $RECTIFY_PASSWORD; false with why when there is none.
bool the_password(Say missing, const std::string& path, Lang lang, std::string& error) {
    if (!g_password.empty()) return true;
    error = say(missing, lang, {{"path", path}});
    return false;
}

} // namespace

void set_password(std::string password) { g_password = std::move(password); }

bool read_input(const std::string& path, Lang lang, std::string& bytes, std::string& error) {
    if (!read_file(path, large_kind(path) ? InputKind::Package : InputKind::PlanFile, lang, bytes, error)) return false;
    if (!is_envelope(bytes)) return true;
    EnvelopeRead r = read_envelope(bytes);
    if (r.ok() && !the_password(Say::NeedPassword, path, lang, error)) return false;
    OpenSslCipher cipher;
    std::string plain;
    if (r.ok()) r = open_envelope(bytes, g_password, cipher, plain);
    if (!r.ok()) {
        error = envelope_message(r, lang);
        return false;
    }
    bytes = std::move(plain);
    return true;
}

int encrypt(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--password"});
    const char* synopsis = "[--lang zh|en] [--password P] IN -o OUT";
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "encrypt", a.error.empty() ? say(Say::NeedInOut, a.lang) : a.error.c_str(), synopsis);
    const std::string& path = a.files[0];
    std::string bytes, error;
    if (!the_password(Say::NeedPasswordToEncrypt, path, a.lang, error)) return usage_error(a, "encrypt", error.c_str(), synopsis);
    bool ok = read_file(path, large_kind(path) ? InputKind::Package : InputKind::PlanFile, a.lang, bytes, error);
    if (ok && is_envelope(bytes)) ok = false, error = say(Say::AlreadyEncrypted, a.lang, {{"path", path}});
    if (!ok) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", error}});
        return 1;
    }
    LoadResult r; // only a plan file or a package is encrypted, and only one that loads
    if (!load_file(path, a.lang, r)) return 1;
    OpenSslCipher cipher;
    std::string out;
    if (const EnvelopeFault f = seal_envelope(bytes, g_password, cipher, out); f != EnvelopeFault::None) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", envelope_message(f, a.lang)}});
        return 1;
    }
    if (!write_file(a.out, out, "encrypt", a.lang)) return 1;
    print(stdout, Say::Encrypted, a.lang, {{"path", path}, {"out", a.out}, {"n", kEnvelopeIterations}});
    return 0;
}

int decrypt(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--password"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "decrypt", a.error.empty() ? say(Say::NeedInOut, a.lang) : a.error.c_str(),
                           "[--lang zh|en] [--password P] IN -o OUT");
    const std::string& path = a.files[0];
    std::string bytes, error;
    bool ok = read_file(path, large_kind(path) ? InputKind::Package : InputKind::PlanFile, a.lang, bytes, error);
    if (ok && !is_envelope(bytes)) ok = false, error = say(Say::NotEncrypted, a.lang, {{"path", path}});
    if (!ok || !read_input(path, a.lang, bytes, error)) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", error}});
        return 1;
    }
    if (!write_file(a.out, bytes, "decrypt", a.lang)) return 1;
    print(stdout, Say::Decrypted, a.lang, {{"path", path}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
