// zip_stream: ZIP archives the page makes from a manifest (a plan package, 一问题一档案), streamed
// through the office module (src/office, loaded on first use) so that evidence files, kept in the
// page's store (web/evidence.js), are read one at a time and never all held at once.
// Web: web_zip_stream.cpp + web/office.js; native: nothing (the CLI writes ZIPs itself).
#pragma once
#include <string>

namespace rectify::platform {

// Offers the archive described by `manifest_json` as a download called `filename`:
//   {"entries":[{"name":"plan.rectify.json","text":"…"},
//               {"name":"files/<sha256>","sha256":"<sha256>","size":N}, …]}
// An entry with "text" holds those bytes (UTF-8); one with "sha256" holds the stored evidence file
// of that hash, checked against the hash and the size. Entries are written in the given order.
// Returns at once; a failure arrives through take_zip_stream_failure().
void export_zip_stream(const std::string& manifest_json, const std::string& filename);

// An archive that could not be made: its file name and why (the name of a file missing from the
// store, no space, the module could not be loaded), once.
struct ZipStreamFailure {
    std::string filename;
    std::string missing; // the entry whose stored file was missing or did not match its hash, if that was why
    std::string error;   // otherwise the page's reason
};
bool take_zip_stream_failure(ZipStreamFailure& out);

// How many archives called `filename` were made and offered so far: a backup is recorded as made
// only once it was (app/backups.cpp).
int zip_streams_made(const std::string& filename);

} // namespace rectify::platform
