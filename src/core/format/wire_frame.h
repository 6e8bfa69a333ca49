// How the calls to the on-demand office module (issue 23) frame what they carry: one line of JSON
// (what the call asks, or what it answers), a newline, then a payload in its own format (a plan
// file). JsonOut writes JSON on one line (a newline inside a string is escaped), so the first
// newline ends it. Used by the text import's result (text_import_wire.h) and the reports' request
// (report_wire.h).
#pragma once
#include <string>
#include <string_view>

namespace rectify {

inline std::string wire_frame(std::string head, std::string_view payload) {
    head.reserve(head.size() + 1 + payload.size());
    head += '\n';
    head += payload;
    return head;
}

// False when there is no newline: not a framed message.
inline bool wire_unframe(std::string_view wire, std::string_view& head, std::string_view& payload) {
    const size_t nl = wire.find('\n');
    if (nl == std::string_view::npos) return false;
    head = wire.substr(0, nl);
    payload = wire.substr(nl + 1);
    return true;
}

} // namespace rectify
