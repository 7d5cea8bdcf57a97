// SPDX-License-Identifier: GPL-3.0-or-later
// The command line logs in: once a store has users, a command that writes
// runs as the user of --user (or RUQSAT_USER) with the password of
// RUQSAT_PASSWORD, through the same guard as the window; that user's role is
// checked and they are the audit rows' actor, never $USER. Reading settings
// and districts needs no login; the lists of cases and permits are read as
// the user who logs in, and hold their districts.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cli/Command.h"
#include "store/AuditLog.h"
#include "store/Query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ruqsat;
using records::Role;

namespace {

struct Run
{
    int code = 0;
    QString out, err;
};

Run ctl(const test::ScratchStore &scratch, QStringList args)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    cli::CommandIo io{out, err};
    args << QStringLiteral("--db") << scratch.where().toString();
    run.code = cli::runCommandLine(args, io);
    out.flush();
    err.flush();
    return run;
}

QString lunch(const store::Database &db)
{
    return store::Query(db, QStringLiteral("SELECT value FROM settings WHERE key = "
                                           "'provider.lunch_start'"))
        .scalar()
        .toString();
}

QString lastActor(const store::Database &db)
{
    return store::Query(db, QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"))
        .scalar()
        .toString();
}

const QStringList kSetLunch{QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("provider.lunch_start"), QStringLiteral("13:30")};

} // namespace

class TestCtlLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::lowerPasswordIterations(); }
    void cleanup()
    {
        qunsetenv("RUQSAT_USER");
        qunsetenv("RUQSAT_PASSWORD");
        qputenv("USER", "mallory");
    }

    void writesNeedALogin_data() { test::addBackendRows(); }
    void writesNeedALogin()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).account(QStringLiteral("admin1"), Role::Admin);
        qputenv("USER", "mallory");
        qputenv("RUQSAT_PASSWORD", test::CaseFactory::accountPassword().toUtf8());
        Run run = ctl(scratch, kSetLunch);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("--user")), qPrintable(run.err));
        QCOMPARE(lunch(*db),
                 QStringLiteral("13:00"));
        // Reading needs none.
        QCOMPARE(ctl(scratch, {QStringLiteral("settings"), QStringLiteral("list")}).code, 0);
        QCOMPARE(ctl(scratch, {QStringLiteral("districts"), QStringLiteral("list")}).code, 0);
    }

    void theUserIsTheActor_data() { test::addBackendRows(); }
    void theUserIsTheActor()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).account(QStringLiteral("admin1"), Role::Admin);
        qputenv("USER", "mallory");
        qputenv("RUQSAT_PASSWORD", test::CaseFactory::accountPassword().toUtf8());
        Run run = ctl(scratch, kSetLunch + QStringList{QStringLiteral("--user"), QStringLiteral("admin1")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lunch(*db),
                 QStringLiteral("13:30"));
        QCOMPARE(lastActor(*db), test::recordedActor(*db, QStringLiteral("admin1")));
        // RUQSAT_USER does the same as --user.
        qputenv("RUQSAT_USER", "admin1");
        run = ctl(scratch, {QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("provider.lunch_start"), QStringLiteral("13:00")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lastActor(*db), test::recordedActor(*db, QStringLiteral("admin1")));
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = "
                                                  "'mallory'"))
                     .scalar()
                     .toInt(),
                 0);
    }

    void wrongPasswordRefusedAndAudited_data() { test::addBackendRows(); }
    void wrongPasswordRefusedAndAudited()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).account(QStringLiteral("admin1"), Role::Admin);
        qputenv("RUQSAT_USER", "admin1");
        qputenv("RUQSAT_PASSWORD", "not-the-password");
        const Run run = ctl(scratch, kSetLunch);
        QCOMPARE(run.code, 1);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(lunch(*db),
                 QStringLiteral("13:00"));
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC "
                                                  "LIMIT 1"))
                     .scalar()
                     .toString(),
                 QStringLiteral("login_failed"));
    }

    // `demo --users` makes a try-out store that can be logged into: the
    // administrator, and a head and a clerk for each district; once it has
    // users, more demo data needs its administrator.
    void demoUsersCanLogIn_data() { test::addBackendRows(); }
    void demoUsersCanLogIn()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        Run run = ctl(scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
                                QStringLiteral("--users"), QStringLiteral("try-out-1")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto db = scratch.open();
        const auto districts = store::Query(*db, QStringLiteral("SELECT count(*) FROM districts"))
                                   .scalar()
                                   .toInt();
        QVERIFY(districts >= 1);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM users WHERE login LIKE "
                                                  "'head.%' AND role = 'head' AND district_id IS "
                                                  "NOT NULL"))
                     .scalar()
                     .toInt(),
                 districts);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM users WHERE login LIKE "
                                                  "'clerk.%' AND role = 'clerk'"))
                     .scalar()
                     .toInt(),
                 districts);
        run = ctl(scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
                            QStringLiteral("--seed"), QStringLiteral("2")});
        QCOMPARE(run.code, 1); // no login
        qputenv("RUQSAT_USER", "admin");
        qputenv("RUQSAT_PASSWORD", "try-out-1");
        run = ctl(scratch, kSetLunch);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lastActor(*db), test::recordedActor(*db, QStringLiteral("admin")));
    }

    // `cases list` and `permits list` read through the login: a clerk lists
    // the cases and permits of their district, and without a login on a
    // store with users nothing is listed (it would be every district's).
    void listsHoldTheClerksDistrict_data() { test::addBackendRows(); }
    void listsHoldTheClerksDistrict()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        Run run =
            ctl(scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("40"),
                          QStringLiteral("--users"), QStringLiteral("try-out-1")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto db = scratch.open();
        store::Query clerk(
            *db, QStringLiteral("SELECT u.login, u.district_id FROM users u WHERE u.role = "
                                "'clerk' AND u.district_id IN (SELECT district_id FROM "
                                "applications) ORDER BY u.login LIMIT 1"));
        clerk.exec();
        QVERIFY(clerk.next());
        const QString login = clerk.value(0).toString();
        const int district = clerk.value(1).toInt();
        const int ownCases =
            store::Query(*db, QStringLiteral("SELECT count(*) FROM applications WHERE "
                                             "district_id = %1")
                                  .arg(district))
                .scalar()
                .toInt();
        QVERIFY(ownCases > 0 && ownCases < 40);

        run = ctl(scratch, {QStringLiteral("cases"), QStringLiteral("list")});
        QCOMPARE(run.code, 1); // no login
        QVERIFY(run.out.isEmpty());

        qputenv("RUQSAT_USER", login.toUtf8());
        qputenv("RUQSAT_PASSWORD", "try-out-1");
        run = ctl(scratch,
                  {QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ownCases);
        const QSet<QString> own = [&] {
            store::Query q(
                *db,
                QStringLiteral("SELECT id FROM applications WHERE district_id = %1").arg(district));
            q.exec();
            QSet<QString> ids;
            while (q.next())
                ids << q.value(0).toString();
            return ids;
        }();
        for (const QString &line : lines)
            QVERIFY2(own.contains(
                         QJsonDocument::fromJson(line.toUtf8()).object().value(u"id").toString()),
                     qPrintable(line));

        run = ctl(scratch, {QStringLiteral("permits"), QStringLiteral("list")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(
            run.out.count(u'\n'),
            store::Query(
                *db,
                QStringLiteral("SELECT count(*) FROM permits WHERE district_id = %1").arg(district))
                .scalar()
                .toInt());
    }

    // A clerk logs in, and the administrator's steps refuse them.
    void theRoleIsChecked_data() { test::addBackendRows(); }
    void theRoleIsChecked()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).account(QStringLiteral("clerk1"), Role::Clerk);
        qputenv("RUQSAT_USER", "clerk1");
        qputenv("RUQSAT_PASSWORD", test::CaseFactory::accountPassword().toUtf8());
        QCOMPARE(ctl(scratch, kSetLunch).code, 1);
        QCOMPARE(lunch(*db),
                 QStringLiteral("13:00"));
        const Run district = ctl(scratch, {QStringLiteral("districts"), QStringLiteral("set"),
                                           QStringLiteral("1"), QStringLiteral("issuing_body.head_name"),
                                           QStringLiteral("X")});
        QVERIFY(district.code != 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlLogin)
#include "tst_ctl_login.moc"
