#include "core/numerals.h"

namespace rectify {

std::string cn_number(int n) {
    static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 1000) return std::to_string(n);
    const int h = n / 100, t = (n / 10) % 10, u = n % 10;
    std::string s;
    if (h) s += std::string(digits[h]) + "百";
    if (t) s += (t == 1 && !h ? std::string() : std::string(digits[t])) + "十"; // 十一, but 一百一十
    else if (h && u) s += "零";                                               // 一百零五
    if (u) s += digits[u];
    return s;
}

// The official form (GB/T 9704 headings of the second level): full-width brackets, （一）.
std::string problem_number(int n) { return "\xEF\xBC\x88" + cn_number(n) + "\xEF\xBC\x89"; }

} // namespace rectify
