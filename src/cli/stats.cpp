// rectify stats FILE [--today YYYY-MM-DD] [--json] [--lang zh|en]: counts by status and overdue, by
// closing state and the 销号 level items wait at, items due for 回头看, and
// the evidence files the plan references (in a package, the files it holds).
#include <chrono>
#include <cstdio>

#include "cli/cli.h"
#include "core/format/json.h"
#include "core/format/serialize.h"
#include "core/ledger/ledger.h"
#include "core/outcomes.h"
#include "core/report/stats.h"
#include "core/supervision.h"

namespace rectify::cli {

// The outcome figures (amount as exact text) and the 三色督办 counts, for --json.
static void outcomes_json(rapidjson::Writer<rapidjson::StringBuffer>& w, const Workspace& ws, const Date& today) {
    const Outcomes o = compute_outcomes(ws, Id());
    w.Key("outcomes");
    w.StartObject();
    w.Key("amount"), w.String(amount_text(o.amount).c_str());
    w.Key("rules"), w.Int(o.rules);
    w.Key("accountable"), w.Int(o.accountable);
    w.Key("bad_amounts"), w.Int(o.bad_amounts);
    w.Key("by_problem_type");
    w.StartObject();
    for (const auto& [type, n] : o.by_problem_type) w.Key(type.c_str()), w.Int(n);
    w.EndObject();
    w.Key("by_rectify_type");
    w.StartObject();
    for (int i = 0; i < 4; i++) w.Key(enum_name(RectifyType(i))), w.Int(o.by_rectify_type[size_t(i)]);
    w.EndObject();
    w.EndObject();
    int colours[4] = {};
    for (const Plan& p : ws.plans) {
        if (!alive(p)) continue;
        const SupervisionRule rule = supervision_rule(p);
        for (const Problem& q : p.problems)
            for (const Measure& m : q.measures)
                if (alive(q) && alive(m)) colours[int(colour_of(m, today, rule))]++;
    }
    w.Key("colours");
    w.StartObject();
    for (Colour c : {Colour::Red, Colour::Yellow, Colour::Blue}) w.Key(colour_mark(c)), w.Int(colours[int(c)]);
    w.EndObject();
}

static void print_json(const std::string& file, const Date& today, const Stats& s, bool package, const FileTotals& files,
                       const Workspace& ws) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("file"), w.String(file.c_str());
    w.Key("today"), w.String(to_iso(today).c_str());
    w.Key("plans"), w.Int(s.plans);
    w.Key("problems"), w.Int(s.problems);
    w.Key("measures"), w.Int(s.measures);
    w.Key("status");
    w.StartObject();
    for (int i = 0; i < 4; i++) w.Key(enum_name(Status(i))), w.Int(s.by_status[size_t(i)]);
    w.EndObject();
    w.Key("overdue"), w.Int(s.overdue);
    w.Key("closure"); // the 销号 chain: by state, the submitted ones by the level they wait at
    w.StartObject();
    for (int i = 0; i < 4; i++) w.Key(enum_name(ClosureState(i))), w.Int(s.by_closure[size_t(i)]);
    w.EndObject();
    w.Key("pending_by_level");
    w.StartArray();
    for (int n : s.pending_by_level) w.Int(n);
    w.EndArray();
    w.Key("recheck_due"), w.Int(s.recheck_due);
    w.Key("package"), w.Bool(package);
    w.Key("files"), w.Uint64(files.files);
    w.Key("file_bytes"), w.Int64(files.bytes);
    w.Key("overdue_ids");
    w.StartArray();
    for (const Id& id : s.overdue_ids) w.String(id.c_str());
    w.EndArray();
    outcomes_json(w, ws, today);
    w.EndObject();
    std::printf("%s\n", buf.GetString());
}

int stats(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "--today", "--json", "--password"});
    Date today;
    if (a.error.empty() && !a.today.empty() && (!parse_iso_date(a.today, today) || today.empty()))
        a.error = say(Say::TodayValue, a.lang);
    if (!a.error.empty() || a.files.size() != 1)
        return usage_error(a, "stats", a.error.empty() ? say(Say::NeedOneFile, a.lang) : a.error.c_str(),
                           "[--today YYYY-MM-DD] [--json] [--lang zh|en] FILE");
    if (today.empty()) today = today_utc();
    LoadResult r;
    Loaded from;
    if (!load_file(a.files[0], a.lang, r, &from)) return 1;
    Stats s = compute_stats(r.workspace, today);
    // A package holds exactly the files its plan references (read_package checked): one count.
    const FileTotals files = file_totals(referenced_files(r.workspace));
    if (a.json) {
        print_json(a.files[0], today, s, from.package, files, r.workspace);
        return 0;
    }
    print(stdout, Say::StatsHead, a.lang, {{"plans", s.plans}, {"problems", s.problems}, {"measures", s.measures}});
    for (int i = 0; i < 4; i++)
        print(stdout, Say::StatsStatus, a.lang, {{"status", status_text(Status(i), a.lang)}, {"n", s.by_status[size_t(i)]}});
    print(stdout, Say::StatsOverdue, a.lang, {{"today", to_iso(today)}, {"n", s.overdue}});
    for (const Id& id : s.overdue_ids) std::printf("  %s\n", id.c_str());
    for (size_t i = 0; i < s.pending_by_level.size(); i++)
        print(stdout, Say::StatsPendingLevel, a.lang, {{"level", int(i + 1)}, {"n", s.pending_by_level[i]}});
    if (s.recheck_due > 0) print(stdout, Say::StatsRecheckDue, a.lang, {{"n", s.recheck_due}});
    const std::string figures = outcome_headline(compute_outcomes(r.workspace, Id()), a.lang);
    if (!figures.empty()) std::printf("%s\n", figures.c_str());
    if (files.files > 0 || from.package)
        print(stdout, from.package ? Say::StatsFilesIn : Say::StatsFilesNamed, a.lang,
              {{"n", files.files}, {"size", megabytes_text(std::uint64_t(files.bytes))}});
    return 0;
}

} // namespace rectify::cli
