// The core's tables (labels.h, texts.h) as lookup arrays.
#include "core/labels.h"
#include "core/texts.h"

namespace rectify {

static const Text kLabels[] = {
#define RECTIFY_X(key, zh, en) {zh, en},
    RECTIFY_LABELS(RECTIFY_X)
#undef RECTIFY_X
};

static const Text kCoreTexts[] = {
#define RECTIFY_X(key, zh, en) {zh, en},
    RECTIFY_CORE_TEXTS(RECTIFY_X)
#undef RECTIFY_X
};

const Text& label_text(Label key) { return kLabels[int(key)]; }
const char* core_text(CoreText key, Lang lang) { return pick(lang, kCoreTexts[int(key)]); }
std::string core_text(CoreText key, Lang lang, std::initializer_list<Arg> args) {
    return format_text(core_text(key, lang), args);
}

} // namespace rectify
