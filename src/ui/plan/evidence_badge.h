// evidence_badge: what stands for an evidence file in a list: for now a coloured badge with its
// type (JPG, PDF, DOCX…). One call, so a thumbnail can take its place (issue 19, thumbs).
#pragma once
#include <string>

#include "core/model.h"

namespace rectify::ui {

// The file's type as a badge shows it: the name's extension in capitals (at most 4 letters), else
// from the media type, else "FILE".
std::string evidence_kind(const EvidenceFile& f);
// Draws the badge as one item `size` pixels square at the cursor.
void evidence_badge(const EvidenceFile& f, float size);

} // namespace rectify::ui
