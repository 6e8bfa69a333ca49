// package_files: the evidence files a plan package brought into the page's store (web/office.js
// readPackage stores them and pins them, web/evidence.js `pinned`, so that collecting unreferenced
// files keeps them while the plan is only in a preview). Web: web_package_files.cpp; native: a
// set that tests fill.
#pragma once
#include <string>
#include <vector>

namespace rectify::platform {

// Whether the store holds the file of this hash (committed).
bool evidence_stored(const std::string& sha256);

// The app has taken (merged) or given up the plan these files came with: no longer pinned.
void release_package_files(const std::vector<std::string>& sha256s);

// Native stand-in only: a file the store holds.
void store_evidence_for_test(const std::string& sha256);

} // namespace rectify::platform
