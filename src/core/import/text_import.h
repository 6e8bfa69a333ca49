// Importing the text of an official document (整改方案 or 整改情况报告) pasted from a web page or a
// Word file: finds the header, sections, problems, measures, responsibility lines, deadlines and
// progress, and builds a Plan from them. Nothing here touches a workspace: the caller previews the
// result (spans over the original text, the lines not placed) and decides (issue 8).
// Index: normalising text · TextSpan/TextImport · import_text · reports (summary, JSON).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// ---- normalising text ------------------------------------------------------------------------------

struct NormaliseOptions {
    bool fold_punctuation = true; // ，：；（）！？ → , : ; ( ) ! ? (for matching; fields keep them)
    bool join_lines = false;      // line breaks are dropped like spaces (a field broken across lines)
    bool simplify = true;         // Traditional characters → Simplified (for matching; fields keep them)
};

// Text made uniform for matching: 全角 letters and digits → ASCII, U+3000 → space, spaces dropped
// except between two ASCII letters/digits, common Traditional characters → Simplified, pinyin
// reading aids "字(zì)" removed. `origin[i]` is the byte offset in the input of the character
// that produced output byte i; origin has one more entry, the input's size.
struct Normalised {
    std::string text;
    std::vector<size_t> origin;
};
Normalised normalise_text(std::string_view utf8, const NormaliseOptions& options = {});
// The same for a field's text: the document's punctuation and characters (Traditional stays
// Traditional) are kept; widths, spaces and pinyin aids are normalised.
std::string normalise_field(std::string_view utf8);
// Every character to_simplified; the same number of bytes for every character of the table.
std::string simplified(std::string_view utf8);
// One character Traditional → Simplified (the table covers the words of these documents); the
// character itself when it is not in the table.
char32_t to_simplified(char32_t c);

// ---- the result --------------------------------------------------------------------------------------

// A piece of the original text and what it was recognised as: one span per non-blank line (its
// kind says what the line is), plus ProblemCode and Deadline spans inside their line's span.
// begin/end are byte offsets in the text given to import_text (after decoding, when the input was a file's bytes).
struct TextSpan {
    size_t begin = 0, end = 0;
    enum Kind {
        Title, Issuer, DocNumber, Date, Addressee, Section, Phase, Area, Problem, ProblemCode, Measure,
        Step, Responsibility, Deadline, Progress, Status, LeadingGroup, Body, Ignored, Unplaced
    } kind = Unplaced;
};
const char* span_kind_name(TextSpan::Kind k); // "problem", "deadline", … (JSON report, tests)

// What the user corrected in the preview (issue 17): which numbering level holds the problems, and
// what single lines are. A line is named by where it starts in the text (TextSpan::begin); the
// corrections belong to one text and are dropped when it changes.
enum class LineRole { Auto, Problem, Measure, Noise, JoinPrevious };
struct TextCorrections {
    std::string problem_level;                        // a numbering mark as TextImport::levels names it; "": as recognised
    std::vector<std::pair<size_t, LineRole>> lines;   // (TextSpan::begin, role)
    bool empty() const { return problem_level.empty() && lines.empty(); }
};

struct ImportTextOptions {
    int default_year = 0;        // for 11月30日前 when the document gives no date of its own
    std::uint64_t id_seed = 0;   // 0: random IDs; otherwise a deterministic IdSource (tests)
    std::string office_code;     // stamped as the creator of what is made
    std::int64_t now_ms = 0;
    TextCorrections corrections; // applied to the reading of items; any correction makes it the one used
};

// The most text import_text takes (5 MB, input_limits.h), in UTF-8 bytes; import_text_file applies
// it to the file's bytes.
std::size_t max_import_text_bytes();

struct TextImport {
    // Refused input (then ws has no plan and nothing else is filled in): text over
    // max_import_text_bytes, text with a NUL byte (a binary file: Word, PDF, ZIP, an image), text
    // that is not UTF-8, a file in no encoding decode_text knows. Why, in both languages.
    std::string error_zh, error_en;
    bool ok() const { return error_zh.empty(); }
    Workspace ws;                     // one plan, plus the departments and people it names
    std::vector<TextSpan> spans;      // in text order; every non-blank line is covered once
    std::vector<std::string> unplaced; // lines that could not be placed, verbatim from the input
    int stated_problems = -1;         // 共N个问题 as the document states it; -1: it states none
    std::string decoded;              // the text the spans refer to (the input, decoded)
    std::string encoding;             // what decode_text found ("UTF-8", "GBK", …)
    bool is_report = false;           // a 整改情况报告 (整改情况/整改进度 found)
    std::vector<Id> status_read;      // measures whose status the document states or implies
    std::vector<Id> status_proposed;  // of those, the ones only implied (已更换…): proposed, shown as such
    std::vector<std::string> levels;  // the numbering levels of the text, outermost first: "一、" "（一）" "1." "（1）"…
    std::string problem_level;        // the level the problems were read at ("" when mixed or unnumbered)
    int deadlines_without_year = 0;   // dates with no year and no document year: kept as written, no day
    // What was found, for summaries.
    int problems = 0, codes = 0, measures = 0, steps = 0, responsibility_lines = 0, deadlines = 0,
        deadlines_dated = 0, progress = 0, statuses = 0, phases = 0, sections = 0;
    std::uint64_t examined = 0;       // bytes the line checks looked at: linear in the text (tests)
    const Plan& plan() const; // the plan made; an empty one when the input was refused
};

// Reads UTF-8 text in time linear in its length. Refuses what is not text or too large (see
// TextImport::error_zh); otherwise never fails: text it cannot read ends up in `unplaced`.
TextImport import_text(std::string_view utf8, const ImportTextOptions& options = {});
// Reads a .txt file's bytes (UTF-8, GBK/GB18030 or UTF-16, see decode_text) then import_text; the
// size limit applies to the file's bytes, before they are decoded.
TextImport import_text_file(std::string_view bytes, const ImportTextOptions& options = {});

// ---- reports --------------------------------------------------------------------------------------

std::string text_import_summary(const TextImport& r, Lang lang); // a few lines for the CLI
// The span of each non-blank line, in text order: what the line as a whole was taken as (the
// ProblemCode and Deadline spans inside a line are left out). The preview marks lines with these.
std::vector<TextSpan> line_spans(const TextImport& r);
// `s` as a JSON string literal, quotes included (how the JSON report writes every string).
std::string json_quote(std::string_view s);
// Remarks for the preview and the summary, in `lang`: the count the document states (共N个问题)
// when it disagrees with what was found.
std::vector<std::string> import_notes(const TextImport& r, Lang lang);

// {"kind","encoding","error":null or {"zh","en"},"title":…,"counts":{…},"problems":[…],"unplaced":[…],"notes":[…],"spans":[{"kind","begin","end","text"}]}
std::string text_import_json(const TextImport& r);

// ---- into the workspace ----------------------------------------------------------------------------

// One Batch (one undo step) adding the recognised plan to `ws` as a new plan, with the
// departments and people it names: an entry the directory already has (by name, find_*_by_name)
// is reused, the others are added. nullptr when nothing was recognised.
CommandPtr apply_text_import(const Workspace& ws, const TextImport& result, IdSource& ids);

} // namespace rectify
