// crypt: the browser's WebCrypto for encrypted plan files (core/crypt/envelope.h), behind a small
// interface. Web: web_crypt.cpp + web/crypt.js (PBKDF2 → AES-GCM 256 through crypto.subtle, off the
// frame: the 600,000 iterations take a second or more); native: a stand-in with no cryptography
// (crypt_available is false), so the logic above is tested without it.
// Index: crypt_available · crypt_open · crypt_seal · crypt_take_sealed · crypt_poll
#pragma once
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
// A finished seal: true with its name and envelope (e.data empty: it failed), else false.
bool crypt_take_sealed(std::string& name, Envelope& e);

// The state of the last crypt_open; Done, Wrong and Failed are said once, then Idle.
CryptState crypt_poll();

} // namespace rectify::platform
