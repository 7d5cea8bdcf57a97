// SPDX-License-Identifier: GPL-3.0-or-later
// A hundred clerks on one server (not a test). N simulated desks (ClerkDay),
// each on its own connection as its own LOGIN role, work a server store at
// once for a while; one desk in ten is a head, who issues permits. Reports
// p50, p95 and p99 of each step, throughput and errors, then checks as the
// administrator that no quota was over-issued and no registry or permit
// number given twice. Writes the "## Clerks on one server" section of
// bench/RESULTS.md.
//
//   clerks_bench --db postgresql://admin@HOST:PORT/DB [--clerks 10,50,100]
//                [--seconds 60] [--think 1000] [--headroom 40]
//                [--password PASSWORD] [--results PATH|-]
//
// --db is the store's administrator (PGPASSWORD for the password), who makes
// the desks' accounts bench.N (once; password --password) in the districts
// that hold cases, and before each run sets every quota of this year to what
// it has issued and reserved plus --headroom places, so that heads race for
// the last places.
#include "BenchSupport.h"
#include "ClerkDay.h"
#include "store/Database.h"
#include "store/DemoWriter.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>

using namespace ruqsat;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct RunResult
{
    int clerks = 0;
    double seconds = 0;
    bench::DeskLog log;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(std::ceil(p / 100.0 * v.size())) - 1);
    return v.at(std::max<qsizetype>(0, i));
}

QString fmt(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

// The desks' accounts: bench.1 … bench.N in tens, each ten a district's
// nine clerks and its head (bench.10, bench.20 …), over the districts that
// hold cases.
void ensureAccounts(const store::Database &admin, int count, const QString &password)
{
    const store::UserRepository users(admin);
    QList<int> districts;
    for (const QList<int> &ids :
         store::DemoWriter(admin).ensureCityDistricts(QStringLiteral("bench")))
        districts << ids;
    std::sort(districts.begin(), districts.end());
    for (int i = 1; i <= count; ++i) {
        const QString login = QStringLiteral("bench.%1").arg(i);
        if (users.findByLogin(login))
            continue;
        store::User user;
        user.login = login;
        user.fullName = QStringLiteral("Bench desk %1").arg(i);
        user.role = i % 10 == 0 ? records::Role::Head : records::Role::Clerk;
        user.districtId = districts.at(((i - 1) / 10) % districts.size());
        user.districtIds = {user.districtId};
        users.create(user, password, admin.location().user);
    }
}

// Every quota of this year: what it has used plus `headroom` places.
void tightenQuotas(const store::Database &admin, int headroom)
{
    const int year = QDate::currentDate().year();
    const store::QuotaRepository quotas(admin);
    QSet<int> regions;
    for (const store::District &d : store::ReferenceRepository(admin).allDistricts())
        regions << d.regionId;
    for (int region : std::as_const(regions)) {
        const auto q = quotas.find(region, year);
        const int used = q ? q->issued + q->reserved : 0;
        quotas.setQuota(region, year, used + headroom, admin.location().user);
    }
}

RunResult runDesks(const store::ConnectionString &where, int clerks, int seconds, int thinkMs,
                   const QString &password)
{
    RunResult result;
    result.clerks = clerks;
    QList<bench::DeskLog> logs(clerks);
    QList<QThread *> desks;
    QAtomicInt stop;
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(seconds);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < clerks; ++i) {
        store::ConnectionString mine = where;
        mine.user = QStringLiteral("bench.%1").arg(i + 1);
        mine.password = password;
        const quint32 seed = QRandomGenerator::global()->generate();
        desks << QThread::create([&logs, &stop, mine, seed, until, thinkMs, i] {
            logs[i] = bench::ClerkDay(mine, seed, thinkMs).run(until, stop);
        });
        desks.last()->start();
    }
    for (QThread *t : desks) {
        t->wait();
        delete t;
    }
    result.seconds = clock.elapsed() / 1000.0;
    for (const bench::DeskLog &l : logs)
        result.log.merge(l);
    return result;
}

