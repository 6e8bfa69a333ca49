// upgrade_call: run_upgrade (upgrade_wire.h), apart from the wire so that the app, which only asks
// and reads answers, never links the old formats' readers through it.
#include "core/format/upgrade_wire.h"

#include <algorithm>

namespace rectify {

bool run_upgrade(std::string_view request, std::string_view input, std::string& out) {
    UpgradeRequest r;
    if (!upgrade_request_from_json(request, r, out)) return false;
    Limits limits;
    limits.repair_ids = r.repair_ids;
    limits.max_bytes = std::max(limits.max_bytes, input.size()); // the app has read it already, under its own limit
    out = upgrade_answer_to_wire(load_workspace(input, limits));
    return true;
}

} // namespace rectify
