#include <deque>

#include "platform/native_storage.h"

namespace rectify::platform {

namespace {
struct Store {
    bool available = true;
    bool found = false;
    std::uint64_t rev = 0;
    std::string text;
    StoreError fail = StoreError::None;
    int writes = 0;
    std::deque<StorageEvent> events;
    StorageKeeping keeping{1, 10e9, true}; // a normal profile that granted persistence
};
Store& store() {
    static Store s;
    return s;
}
} // namespace

bool storage_initial_ready() { return true; }

StorageKeeping storage_keeping() { return store().keeping; }

StoredDoc storage_initial() {
    StoredDoc d;
    d.available = store().available;
    d.found = store().found;
    d.rev = store().rev;
    d.text = store().text;
    if (!d.available) d.error = "storage disabled (native stand-in)";
    return d;
}

void storage_write(const std::string& text, std::uint64_t base_rev) {
    Store& s = store();
    s.writes++;
    StorageEvent ev;
    if (!s.available || s.fail != StoreError::None || s.rev != base_rev) {
        ev.kind = StorageEvent::Kind::WriteFailed;
        ev.error = !s.available ? StoreError::Unavailable : s.fail != StoreError::None ? s.fail : StoreError::Conflict;
        ev.rev = s.rev;
    } else {
        s.rev = base_rev + 1;
        s.text = text;
        s.found = true;
        ev.kind = StorageEvent::Kind::Saved;
        ev.rev = s.rev;
    }
    s.events.push_back(ev);
}

void storage_read() {
    StorageEvent ev;
    ev.kind = StorageEvent::Kind::Read;
    ev.rev = store().rev;
    ev.text = store().text;
    store().events.push_back(ev);
}

bool storage_take_cleared() { return false; } // nothing clears the native stand-in

bool storage_poll(StorageEvent* out) {
    if (store().events.empty()) return false;
    *out = std::move(store().events.front());
    store().events.pop_front();
    return true;
}

namespace native_store {
void reset(bool available) {
    store() = Store{};
    store().available = available;
}
void fail_writes(StoreError error) { store().fail = error; }
void set_keeping(const StorageKeeping& k) { store().keeping = k; }
void write_from_other_tab(const std::string& text) {
    Store& s = store();
    s.rev++;
    s.text = text;
    s.found = true;
    StorageEvent ev;
    ev.kind = StorageEvent::Kind::ChangedElsewhere;
    ev.rev = s.rev;
    s.events.push_back(ev);
}
std::uint64_t rev() { return store().rev; }
const std::string& text() { return store().text; }
int writes() { return store().writes; }
} // namespace native_store

} // namespace rectify::platform
