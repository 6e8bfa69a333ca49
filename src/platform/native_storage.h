// native_storage: test knobs for the native stand-in of storage.h. The stand-in completes each
// write at once (the event is queued) and behaves like one tab of a shared store.
#pragma once
#include <cstdint>
#include <string>

#include "platform/storage.h"

namespace rectify::platform::native_store {

void reset(bool available = true);
// The next writes fail with this error (None: writes succeed again).
void fail_writes(StoreError error);
// What navigator.storage would answer (default: persistence granted, a large quota).
void set_keeping(const StorageKeeping& k);
// Another tab saves `text`: the store moves to a new revision and a ChangedElsewhere event is queued.
void write_from_other_tab(const std::string& text);
std::uint64_t rev();
const std::string& text();
int writes(); // writes attempted since reset

} // namespace rectify::platform::native_store
