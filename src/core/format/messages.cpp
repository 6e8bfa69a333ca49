#include "core/format/messages.h"

#include <iterator>

namespace rectify {

static const Text kMessages[] = {
#define RECTIFY_X(key, zh, en) {zh, en},
    RECTIFY_LOAD_MESSAGES(RECTIFY_X)
#undef RECTIFY_X
};

static const char* const kNames[] = {
#define RECTIFY_X(key, zh, en) #key,
    RECTIFY_LOAD_MESSAGES(RECTIFY_X)
#undef RECTIFY_X
};

static const Text kKinds[] = {
    {"（缺失）", "nothing (missing)"}, {"空值（null）", "null"}, {"布尔值", "a boolean"},
    {"数字", "a number"},            {"整数", "an integer"}, {"字符串", "a string"},
    {"数组", "an array"},            {"对象", "an object"},
};

// The kinds of file sniff_other_format (prescan.h) recognises, as the OtherFormat message names them.
static const struct {
    const char* kind;
    Text text;
} kFileKinds[] = {
    {"zip", {"ZIP 压缩包", "a ZIP archive"}},
    {"docx", {"Word 文档（.docx）", "a Word document (.docx)"}},
    {"xlsx", {"Excel 工作簿（.xlsx）", "an Excel workbook (.xlsx)"}},
    {"pptx", {"PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)"}},
    {"office", {"Office 文档（ZIP 格式，可能是 Word/Excel 文件）", "an Office document in ZIP form (Word, Excel…)"}},
    {"ofd", {"OFD 版式文件", "an OFD document"}},
    {"ole-encrypted", {"设有打开密码的 Word/Excel 文件", "a password-protected Word or Excel file"}},
    {"ole", {"Word/Excel/WPS 旧版文档（.doc/.xls/.wps 等）", "an older Word/Excel/WPS document (.doc, .xls, .wps…)"}},
    {"pdf", {"PDF 文件", "a PDF document"}},
    {"png", {"PNG 图片", "a PNG image"}},
    {"jpeg", {"JPEG 图片", "a JPEG image"}},
    {"gif", {"GIF 图片", "a GIF image"}},
    {"rar", {"RAR 压缩包", "a RAR archive"}},
    {"7z", {"7z 压缩包", "a 7z archive"}},
    {"gzip", {"gzip 压缩文件", "a gzip-compressed file"}},
};

const Text& file_kind_text(const std::string& kind) {
    static const Text kOther = {"其他格式的文件", "a file of another kind"}; // not reached from the loader
    for (const auto& k : kFileKinds)
        if (kind == k.kind) return k.text;
    return kOther;
}

const char* msg_key_name(Msg key) { return kNames[int(key)]; }

bool msg_from_name(const std::string& name, Msg& out) {
    for (size_t i = 0; i < std::size(kNames); i++)
        if (name == kNames[i]) {
            out = Msg(i);
            return true;
        }
    return false;
}

const Text& msg_text(Msg key) { return kMessages[int(key)]; }
const Text& json_kind_text(JsonKind kind) { return kKinds[int(kind)]; }

std::string format_error(const LoadError& e, Lang lang) {
    return format_text(pick(lang, msg_text(e.key)),
                       {{"path", e.path.empty() ? "(root)" : e.path},
                        {"detail", lang == Lang::Zh && e.fault ? e.fault->zh : e.detail},
                        {"n", e.n},
                        {"limit", e.limit},
                        {"expected", pick(lang, json_kind_text(e.expected))},
                        {"found", pick(lang, json_kind_text(e.found))},
                        {"kind", pick(lang, file_kind_text(e.detail))}});
}

} // namespace rectify
