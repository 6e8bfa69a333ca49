// native_crypt: crypt.h's stand-in for the native build: no cryptography (the CLI has OpenSSL).
#include "platform/crypt.h"

namespace rectify::platform {

bool crypt_available() { return false; }
void crypt_open(const char*, const char*, const std::string&, const Envelope&) {}
void crypt_seal(const std::string&, const std::string&, const std::string&) {}
bool crypt_take_sealed(std::string&, Envelope&) { return false; }
CryptState crypt_poll() { return CryptState::Failed; }

} // namespace rectify::platform
