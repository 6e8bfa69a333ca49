// autosave: keeps the stored workspace current without ever writing on the typing path, and
// without ever silently overwriting what another tab saved.
//
// The app calls edited() after every edit; tick() between frames starts a write once edits have
// paused for the debounce time; flush() writes at once (the page is being hidden or closed).
// Storage events come back through on_event(), which says when the app must reload the stored
// copy (another tab saved and we had nothing unsaved) or ask the user (both tabs changed it).
#pragma once
#include <cstdint>
#include <functional>
#include <string>

#include "platform/storage.h"

namespace rectify::platform {

// Chrome's private windows get a quota of about 100 MB whatever the disk; a normal profile gets
// a share of the disk (gigabytes). Below this, the window is taken to be private.
inline constexpr double kPrivateQuotaBytes = 120.0 * 1024 * 1024;
// What the page's answers mean for the user's data.
Durability durability_of(const StorageKeeping& k);

class Autosaver {
public:
    enum class State {
        Saved,    // everything is stored
        Pending,  // edits waiting for the debounce, or a write in flight
        Failed,   // the last write failed (quota, unavailable, other): edits are only in memory
        Conflict, // another tab saved while we had unsaved edits: the user decides
        ReadOnly, // the stored copy must not be overwritten (written by a newer version, or unreadable)
    };
    // Reload: another tab saved and we have nothing unsaved: load theirs.
    // Rebase: another tab saved while we have unsaved edits: load theirs and replay ours on top;
    //         if that fails, call rebase_failed() and the user decides (Conflict).
    enum class Action { None, Reload, Rebase, AskUser };
    using Serialize = std::function<std::string()>;
    // Checks a serialized workspace before it is stored: "" when it may be written, else why not
    // (no write ever stores a file our own validation would refuse; core/format/id_collisions.h).
    using Check = std::function<std::string(const std::string& text)>;

    explicit Autosaver(double debounce_ms = 300.0) : debounce_ms_(debounce_ms) {}

    // After the initial load: the stored revision we are based on, and whether storage works.
    void start(std::uint64_t rev, bool available);
    void set_read_only(std::string reason);
    void set_check(Check check) { check_ = std::move(check); }

    void edited(double now_ms);
    void tick(double now_ms, const Serialize& serialize);
    void flush(const Serialize& serialize);
    Action on_event(const StorageEvent& ev);

    // After the app loaded the stored copy (a Reload, or the user took the other tab's version).
    void reloaded(std::uint64_t rev);
    void rebase_failed();
    // While on, nothing is written, not even by flush(): the user is choosing between this tab's
    // and another tab's values (ui/sharing/tab_conflicts.h), and the stored copy keeps the other tab's
    // until then. Edits stay unsaved (has_unsaved()) and are written once it is off.
    void hold(bool on) { held_ = on; }
    // The user keeps this tab's version: the next write replaces the other tab's.
    void keep_mine(const Serialize& serialize);

    State state() const { return state_; }
    StoreError error() const { return error_; }
    const std::string& detail() const { return detail_; } // browser message or read-only reason
    std::uint64_t rev() const { return rev_; }
    bool has_unsaved() const { return dirty_ || in_flight_; }
    bool wants_tick() const { return dirty_ && !in_flight_ && !rebasing_ && !held_ && state_ == State::Pending; }

private:
    void write(const Serialize& serialize);

    double debounce_ms_;
    double due_ms_ = 0;
    std::uint64_t rev_ = 0;
    std::uint64_t stored_rev_ = 0; // the other tab's revision, during a conflict
    bool dirty_ = false, in_flight_ = false;
    bool rebasing_ = false; // waiting for the app to replay our edits on the stored version
    bool held_ = false;     // see hold()
    State state_ = State::Saved;
    StoreError error_ = StoreError::None;
    std::string detail_;
    Check check_;
};

} // namespace rectify::platform
