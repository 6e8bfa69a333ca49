// Chinese numerals as official documents number things: problems (一)(二)…, headings 一、二、…
#pragma once
#include <string>

namespace rectify {

// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十; 1..999, else Arabic digits.
std::string cn_number(int n);
// A problem's number as official documents write it: 1 → "（一）" (full-width brackets).
std::string problem_number(int n);

} // namespace rectify
