// SPDX-License-Identifier: GPL-3.0-or-later
// Reports benchmark (not a test). On a store of demo cases (by default a copy
// of the 1,000,000-case store of bench/register_bench, made with `ruqsatctl
// demo --cases 1000000 --seed 1 --today 2026-11-20`: opening it migrates it
// to this program's schema, so run it on a copy) it times every report of
// the Reports tab and `ruqsatctl report`, each kind by each grouping, over
// a month (October 2026; with --year also over the year 2025), for a session of every district (the
// widest read): ReportDesk::run, the median of --reps runs after one that warms the cache, beside
// the sqlite3 tool running the same SQL. Prints a Markdown table for bench/RESULTS.md.
//
//   reports_bench [--db /tmp/ruqsat-bench/reports-1000000.db] [--reps 5] [--year]
#include "BenchSupport.h"
#include "reports/ReportDesk.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RegisterSearch.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace ruqsat;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The SQLite store (a copy: it is migrated)."),
         QStringLiteral("FILE"), QStringLiteral("/tmp/ruqsat-bench/reports-1000000.db")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Runs per measure."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("year"), QStringLiteral("Also over a whole year.")});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("db"));
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    QTextStream out(stdout);
    try {
        store::ConnectionString where;
        where.path = file;
        const auto db = store::Database::open(where);
        const qint64 cases = store::Query(*db, QStringLiteral("SELECT count(*) FROM applications"))
                                 .scalar()
                                 .toLongLong();
        const struct
        {
            const char *name;
            reports::Period period;
        } periods[] = {{"October 2026", {QDate(2026, 10, 1), QDate(2026, 10, 31)}},
                       {"year 2025", {QDate(2025, 1, 1), QDate(2025, 12, 31)}}};
        bench::SqliteTimer sqlite(file, reps);
        out << "Store: " << cases << " cases. Median (min) of " << reps
            << " runs of ReportDesk::run; sqlite3: "
            << "the same statement, " << reps << " times in one process, per run.\n\n"
            << "| report | by | period | groups | acts counted | Ruqsat ms | sqlite3 ms | ratio |\n"
            << "|---|---|---|---|---|---|---|---|\n";
        int over = 0;
        for (const auto &p : periods) {
            if (p.period.from.month() == 1 && !parser.isSet(QStringLiteral("year")))
                continue;
            for (reports::Kind kind : reports::allKinds())
                for (reports::Grouping by : reports::allGroupings()) {
                    if (!reports::groups(kind, by))
                        continue;
                    QList<store::Statement> statements;
                    reports::ReportDesk traced(*db, {});
                    traced.setTrace(&statements);
                    const auto lines = traced.run(kind, by, p.period); // warms, keeps the SQL
                    const reports::ReportDesk desk(*db, {});
                    QList<double> runs;
                    for (int i = 0; i < reps; ++i) {
                        QElapsedTimer t;
                        t.start();
                        desk.run(kind, by, p.period);
                        runs << bench::msSince(t);
                    }
                    QStringList sql;
                    for (const store::Statement &s : statements)
                        sql << store::inlineBinds(*db, s.sql, s.binds);
                    const double tool = sqlite.perRun(sql);
                    const double mine = bench::median(runs);
                    const bool slow = mine > 300 || (tool >= 1 && mine > 1.5 * tool);
                    over += slow ? 1 : 0;
                    out << "| " << reports::code(kind) << " | " << reports::code(by) << " | "
                        << p.name << " | " << lines.size() << " | "
                        << reports::ReportDesk::total(lines, {}).count << " | "
                        << QString::number(mine, 'f', 1) << " ("
                        << QString::number(*std::min_element(runs.cbegin(), runs.cend()), 'f', 1)
                        << ") | " << QString::number(tool, 'f', 1) << " | "
                        << QString::number(tool > 0 ? mine / tool : 0, 'f', 2)
                        << (slow ? " **over**" : "") << " |\n";
                    out.flush();
                }
        }
        out << "\nOver a target (300 ms, or 1.5 x sqlite3 where sqlite3 takes 1 ms or more): "
            << over << "\n";
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
