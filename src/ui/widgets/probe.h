// probe: the facts a view publishes for the end-to-end tests (window.rectify.state(), see
// app/test_bridge.h). A view registers each of its facts once, by name, with a function that
// writes it as one JSON value; the test bridge writes every registered fact into the state at the
// end of each frame. The views keep their state to themselves: no getters for the tests.
#pragma once
#include "core/format/json_out.h"

namespace rectify::ui {

struct Doc;

// Writes one fact: exactly one JSON value (an object, an array, a string, a number…).
using ProbeFn = void (*)(JsonOut& out, const Doc& doc);

// Registers `fn` as the member `name` of the state (a second probe of the same name replaces the
// first). Returns true, so a view can register from a namespace-scope initialiser:
//   static const bool kProbe = probe("merge", [](JsonOut& o, const Doc&) { ... });
bool probe(const char* name, ProbeFn fn);

// Writes every registered fact as a member of the object `out` is writing.
void write_probes(JsonOut& out, const Doc& doc);

} // namespace rectify::ui
