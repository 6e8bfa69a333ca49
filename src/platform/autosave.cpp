#include "platform/autosave.h"

namespace rectify::platform {

Durability durability_of(const StorageKeeping& k) {
    // A small quota says "private window" even where persist() was granted (it cannot outlive
    // the window); otherwise persist()'s answer decides. No answer at all: nothing to say.
    if (!k.answered) return Durability::Unknown;
    if (k.quota >= 0 && k.quota < kPrivateQuotaBytes) return Durability::Session;
    if (k.persisted == 1) return Durability::Persistent;
    if (k.persisted == 0) return Durability::BestEffort;
    return Durability::Unknown;
}

void Autosaver::start(std::uint64_t rev, bool available) {
    rev_ = rev;
    dirty_ = in_flight_ = false;
    error_ = available ? StoreError::None : StoreError::Unavailable;
    state_ = available ? State::Saved : State::Failed;
}

void Autosaver::set_read_only(std::string reason) {
    state_ = State::ReadOnly;
    detail_ = std::move(reason);
}

void Autosaver::edited(double now_ms) {
    dirty_ = true;
    due_ms_ = now_ms + debounce_ms_;
    // A failed write is retried with the next edit; storage that is not there at all is not.
    // A conflict or a read-only state stays until the user decides.
    if (state_ == State::Saved || (state_ == State::Failed && error_ != StoreError::Unavailable)) state_ = State::Pending;
}

void Autosaver::tick(double now_ms, const Serialize& serialize) {
    if (wants_tick() && now_ms >= due_ms_) write(serialize);
}

void Autosaver::flush(const Serialize& serialize) {
    const bool retry = state_ == State::Failed && error_ != StoreError::Unavailable;
    if (dirty_ && !in_flight_ && !rebasing_ && !held_ && (state_ == State::Pending || retry)) write(serialize);
}

void Autosaver::write(const Serialize& serialize) {
    std::string text = serialize();
    if (check_) {
        std::string why = check_(text);
        if (!why.empty()) { // the stored copy stays as it was; the next edit tries again
            dirty_ = true;
            state_ = State::Failed;
            error_ = StoreError::Invalid;
            detail_ = std::move(why);
            return;
        }
    }
    dirty_ = false;
    in_flight_ = true;
    state_ = State::Pending;
    storage_write(text, rev_);
}

Autosaver::Action Autosaver::on_event(const StorageEvent& ev) {
    switch (ev.kind) {
    case StorageEvent::Kind::Saved:
        in_flight_ = false;
        rev_ = ev.rev;
        error_ = StoreError::None;
        detail_.clear();
        if (state_ == State::Pending && !dirty_) state_ = State::Saved;
        return Action::None;
    case StorageEvent::Kind::WriteFailed:
        in_flight_ = false;
        dirty_ = true; // the edits are still only in memory
        error_ = ev.error;
        detail_ = ev.message;
        if (state_ == State::ReadOnly) return Action::None;
        if (ev.error == StoreError::Conflict) {
            stored_rev_ = ev.rev;
            if (state_ == State::Conflict) return Action::AskUser;
            rebasing_ = true;
            return Action::Rebase;
        }
        state_ = State::Failed;
        return Action::None;
    case StorageEvent::Kind::ChangedElsewhere:
        if (ev.rev == rev_ || state_ == State::ReadOnly) return Action::None;
        stored_rev_ = ev.rev;
        if (!dirty_ && !in_flight_ && state_ != State::Conflict) return Action::Reload;
        if (in_flight_) return Action::None; // our write will come back as a Conflict
        if (state_ == State::Conflict) return Action::AskUser;
        rebasing_ = true;
        return Action::Rebase;
    case StorageEvent::Kind::Read:
        return Action::None; // the app loads ev.text, then calls reloaded()
    }
    return Action::None;
}

void Autosaver::reloaded(std::uint64_t rev) {
    rev_ = rev;
    dirty_ = in_flight_ = rebasing_ = false;
    error_ = StoreError::None;
    detail_.clear();
    state_ = State::Saved;
}

void Autosaver::rebase_failed() {
    rebasing_ = false;
    dirty_ = true;
    state_ = State::Conflict;
}

void Autosaver::keep_mine(const Serialize& serialize) {
    if (state_ != State::Conflict) return;
    rev_ = stored_rev_; // replace exactly the version the user was shown, nothing newer
    state_ = State::Pending;
    dirty_ = true;
    write(serialize);
}

} // namespace rectify::platform
