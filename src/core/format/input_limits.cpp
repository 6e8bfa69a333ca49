#include "core/format/input_limits.h"

#include <algorithm>
#include <cstdio>

#include "core/format/prescan.h"

namespace rectify {

namespace {

struct KindInfo {
    std::size_t max_bytes;
    Text too_large; // {size}: the input's size; {limit}: the limit
};

const KindInfo& info(InputKind kind) {
    static const KindInfo kInfo[] = {
        {Limits{}.max_bytes,
         {"方案文件太大（{size}），整改通读取的方案文件最大为 {limit}。",
          "The plan file is too large ({size}); Rectify reads plan files of up to {limit}."}},
        {std::size_t(20) << 20,
         {"台账文件太大（{size}），导入的台账最大为 {limit}。请分成几个文件导入。",
          "The ledger file is too large ({size}); a ledger to import may be up to {limit}. Split it into several files."}},
        {std::size_t(5) << 20,
         {"文本太大（{size}），从文本导入最多 {limit}。请分几次导入。",
          "The text is too large ({size}); text import takes up to {limit}. Import it in parts."}},
    };
    return kInfo[int(kind)];
}

void replace(std::string& s, const std::string& key, const std::string& value) {
    if (size_t at = s.find(key); at != std::string::npos) s.replace(at, key.size(), value);
}

} // namespace

std::size_t max_input_bytes(InputKind kind) { return info(kind).max_bytes; }

std::size_t max_any_input_bytes() {
    return std::max({max_input_bytes(InputKind::PlanFile), max_input_bytes(InputKind::LedgerCsv),
                     max_input_bytes(InputKind::Text)});
}

std::string megabytes_text(std::uint64_t bytes) {
    const std::uint64_t tenths = (bytes * 10 + (std::uint64_t(1) << 20) - 1) >> 20; // rounded up
    char buf[48];
    if (tenths % 10 == 0) std::snprintf(buf, sizeof buf, "%llu MB", static_cast<unsigned long long>(tenths / 10));
    else std::snprintf(buf, sizeof buf, "%llu.%llu MB", static_cast<unsigned long long>(tenths / 10),
                       static_cast<unsigned long long>(tenths % 10));
    return buf;
}

std::string too_large_message(InputKind kind, std::uint64_t bytes, Lang lang) {
    std::string out = pick(lang, info(kind).too_large);
    replace(out, "{size}", megabytes_text(bytes));
    replace(out, "{limit}", megabytes_text(max_input_bytes(kind)));
    return out;
}

} // namespace rectify
