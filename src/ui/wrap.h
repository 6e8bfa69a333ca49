// wrap: line breaks for showing a multi-line field the way the page's <textarea> lays it out
// while it is edited, so the text does not jump when editing starts or ends. ImGui's own wrap
// treats a run of Chinese as one word and breaks only at spaces and some punctuation.
#pragma once
#include <vector>

namespace rectify::ui {

struct WrappedLine {
    const char* begin;
    const char* end;
};

// Lines of [text, end) in the current font at `width` (ImGui units): breaks at newlines, between
// any two CJK characters (not before closing punctuation, not after opening punctuation), at
// spaces between other words, and inside a word only when it is wider than the line.
std::vector<WrappedLine> wrap_text(const char* text, const char* end, float width);

// Read-only text wrapped that way at `width` (0: the rest of the line), as one item (a group) so
// it can be anchored; for paragraphs of Chinese, which ImGui's TextWrapped breaks unevenly.
void text_wrapped(const char* text, const char* end, float width = 0.0f);

} // namespace rectify::ui
