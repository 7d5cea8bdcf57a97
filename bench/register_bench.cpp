// SPDX-License-Identifier: GPL-3.0-or-later
// Case register benchmark (not a test). For stores of 10,000, 100,000 and
// 1,000,000 demo cases it times the register's item model (open to the
// first page, next page, searches, a sort) and the time until the true count
// arrives from the background, beside the time of the sqlite3 command-line
// tool running the same SQL, and the memory the model adds.
// Writes the "## Case register" section of bench/RESULTS.md.
//
//   register_bench [--sizes 10000,100000,1000000] [--dir /tmp/ruqsat-bench]
//                  [--ruqsatctl PATH] [--reps 7] [--results PATH|-]
//
// Stores are made with `ruqsatctl demo` and kept in --dir: a store that
// already holds the wanted number of cases is reused.
#include "BenchSupport.h"
#include "RegisterReport.h"
#include "cases/Session.h"
#include "domain/WorkCalendar.h"
#include "itemmodels/CaseRegisterModel.h"
#include "records/Case.h"
#include "store/CaseRegisterRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <functional>

using namespace ruqsat;
using itemmodels::CaseRegisterModel;
using bench::median;
using bench::msSince;
using bench::SqliteTimer;
using namespace bench::registerbench;
using store::RegisterFilter;
using store::RegisterSort;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Resident set size of this process in KiB (VmRSS, or VmHWM for the peak).
qint64 statusKib(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Reads what a view shows of rows [from, to): every column's text.
void touch(const CaseRegisterModel &model, int from, int to)
{
    to = std::min(to, model.rowCount());
    for (int row = from; row < to; ++row)
        for (int column = 0; column < CaseRegisterModel::ColumnCount; ++column)
            model.data(model.index(row, column));
}

QString sqlitePath(const QString &dbFile)
{
    return QStringLiteral("sqlite:") + dbFile;
}

qint64 casesIn(const QString &dbFile)
{
    if (!QFile::exists(dbFile))
        return -1;
    try {
        const auto db = store::Database::open(*store::ConnectionString::parse(sqlitePath(dbFile)));
        return store::CaseRegisterRepository(*db).count({});
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << dbFile << ": " << e.message() << '\n';
        return -1;
    }
}

bool removeStore(const QString &dbFile)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(dbFile + suffix))
            ok = QFile::remove(dbFile + suffix) && ok;
    return ok;
}

// Runs ruqsatctl with its output on ours; false when it failed.
bool runCtl(const QString &ruqsatctl, const QStringList &args)
{
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::ForwardedChannels);
    ctl.start(ruqsatctl, args);
    if (!ctl.waitForStarted() || !ctl.waitForFinished(-1) || ctl.exitStatus() != QProcess::NormalExit ||
        ctl.exitCode() != 0) {
        QTextStream(stderr) << "ruqsatctl " << args.first() << " failed: " << ctl.errorString() << '\n';
        return false;
    }
    return true;
}

// The districts the register of the user the connection logs in as is
// scoped to, as CaseRegisterWidget scopes it (cases::Session::scope()): a
// clerk's or head's on a server where users are roles; all (empty) for a
// store without users, or a login that is not a user.
QList<int> loginScope(const store::Database &db)
{
    if (!db.usersAreRoles())
        return {};
    const auto user = store::UserRepository(db).findByLogin(db.location().user);
    if (!user)
        return {};
    cases::Session session;
    session.userId = user->id;
    session.login = user->login;
    session.role = user->role;
    session.districtIds = user->districtIds;
    return session.scope();
}

// Makes (or reuses) a store of exactly `cases` demo cases.
bool ensureStore(const QString &ruqsatctl, const QString &dbFile, qint64 cases)
{
    const qint64 have = casesIn(dbFile);
    if (have == cases) {
        out() << "reusing " << dbFile << " (" << cases << " cases)\n";
        out().flush();
        return true;
    }
    if (have >= 0 || QFile::exists(dbFile)) {
        out() << dbFile << " holds " << have << " cases, not " << cases << ": making it again\n";
        if (!removeStore(dbFile))
            return false;
    }
    out() << "making " << dbFile << " with " << ruqsatctl << " demo (" << cases << " cases)\n";
    out().flush();
    // Only `init` makes a store where there is none. A fixed seed and day:
    // every run of the benchmark sees the same data.
    if (!runCtl(ruqsatctl, {QStringLiteral("init"), QStringLiteral("--db"), sqlitePath(dbFile)}) ||
        !runCtl(ruqsatctl, {QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(cases),
                            QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--today"),
                            QStringLiteral("2026-11-20"), QStringLiteral("--db"), sqlitePath(dbFile)}))
        return false;
    return casesIn(dbFile) == cases;
}

