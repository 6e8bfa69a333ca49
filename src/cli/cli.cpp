#include "cli/cli.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/dates.h"
#include "core/format/id_collisions.h"
#include "office/package.h"
#include "core/file_name.h"

namespace rectify::cli {

namespace {

const Text kTexts[] = {
#define RECTIFY_X(key, zh, en) {zh, en},
    RECTIFY_CLI_TEXTS(RECTIFY_X)
#undef RECTIFY_X
};

const struct {
    int err;
    Say text;
} kSystemErrors[] = {
    {EACCES, Say::ErrAccess},     {EPERM, Say::ErrPerm},         {ENOENT, Say::ErrNoEntry},
    {ENOTDIR, Say::ErrNotDir},    {EISDIR, Say::ErrIsDir},       {ENOSPC, Say::ErrNoSpace},
    {EROFS, Say::ErrReadOnly},    {ENAMETOOLONG, Say::ErrNameTooLong}, {EMFILE, Say::ErrTooManyFiles},
    {EIO, Say::ErrIo},
};

} // namespace

const char* say(Say key, Lang lang) { return pick(lang, kTexts[int(key)]); }
std::string say(Say key, Lang lang, std::initializer_list<Arg> args) { return format_text(say(key, lang), args); }
void print(std::FILE* to, Say key, Lang lang, std::initializer_list<Arg> args) {
    std::fputs(say(key, lang, args).c_str(), to);
}

std::string system_error(int err, Lang lang) {
    for (const auto& e : kSystemErrors)
        if (e.err == err) return say(e.text, lang);
    // The system's own words are English; Chinese gets the number.
    return lang == Lang::En ? std::string(std::strerror(err)) : say(Say::SystemError, lang, {{"n", err}});
}

Lang lang_of(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; i++)
        if (std::strcmp(argv[i], "--lang") == 0) return parse_lang(argv[i + 1], Lang::Zh);
    return Lang::Zh;
}

Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& allowed) {
    Args a;
    a.lang = lang_of(argc, argv);
    auto ok = [&](const std::string& opt) {
        return std::find(allowed.begin(), allowed.end(), opt) != allowed.end();
    };
    auto fail = [&](Say key, const std::string& option = {}) {
        a.error = say(key, a.lang, {{"option", option}});
        return a;
    };
    for (int i = first; i < argc; i++) {
        std::string arg = argv[i];
        bool takes_value = arg == "--lang" || arg == "-o" || arg == "--today" || arg == "--plan" || arg == "--sheet" ||
                           arg == "--map" || arg == "--files" || arg == "--password";
        if (arg.size() > 1 && arg[0] == '-' && !ok(arg)) return fail(Say::UnknownOption, arg);
        if (takes_value && i + 1 >= argc) return fail(Say::NeedsValue, arg);
        if (arg == "--lang") {
            std::string code = argv[++i];
            if (code != "zh" && code != "en" && code != "zh-CN") return fail(Say::LangValue);
            a.lang = parse_lang(code);
        } else if (arg == "-o") a.out = argv[++i];
        else if (arg == "--today") a.today = argv[++i];
        else if (arg == "--sheet") a.sheet = argv[++i];
        else if (arg == "--map") a.maps.push_back(argv[++i]);
        else if (arg == "--files") a.files_dir = argv[++i];
        else if (arg == "--password") a.password = argv[++i];
        else if (arg == "--json") a.json = true;
        else if (arg == "--xlsx") a.xlsx = true;
        else if (arg == "--form") a.form = true;
        else if (arg == "--json-report") a.json_report = true;
        else if (arg == "--plan") a.plan = argv[++i];
        else if (arg == "--docx") a.docx = true;
        else if (arg == "--public") a.public_notice = true;
        else if (arg == "--no-names") a.no_names = true;
        else a.files.push_back(arg);
    }
    if (a.password.empty())
        if (const char* env = std::getenv("RECTIFY_PASSWORD")) a.password = env;
    set_password(a.password);
    return a;
}

int choose_plan(const Args& a, const Workspace& ws, const char* cmd, const char* synopsis, const Plan*& plan) {
    std::vector<const Plan*> plans;
    for (const Plan& p : ws.plans)
        if (alive(p)) plans.push_back(&p);
    int chosen = plans.size() == 1 ? 1 : 0;
    if (!a.plan.empty()) {
        chosen = a.plan.find_first_not_of("0123456789") == std::string::npos && a.plan.size() < 6 ? std::stoi(a.plan) : 0;
        if (chosen < 1 || chosen > int(plans.size())) {
            const std::string why = plans.empty() ? say(Say::NoPlan, a.lang) : say(Say::PlanValue, a.lang, {{"n", plans.size()}});
            return usage_error(a, cmd, why.c_str(), synopsis);
        }
    }
    if (chosen == 0) {
        const std::string why = plans.empty() ? say(Say::NoPlan, a.lang) : say(Say::SeveralPlans, a.lang, {{"n", plans.size()}});
        print(stderr, Say::PathSays, a.lang, {{"path", a.files[0]}, {"why", why}});
        return 1;
    }
    plan = plans[size_t(chosen - 1)];
    return -1;
}

