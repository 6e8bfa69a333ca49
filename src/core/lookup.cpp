#include "core/lookup.h"

namespace rectify {

template <class T> static bool has(Workspace& ws, const Id& id) { return locate<T>(ws, id).list; }

bool id_exists(Workspace& ws, const Id& id) {
    return ws.id == id || has<Plan>(ws, id) || has<Department>(ws, id) || has<Person>(ws, id) ||
           has<Section>(ws, id) || has<Phase>(ws, id) || has<Problem>(ws, id) ||
           has<Measure>(ws, id) || has<ProgressEntry>(ws, id) || has<Evidence>(ws, id) ||
           has<ReviewEntry>(ws, id);
}

} // namespace rectify
