// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines benchmark (not a test). On a store of demo cases (by default the
// 1,000,000 of bench/register_bench's --dir, made with `ruqsatctl demo
// --cases 1000000 --seed 1 --today 2026-11-20`) it times the Deadlines
// tab's list, every clock of every district as of 2026-11-20, the median of
// --reps runs, and each of its statements, beside the sqlite3 tool running
// the same SQL. Prints a Markdown table for bench/RESULTS.md.
//
//   deadlines_bench [--db /tmp/ruqsat-bench/cases-1000000.db] [--reps 7] [--today 2026-11-20]
#include "BenchSupport.h"
#include "deadlines/DeadlineDesk.h"
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
    parser.addOption({QStringLiteral("db"), QStringLiteral("The SQLite store."), QStringLiteral("FILE"),
                      QStringLiteral("/tmp/ruqsat-bench/cases-1000000.db")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Runs per measure."), QStringLiteral("N"),
                      QStringLiteral("7")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("The day the clocks are counted from."),
                      QStringLiteral("DATE"), QStringLiteral("2026-11-20")});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("db"));
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    QTextStream out(stdout);
    try {
        store::ConnectionString where;
        where.path = file;
        const auto db = store::Database::open(where);
        const qint64 cases = store::Query(*db, QStringLiteral("SELECT count(*) FROM applications")).scalar().toLongLong();
        deadlines::DeadlineFilter filter;
        filter.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        const deadlines::DeadlineDesk desk(*db);
        QList<store::Statement> statements;
        qsizetype items = desk.list(filter, &statements).size(); // warms the cache, keeps the SQL
        QList<double> runs;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            items = desk.list(filter).size();
            runs << bench::msSince(t);
        }
        QStringList sql;
        for (const store::Statement &s : statements)
            sql << store::inlineBinds(*db, s.sql, s.binds);
        bench::SqliteTimer sqlite(file, reps);
        const double tool = sqlite.perRun(sql);
        const double mine = bench::median(runs);
        out << "| store | clocks listed | Deadlines list: median (min) of " << reps
            << " | sqlite3, its " << sql.size() << " statements | ratio |\n|---|---|---|---|---|\n";
        out << "| " << cases << " cases | " << items << " | " << QString::number(mine, 'f', 1) << " ms ("
            << QString::number(*std::min_element(runs.cbegin(), runs.cend()), 'f', 1) << ") | "
            << QString::number(tool, 'f', 1) << " ms | " << QString::number(tool > 0 ? mine / tool : 0, 'f', 2)
            << " |\n\n| statement | sqlite3 ms |\n|---|---|\n";
        for (const QString &statement : sql)
            out << "| `" << statement.section(QStringLiteral(" FROM "), 1, 1).left(60) << "…` | "
                << QString::number(sqlite.perRun({statement}), 'f', 2) << " |\n";
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
