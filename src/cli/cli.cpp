#include "cli/cli.h"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "core/id_collisions.h"

namespace rectify::cli {

Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& allowed) {
    Args a;
    auto ok = [&](const std::string& opt) {
        return std::find(allowed.begin(), allowed.end(), opt) != allowed.end();
    };
    for (int i = first; i < argc; i++) {
        std::string arg = argv[i];
        bool takes_value = arg == "--lang" || arg == "-o" || arg == "--today";
        if (arg.size() > 1 && arg[0] == '-' && !ok(arg)) {
            a.error = "unknown option " + arg;
            return a;
        }
        if (takes_value && i + 1 >= argc) {
            a.error = arg + " needs a value";
            return a;
        }
        if (arg == "--lang") {
            std::string code = argv[++i];
            if (code != "zh" && code != "en" && code != "zh-CN") {
                a.error = "--lang takes zh or en";
                return a;
            }
            a.lang = parse_lang(code);
        } else if (arg == "-o") a.out = argv[++i];
        else if (arg == "--today") a.today = argv[++i];
        else if (arg == "--json") a.json = true;
        else if (arg == "--xlsx") a.xlsx = true;
        else if (arg == "--json-report") a.json_report = true;
        else a.files.push_back(arg);
    }
    return a;
}

bool write_file(const std::string& path, const std::string& bytes, const char* cmd) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        if (!out.flush()) {
            std::fprintf(stderr, "rectify %s: cannot write %s\n", cmd, tmp.c_str());
            std::remove(tmp.c_str());
            return false;
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::fprintf(stderr, "rectify %s: cannot write %s\n", cmd, path.c_str());
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

bool write_plan(const std::string& path, const Workspace& ws, Lang lang, const char* cmd) {
    static const Text kRefused = {"rectify %s:结果未通过校验，未写入 %s：%s\n",
                                  "rectify %s: the result fails validation; %s was not written: %s\n"};
    const std::string bytes = save_workspace(ws, now_ms());
    // Checked twice: as every write of the app is (integrity, raw checks), and by loading the
    // bytes back as `rectify validate` would; an existing file at `path` is never replaced by
    // something that does not load.
    LoadError err;
    if (verify_for_save(ws, bytes, err)) {
        LoadResult back = load_workspace(bytes);
        if (back.ok) return write_file(path, bytes, cmd);
        err = back.error;
    }
    std::fprintf(stderr, pick(lang, kRefused), cmd, path.c_str(), format_error(err, lang).c_str());
    return false;
}

bool read_file(const std::string& path, std::string& bytes, LoadError& error, const Limits& limits) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = LoadError{};
        error.key = Msg::ReadFailed;
        error.detail = path + ": " + std::strerror(errno);
        return false;
    }
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size < 0) {
        error = LoadError{};
        error.key = Msg::ReadFailed;
        error.detail = path;
        return false;
    }
    if (size_t(size) > limits.max_bytes) { // do not read a huge file just to refuse it
        error = LoadError{};
        error.key = Msg::TooLarge;
        error.n = size;
        error.limit = std::int64_t(limits.max_bytes);
        return false;
    }
    bytes.resize(size_t(size));
    in.read(bytes.data(), size);
    if (in.gcount() != size) {
        error = LoadError{};
        error.key = Msg::ReadFailed;
        error.detail = path;
        return false;
    }
    return true;
}

bool load_file(const std::string& path, Lang lang, LoadResult& result) {
    std::string bytes;
    Limits limits;
    if (!read_file(path, bytes, result.error, limits)) {
        result.ok = false;
    } else {
        result = load_workspace(bytes, limits);
    }
    if (!result.ok) std::fprintf(stderr, "%s: %s\n", path.c_str(), format_error(result.error, lang).c_str());
    return result.ok;
}

std::int64_t now_ms() {
    using namespace std::chrono;
    return std::int64_t(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

} // namespace rectify::cli
