// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterReport.h"

#include "BenchSupport.h"
#include "itemmodels/CaseRegisterModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTextStream>
#include <QThread>

namespace ruqsat::bench::registerbench {

using itemmodels::CaseRegisterModel;

bool meets(const Operation &op)
{
    const double m = median(op.modelMs);
    if (op.sqliteMs < kSqliteResolutionMs)
        return m < kTargetMs;
    return m < kTargetMs && m <= kTargetRatio * op.sqliteMs;
}

namespace {

QString firstLine(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(key))
            return text.section(u':', 1).trimmed();
    }
    return {};
}

QString fmt(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString sectionHeading(bool server)
{
    return server ? QStringLiteral("## Case register on PostgreSQL (bench/register_bench.cpp)")
                  : QStringLiteral("## Case register (bench/register_bench.cpp)");
}

QString sourceCommit()
{
    return bench::sourceCommit(QStringLiteral(RUQSAT_BENCH_RESULTS));
}

} // namespace

QString section(const QList<SizeResult> &results, int reps, bool server)
{
    const QString tool = server ? QStringLiteral("psql") : QStringLiteral("sqlite3");
    QString s;
    QTextStream t(&s);
    QProcess version;
    if (server)
        version.start(QStringLiteral("psql"), {QStringLiteral("--version")});
    else
        version.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    version.waitForFinished();
    const QString engine =
        server ? QString::fromUtf8(version.readAllStandardOutput()).trimmed()
               : QLatin1String("SQLite ") +
                     QString::fromUtf8(version.readAllStandardOutput()).section(u' ', 0, 0);
    t << sectionHeading(server) << ", " << QDate::currentDate().toString(Qt::ISODate) << "\n\n"
      << "Command: `build/bench/register_bench " << QCoreApplication::arguments().mid(1).join(u' ')
      << "` at commit " << sourceCommit() << " (RelWithDebInfo).\n\n"
      << "Machine: " << QThread::idealThreadCount() << " cores, "
      << firstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")) << ", "
      << firstLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
      << " RAM, shared with other "
      << "work; " << engine << ", Qt " << QString::fromLatin1(qVersion())
      << ". Stores made by `ruqsatctl demo --seed 1 "
      << "--today 2026-11-20` (file size below), read warm from the OS cache.\n\n"
      << "Method. *model*: `CaseRegisterModel` on the store's connection, a new model per "
         "repetition, "
      << reps << " repetitions, median (min); reading a row is `data()` of its 8 columns. "
      << "Open = construct (reads the first page) + rows 0-49; next page = rows 100-199 after the "
         "first page "
      << "(keyset); a search = `setFilter()` (reads the first page) + rows 0-49; sort = `sort()` + "
         "rows 0-49. "
      << "When the first page is full, the model counts the matches on a second connection in a "
         "thread of "
      << "its own while the clerk already sees the rows (`BackgroundCount`); *true count* is the "
         "time from "
      << "the same start until that count has arrived in the model (the thread's connection is "
         "opened on "
      << "the model's first count, so that is included); with fewer matches than a page, the first "
         "page is "
      << "the count and none runs. "
      << "*" << tool
      << "*: the statements the model runs (from `CaseRegisterRepository::debugPlanProbeSql()` "
      << "and `debugSql()` for the rows, `debugCountSql()` for the count, parameters inlined), run "
      << reps
      << (server ? QStringLiteral(" times in one `psql -X URL -f script` (the server's settings: "
                                  "docs/SERVER.md; the same loopback connection as the model) ")
                 : QStringLiteral(" times in one `sqlite3 DB < script` "))
      << "(output to /dev/null); wall-clock of that process minus the same with a trivial "
         "statement "
      << "(`SELECT count(*) FROM schema_version`: start, open, schema), over " << reps
      << "; median of 3 runs. Targets (first page and each search, at 1,000,000 cases): "
      << "model within 1.5 x " << tool << " (where " << tool
      << " takes 1 ms or more: below, its time is start-up noise) and under 100 ms; memory growth "
         "under 50 MB. Memory: VmRSS after "
      << "opening the store and before the first model, and after all operations and reading rows "
      << "0-9,999 of a register (the model keeps " << CaseRegisterModel::kPagesKept << " pages of "
      << CaseRegisterModel::kPageSize << " rows).\n";
    for (const SizeResult &r : results) {
        t << "\n### " << QLocale(QLocale::English).toString(r.cases) << " cases ("
          << (server ? QStringLiteral("server store")
                     : QStringLiteral("%1 MiB file").arg(r.fileBytes / (1024 * 1024)))
          << ")\n\n"
          << "| operation | matches | rows: model ms, median (min) | " << tool
          << " ms | ratio | target met "
          << "| true count: model ms, median | " << tool << " ms |\n"
          << "|---|---:|---:|---:|---:|---|---:|---:|\n";
        for (const Operation &op : r.operations) {
            const double m = median(op.modelMs);
            const double min = *std::min_element(op.modelMs.begin(), op.modelMs.end());
            t << "| " << op.name << " | " << op.matches << " | " << fmt(m) << " (" << fmt(min)
              << ") | " << fmt(op.sqliteMs) << " | "
              << (op.sqliteMs >= kSqliteResolutionMs
                      ? QString::number(m / op.sqliteMs, 'f', 2)
                      : QStringLiteral("- (below %1's resolution)").arg(tool))
              << " | "
              << (op.targeted ? (meets(op) ? QStringLiteral("yes") : QStringLiteral("**no**"))
                              : QStringLiteral("(no target)"))
              << " | " << (op.countSql.isEmpty() ? QStringLiteral("-") : fmt(median(op.countMs)))
              << " | " << (op.countSql.isEmpty() ? QStringLiteral("-") : fmt(op.sqliteCountMs))
              << " |\n";
        }
        const qint64 growth = r.rssAfterKib - r.rssBeforeKib;
        t << "\nReading rows 0-9,999: " << fmt(r.scrollMs) << " ms. Memory: VmRSS "
          << r.rssBeforeKib / 1024 << " MiB -> " << r.rssAfterKib / 1024 << " MiB, growth "
          << QString::number(growth / 1024.0, 'f', 1)
          << " MiB (target under 50 MB: " << (growth < kTargetMemoryKib ? "yes" : "**no**")
          << ").\n";
        if (!r.plans.isEmpty()) {
            t << "\nQuery plans of operations that missed a target:\n\n```\n";
            for (const QString &p : r.plans)
                t << p << "\n\n";
            t << "```\n";
        }
    }
    return s;
}

bool writeSection(const QString &path, const QString &text, bool server)
{
    return bench::replaceSection(path, sectionHeading(server), text);
}

} // namespace ruqsat::bench::registerbench
