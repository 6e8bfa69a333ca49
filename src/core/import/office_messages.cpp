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

OfficeProblem problem(OfficeText what, std::initializer_list<std::pair<std::string, std::string>> args) {
    OfficeProblem p;
    p.what = what;
    p.args.assign(args.begin(), args.end());
    return p;
}

const char* office_key(OfficeText what) { return kRows[int(what)].key; }

std::string office_message(const OfficeProblem& p, Lang lang) {
    const Row& row = kRows[int(p.what)];
    std::string out = lang == Lang::En ? row.en : row.zh;
    for (const auto& [name, value] : p.args) {
        const std::string mark = "{" + name + "}";
        for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + value.size()))
            out.replace(at, mark.size(), value);
    }
    return out;
}

} // namespace rectify::office
