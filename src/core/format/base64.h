// base64 (RFC 4648, with padding): binary data inside the plan file's JSON (a ledger's Excel form).
#pragma once
#include <string>
#include <string_view>

namespace rectify {

std::string base64_encode(std::string_view bytes);
// False on anything but the alphabet, padding at the end and line breaks (skipped): nothing is guessed.
bool base64_decode(std::string_view text, std::string& bytes);

} // namespace rectify
