// rectify convert IN -o OUT: load any supported version, write the current one.
#include <cstdio>

#include "cli/cli.h"

namespace rectify::cli {

int convert(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--password"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "convert", a.error.empty() ? say(Say::NeedInOut, a.lang) : a.error.c_str(),
                           "[--lang zh|en] IN -o OUT");
    LoadResult r;
    if (!load_file(a.files[0], a.lang, r)) return 1;
    if (!write_plan(a.out, r.workspace, a.lang, "convert")) return 1;
    print(stdout, Say::Converted, a.lang,
          {{"path", a.files[0]}, {"from", r.info.version}, {"to", kFormatVersion}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
