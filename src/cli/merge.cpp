// rectify merge [--json] [--lang zh|en] MASTER RETURN… -o OUT: merges each return into the master
// with the rules of core/merge/merge.h, in the order given. Conflicts are not decided here: the
// master's value is kept and each conflict is listed in the report (text, or JSON with --json).
// Exit 0 when merged (with or without conflicts), 1 when a file cannot be read or written (then
// nothing is written), 2 on bad usage. Any of the files may be a package (.rectify.zip); an OUT
// ending in .zip is written as a package, its files taken from the packages read.
#include <cstdio>

#include "cli/cli.h"
#include "core/format/json.h"
#include "core/merge/merge.h"
#include "office/package.h"

namespace rectify::cli {

namespace {

struct Merged {
    std::string file;
    FileInfo info;
    MergePreview result;
};

const char* conflict_kind_name(ConflictKind k) {
    return k == ConflictKind::EditedVsDeleted ? "edited_vs_deleted" : "both_edited";
}

void print_json(const std::string& master, const std::string& out, const std::vector<Merged>& all) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    auto str = [&](const std::string& s) { w.String(s.data(), rapidjson::SizeType(s.size())); };
    w.StartObject();
    w.Key("master"), str(master);
    w.Key("out"), str(out);
    w.Key("returns");
    w.StartArray();
    for (const Merged& m : all) {
        w.StartObject();
        w.Key("file"), str(m.file);
        w.Key("office");
        w.StartObject();
        w.Key("name"), str(m.info.exported_by.name);
        w.Key("code"), str(m.info.exported_by.code);
        w.EndObject();
        w.Key("exported_at"), str(m.info.exported_at);
        w.Key("added"), w.Uint64(m.result.added.size());
        w.Key("changed"), w.Uint64(m.result.changed.size());
        w.Key("deleted"), w.Uint64(m.result.deleted.size());
        w.Key("conflicts");
        w.StartArray();
        for (const MergeItem& c : m.result.conflicts) {
            w.StartObject();
            w.Key("kind"), w.String(conflict_kind_name(c.conflict));
            w.Key("entity"), str(c.entity);
            w.Key("id"), str(c.id);
            w.Key("path"), str(c.path);
            w.Key("field"), str(c.field);
            w.Key("master"), str(c.master_text);
            w.Key("return"), str(c.return_text);
            w.Key("master_deleted"), w.Bool(c.master_deleted);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::printf("%s\n", buf.GetString());
}

void print_text(Lang lang, const std::string& out, const std::vector<Merged>& all) {
    for (const Merged& m : all) {
        const MergePreview& r = m.result;
        print(stdout, Say::MergeHead, lang,
              {{"path", m.file}, {"office", m.info.exported_by.name}, {"code", m.info.exported_by.code},
               {"date", m.info.exported_at}, {"added", r.added.size()}, {"changed", r.changed.size()},
               {"deleted", r.deleted.size()}, {"conflicts", r.conflicts.size()}});
        for (const MergeItem& c : r.conflicts) {
            std::string where = std::string(merge_entity_label(c.entity, lang)) + " " + c.path;
            if (c.conflict == ConflictKind::EditedVsDeleted)
                print(stdout, c.master_deleted ? Say::MergeMasterDeleted : Say::MergeReturnDeleted, lang, {{"where", where}});
            else
                print(stdout, Say::MergeBoth, lang,
                      {{"where", where}, {"field", merge_field_label(c.entity, c.field, lang)},
                       {"master", c.master_text}, {"return", c.return_text}});
        }
    }
    print(stdout, Say::MergeWritten, lang, {{"out", out}});
}

} // namespace

int merge(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--json", "--password"});
    if (!a.error.empty() || a.files.size() < 2 || a.out.empty())
        return usage_error(a, "merge", a.error.empty() ? say(Say::NeedReturns, a.lang) : a.error.c_str(),
                           "[--json] [--lang zh|en] MASTER RETURN... -o OUT");
    const bool package_out = is_package_name(a.out);
    LoadResult master;
    std::vector<Loaded> from(a.files.size());
    if (!load_file(a.files[0], a.lang, master, &from[0], package_out)) return 1;
    // Every return is loaded before anything is merged: one bad file stops the whole run.
    std::vector<LoadResult> returns(a.files.size() - 1);
    bool ok = true;
    for (size_t i = 1; i < a.files.size(); i++) ok = load_file(a.files[i], a.lang, returns[i - 1], &from[i], package_out) && ok;
    if (!ok) return 1;
    std::vector<Merged> all;
    for (size_t i = 0; i < returns.size(); i++) {
        MergePreview p = merge_into(master.workspace, returns[i].workspace, Resolutions{}, a.lang);
        all.push_back(Merged{a.files[i + 1], returns[i].info, std::move(p)});
    }
    if (package_out) {
        office::PackageFiles files;
        for (const Loaded& l : from)
            if (l.package) files.add(l.bytes);
        if (!write_package_file(a.out, master.workspace, [&](const std::string& h, std::string& b) { return files.get(h, b); },
                                a.lang, "merge"))
            return 1;
    } else if (!write_plan(a.out, master.workspace, a.lang, "merge")) {
        return 1;
    }
    if (a.json) print_json(a.files[0], a.out, all);
    else print_text(a.lang, a.out, all);
    return 0;
}

} // namespace rectify::cli
