// Members found in a file that this version does not know, kept so that saving writes them back
// (a file edited by an older app must not lose what a newer app put in it).
#pragma once
#include <map>
#include <string>
#include <tuple>

namespace rectify {

struct Extras {
    std::map<std::string, std::string> members; // name -> compact JSON text of its value
    auto tie() const { return std::tie(members); }
    bool operator==(const Extras& o) const { return members == o.members; }
    bool operator!=(const Extras& o) const { return members != o.members; }
};

} // namespace rectify
