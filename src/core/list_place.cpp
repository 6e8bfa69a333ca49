#include "core/list_place.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace rectify {

std::vector<size_t> order_by_places(const std::vector<Id>& ids, const std::vector<Place>& places) {
    const size_t n = ids.size(), root = n;
    std::unordered_map<std::string_view, size_t> index;
    index.reserve(n);
    for (size_t i = 0; i < n; i++) index.emplace(ids[i], i);
    auto parent = [&](size_t i) -> size_t { // root, an item, or n + 1 (leads nowhere)
        if (places[i].after.empty()) return root;
        auto it = index.find(places[i].after);
        return it == index.end() || it->second == i ? n + 1 : it->second;
    };
    // Latest placed first among the items placed after the same one; the ID makes it total.
    auto first = [&](size_t a, size_t b) {
        const Stamp &sa = places[a].stamp, &sb = places[b].stamp;
        return std::tie(sa.at, sa.by, ids[a]) > std::tie(sb.at, sb.by, ids[b]);
    };
    std::vector<std::vector<size_t>> kids(n + 2);
    for (size_t i = 0; i < n; i++) kids[parent(i)].push_back(i);
    for (auto& k : kids) std::sort(k.begin(), k.end(), first);

    std::vector<size_t> out;
    out.reserve(n);
    std::vector<bool> seen(n, false);
    std::vector<size_t> stack;
    auto walk = [&](size_t from) { // depth first; `from` is root or an item to start at
        stack.assign(1, from);
        while (!stack.empty()) {
            size_t v = stack.back();
            stack.pop_back();
            if (v < n) {
                if (seen[v]) continue;
                seen[v] = true;
                out.push_back(v);
            }
            const auto& k = kids[v];
            for (auto it = k.rbegin(); it != k.rend(); ++it)
                if (!seen[*it]) stack.push_back(*it);
        }
    };
    walk(root);
    for (size_t i : kids[n + 1]) walk(i); // after a missing item: at the end
    // Whatever is left hangs off a loop (two copies each moved one item after the other). Enter
    // each loop at its earliest-placed item, found from the earliest-placed item left.
    while (out.size() < n) {
        size_t start = n;
        for (size_t i = 0; i < n; i++)
            if (!seen[i] && (start == n || first(start, i))) start = i;
        std::vector<size_t> path;
        std::vector<bool> on_path(n, false);
        size_t v = start;
        while (!on_path[v]) {
            on_path[v] = true;
            path.push_back(v);
            v = parent(v); // an unseen item's parent is an unseen item (else it would be seen)
        }
        size_t entry = v;
        for (auto it = std::find(path.begin(), path.end(), v); it != path.end(); ++it)
            if (first(entry, *it)) entry = *it;
        walk(entry);
    }
    return out;
}

} // namespace rectify
