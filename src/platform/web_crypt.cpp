// web_crypt: crypt.h in the browser, a thin EM_JS layer over web/crypt.js (window.rectifyCrypt).
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/crypt.h"

EM_JS(int, js_crypt_available, (), { return window.rectifyCrypt && rectifyCrypt.available() ? 1 : 0; });
// The envelope's fields are copied out of the heap (the heap may move while the key is derived).
EM_JS(void, js_crypt_open, (const char* purpose, const char* name, const char* password, int password_len, double iterations,
                            const void* salt, int salt_len, const void* iv, int iv_len, const void* data, int data_len), {
    var copy = function(p, n) { return HEAPU8.slice(p, p + n); };
    rectifyCrypt.open(UTF8ToString(purpose), UTF8ToString(name), copy(password, password_len), iterations,
                      copy(salt, salt_len), copy(iv, iv_len), copy(data, data_len));
});
EM_JS(void, js_crypt_seal, (const char* name, const char* password, int password_len, const void* plain, int plain_len,
                            double iterations), {
    rectifyCrypt.sealFor(UTF8ToString(name), HEAPU8.slice(password, password + password_len), HEAPU8.slice(plain, plain + plain_len),
                         iterations);
});
EM_JS(int, js_crypt_sealed, (), { return window.rectifyCrypt ? rectifyCrypt.sealed.length : 0; });
EM_JS(char*, js_crypt_sealed_name, (), { return rectifyHost.allocString(Module, rectifyCrypt.sealed[0].name); });
// One part of the first finished seal (0 salt, 1 iv, 2 data) into a malloc'ed buffer.
EM_JS(void*, js_crypt_sealed_part, (int which, int* size), {
    var s = rectifyCrypt.sealed[0];
    var b = s.ok ? [s.salt, s.iv, s.data][which] : new Uint8Array(0);
    HEAP32[size >> 2] = b.length;
    if (!b.length) return 0;
    var p = _malloc(b.length);
    HEAPU8.set(b, p);
    return p;
});
EM_JS(void, js_crypt_sealed_drop, (), { rectifyCrypt.sealed.shift(); });
EM_JS(int, js_crypt_poll, (), { return window.rectifyCrypt ? rectifyCrypt.poll() : 4; });

namespace rectify::platform {

bool crypt_available() { return js_crypt_available() != 0; }

void crypt_open(const char* purpose, const char* name, const std::string& password, const Envelope& e) {
    js_crypt_open(purpose, name, password.data(), int(password.size()), double(e.iterations), e.salt.data(), int(e.salt.size()),
                  e.iv.data(), int(e.iv.size()), e.data.data(), int(e.data.size()));
}

void crypt_seal(const std::string& name, const std::string& password, const std::string& plain) {
    js_crypt_seal(name.c_str(), password.data(), int(password.size()), plain.data(), int(plain.size()), double(kEnvelopeIterations));
}

bool crypt_take_sealed(std::string& name, Envelope& e) {
    if (!js_crypt_sealed()) return false;
    char* n = js_crypt_sealed_name();
    name = n ? n : "";
    std::free(n);
    std::string* parts[] = {&e.salt, &e.iv, &e.data};
    for (int i = 0; i < 3; i++) {
        int size = 0;
        void* p = js_crypt_sealed_part(i, &size);
        parts[i]->assign(static_cast<const char*>(p), size_t(size));
        std::free(p);
    }
    e.iterations = kEnvelopeIterations;
    js_crypt_sealed_drop();
    return true;
}

CryptState crypt_poll() { return CryptState(js_crypt_poll()); }

} // namespace rectify::platform