Samples pickSamples(const store::Database &db)
{
    Samples s;
    const store::CaseRegisterRepository reg(db);
    const store::CaseRepository cases(db);
    const store::ImmigrantRepository immigrants(db);
    const store::PermitRepository permits(db);
    const store::EmployerRepository employers(db);
    const QList<store::RegisterRow> rows = reg.pageAt({}, {}, reg.count({}) / 3, 1000);
    static const QRegularExpression latin(QStringLiteral("^[a-z]{4}"));
    for (const store::RegisterRow &row : rows) {
        const auto app = cases.find(row.id);
        if (!app)
            continue;
        const auto person = immigrants.find(app->immigrantId);
        if (!person)
            continue;
        if (s.district == 0)
            s.district = app->districtId;
        if (s.iin.isEmpty() && !person->iin.isEmpty())
            s.iin = person->iin;
        const QString surname = person->surnameLat.toLower();
        if (s.surname4.isEmpty() && latin.match(surname).hasMatch()) {
            s.surname4 = surname.left(4);
            s.surname3 = surname.left(3);
        }
        if (s.permit.isEmpty())
            if (const auto issued = permits.forImmigrant(app->immigrantId); !issued.isEmpty())
                s.permit = issued.first().number;
        if (s.surnameMiddle.isEmpty() && surname.size() >= 6) {
            s.surnameMiddle = surname.mid(1, 5);
            s.cyrillic = person->surnameCyr.left(5).toUpper();
            s.passportMiddle = person->passportNumber.mid(3, 4);
            s.givenThenSurname = person->givenNamesLat.toLower() + u' ' + surname.left(5);
            s.surnameAndInitials = surname + u' ' + person->givenNamesLat.left(2).toLower();
        }
        if (s.variant.isEmpty() && surname.contains(QLatin1String("kh")))
            s.variant = QString(surname).replace(QLatin1String("kh"), QLatin1String("x"));
        if (s.employerMiddle.isEmpty())
            if (const auto employer = employers.find(app->employerId); employer && employer->surname.size() >= 6)
                s.employerMiddle = employer->surname.mid(1, 5).toLower();
        if (!s.iin.isEmpty() && !s.surname4.isEmpty() && !s.permit.isEmpty() && !s.variant.isEmpty() &&
            !s.employerMiddle.isEmpty())
            break;
    }
    return s;
}

CaseRegisterModel::Column modelColumn(store::RegisterColumn column)
{
    switch (column) {
    case store::RegisterColumn::Received:
        return CaseRegisterModel::Received;
    case store::RegisterColumn::DecisionDue:
        return CaseRegisterModel::DecisionDue;
    case store::RegisterColumn::RegistryNumber:
        return CaseRegisterModel::RegistryNumber;
    case store::RegisterColumn::Immigrant:
        return CaseRegisterModel::Immigrant;
    case store::RegisterColumn::Status:
        return CaseRegisterModel::Status;
    }
    return CaseRegisterModel::Received;
}

// Runs the event loop until the model's count has arrived from its thread.
qint64 waitForCount(const CaseRegisterModel &model)
{
    while (!model.matchCount() && model.countError().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!model.countError().isEmpty())
        QTextStream(stderr) << "count failed: " << model.countError() << '\n';
    return model.matchCount().value_or(-1);
}

