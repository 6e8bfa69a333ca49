// Why a file could not be loaded: one key per kind of failure, with its message in zh-CN and en.
// The app, the CLI and the tests all format LoadError through format_error(), so users see the
// same words everywhere and tests can check the key and path rather than the prose.
#pragma once
#include <cstdint>
#include <string>

#include "core/i18n.h"

namespace rectify {

// X(key, zh, en). Placeholders: {path} {detail} {n} {limit} {expected} {found}, and {kind}: the
// kind of file named by detail (sniff_other_format's names, see file_kind_text).
#define RECTIFY_LOAD_MESSAGES(X)                                                                  \
    X(ReadFailed, "无法读取文件：{detail}", "Cannot read the file: {detail}")                     \
    X(Empty, "文件是空的。", "The file is empty.")                                               \
    X(TooLarge, "文件太大（{n} 字节），上限为 {limit} 字节。",                                     \
      "The file is too large ({n} bytes); the limit is {limit} bytes.")                          \
    X(OtherFormat, "这是 {kind}，不是整改通的方案文件（*.rectify.json）。",                      \
      "This is {kind}, not a Rectify plan file (*.rectify.json).")                               \
    X(ByteOrderMark, "文件以字节顺序标记（BOM）开头：请存为不带 BOM 的 UTF-8。",                  \
      "The file starts with a byte-order mark (BOM): save it as UTF-8 without a BOM.")           \
    X(Utf16, "文件是 UTF-16 编码：请存为 UTF-8。", "The file is encoded as UTF-16: save it as UTF-8.") \
    X(InvalidUtf8, "文件在第 {n} 字节处不是有效的 UTF-8 编码。",                                  \
      "The file is not valid UTF-8 at byte offset {n}.")                                         \
    X(TooDeep, "文件嵌套超过 {limit} 层，不予读取。",                                             \
      "The file is nested more than {limit} levels deep; it is not read.")                       \
    X(NotJson, "文件不是 JSON 格式（第 {n} 字节处：{detail}）。",                                  \
      "The file is not JSON (at byte offset {n}: {detail}).")                                    \
    X(Truncated, "文件不完整，可能在传输或保存时被截断。",                                        \
      "The file is incomplete: it was probably cut off while being sent or saved.")              \
    X(NotPlanFile, "这不是整改通的方案文件。", "This is not a Rectify plan file.")               \
    X(TooNew, "文件格式版本为 {n}，由更新版本的整改通写出；本版本最高支持 {limit}。请升级整改通。", \
      "The file has format version {n}, written by a newer Rectify; this version reads up to "   \
      "{limit}. Please upgrade Rectify.")                                                        \
    X(BadVersion, "文件格式版本 {n} 无效。", "The file format version {n} is not valid.")         \
    X(WrongType, "{path} 的类型不对：应为{expected}，实际为{found}。",                             \
      "Wrong type at {path}: expected {expected}, found {found}.")                               \
    X(Missing, "缺少 {path}。", "{path} is missing.")                                            \
    X(BadValue, "{path} 的值无效：{detail}。", "Invalid value at {path}: {detail}.")              \
    X(DuplicateId, "编号 {detail} 重复出现（{path}）。", "The ID {detail} occurs twice ({path}).")  \
    X(MissingReference, "{path} 引用了不存在的条目 {detail}。",                                   \
      "{path} refers to a missing item {detail}.")                                              \
    X(ChecksumMismatch, "校验和不符：文件内容在导出后被改动或已损坏。",                           \
      "Checksum mismatch: the content was changed after export, or is damaged.")                \
    X(NeedsUpgrade, "此文件由旧版整改通保存，需先由升级模块转换为当前格式，但升级模块无法加载（可能已离线）。请联网后重试。", \
      "This file was saved by an older Rectify and must first be converted by the upgrade module, " \
      "which could not be loaded (perhaps offline). Connect to the network and try again.")

enum class Msg {
#define RECTIFY_X(key, zh, en) key,
    RECTIFY_LOAD_MESSAGES(RECTIFY_X)
#undef RECTIFY_X
};

#define RECTIFY_X(key, zh, en) +1
inline constexpr int kMsgCount = 0 RECTIFY_LOAD_MESSAGES(RECTIFY_X);
#undef RECTIFY_X

// JSON value kinds named in WrongType messages.
enum class JsonKind { Missing, Null, Bool, Number, Integer, String, Array, Object };

struct LoadError {
    Msg key = Msg::ReadFailed;
    std::string path;   // e.g. plans[0].problems[3].measures[1].deadline
    std::string detail;
    const Text* fault = nullptr; // when set, {detail} in Chinese is fault->zh: a parser's English
                                 // never reaches a Chinese message (NotJson)
    std::int64_t n = 0;     // size, offset or version
    std::int64_t limit = 0;
    JsonKind expected = JsonKind::Missing, found = JsonKind::Missing;
};

const char* msg_key_name(Msg key);                 // "WrongType"
bool msg_from_name(const std::string& name, Msg& out);
const Text& msg_text(Msg key);
const Text& json_kind_text(JsonKind kind);
const Text& file_kind_text(const std::string& kind); // "png" -> PNG 图片 / a PNG image
std::string format_error(const LoadError& e, Lang lang);

} // namespace rectify
