// crypt: the browser's WebCrypto for encrypted plan files (core/crypt/envelope.h), behind a small
// interface. Web: web_crypt.cpp + web/crypt.js (PBKDF2 → AES-GCM 256 through crypto.subtle, off the
// frame: the 600,000 iterations take a second or more); native: a stand-in with no cryptography
// (crypt_available is false), so the logic above is tested without it.
// Index: crypt_available · crypt_open · crypt_seal · crypt_seal_package · crypt_take_sealed ·
//        crypt_download_sealed · crypt_sealing · crypt_poll
#pragma once
#include <cstddef>
#include <string>

#include "core/crypt/envelope.h"

namespace rectify::platform {

// False where the page has no crypto.subtle (served over plain http other than localhost): then
// nothing is encrypted and an encrypted file cannot be opened here.
bool crypt_available();

enum class CryptState { Idle, Working, Done, Wrong, Failed };

// Starts decrypting `e` with `password` (one at a time). When it succeeds, the plain bytes arrive
// as a file through files.h take_files() with `purpose` (a package, by its bytes, through the
// office module's reading, like an opened package), named `name` without ".enc"; crypt_poll then
// says Done. Wrong: the tag did not match (a wrong password or a changed byte, never told apart).
void crypt_open(const char* purpose, const char* name, const std::string& password, const Envelope& e);

// Starts encrypting `plain` with `password` (a fresh salt and IV from the browser's random source,
// kEnvelopeIterations); crypt_take_sealed then gives the envelope's parts for `name`, once.
void crypt_seal(const std::string& name, const std::string& password, const std::string& plain);
// The same for the package `manifest_json` describes (platform/zip_stream.h): streamed from the
// store by the office module into the page's memory (never the app's heap), up to `limit` bytes;
// beyond it the seal stops and says so (Sealed::too_large). A file missing from the store is told
// by take_zip_stream_failure for `package_name`, as for a package exported in clear.
void crypt_seal_package(const std::string& name, const std::string& package_name, const std::string& password,
                        const std::string& manifest_json, std::size_t limit);

// A finished seal. The ciphertext stays in the page: crypt_download_sealed writes it out.
struct Sealed {
    std::string name;
    Envelope envelope; // salt, IV, iterations (data empty)
    bool ok = false;
    bool too_large = false; // a package over the limit, stopped after `size` bytes
    double size = 0;
};
// The next finished seal, once; when it is ok, crypt_download_sealed must follow.
bool crypt_take_sealed(Sealed& out);
// Downloads the seal taken last as frame.head + Base64(its data) + frame.tail (core's
// envelope_frame), made in slices while frames go on, and lets the page's copy go.
void crypt_download_sealed(const EnvelopeFrame& frame);

// A package being sealed: its file name and how far (0..1), else false.
bool crypt_sealing(std::string& name, float& fraction);

// The state of the last crypt_open; Done, Wrong and Failed are said once, then Idle.
CryptState crypt_poll();

} // namespace rectify::platform
