// merge_call: run_merge (merge_wire.h), kept apart from the wire functions so that the app, which
// only writes requests and reads answers, does not link the merge.
#include "core/merge/merge_wire.h"

namespace rectify {

bool run_merge(std::string_view request, std::string_view input, std::string& out) {
    MergeRequest r;
    Workspace master, ret;
    if (!merge_request_from_json(request, input, r, master, ret, out)) return false;
    if (!r.apply) {
        out = merge_answer_to_wire(preview_merge(master, ret, r.lang), nullptr);
        return true;
    }
    Resolutions res;
    res.by_key = std::move(r.choices);
    const MergePreview done = merge_into(master, ret, res, r.lang);
    out = merge_answer_to_wire(done, &master);
    return true;
}

} // namespace rectify
