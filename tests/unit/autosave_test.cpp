// Autosave over the in-memory stand-in of the browser store: debounced writes, flushes, failures
// that keep the last good copy, and two tabs that never overwrite each other silently.
#include <catch2/catch_test_macros.hpp>
#include <string>

#include "platform/autosave.h"
#include "platform/native_storage.h"

using namespace rectify::platform;
using State = Autosaver::State;
using Action = Autosaver::Action;

namespace {
struct Fixture {
    Autosaver saver{300.0};
    std::string doc = "v0";
    int serialized = 0;
    Autosaver::Serialize ser = [this] { serialized++; return doc; };
    Fixture() {
        native_store::reset();
        saver.start(0, true);
    }
    // Delivers queued storage events; returns the last action asked for.
    Action pump() {
        Action last = Action::None;
        StorageEvent ev;
        while (storage_poll(&ev)) {
            Action a = saver.on_event(ev);
            if (a != Action::None) last = a;
        }
        return last;
    }
};
} // namespace

TEST_CASE("edits are written once typing pauses, not on every keystroke", "[autosave]") {
    Fixture f;
    for (int i = 0; i < 10; i++) {
        f.doc = "v" + std::to_string(i);
        f.saver.edited(100.0 * i); // a keystroke every 100 ms
        f.saver.tick(100.0 * i, f.ser);
    }
    CHECK(f.serialized == 0);
    CHECK(f.saver.state() == State::Pending);
    f.saver.tick(900.0 + 299.0, f.ser);
    CHECK(f.serialized == 0);
    f.saver.tick(900.0 + 300.0, f.ser);
    CHECK(f.serialized == 1);
    f.pump();
    CHECK(f.saver.state() == State::Saved);
    CHECK(native_store::text() == "v9");
    CHECK(f.saver.rev() == 1);
}

TEST_CASE("flush writes at once when the page is hidden", "[autosave]") {
    Fixture f;
    f.doc = "typed just now";
    f.saver.edited(0);
    f.saver.flush(f.ser);
    f.pump();
    CHECK(native_store::text() == "typed just now");
    CHECK(f.saver.state() == State::Saved);
    f.saver.flush(f.ser); // nothing new: no write
    CHECK(native_store::writes() == 1);
}

TEST_CASE("edits made while a write is in flight are written next", "[autosave]") {
    Fixture f;
    f.doc = "a";
    f.saver.edited(0);
    f.saver.tick(300, f.ser); // write of "a" in flight (its event not yet delivered)
    f.doc = "ab";
    f.saver.edited(310);
    f.saver.tick(700, f.ser); // must not start a second write before the first completes
    CHECK(native_store::writes() == 1);
    f.pump();
    CHECK(f.saver.state() == State::Pending);
    f.saver.tick(700, f.ser);
    f.pump();
    CHECK(native_store::text() == "ab");
    CHECK(f.saver.state() == State::Saved);
}

TEST_CASE("a quota error keeps the last good copy and is retried after the next edit", "[autosave]") {
    Fixture f;
    f.doc = "good";
    f.saver.edited(0);
    f.saver.flush(f.ser);
    f.pump();
    native_store::fail_writes(StoreError::QuotaExceeded);
    f.doc = "too big";
    f.saver.edited(1000);
    f.saver.tick(1300, f.ser);
    f.pump();
    CHECK(f.saver.state() == State::Failed);
    CHECK(f.saver.error() == StoreError::QuotaExceeded);
    CHECK(f.saver.has_unsaved());
    CHECK(native_store::text() == "good");
    native_store::fail_writes(StoreError::None);
    f.doc = "smaller";
    f.saver.edited(2000);
    f.saver.tick(2300, f.ser);
    f.pump();
    CHECK(f.saver.state() == State::Saved);
    CHECK(native_store::text() == "smaller");
}

TEST_CASE("storage that is unavailable from the start reports it", "[autosave]") {
    native_store::reset(false);
    Autosaver saver;
    StoredDoc d = storage_initial();
    saver.start(d.rev, d.available);
    CHECK(saver.state() == State::Failed);
    CHECK(saver.error() == StoreError::Unavailable);
    // Edits do not pretend to be saving, and nothing is attempted.
    saver.edited(0);
    saver.tick(1000, [] { return std::string("x"); });
    saver.flush([] { return std::string("x"); });
    CHECK(saver.state() == State::Failed);
    CHECK(native_store::writes() == 0);
}

TEST_CASE("another tab's save is picked up when this tab has nothing unsaved", "[autosave]") {
    Fixture f;
    native_store::write_from_other_tab("from tab B");
    CHECK(f.pump() == Action::Reload);
    storage_read();
    StorageEvent ev;
    REQUIRE(storage_poll(&ev));
    REQUIRE(ev.kind == StorageEvent::Kind::Read);
    CHECK(ev.text == "from tab B");
    f.saver.reloaded(ev.rev);
    CHECK(f.saver.rev() == native_store::rev());
    // Our next edit is based on B's revision, so it is not a conflict.
    f.doc = "A after B";
    f.saver.edited(0);
    f.saver.flush(f.ser);
    f.pump();
    CHECK(native_store::text() == "A after B");
    CHECK(f.saver.state() == State::Saved);
}

