// web_crypt: crypt.h in the browser, a thin EM_JS layer over web/crypt.js (window.rectifyCrypt).
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/crypt.h"
#include "platform/js_string.h"

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
EM_JS(void, js_crypt_seal_package, (const char* name, const char* package_name, const char* password, int password_len,
                                    const char* manifest, double iterations, double limit), {
    if (!rectifyCrypt.packageLimit) rectifyCrypt.packageLimit = limit;
    rectifyCrypt.sealPackage(UTF8ToString(name), UTF8ToString(package_name), HEAPU8.slice(password, password + password_len),
                             UTF8ToString(manifest), iterations);
});
// The first finished seal not yet taken (one taken ok stays first until it is downloaded).
EM_JS(int, js_crypt_sealed, (), {
    var q = window.rectifyCrypt ? rectifyCrypt.sealed : [];
    for (var i = 0; i < q.length; i++) if (!q[i].taken) return i + 1;
    return 0;
});
EM_JS(char*, js_crypt_sealed_name, (int i), { return rectifyHost.allocString(Module, rectifyCrypt.sealed[i].name); });
// 0 failed, 1 ok, 2 too large (its size in *size).
EM_JS(int, js_crypt_sealed_state, (int i, double* size), {
    var s = rectifyCrypt.sealed[i];
    HEAPF64[size >> 3] = s.size || 0;
    return s.ok ? 1 : s.tooLarge ? 2 : 0;
});
// The salt (0) or IV (1) of a finished seal into a malloc'ed buffer.
EM_JS(void*, js_crypt_sealed_part, (int i, int which, int* size), {
    var s = rectifyCrypt.sealed[i];
    var b = s.ok ? [s.salt, s.iv][which] : new Uint8Array(0);
    HEAP32[size >> 2] = b.length;
    if (!b.length) return 0;
    var p = _malloc(b.length);
    HEAPU8.set(b, p);
    return p;
});
// A failed seal goes at once; one ok waits for its download.
EM_JS(void, js_crypt_sealed_taken, (int i), {
    var s = rectifyCrypt.sealed[i];
    if (s.ok) s.taken = true;
    else rectifyCrypt.sealed.splice(i, 1);
});
EM_JS(void, js_crypt_download_sealed, (const char* head, const char* tail), {
    rectifyCrypt.downloadSealed(UTF8ToString(head), UTF8ToString(tail));
});
EM_JS(double, js_crypt_sealing, (), { var p = window.rectifyCrypt && rectifyCrypt.progress(); return p ? p.fraction : -1; });
EM_JS(char*, js_crypt_sealing_name, (), { return rectifyHost.allocString(Module, rectifyCrypt.progress().name); });
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

void crypt_seal_package(const std::string& name, const std::string& package_name, const std::string& password,
                        const std::string& manifest_json, std::size_t limit) {
    js_crypt_seal_package(name.c_str(), package_name.c_str(), password.data(), int(password.size()), manifest_json.c_str(),
                          double(kEnvelopeIterations), double(limit));
}

bool crypt_take_sealed(Sealed& out) {
    const int at = js_crypt_sealed();
    if (!at) return false;
    const int i = at - 1;
    out = {};
    out.name = take(js_crypt_sealed_name(i));
    const int state = js_crypt_sealed_state(i, &out.size);
    out.ok = state == 1;
    out.too_large = state == 2;
    std::string* parts[] = {&out.envelope.salt, &out.envelope.iv};
    for (int which = 0; which < 2; which++) {
        int size = 0;
        void* p = js_crypt_sealed_part(i, which, &size);
        parts[which]->assign(static_cast<const char*>(p), size_t(size));
        std::free(p);
    }
    out.envelope.iterations = kEnvelopeIterations;
    js_crypt_sealed_taken(i);
    return true;
}

void crypt_download_sealed(const EnvelopeFrame& frame) { js_crypt_download_sealed(frame.head.c_str(), frame.tail.c_str()); }

bool crypt_sealing(std::string& name, float& fraction) {
    const double f = js_crypt_sealing();
    if (f < 0) return false;
    name = take(js_crypt_sealing_name());
    fraction = float(f);
    return true;
}

CryptState crypt_poll() { return CryptState(js_crypt_poll()); }

} // namespace rectify::platform