// `store` is the connection string; `toolStore` what the engine's tool
// opens (the SQLite file, or the server's URL).
SizeResult measure(const QString &store, const QString &toolStore, qint64 cases, int reps)
{
    SizeResult r;
    r.cases = cases;
    r.fileBytes = QFileInfo(toolStore).size();
    const auto db = store::Database::open(*store::ConnectionString::parse(store));
    const store::CaseRegisterRepository repo(*db);
    r.samples = pickSamples(*db);
    // Every filter below within the user's districts, as the register has it.
    const QList<int> scope = loginScope(*db);
    if (!scope.isEmpty()) {
        QStringList ids;
        for (const int id : scope)
            ids << QString::number(id);
        out() << "as " << db->location().user << ", in districts " << ids.join(u',') << '\n';
    }
    auto scoped = [&scope](RegisterFilter f) {
        f.districtIds = scope;
        return f;
    };
    const RegisterFilter opened = scoped({});
    out() << "samples: IIN " << r.samples.iin << ", surname " << r.samples.surname3 << "/" << r.samples.surname4
          << ", permit " << r.samples.permit << '\n';
    const domain::WorkCalendar calendar;
    const RegisterSort bySurname{store::RegisterColumn::Immigrant, Qt::AscendingOrder};
    const int page = CaseRegisterModel::kPageSize;

    r.rssBeforeKib = statusKib("VmRSS");

    // Each repetition works on a model of its own; the store's connection
    // (and its page cache) is shared, as in the program.
    auto timed = [&](Operation op, const std::function<void(CaseRegisterModel &)> &prepare,
                     const std::function<void(CaseRegisterModel &)> &work) -> Operation {
        for (int i = 0; i < reps; ++i) {
            std::unique_ptr<CaseRegisterModel> model;
            QElapsedTimer t;
            if (prepare) {
                model = std::make_unique<CaseRegisterModel>(*db, calendar);
                prepare(*model);
                waitForCount(*model); // its count would slow what is measured
                t.start();
            } else {
                t.start();
                model = std::make_unique<CaseRegisterModel>(*db, calendar);
            }
            work(*model);
            op.modelMs << msSince(t);
            op.matches = waitForCount(*model);
            if (!op.countSql.isEmpty())
                op.countMs << msSince(t);
        }
        out() << "  " << op.name << ": median " << QString::number(median(op.modelMs), 'f', 2) << " ms";
        if (!op.countMs.isEmpty())
            out() << ", count " << QString::number(median(op.countMs), 'f', 2) << " ms";
        out() << '\n';
        out().flush();
        return op;
    };
    // Opening a register reads its first page, and its scope's when it has one.
    auto firstRows = [&opened](CaseRegisterModel &m) {
        if (!opened.districtIds.isEmpty())
            m.setFilter(opened);
        touch(m, 0, 50);
    };
    auto search = [&](const QString &name, const QString &term) {
        RegisterFilter f = opened;
        f.search = term;
        Operation op(name, true);
        op.sql << repo.debugPlanProbeSql(f) << repo.debugSql(f, {}, page, 0);
        op.countSql << repo.debugCountSql(f);
        r.operations << timed(op, firstRows, [f](CaseRegisterModel &m) {
            m.setFilter(f);
            touch(m, 0, 50);
        });
    };

    {
        Operation op(QStringLiteral("open to first page (rows 0-49)"), true);
        op.sql << repo.debugSql(opened, {}, page, 0);
        op.countSql << repo.debugCountSql(opened);
        r.operations << timed(op, {}, firstRows);
    }
    {
        const QList<store::RegisterRow> first = repo.firstPage(opened, {}, page);
        Operation op(QStringLiteral("next page (rows 100-199, keyset)"));
        if (!first.isEmpty())
            op.sql << repo.debugSql(opened, {}, page, 0, &first.last());
        r.operations << timed(op, firstRows, [](CaseRegisterModel &m) { touch(m, 100, 200); });
    }
    search(QStringLiteral("search by IIN"), r.samples.iin);
    search(QStringLiteral("search by surname prefix \"") + r.samples.surname3 + u'"', r.samples.surname3);
    search(QStringLiteral("search by surname prefix \"") + r.samples.surname4 + u'"', r.samples.surname4);
    search(QStringLiteral("search by permit number"), r.samples.permit);
    search(QStringLiteral("search, middle of a surname \"") + r.samples.surnameMiddle + u'"', r.samples.surnameMiddle);
    search(QStringLiteral("search, Cyrillic \"") + r.samples.cyrillic + u'"', r.samples.cyrillic);
    search(QStringLiteral("search, spelling variant \"") + r.samples.variant + u'"', r.samples.variant);
    search(QStringLiteral("search, passport middle \"") + r.samples.passportMiddle + u'"', r.samples.passportMiddle);
    search(QStringLiteral("search, employer \"") + r.samples.employerMiddle + u'"', r.samples.employerMiddle);
    search(QStringLiteral("search, words in any order \"") + r.samples.givenThenSurname + u'"',
           r.samples.givenThenSurname);
    search(QStringLiteral("search, surname and initials \"") + r.samples.surnameAndInitials + u'"',
           r.samples.surnameAndInitials);
    // Filters and sorts of the register's bar and columns, alone and with a search.
    auto filtered = [&](const QString &name, const RegisterFilter &unscoped,
                        const RegisterSort &sort) {
        const RegisterFilter f = scoped(unscoped);
        Operation op(name, true);
        op.sql << repo.debugPlanProbeSql(f) << repo.debugSql(f, sort, page, 0);
        op.countSql << repo.debugCountSql(f);
        const CaseRegisterModel::Column column = modelColumn(sort.column);
        r.operations << timed(
            op, [&](CaseRegisterModel &m) { m.sort(column, sort.order); },
            [f](CaseRegisterModel &m) {
                m.setFilter(f);
                touch(m, 0, 50);
            });
    };
    const RegisterSort byDue{store::RegisterColumn::DecisionDue, Qt::AscendingOrder};
    const RegisterSort byRegistry{store::RegisterColumn::RegistryNumber, Qt::DescendingOrder};
    const RegisterSort byStatus{store::RegisterColumn::Status, Qt::AscendingOrder};
    const RegisterSort byReceived{};
    RegisterFilter issued;
    issued.status = records::CaseStatus::Issued;
    filtered(QStringLiteral("status issued, sorted by decision due"), issued, byDue);
    RegisterFilter extendEnbek;
    extendEnbek.kind = records::ApplicationKind::Extend;
    extendEnbek.channel = records::Channel::Enbek;
    filtered(QStringLiteral("kind extend, channel Enbek, by received"), extendEnbek, byReceived);
    RegisterFilter district;
    district.districtId = r.samples.district;
    filtered(QStringLiteral("one district, sorted by immigrant"), district, bySurname);
    RegisterFilter overdue;
    overdue.due = RegisterFilter::Due::Overdue;
    overdue.today = QDate(2026, 11, 20);
    filtered(QStringLiteral("decision overdue, sorted by registry number"), overdue, byRegistry);
    RegisterFilter accepted;
    accepted.status = records::CaseStatus::Accepted;
    filtered(QStringLiteral("status accepted, sorted by status"), accepted, byStatus);
    RegisterFilter searchIssued;
    searchIssued.search = r.samples.surname4;
    searchIssued.status = records::CaseStatus::Issued;
    filtered(QStringLiteral("search \"") + r.samples.surname4 + QStringLiteral("\", status issued, by due"),
             searchIssued, byDue);
    RegisterFilter searchDistrict;
    searchDistrict.search = r.samples.surnameMiddle;
    searchDistrict.districtId = r.samples.district;
    filtered(QStringLiteral("search \"") + r.samples.surnameMiddle +
                 QStringLiteral("\", one district, by immigrant"),
             searchDistrict, bySurname);
    {
        Operation op(QStringLiteral("sort by immigrant, ascending (rows 0-49)"));
        op.sql << repo.debugSql(opened, bySurname, page, 0);
        r.operations << timed(op, firstRows, [](CaseRegisterModel &m) {
            m.sort(CaseRegisterModel::Immigrant, Qt::AscendingOrder);
            touch(m, 0, 50);
        });
    }
    {
        // Scrolling through 10,000 rows, as a view asks for them.
        CaseRegisterModel model(*db, calendar);
        if (!opened.districtIds.isEmpty())
            model.setFilter(opened);
        waitForCount(model); // until then the model has only the first page
        QElapsedTimer t;
        t.start();
        touch(model, 0, 10000);
        r.scrollMs = msSince(t);
        r.rssAfterKib = statusKib("VmRSS");
    }
    out() << "  scroll 10,000 rows: " << QString::number(r.scrollMs, 'f', 1) << " ms; RSS "
          << r.rssBeforeKib / 1024 << " -> " << r.rssAfterKib / 1024 << " MiB\n";

    SqliteTimer sqlite(toolStore, reps);
    for (Operation &op : r.operations) {
        op.sqliteMs = sqlite.perRun(op.sql);
        if (!op.countSql.isEmpty())
            op.sqliteCountMs = sqlite.perRun(op.countSql);
        out() << "  " << sqlite.tool() << ' ' << op.name << ": " << QString::number(op.sqliteMs, 'f', 2) << " ms, count "
              << QString::number(op.sqliteCountMs, 'f', 2) << " ms\n";
        out().flush();
        if (op.targeted && !meets(op))
            for (const QString &statement : op.sql)
                r.plans << QStringLiteral("%1:\n%2\n%3").arg(op.name, statement, sqlite.plan(statement));
    }
    return r;
}

