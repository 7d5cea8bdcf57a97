// SPDX-License-Identifier: GPL-3.0-or-later
// The banner of a desk whose shared server went away (issue #13), and a
// save made while the connection is broken. The connection is broken for
// real: the server ends the desk's session (pg_terminate_backend), as it
// does when it restarts.
#include "../intake/IntakeTestForms.h"
#include "TestStores.h"
#include "common/SavingStep.h"
#include "common/ServerBanner.h"
#include "intake/IntakeEditor.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace ruqsat;

namespace {

// Ends the store's own server session from another connection.
void cutConnection(const test::ScratchStore &scratch, const store::Database &db)
{
    const QString pid = store::Query(db, QStringLiteral("SELECT pg_backend_pid()")).scalar().toString();
    scratch.rawExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
}

// A picture of the banner for a person to look at, when asked for.
void keepPicture(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUQSAT_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Runs statements as the test server's superuser (trusted on loopback by
// tests/support/pg_cluster.sh), on a connection of the calling thread; the
// first value of the last one.
QVariant asSuperuser(const QStringList &statements)
{
    const QString name = QLatin1String("su-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        const store::ConnectionString server = test::testServer();
        QSqlDatabase su = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        su.setHostName(server.host);
        su.setPort(server.port);
        su.setUserName(QStringLiteral("postgres"));
        su.setDatabaseName(QStringLiteral("postgres"));
        if (su.open()) {
            QSqlQuery q(su);
            for (const QString &sql : statements)
                if (q.exec(sql) && q.next())
                    value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// While it lives, a COMMIT of a session with synchronous_commit on waits
// for a standby that never answers: committed on the server, not yet
// acknowledged to the desk. Sessions with the test cluster's default
// (synchronous_commit off) do not wait.
struct StandbyThatNeverAnswers
{
    StandbyThatNeverAnswers()
    {
        asSuperuser({QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'ruqsat_absent'"),
                     QStringLiteral("SELECT pg_reload_conf()")});
    }
    ~StandbyThatNeverAnswers()
    {
        asSuperuser({QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"),
                     QStringLiteral("SELECT pg_reload_conf()")});
    }
};

} // namespace

class TestServerBanner : public QObject
{
    Q_OBJECT
private slots:
    void showsALostServerAndReconnects()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"));
        const auto db = scratch.open();
        QWidget window; // the banner hides itself within a shown window
        window.resize(900, 80);
        auto &banner = *new ui::ServerBanner(&window);
        banner.setGeometry(0, 0, 900, 80);
        window.show();
        banner.watch(db.get());
        banner.checkNow();
        QVERIFY(!banner.serverAway());
        QVERIFY(banner.isHidden()); // nothing to say while the server answers

        cutConnection(scratch, *db);
        QSignalSpy back(&banner, &ui::ServerBanner::reconnected);
        banner.checkNow();
        QVERIFY(banner.serverAway());
        QVERIFY(banner.isVisible());
        QVERIFY2(banner.text().contains(u"connection to the server 127.0.0.1 is lost"_qs),
                 qPrintable(banner.text()));
        QVERIFY(banner.text().contains(u"Trying again in 1 s"_qs));
        keepPicture(banner, QStringLiteral("server-banner-away"));

        // The first try after a second finds the server and says so.
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 5000);
        QVERIFY(!banner.serverAway());
        QCOMPARE(banner.text(), u"Connected to the server again."_qs);
        keepPicture(banner, QStringLiteral("server-banner-back"));
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT 2")).scalar().toInt(), 2);
        // The notice goes after a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(banner.isHidden(), 8000);
    }

    void saysNothingOnADesksOwnFile()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        QWidget window;
        auto &banner = *new ui::ServerBanner(&window);
        window.show();
        banner.watch(db.get());
        banner.checkNow();
        QVERIFY(!banner.serverAway());
        QVERIFY(banner.isHidden());
    }

    // A clerk saves after the server ended the session: the save opens the
    // connection again and is written once.
    void aSaveAfterALostConnectionIsWrittenOnce()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"));
        const auto db = scratch.open();
        cutConnection(scratch, *db);
        int runs = 0;
        ui::runSaving(*db, [&] {
            ++runs;
            store::Transaction tx(*db);
            store::execute(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.saved', 'x')"));
            tx.commit();
        });
        QCOMPARE(runs, 2); // the first found the connection broken before anything was written
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'test.saved'"))
                     .scalar()
                     .toInt(),
                 1);
    }

    // A refusal is a refusal: the step runs once and its error reaches the clerk.
    void aRefusedSaveRunsOnce()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"));
        const auto db = scratch.open();
        int runs = 0;
        try {
            ui::runSaving(*db, [&] {
                ++runs;
                store::Transaction tx(*db);
                store::execute(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', NULL)"));
                tx.commit();
            });
            QFAIL("a refused save was acknowledged");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
        }
        QCOMPARE(runs, 1);
    }

    // The server committed a new case and the connection broke before its
    // answer reached the desk: the desk learns from its commit mark that the
    // case was saved, and the editor keeps the new case's ids, so that the
    // next save changes that case instead of writing a second one.
    void anIntakeSavedWhoseAnswerWasLostIsNotWrittenAgain()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"));
        const auto db = scratch.open();
        const intake::IntakeForm typed =
            test::typedForm(*db); // its district before the editor reads them
        QTemporaryDir drafts;
        ui::IntakeEditor editor(*db, intake::DraftStore(drafts.path()), QStringLiteral("clerk1"));
        editor.setForm(typed);
        const StandbyThatNeverAnswers standby;
        store::execute(*db, QStringLiteral("SET synchronous_commit = on"));
        QDeadlineTimer settled(10000);
        while (
            store::Query(*db, QStringLiteral("SELECT current_setting('synchronous_standby_names')"))
                    .scalar()
                    .toString() != QLatin1String("ruqsat_absent") &&
            !settled.hasExpired())
            QThread::msleep(20);
        const QString pid =
            store::Query(*db, QStringLiteral("SELECT pg_backend_pid()")).scalar().toString();
        bool cut = false;
        QThread *cutter = QThread::create([&] {
            // The session waits for the standby only after its COMMIT is
            // written: that is when it is ended.
            const QDeadlineTimer patience(20000);
            while (!cut && !patience.hasExpired()) {
                cut = asSuperuser(
                          {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE pid = %1 AND wait_event = 'SyncRep'")
                               .arg(pid)})
                          .toBool();
                QThread::msleep(20);
            }
        });
        cutter->start();
        QVERIFY(editor.save());
        QVERIFY(cutter->wait(30000));
        delete cutter;
        QVERIFY2(cut, "the COMMIT never waited for the standby");
        const auto cases = [&] {
            return store::Query(*db, QStringLiteral("SELECT count(*) FROM applications"))
                .scalar()
                .toInt();
        };
        QCOMPARE(cases(), 1);
        const QString caseId = editor.form().application.id;
        QCOMPARE(
            store::Query(
                *db,
                QStringLiteral("SELECT count(*) FROM applications WHERE id = '%1'").arg(caseId))
                .scalar()
                .toInt(),
            1);

        intake::IntakeForm changed = editor.form();
        changed.application.occupation = QStringLiteral("повар");
        editor.setForm(changed);
        QVERIFY(editor.save());
        QCOMPARE(cases(), 1);
        QCOMPARE(
            store::Query(
                *db,
                QStringLiteral("SELECT occupation FROM applications WHERE id = '%1'").arg(caseId))
                .scalar()
                .toString(),
            QStringLiteral("повар"));
    }
};

QTEST_MAIN(TestServerBanner)
#include "tst_server_banner.moc"
