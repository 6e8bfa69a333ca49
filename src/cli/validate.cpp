// rectify validate [--lang zh|en] FILE…: exit 0 only if every file loads (a plan file, or a package
// whose every file matches its hash).
#include <cstdio>

#include "cli/cli.h"

namespace rectify::cli {

int validate(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "--password"});
    if (!a.error.empty() || a.files.empty())
        return usage_error(a, "validate", a.error.empty() ? say(Say::NoFiles, a.lang) : a.error.c_str(),
                           "[--lang zh|en] FILE...");
    int failures = 0;
    for (const std::string& path : a.files) {
        LoadResult r;
        Loaded from;
        if (!load_file(path, a.lang, r, &from)) {
            failures++;
            continue;
        }
        if (from.package)
            print(stdout, Say::ValidPackage, a.lang, {{"path", path}, {"version", r.info.version}, {"n", from.files.files},
                                                      {"size", megabytes_text(std::uint64_t(from.files.bytes))}});
        else
            print(stdout, Say::Valid, a.lang, {{"path", path}, {"version", r.info.version}});
    }
    return failures ? 1 : 0;
}

} // namespace rectify::cli
