// storage: the workspace document kept in the browser, with a revision number so that two tabs
// (or two windows) on the same storage never silently overwrite each other.
//
// Web: IndexedDB through web/storage.js (localStorage holds only ~5 MB per site, too little for a
// 10,000-measure workspace); other tabs are told of each save over a BroadcastChannel.
// Native: an in-memory store with the same rules, and knobs for tests (native_storage.h).
//
// Writes are asynchronous: storage_write() starts one, its outcome arrives as a StorageEvent.
#pragma once
#include <cstdint>
#include <string>

namespace rectify::platform {

enum class StoreError {
    None,
    Unavailable,   // no IndexedDB (disabled, some private windows): nothing can be kept
    QuotaExceeded, // the browser refused the space
    Conflict,      // another tab saved since our copy was read: the write was not done
    Failed,        // anything else the browser reported
    Invalid,       // the app refused to write: the workspace failed its own check (Autosaver::Check)
};

// What the page found in storage before the app started.
struct StoredDoc {
    bool available = false; // storage works at all
    bool found = false;     // a workspace was stored
    std::uint64_t rev = 0;  // its revision (0 when none)
    std::string text;       // its file text
    std::string error;      // when !available: what the browser said
    bool recovered = false; // text is the last session's final write, not yet in storage: save it
};

struct StorageEvent {
    enum class Kind { Saved, WriteFailed, ChangedElsewhere, Read };
    Kind kind = Kind::Saved;
    std::uint64_t rev = 0;        // Saved: the new revision; ChangedElsewhere/Read: the stored one
    StoreError error = StoreError::None; // WriteFailed
    std::string message;          // WriteFailed: the browser's words, for the details line
    std::string text;             // Read: the stored text
};

// How long the browser will keep what is stored (see durability_of in autosave.h).
enum class Durability {
    Unknown,    // not answered yet, or the browser cannot say (no navigator.storage: plain http)
    Persistent, // navigator.storage.persist() granted: kept until the user deletes it
    BestEffort, // persist() refused: the browser may delete it when disk space runs low
    Session,    // a private window (a small quota): deleted when the window closes
};

// What the page learnt from navigator.storage: persist()'s answer (-1: none yet or not
// available, 0 refused, 1 granted) and estimate()'s quota in bytes (-1: none yet or unknown).
struct StorageKeeping {
    int persisted = -1;
    double quota = -1;
    bool answered = false; // both questions have been answered (or cannot be asked)
};
StorageKeeping storage_keeping();

// True once the page has read storage (it does so while the app downloads); until then
// storage_initial() is not to be called.
bool storage_initial_ready();
StoredDoc storage_initial();
// Writes `text` as revision base_rev + 1, only if the stored revision is still base_rev.
void storage_write(const std::string& text, std::uint64_t base_rev);
// Asks for the stored document; it arrives as a Read event.
void storage_read();
// Takes the next event, if any. Events arrive between frames, in order.
bool storage_poll(StorageEvent* out);
// Issue 20: true once after the stored workspace vanished while the app was open (the site's data
// cleared, the database deleted): the app still holds it, and stores it again from revision 0.
bool storage_take_cleared();

} // namespace rectify::platform
