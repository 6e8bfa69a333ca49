// Findings listed inside one sentence (text_sentence_lists.cpp), for cutting lines into segments
// (text_segments.cpp). Each splitter takes a line's text from where a sentence starts and gives the byte
// where each part starts and, last, where the list ends; empty when the sentence holds no such list.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace rectify::text {

// Byte helpers the importer's scans use on normalised text: a digit at s[i], the word w at s[i], the next character.
namespace seg {
inline bool digit(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
// The scans try fixed word lists at every character: the first two bytes are compared inline, as
// most places differ there (a Chinese character's lead byte is shared, its second byte mostly not),
// and only the rest goes to memcmp.
inline bool at(std::string_view s, size_t i, std::string_view w) {
    if (i > s.size() || s.size() - i < w.size()) return false;
    if (w.size() >= 2 && (s[i] != w[0] || s[i + 1] != w[1])) return false;
    return std::memcmp(s.data() + i, w.data(), w.size()) == 0;
}
inline size_t step(std::string_view s, size_t i) { return i + std::max<size_t>(1, utf8_lead_length(static_cast<unsigned char>(s[i]))); }
} // namespace seg

// A Chinese numeral of one to three characters at s[i] (一 … 九十九), or ASCII digits (at most `max`):
// the value, its length in len; 0 when none.
int cn_at(std::string_view s, size_t i, size_t& len);
int digits_at(std::string_view s, size_t i, size_t& len, size_t max = 3);

// Where the sentence that starts `s` ends: its first 。, or the line's end.
size_t sentence_end(std::string_view s);
// 共发现A、B、C等3处安全隐患: the things named, when as many as the count.
std::vector<size_t> counted_parts(std::string_view s);
// Findings split by ； after 发现/存在 or a colon that names them problems; `before` is the line before `s`.
std::vector<size_t> semicolon_parts(std::string_view s, std::string_view before);
// Findings split by 、 (or as comma clauses) before 等问题/的问题; `joins` gets the bytes joining two lists.
std::vector<size_t> enumerated_parts(std::string_view s, std::vector<size_t>& joins);
// Findings named after 问题主要集中在 / 问题主要表现为.
std::vector<size_t> led_parts(std::string_view s);
// Findings given as examples after 问题，包括 / 问题，如.
std::vector<size_t> example_parts(std::string_view s);
// A part of a split list that is itself a list: its things, one finding each.
std::vector<size_t> nested_lists(std::string_view s, const std::vector<size_t>& parts, std::vector<size_t>& joins);
// Findings told as title sentences with a verdict (…问题较为突出。cases。…问题普遍存在。cases), one a title.
std::vector<size_t> titled_sentences(std::string_view s);
// Findings after 发现 as comma clauses, each naming whom it concerns by a quantity (少数…，个别…).
std::vector<size_t> quantified_parts(std::string_view s);

} // namespace rectify::text