QString serverSettings(const store::Database &db)
{
    QStringList parts;
    for (const char *name : {"server_version", "shared_buffers", "work_mem", "effective_cache_size",
                             "max_connections", "synchronous_commit", "fsync"}) {
        store::Query q(db, QStringLiteral("SELECT current_setting(:name)"));
        q.bind(QStringLiteral(":name"), QString::fromLatin1(name));
        parts << QStringLiteral("%1 %2").arg(QLatin1String(name), q.scalar().toString());
    }
    return parts.join(QLatin1String(", "));
}

struct Integrity
{
    qint64 cases = 0, permits = 0;
    qint64 overIssuedQuotas = 0, duplicateRegistry = 0, duplicatePermits = 0, quotaMismatch = 0;
};

Integrity checkIntegrity(const store::Database &admin)
{
    auto scalar = [&](const char *sql) {
        return store::Query(admin, QLatin1String(sql)).scalar().toLongLong();
    };
    Integrity i;
    i.cases = scalar("SELECT count(*) FROM applications");
    i.permits = scalar("SELECT count(*) FROM permits");
    i.overIssuedQuotas = scalar("SELECT count(*) FROM quotas WHERE issued + reserved > quota");
    i.duplicateRegistry =
        scalar("SELECT count(registry_number) - count(DISTINCT registry_number) FROM applications");
    i.duplicatePermits = scalar("SELECT count(*) - count(DISTINCT number) FROM permits");
    // A quota counts its permits in force (an extension's permit takes the
    // place of the one it extends, R-QUOTA-EXTEND).
    i.quotaMismatch =
        scalar("SELECT count(*) FROM quotas q WHERE q.issued <> (SELECT count(*) FROM "
               "permits p WHERE p.quota_id = q.id AND p.status = 'in_force')");
    return i;
}

