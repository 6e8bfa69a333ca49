// evidence_kind: what kind of file an evidence reference names, for how the app shows it: an image
// (a thumbnail, the in-app viewer) or another file (a badge with its type: PDF, DOCX, XLSX…, opened
// by the browser). Read from the media type, else the name's extension: offices' files come from
// phones, scanners and WeChat with either one missing or generic (application/octet-stream).
// Index: is_image_file · file_badge.
#pragma once
#include <string>

#include "core/model.h"

namespace rectify {

// A photo or picture: image/* (SVG excepted: a document, not a photo), or a name ending in .jpg,
// .jpeg, .png, .gif, .webp, .bmp, .heic, .heif, .avif when the type does not say.
bool is_image_file(const EvidenceFile& f);

// A short label of the file's type for a badge: the name's extension in capitals (PDF, DOCX, JPG),
// at most 5 characters; else from the media type (application/pdf → PDF); "" when neither says.
std::string file_badge(const EvidenceFile& f);

} // namespace rectify
