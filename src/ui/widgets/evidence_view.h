// evidence_view: evidence files shown (issue 19): a thumbnail or type badge for a file, opening it
// (images in the app's own viewer, other files through the browser), and the viewer itself.
// Rows of evidence (the attach helper's) and the review strip (plan/evidence_strip.cpp) call these.
// Index: evidence_thumb() · open_evidence() · draw_evidence_viewer().
#pragma once
#include <vector>

#include "core/model.h"

namespace rectify::ui {

// A square of `size` (ImGui units) at the cursor: the image's thumbnail (decoded at size × the
// framebuffer scale), a badge with the file's type (PDF, DOCX, XLSX…; HEIC too where the browser
// cannot decode it), or 不在本浏览器 when this browser's store lacks the file (its tooltip says why).
// The name shows on hover. Returns true when clicked. Its ID is the file's hash within the
// caller's ID scope: push an ID per row when a file can be listed twice.
bool evidence_thumb(const EvidenceFile& f, float size);

// Opens files[index]: an image in the viewer, which goes previous/next through the images among
// `files` (an item's evidence); another file in a browser tab when the browser shows it (PDF,
// text), else as a download. False (nothing opens) when the store lacks the file.
bool open_evidence(const std::vector<EvidenceFile>& files, size_t index);

// The viewer, when open: over the whole window, the image fitted (zoom by the wheel, + and −,
// 100%, 适合窗口), previous/next (also ← →), the name, 下载 and 关闭 (also Esc). Drawn by the
// shell once per frame; anchors viewer-name, viewer-image, viewer-prev/next, viewer-close…
void draw_evidence_viewer();

} // namespace rectify::ui