QString section(const QList<RunResult> &runs, const QString &command, const QString &settings,
                const Integrity &before, const Integrity &after, int seconds, int thinkMs)
{
    const QLocale en(QLocale::English);
    QString s;
    QTextStream t(&s);
    t << "## Clerks on one server (bench/clerks_bench.cpp)\n\n"
      << "Command: `" << command << "` at commit "
      << bench::sourceCommit(QStringLiteral(RUQSAT_BENCH_RESULTS)) << " (RelWithDebInfo).\n\n"
      << "Server: " << settings
      << "; on the same 2-core machine as the desks. Store: " << en.toString(before.cases)
      << " cases and " << en.toString(before.permits)
      << " permits before the runs. Each desk is a thread with its own connection, logged in as "
         "its "
         "own LOGIN role (clerk or head, row security on), doing one step after an exponential "
         "think time of mean "
      << thinkMs << " ms, for " << seconds
      << " s: 35% searches (word starts, names, registry numbers of its register), 25% opening a "
         "case (the case, its checklist and police checks), and for a clerk the rest intakes "
         "submitted, checklists decided, police requests sent and answered; for a head, the "
         "list of cases waiting with a positive answer and the permit of one issued. Writes go "
         "through store::ServerRetry. A "
         "refusal by the rules (a quota full, an IIN already in the store) or a conflict (another "
         "desk saved the case first) is an answer, not an error; an error is anything else.\n\n";
    for (const RunResult &r : runs) {
        qint64 steps = 0;
        for (const auto &v : r.log.ms)
            steps += v.size();
        t << "### " << r.clerks << " desks\n\n"
          << "| step | count | p50 ms | p95 ms | p99 ms | max ms | target p95 |\n"
          << "|---|---:|---:|---:|---:|---:|---|\n";
        QStringList names = r.log.ms.keys();
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return bench::ClerkDay::isRead(a) != bench::ClerkDay::isRead(b)
                       ? bench::ClerkDay::isRead(a)
                       : a < b;
        });
        for (const QString &name : names) {
            const QList<double> &v = r.log.ms.value(name);
            const double target = bench::ClerkDay::isRead(name) ? 50 : 100;
            const double p95 = percentile(v, 95);
            t << "| " << name << " | " << v.size() << " | " << fmt(percentile(v, 50)) << " | "
              << fmt(p95) << " | " << fmt(percentile(v, 99)) << " | "
              << fmt(v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end())) << " | ≤ " << target
              << (p95 <= target ? " met" : " **missed**") << " |\n";
        }
        t << "\nThroughput " << QString::number(steps / r.seconds, 'f', 1) << " steps/s over "
          << QString::number(r.seconds, 'f', 1) << " s; errors " << r.log.errors << ", conflicts "
          << r.log.conflicts << ", refused by the rules " << r.log.refusedByRules << ".\n";
        for (const QString &e : r.log.errorSamples)
            t << "- error: " << e.simplified().left(300) << "\n";
        t << "\n";
    }
    t << "After the runs: " << en.toString(after.cases - before.cases) << " cases and "
      << en.toString(after.permits - before.permits) << " permits more; quotas over-issued "
      << after.overIssuedQuotas << ", quotas whose count differs from their permits "
      << after.quotaMismatch << ", registry numbers given twice " << after.duplicateRegistry
      << ", permit numbers given twice " << after.duplicatePermits << ".\n";
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many clerks on one server store."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The server store, as its administrator."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("clerks"), QStringLiteral("Desks per run, by commas."),
                      QStringLiteral("N,…"), QStringLiteral("10,50,100")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of each run."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("think"), QStringLiteral("Mean think time between steps, ms."),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("headroom"), QStringLiteral("Free places left in each quota."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("password"),
                      QStringLiteral("Password of the desks' accounts."),
                      QStringLiteral("PASSWORD"), QStringLiteral("bench-desk-2026")});
    parser.addOption({QStringLiteral("results"), QStringLiteral("Results file, or - for none."),
                      QStringLiteral("PATH"), QStringLiteral(RUQSAT_BENCH_RESULTS)});
    parser.process(app);
    const auto where = store::ConnectionString::parse(parser.value(QStringLiteral("db")));
    if (!where || where->isSqlite()) {
        out() << "--db must be a postgresql:// store\n";
        return 2;
    }
    QList<int> sizes;
    for (const QString &n : parser.value(QStringLiteral("clerks")).split(u','))
        sizes << n.toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int thinkMs = parser.value(QStringLiteral("think")).toInt();
    const QString password = parser.value(QStringLiteral("password"));
    try {
        const auto admin = store::Database::open(*where, {}, store::Database::IfNoStore::Refuse);
        ensureAccounts(*admin, *std::max_element(sizes.begin(), sizes.end()), password);
        const Integrity before = checkIntegrity(*admin);
        QList<RunResult> runs;
        for (int clerks : sizes) {
            tightenQuotas(*admin, parser.value(QStringLiteral("headroom")).toInt());
            out() << clerks << " desks for " << seconds << " s…\n";
            out().flush();
            runs << runDesks(*where, clerks, seconds, thinkMs, password);
            out() << "  " << runs.last().log.errors << " errors\n";
        }
        const Integrity after = checkIntegrity(*admin);
        const QString command = QCoreApplication::arguments().join(u' ');
        const QString text =
            section(runs, command, serverSettings(*admin), before, after, seconds, thinkMs);
        out() << '\n' << text;
        const QString results = parser.value(QStringLiteral("results"));
        if (results != QLatin1String("-") &&
            !bench::replaceSection(
                results, QStringLiteral("## Clerks on one server (bench/clerks_bench.cpp)"), text))
            out() << "cannot write " << results << '\n';
    } catch (const store::StoreError &e) {
        out() << e.message() << ' ' << e.detail() << '\n';
        return 1;
    }
    return 0;
}
