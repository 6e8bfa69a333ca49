// office_messages: the table of office_messages.h, and its placeholders filled.
#include "core/import/office_messages.h"

namespace rectify::office {

namespace {
struct Row {
    const char *key, *zh, *en;
};
const Row kRows[] = {
#define RECTIFY_OFFICE_ROW(key, zh, en) {#key, zh, en},
    RECTIFY_OFFICE_TEXTS(RECTIFY_OFFICE_ROW)
#undef RECTIFY_OFFICE_ROW
};
} // namespace

OfficeProblem problem(OfficeText what, std::initializer_list<Arg> args) {
    OfficeProblem p;
    p.what = what;
    p.args.assign(args.begin(), args.end());
    return p;
}

const char* office_key(OfficeText what) { return kRows[int(what)].key; }

std::string office_message(const OfficeProblem& p, Lang lang) {
    const Row& row = kRows[int(p.what)];
    return format_text(lang == Lang::En ? row.en : row.zh, p.args.data(), p.args.data() + p.args.size());
}

} // namespace rectify::office
