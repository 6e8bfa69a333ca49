// native_crypt: crypt.h's stand-in for the native build: no cryptography (the CLI has OpenSSL).
#include "platform/crypt.h"

namespace rectify::platform {

bool crypt_available() { return false; }
void crypt_open(const char*, const char*, const std::string&, const Envelope&) {}
void crypt_seal(const std::string&, const std::string&, const std::string&) {}
void crypt_seal_package(const std::string&, const std::string&, const std::string&, const std::string&, std::size_t) {}
bool crypt_take_sealed(Sealed&) { return false; }
void crypt_download_sealed(const EnvelopeFrame&) {}
bool crypt_sealing(std::string&, float&) { return false; }
CryptState crypt_poll() { return CryptState::Failed; }

} // namespace rectify::platform
