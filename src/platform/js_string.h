// js_string: strings handed from web/ JavaScript to C++ come malloc'ed (rectifyHost.allocString);
// take() copies one into a std::string and frees it. Web builds only.
#pragma once
#include <cstdlib>
#include <string>

namespace rectify::platform {

inline std::string take(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

} // namespace rectify::platform
