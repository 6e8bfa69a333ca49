// files: files coming in from the user: the browser's file picker and files dropped on the page.
// The page reads them (with progress, for large files) and queues them; the app takes them once
// per frame. Web: web_files.cpp + web/files.js; native: a queue that tests fill.
#pragma once
#include <string>
#include <vector>

namespace rectify::platform {

// What the app asked the file for; a dropped file has purpose "drop" and the app decides by its
// name and contents.
struct IncomingFile {
    std::string purpose;
    std::string name;
    std::string bytes;   // the whole file
    std::string error;   // the page could not read it (then bytes is empty)
    double size = 0;     // the file's size in bytes
    bool too_large = false; // larger than set_max_file_bytes: not read (bytes is empty)
    // A plan package (*.rectify.zip), read by the office module (web/office.js readPackage): bytes
    // are its plan file, its files are in the evidence store (pinned: package_files.h); or it was
    // refused, why in both languages (package_message), with nothing stored.
    bool from_package = false;
    bool envelope = false; // too_large, and the page saw an encrypted file (larger than it reads)
    std::string refused_zh, refused_en;
};

// Files larger than `bytes` are not read at all (the most any reader of the app takes); they arrive
// with too_large set. An encrypted file (core/crypt/envelope.h, its start sniffed by the page) is
// read up to `envelope_bytes`: it may hold a package. Web: web/files.js's maxBytes and
// envelopeMaxBytes; native: nothing (tests set too_large).
void set_max_file_bytes(double bytes, double envelope_bytes);

// Opens the browser's file picker. `accept` as for <input type=file> (".csv,.txt"); the chosen
// files arrive through take_files() tagged with `purpose`. Call from the frame that handled the
// user's click: browsers open a picker only in answer to one.
void pick_files(const char* purpose, const char* accept, bool multiple);

// Files fully read since the last call, in the order they were chosen or dropped.
std::vector<IncomingFile> take_files();

// Files still being read: how many, and bytes read of bytes in all (for a progress bar).
struct FilesProgress {
    int files = 0;
    double loaded = 0, total = 0;
};
FilesProgress files_progress();

// Native stand-in only: queue a file as if the user had chosen or dropped it.
void push_file_for_test(IncomingFile f);

} // namespace rectify::platform
