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
// max_lines > 0: stops there (more text follows when the last line ends before `end`).
std::vector<WrappedLine> wrap_text(const char* text, const char* end, float width, int max_lines = 0);

// A table cell's text: wrapped to `width` in at most `max_lines` lines; when that cuts it, the last
// line ends in "…" and hovering the text shows all of it in a tooltip (anchored "cell-tooltip").
// Drawn as one item `width` wide. `anchor_name`: anchors the item with the text as shown.
// Returns true when the text was cut.
bool clamped_text(const char* text, const char* end, float width, int max_lines, unsigned colour,
                  const char* anchor_name = nullptr);
// A selectable (a link to open something) whose label is clamped_text: true when clicked.
// `anchor_name` anchors the selectable.
bool clamped_selectable(const char* id, const char* text, const char* end, float width, int max_lines, unsigned colour,
                        const char* anchor_name = nullptr);

// After a combo (or a field) showing `text` in its box: the whole text on hover when it is wider
// than the box shows.
void tooltip_if_cut(const char* text);

// The tooltip clamped_text shows: the whole text, wrapped at a readable width (end: nullptr for
// a NUL-terminated text).
void whole_text_tooltip(const char* text, const char* end);

// Read-only text wrapped that way at `width` (0: the rest of the line), as one item (a group) so
// it can be anchored; for paragraphs of Chinese, which ImGui's TextWrapped breaks unevenly.
void text_wrapped(const char* text, const char* end, float width = 0.0f);

} // namespace rectify::ui
