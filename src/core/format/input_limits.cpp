#include "core/format/input_limits.h"

#include <algorithm>
#include <cstdio>

#include "core/format/prescan.h"
#include "core/texts.h"

namespace rectify {

namespace {

struct KindInfo {
    std::size_t max_bytes;
    CoreText too_large; // {size}: the input's size; {limit}: the limit
};

const KindInfo& info(InputKind kind) {
    static const KindInfo kInfo[] = {
        {Limits{}.max_bytes, CoreText::PlanTooLarge},
        {std::size_t(20) << 20, CoreText::LedgerTooLarge},
        {std::size_t(5) << 20, CoreText::TextTooLarge},
        {std::size_t(30) << 20, CoreText::OfficeTooLarge},
        {std::size_t(768) << 20, CoreText::PackageTooLarge},
    };
    return kInfo[int(kind)];
}

} // namespace

std::size_t max_input_bytes(InputKind kind) { return info(kind).max_bytes; }

std::size_t max_any_input_bytes() {
    return std::max({max_input_bytes(InputKind::PlanFile), max_input_bytes(InputKind::LedgerCsv),
                     max_input_bytes(InputKind::Text), max_input_bytes(InputKind::OfficeFile)});
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
    return core_text(info(kind).too_large, lang,
                     {{"size", megabytes_text(bytes)}, {"limit", megabytes_text(max_input_bytes(kind))}});
}

} // namespace rectify
