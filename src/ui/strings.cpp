// The UI key table (strings.h) as lookup arrays.
#include "ui/strings.h"

namespace rectify::ui {

static const Text kTable[] = {
#define X(key, zh, en) {zh, en},
    RECTIFY_UI_STRINGS(X)
#undef X
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == size_t(S::Count), "strings.cpp: one row per key in strings.h");

static const char* const kKeyNames[] = {
#define X(key, zh, en) #key,
    RECTIFY_UI_STRINGS(X)
#undef X
};

static Lang g_lang = Lang::Zh;

void set_language(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }
const char* tr(S key, Lang lang) { return pick(lang, kTable[size_t(key)]); }
const char* tr(S key) { return tr(key, g_lang); }
const char* key_name(S key) { return kKeyNames[size_t(key)]; }
std::string tr_id(S key, const char* id) { return std::string(tr(key)) + "###" + id; }

std::string trf(S key, std::initializer_list<Arg> args) { return format_text(tr(key), args); }

} // namespace rectify::ui
