// native_gb18030: core/ledger/gb18030.h natively, through glibc's iconv (its tables live in the C
// library, so they cost the native build nothing).
#include <iconv.h>

#include "core/ledger/gb18030.h"

namespace rectify {

bool gb18030_to_utf8(std::string_view bytes, std::string& out) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1) return false;
    std::string in(bytes);
    char* src = in.data();
    size_t left = in.size();
    std::string buf(in.size() * 2 + 16, '\0'); // a GB18030 character is never shorter than its UTF-8 half
    char* dst = buf.data();
    size_t room = buf.size();
    size_t r = iconv(cd, &src, &left, &dst, &room);
    iconv_close(cd);
    if (r == (size_t)-1 || left != 0) return false; // EILSEQ (invalid) or EINVAL (truncated at the end)
    out.assign(buf.data(), buf.size() - room);
    return true;
}

} // namespace rectify
