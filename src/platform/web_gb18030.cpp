// web_gb18030: core/ledger/gb18030.h in wasm, through the browser's own decoder (WHATWG Encoding's
// TextDecoder('gb18030'), also in node), instead of musl's iconv and its ~147 kB of tables.
// fatal: an invalid or truncated sequence throws, as iconv's EILSEQ/EINVAL failed.
#include <emscripten/emscripten.h>

#include "core/ledger/gb18030.h"

// The UTF-8 result's length (-1: not GB18030); the bytes wait in Module until js_gb18030_take.
EM_JS(int, js_gb18030_decode, (const char* p, int n), {
    var text;
    try {
        text = new TextDecoder('gb18030', {fatal: true}).decode(HEAPU8.subarray(p, p + n));
    } catch (e) {
        return -1;
    }
    Module['rectifyGb18030'] = new TextEncoder().encode(text);
    return Module['rectifyGb18030'].length;
});
EM_JS(void, js_gb18030_take, (char* p), {
    HEAPU8.set(Module['rectifyGb18030'], p);
    Module['rectifyGb18030'] = null;
});

namespace rectify {

// WHATWG's decoder reads a lone 0x80 as € (Windows code page 936); GB18030 has no such byte and
// iconv refuses it, so refuse it here too. Each character's length follows from its first bytes (a
// lead then a digit: 4 bytes; else 2); whether the rest is valid is the decoder's to say.
static bool has_lone_0x80(std::string_view b) {
    for (size_t i = 0; i < b.size();) {
        unsigned char c = (unsigned char)b[i];
        if (c == 0x80) return true;
        if (c < 0x80) i++;
        else i += i + 1 < b.size() && b[i + 1] >= '0' && b[i + 1] <= '9' ? 4 : 2;
    }
    return false;
}

bool gb18030_to_utf8(std::string_view bytes, std::string& out) {
    if (has_lone_0x80(bytes)) return false;
    int n = js_gb18030_decode(bytes.data(), (int)bytes.size());
    if (n < 0) return false;
    out.assign((size_t)n, '\0');
    if (n > 0) js_gb18030_take(out.data());
    return true;
}

} // namespace rectify