int usage_error(const Args& a, const char* cmd, const char* why, const char* synopsis) {
    print(stderr, Say::CommandSays, a.lang, {{"command", cmd}, {"why", why}});
    std::fprintf(stderr, "%srectify %s %s\n", say(Say::Usage, a.lang), cmd, synopsis);
    return 2;
}

bool write_file(const std::string& path, const std::string& bytes, const char* cmd, Lang lang) {
    const std::string tmp = path + ".tmp";
    int err = 0;
    if (std::FILE* f = std::fopen(tmp.c_str(), "wb")) {
        if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) err = errno ? errno : EIO;
        if (std::fclose(f) != 0 && !err) err = errno ? errno : EIO;
        if (!err && std::rename(tmp.c_str(), path.c_str()) != 0) err = errno ? errno : EIO;
        if (err) std::remove(tmp.c_str());
    } else {
        err = errno ? errno : EIO;
    }
    if (!err) return true;
    print(stderr, Say::CannotWrite, lang, {{"command", cmd}, {"path", path}, {"why", system_error(err, lang)}});
    return false;
}

bool write_plan(const std::string& path, const Workspace& ws, Lang lang, const char* cmd) {
    const std::string bytes = save_workspace(ws, now_ms());
    // Checked twice: as every write of the app is (integrity, raw checks), and by loading the
    // bytes back as `rectify validate` would; an existing file at `path` is never replaced by
    // something that does not load.
    LoadError err;
    if (verify_for_save(ws, bytes, err)) {
        LoadResult back = load_workspace(bytes);
        if (back.ok) return write_file(path, bytes, cmd, lang);
        err = back.error;
    }
    print(stderr, Say::NotWrittenInvalid, lang, {{"command", cmd}, {"path", path}, {"why", format_error(err, lang)}});
    return false;
}

bool read_file(const std::string& path, InputKind kind, Lang lang, std::string& bytes, std::string& error) {
    auto fail = [&](int err) {
        error = say(Say::CannotRead, lang, {{"why", system_error(err, lang)}});
        return false;
    };
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(errno ? errno : EIO);
    long size = -1;
    if (std::fseek(f, 0, SEEK_END) == 0) size = std::ftell(f);
    if (size < 0 || std::fseek(f, 0, SEEK_SET) != 0) {
        const int err = errno ? errno : EIO;
        std::fclose(f);
        return fail(err); // a directory, a pipe
    }
    if (std::uint64_t(size) > max_input_bytes(kind)) { // do not read a huge file just to refuse it
        std::fclose(f);
        error = too_large_message(kind, std::uint64_t(size), lang);
        return false;
    }
    bytes.resize(size_t(size));
    errno = 0;
    const size_t got = std::fread(bytes.data(), 1, bytes.size(), f);
    const int err = errno ? errno : EIO;
    std::fclose(f);
    if (got != bytes.size()) return fail(err);
    return true;
}

bool load_file(const std::string& path, Lang lang, LoadResult& result, Loaded* from, bool keep_bytes) {
    std::string bytes, error;
    Loaded loaded;
    if (!read_input(path, lang, bytes, error)) {
        result.ok = false;
    } else if (office::is_package(bytes)) {
        office::PackageRead r = office::read_package(bytes);
        if (r.ok()) {
            result = std::move(r.plan);
            loaded.package = true;
            loaded.files = r.files;
            if (keep_bytes) loaded.bytes = std::move(bytes);
        } else {
            result.ok = false;
            error = office::package_message(r, lang);
        }
    } else { // a plan file, or a ZIP that is not a package: the loader names what it is
        result = load_workspace(bytes, Limits{});
        if (!result.ok) error = format_error(result.error, lang);
    }
    if (!result.ok) print(stderr, Say::PathSays, lang, {{"path", path}, {"why", error}});
    else if (from) *from = std::move(loaded);
    return result.ok;
}

bool is_package_name(const std::string& path) {
    return name_ends_with(path, ".zip");
}

std::int64_t now_ms() {
    using namespace std::chrono;
    return std::int64_t(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

Date today_utc() {
    Date d;
    parse_iso_date(iso_timestamp(now_ms()).substr(0, 10), d);
    return d;
}

} // namespace rectify::cli
