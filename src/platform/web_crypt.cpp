// web_crypt: crypt.h in the browser, a thin EM_JS layer over web/crypt.js (window.rectifyCrypt).
#include <emscripten/emscripten.h>

#include "platform/crypt.h"

EM_JS(int, js_crypt_available, (), { return window.rectifyCrypt && rectifyCrypt.available() ? 1 : 0; });
// The envelope's fields are copied out of the heap (the heap may move while the key is derived).
EM_JS(void, js_crypt_open, (const char* purpose, const char* name, const char* password, int password_len, double iterations,
                            const void* salt, int salt_len, const void* iv, int iv_len, const void* data, int data_len), {
    var copy = function(p, n) { return HEAPU8.slice(p, p + n); };
    rectifyCrypt.open(UTF8ToString(purpose), UTF8ToString(name), copy(password, password_len), iterations,
                      copy(salt, salt_len), copy(iv, iv_len), copy(data, data_len));
});
EM_JS(int, js_crypt_poll, (), { return window.rectifyCrypt ? rectifyCrypt.poll() : 4; });

namespace rectify::platform {

bool crypt_available() { return js_crypt_available() != 0; }

void crypt_open(const char* purpose, const char* name, const std::string& password, const Envelope& e) {
    js_crypt_open(purpose, name, password.data(), int(password.size()), double(e.iterations), e.salt.data(), int(e.salt.size()),
                  e.iv.data(), int(e.iv.size()), e.data.data(), int(e.data.size()));
}

CryptState crypt_poll() { return CryptState(js_crypt_poll()); }

} // namespace rectify::platform