TEST_CASE("when both tabs changed the workspace, ours is rebased, and nothing is overwritten", "[autosave]") {
    Fixture f;
    f.doc = "A unsaved";
    f.saver.edited(0);
    native_store::write_from_other_tab("B saved");
    CHECK(f.pump() == Action::Rebase);
    f.saver.tick(10000, f.ser);
    f.saver.flush(f.ser);
    CHECK(native_store::text() == "B saved"); // nothing written behind the user's back
    SECTION("a successful rebase is saved on top of B's version") {
        f.saver.reloaded(native_store::rev());
        f.doc = "B saved + A replayed";
        f.saver.edited(0);
        f.saver.flush(f.ser);
        f.pump();
        CHECK(native_store::text() == "B saved + A replayed");
        CHECK(f.saver.state() == State::Saved);
    }
    SECTION("when the rebase fails the user decides") {
        f.saver.rebase_failed();
        CHECK(f.saver.state() == State::Conflict);
        f.saver.flush(f.ser);
        CHECK(native_store::text() == "B saved");
        // Another save from B while we wait for the user does not start a second rebase.
        native_store::write_from_other_tab("B again");
        CHECK(f.pump() == Action::AskUser);
        SECTION("keep mine replaces exactly B's latest version") {
            f.saver.keep_mine(f.ser);
            f.pump();
            CHECK(native_store::text() == "A unsaved");
            CHECK(f.saver.state() == State::Saved);
        }
        SECTION("take theirs reloads B's version") {
            f.saver.reloaded(native_store::rev());
            CHECK(f.saver.state() == State::Saved);
            CHECK_FALSE(f.saver.has_unsaved());
        }
    }
}

TEST_CASE("a write racing another tab's save comes back as a rebase", "[autosave]") {
    Fixture f;
    f.doc = "A";
    f.saver.edited(0);
    native_store::write_from_other_tab("B"); // B saved, its notice not yet delivered
    f.saver.tick(300, f.ser);                 // A writes on the old revision
    CHECK(f.pump() == Action::Rebase);
    CHECK(native_store::text() == "B");
    CHECK(f.saver.has_unsaved());
}

TEST_CASE("a read-only workspace is never written", "[autosave]") {
    Fixture f;
    f.saver.set_read_only("written by a newer version");
    f.saver.edited(0);
    f.saver.tick(1000, f.ser);
    f.saver.flush(f.ser);
    CHECK(native_store::writes() == 0);
    CHECK(f.saver.state() == State::ReadOnly);
}

TEST_CASE("a workspace that fails its own check is never stored; the next good edit is", "[autosave]") {
    Fixture f;
    f.saver.set_check([](const std::string& text) {
        return text.find("duplicate") != std::string::npos ? std::string("编号 s-1 重复出现") : std::string();
    });
    f.doc = "good";
    f.saver.edited(0);
    f.saver.tick(300, f.ser);
    f.pump();
    REQUIRE(native_store::text() == "good");

    f.doc = "duplicate s-1";
    f.saver.edited(1000);
    f.saver.tick(1300, f.ser);
    f.pump();
    CHECK(native_store::text() == "good"); // the stored copy is untouched
    CHECK(f.saver.state() == State::Failed);
    CHECK(f.saver.error() == StoreError::Invalid);
    CHECK(f.saver.detail() == "编号 s-1 重复出现");
    CHECK(f.saver.has_unsaved());
    f.saver.flush(f.ser); // the page is hidden: still refused
    f.pump();
    CHECK(native_store::text() == "good");

    f.doc = "fixed by an undo";
    f.saver.edited(2000);
    f.saver.tick(2300, f.ser);
    f.pump();
    CHECK(native_store::text() == "fixed by an undo");
    CHECK(f.saver.state() == State::Saved);
}

TEST_CASE("while the user chooses between two tabs' values nothing is written", "[autosave]") {
    Fixture f;
    f.doc = "merged, both tabs' values asked about";
    f.saver.edited(0);
    f.saver.hold(true);
    f.saver.tick(10000, f.ser);
    f.saver.flush(f.ser); // not even when the page is hidden
    CHECK(native_store::writes() == 0);
    CHECK(f.saver.has_unsaved());
    // The other tab saves again meanwhile: replayed again, as any unsaved edit.
    native_store::write_from_other_tab("B again");
    CHECK(f.pump() == Action::Rebase);
    f.saver.reloaded(native_store::rev());
    f.saver.edited(0);
    f.saver.tick(10000, f.ser);
    CHECK(native_store::writes() == 0);
    // Chosen: written at the next tick.
    f.saver.hold(false);
    f.doc = "as chosen";
    f.saver.tick(10000, f.ser);
    f.pump();
    CHECK(native_store::text() == "as chosen");
    CHECK(f.saver.state() == State::Saved);
}

TEST_CASE("how long the browser keeps the data, from persist() and the quota", "[autosave]") {
    const double gb = 1024.0 * 1024 * 1024, mb = 1024.0 * 1024;
    CHECK(durability_of({1, 10 * gb, true}) == Durability::Persistent);
    CHECK(durability_of({0, 10 * gb, true}) == Durability::BestEffort);
    // A private window: a small quota, whatever persist() said.
    CHECK(durability_of({0, 100 * mb, true}) == Durability::Session);
    CHECK(durability_of({1, 100 * mb, true}) == Durability::Session);
    CHECK(durability_of({0, 130 * mb, true}) == Durability::BestEffort);
    // Not answered yet, or nothing to ask (no navigator.storage over plain http): no claim.
    CHECK(durability_of({-1, -1, false}) == Durability::Unknown);
    CHECK(durability_of({0, -1, false}) == Durability::Unknown);
    CHECK(durability_of({-1, -1, true}) == Durability::Unknown);
    CHECK(durability_of({-1, 50 * mb, true}) == Durability::Session);
}