// Prints the section and writes it into RESULTS.md (unless "-"); the exit code.
int report(const QList<SizeResult> &results, int reps, bool server, const QString &resultsPath)
{
    const QString text = section(results, reps, server);
    out() << '\n' << text;
    if (resultsPath != QStringLiteral("-") && !writeSection(resultsPath, text, server)) {
        QTextStream(stderr) << "cannot write " << resultsPath << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the case register."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Store sizes in cases, comma-separated."),
                      QStringLiteral("N,N"), QStringLiteral("10000,100000,1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder of the stores (kept between runs)."),
                      QStringLiteral("DIR"), QStringLiteral("/tmp/ruqsat-bench")});
    parser.addOption({QStringLiteral("ruqsatctl"), QStringLiteral("The ruqsatctl that makes the stores."),
                      QStringLiteral("PATH"), QStringLiteral(RUQSAT_BENCH_RUQSATCTL)});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions of each measurement."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("results"), QStringLiteral("RESULTS.md to write the section to; - for none."),
                      QStringLiteral("PATH"), QStringLiteral(RUQSAT_BENCH_RESULTS)});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Measure this store only (sqlite:/path or postgresql://...), "
                                     "made beforehand with ruqsatctl demo; psql times a server's SQL."),
                      QStringLiteral("STORE")});
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    if (parser.isSet(QStringLiteral("db"))) {
        const QString store = parser.value(QStringLiteral("db"));
        const auto where = store::ConnectionString::parse(store);
        if (!where) {
            QTextStream(stderr) << "--db: not a store: " << store << '\n';
            return 2;
        }
        const bool server = !store.startsWith(QLatin1String("sqlite:"));
        QList<SizeResult> results;
        try {
            const auto db = store::Database::open(*where);
            const qint64 cases = store::CaseRegisterRepository(*db).count({});
            out() << store << ": " << cases << " cases\n";
            results << measure(store, server ? store : store.mid(7), cases, reps);
        } catch (const store::StoreError &e) {
            QTextStream(stderr) << e.message() << '\n';
            return 1;
        }
        return report(results, reps, server, parser.value(QStringLiteral("results")));
    }

    QList<qint64> sizes;
    for (const QString &n : parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        sizes << n.trimmed().toLongLong(&ok);
        if (!ok || sizes.last() < 1) {
            QTextStream(stderr) << "--sizes: not a number of cases: " << n << '\n';
            return 2;
        }
    }
    const QString dir = parser.value(QStringLiteral("dir"));
    if (!QDir().mkpath(dir)) {
        QTextStream(stderr) << "cannot create " << dir << '\n';
        return 1;
    }

    QList<SizeResult> results;
    try {
        for (const qint64 n : sizes) {
            const QString dbFile = QDir(dir).filePath(QStringLiteral("cases-%1.db").arg(n));
            if (!ensureStore(parser.value(QStringLiteral("ruqsatctl")), dbFile, n)) {
                QTextStream(stderr) << "no store of " << n << " cases\n";
                return 1;
            }
            out() << n << " cases:\n";
            results << measure(sqlitePath(dbFile), dbFile, n, reps);
        }
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return report(results, reps, false, parser.value(QStringLiteral("results")));
}
