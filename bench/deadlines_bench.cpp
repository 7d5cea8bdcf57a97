// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines benchmark (not a test). On a store of demo cases (by default the
// 1,000,000 of bench/register_bench's --dir, made with `ruqsatctl demo
// --cases 1000000 --seed 1 --today 2026-11-20`) it times, as of 2026-11-20,
// the Deadlines tab's first page (DeadlinesDesk::kPageSize clocks and the
// counts of all) for every district and for one, for each kind of clock and
// after "Show more", and the whole list (`ruqsatctl deadlines`, the day
// list): the median of three rounds of --reps runs, each round beside the
// sqlite3 tool running the same statements --reps times (the median of the
// rounds); the statements are listed for the first page. Prints
// Markdown tables for bench/RESULTS.md.
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

namespace {
// The tab's page (ui/deadlines/DeadlinesDesk.h, which the core cannot include).
constexpr int kPage = 100;
} // namespace

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
        const qint64 storeCases = store::Query(*db, QStringLiteral("SELECT count(*) FROM applications")).scalar().toLongLong();
        const deadlines::DeadlineDesk desk(*db);
        bench::SqliteTimer sqlite(file, reps);
        const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        const int busiest = store::Query(*db, QStringLiteral("SELECT district_id FROM applications GROUP BY "
                                                             "district_id ORDER BY count(*) DESC LIMIT 1"))
                                .scalar()
                                .toInt();
        struct Case
        {
            QString name;
            QList<int> districts;
            QList<deadlines::Kind> kinds;
            int size;
        };
        QList<Case> cases{{QStringLiteral("first page, every district"), {}, {}, kPage},
                          {QStringLiteral("first page, the busiest district"), {busiest}, {}, kPage},
                          {QStringLiteral("\"Show more\" once, every district"), {}, {}, 2 * kPage}};
        for (deadlines::Kind k : deadlines::allKinds())
            cases << Case{QStringLiteral("first page, %1 only").arg(deadlines::code(k)), {}, {k}, kPage};
        cases << Case{QStringLiteral("whole list, every district"), {}, {}, 0};

        out << "Store: " << storeCases << " cases, as of " << today.toString(Qt::ISODate) << ".\n\n"
            << "| what | clocks read (of all) | median (min) of 3 x " << reps
            << " | sqlite3, the same statements | ratio |\n|---|---|---|---|---|\n";
        QList<store::Statement> firstPage;
        for (const Case &c : cases) {
            deadlines::DeadlineFilter filter;
            filter.today = today;
            filter.districtIds = c.districts;
            filter.kinds = c.kinds;
            QList<store::Statement> statements;
            deadlines::DeadlinePage page = desk.page(filter, c.size, &statements); // warms the cache, keeps the SQL
            if (firstPage.isEmpty())
                firstPage = statements;
            QStringList sql;
            for (const store::Statement &st : statements)
                sql << store::inlineBinds(*db, st.sql, st.binds);
            // The program and the tool take turns, three rounds of --reps
            // runs each, so that a drift of the machine (its page cache, its
            // clock) falls on both alike.
            QList<double> runs, toolRuns;
            for (int round = 0; round < 3; ++round) {
                for (int i = 0; i < reps; ++i) {
                    QElapsedTimer t;
                    t.start();
                    page = desk.page(filter, c.size);
                    runs << bench::msSince(t);
                }
                toolRuns << sqlite.perRun(sql);
            }
            const double tool = bench::median(toolRuns);
            const double mine = bench::median(runs);
            const bool over = c.size > 0 && (mine > 300 || (tool >= 1 && mine > 1.5 * tool));
            out << "| " << c.name << " | " << page.items.size() << " (" << page.total << ") | "
                << QString::number(mine, 'f', 1) << " ms ("
                << QString::number(*std::min_element(runs.cbegin(), runs.cend()), 'f', 1) << ") | "
                << QString::number(tool, 'f', 1) << " ms | " << QString::number(tool > 0 ? mine / tool : 0, 'f', 2)
                << (over ? " **over**" : "") << " |\n";
        }
        out << "\nThe first page's statements, every district:\n\n| statement | sqlite3 ms |\n|---|---|\n";
        for (const store::Statement &st : std::as_const(firstPage)) {
            const QString statement = store::inlineBinds(*db, st.sql, st.binds);
            out << "| `" << statement.left(40) << "…" << statement.section(QStringLiteral(" FROM "), 1, 1).left(50)
                << "…` | " << QString::number(sqlite.perRun({statement}), 'f', 2) << " |\n";
        }
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
