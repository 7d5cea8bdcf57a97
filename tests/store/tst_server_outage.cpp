// SPDX-License-Identifier: GPL-3.0-or-later
// A shared server that goes away mid-session (issue #13): the server is
// killed (pg_ctl stop -m immediate) while a desk saves intakes and issues
// permits, then started again. Every save the desk acknowledged is in the
// store exactly once, nothing it did not acknowledge is, numbers are never
// given twice and the audit chain still verifies. Collisions (SQLSTATE
// 40001, 40P01) run the step again.
//
// The cluster is this test's own (a second port), since it is killed: the
// other tests share theirs. Its database commits synchronously, as an
// akimat's server does; the test clusters' default of synchronous_commit=off
// may lose an acknowledged commit in a crash by design.
#include "../intake/IntakeTestForms.h"
#include "CaseFactory.h"
#include "TestStores.h"
#include "intake/IntakeService.h"
#include "store/AuditLog.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/ServerRetry.h"
#include "store/StoreError.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace ruqsat;
using namespace std::chrono_literals;

namespace {

const QString kCluster = QStringLiteral(RUQSAT_OUTAGE_PG_DIR);
const int kPort = RUQSAT_OUTAGE_PG_PORT;

bool cluster(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {qEnvironmentVariable("RUQSAT_SOURCE_DIR") +
                                         QStringLiteral("/tests/support/pg_cluster.sh"),
                                     action, kCluster, QString::number(kPort)});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pg_cluster.sh %s: %s", qPrintable(action), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool psql(const QString &sql)
{
    return QProcess::execute(QStringLiteral("psql"),
                             {QStringLiteral("-q"), QStringLiteral("-h"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(kPort), QStringLiteral("-U"),
                              QStringLiteral("postgres"), QStringLiteral("-d"),
                              QStringLiteral("postgres"), QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql}) == 0;
}

store::ConnectionString outageStore()
{
    return *store::ConnectionString::parse(
        QStringLiteral("postgresql://ruqsat@127.0.0.1:%1/outage").arg(kPort));
}

qint64 count(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

} // namespace

class TestServerOutage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(cluster(QStringLiteral("start")));
        QVERIFY(psql(QStringLiteral("CREATE DATABASE outage OWNER ruqsat")));
        QVERIFY(psql(QStringLiteral("ALTER DATABASE outage SET synchronous_commit = on")));
    }
    void cleanupTestCase() { cluster(QStringLiteral("stop")); }

    void savesSurviveServerCrashes()
    {
        constexpr int kCrashes = 3;
        constexpr int kQuota = 1000;
        const auto db = store::Database::open(outageStore());
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT current_setting('synchronous_commit')")).scalar().toString(),
                 u"on"_qs);
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, kQuota, QStringLiteral("admin"));
        QStringList accepted;
        for (int i = 0; i < 150; ++i)
            accepted << factory.acceptedCase().id;
        const qint64 casesBefore = count(*db, QStringLiteral("SELECT count(*) FROM applications"));
        const intake::IntakeForm typed = test::typedForm(*db);

        // Each crash comes while the desk is saving: a few saves after the
        // server is back, at a random moment.
        QAtomicInt crashesDone, acknowledged;
        QThread *killer = QThread::create([&] {
            for (int i = 0; i < kCrashes; ++i) {
                const int before = acknowledged.loadRelaxed();
                QDeadlineTimer patienceForSaves(60000);
                while (acknowledged.loadRelaxed() < before + 3 && !patienceForSaves.hasExpired())
                    QThread::msleep(20);
                QThread::msleep(QRandomGenerator::global()->bounded(300));
                if (!cluster(QStringLiteral("crash")))
                    return;
                QThread::msleep(1500);
                if (!cluster(QStringLiteral("resume")))
                    return;
                crashesDone.ref();
            }
        });

        store::ServerRetry::Patience patience;
        patience.reconnectFor = 60s;
        store::ServerRetry retry(*db, patience);
        // An outage met: the desk waits for the server after a save that
        // was acknowledged.
        int outagesMet = 0;
        int ackedAtLastWait = -1;
        retry.setNotice([&](const QString &) {
            if (acknowledged.loadRelaxed() != ackedAtLastWait)
                ++outagesMet;
            ackedAtLastWait = acknowledged.loadRelaxed();
        });

        QSet<QString> submittedIins;
        QStringList issuedCases;
        QStringList failures;
        int saves = 0;
        int serial = 0;
        killer->start();
        // Saves go on through the crashes and for a moment after the last.
        while (!killer->isFinished() || saves < 20) {
            const bool intake = saves % 2 == 0 || issuedCases.size() == accepted.size();
            try {
                if (intake) {
                    intake::IntakeForm f = typed;
                    f.draftId.clear();
                    // Some 11 digits have no check digit (it would be 10): skip them.
                    do
                        f.immigrant.iin = test::validIin(
                            QStringLiteral("9001013%1").arg(++serial, 4, 10, QLatin1Char('0')));
                    while (f.immigrant.iin.size() != 12);
                    retry.run([&] {
                        intake::IntakeForm attempt = f;
                        intake::IntakeService(*db, QStringLiteral("clerk1")).submit(attempt);
                    });
                    submittedIins << f.immigrant.iin;
                    acknowledged.ref();
                } else {
                    store::IssueRequest r;
                    r.applicationId = accepted.at(issuedCases.size());
                    r.regionId = region;
                    r.quotaYear = 2026;
                    r.validFrom = QDate(2026, 4, 1);
                    r.validTo = QDate(2026, 9, 30);
                    retry.run(
                        [&] { store::PermitRepository(*db).issue(r, QStringLiteral("head")); });
                    issuedCases << r.applicationId;
                    acknowledged.ref();
                }
            } catch (const store::StoreError &e) {
                failures << e.message() + u' ' + e.detail();
            }
            ++saves;
        }
        QVERIFY(killer->wait(120000));
        delete killer;
        QCOMPARE(crashesDone.loadRelaxed(), kCrashes);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        // The saves met every outage: each crash left the desk waiting.
        QCOMPARE(outagesMet, kCrashes);

        const auto after = store::Database::open(outageStore());
        // Every acknowledged intake exactly once, and nothing else.
        QCOMPARE(count(*after, QStringLiteral("SELECT count(*) FROM applications")) - casesBefore,
                 qint64(submittedIins.size()));
        for (const QString &iin : std::as_const(submittedIins)) {
            store::Query q(*after,
                           QStringLiteral("SELECT count(*) FROM applications a JOIN immigrants i "
                                          "ON i.id = a.immigrant_id WHERE i.iin = :iin"));
            q.bind(QStringLiteral(":iin"), iin);
            QVERIFY2(q.scalar().toInt() == 1, qPrintable(iin));
        }
        QCOMPARE(
            count(*after, QStringLiteral("SELECT count(DISTINCT registry_number) FROM applications "
                                         "WHERE registry_number IS NOT NULL")),
            count(*after, QStringLiteral("SELECT count(registry_number) FROM applications")));
        // Every acknowledged permit exactly once, on its quota, numbers unique.
        QCOMPARE(count(*after, QStringLiteral("SELECT count(*) FROM permits")),
                 qint64(issuedCases.size()));
        QCOMPARE(
            count(*after, QStringLiteral("SELECT count(DISTINCT application_id) FROM permits")),
            qint64(issuedCases.size()));
        QCOMPARE(count(*after, QStringLiteral("SELECT count(DISTINCT number) FROM permits")),
                 qint64(issuedCases.size()));
        QCOMPARE(store::QuotaRepository(*after).find(region, 2026)->issued,
                 int(issuedCases.size()));
        QCOMPARE(store::AuditLog(*after).verify().problem, audit::ChainVerdict::Problem::None);
        qInfo("%d saves through %d crashes: %lld intakes, %lld permits", saves, kCrashes,
              qint64(submittedIins.size()), qint64(issuedCases.size()));
    }

    // The server dies while COMMIT is under way (a deferred trigger holds
    // the COMMIT for two seconds): the desk cannot know whether it was saved
    // until the server, back, says it was not; the step runs again and is
    // written once.
    void crashDuringCommitIsResolvedByTheServer()
    {
        const auto db = store::Database::open(outageStore());
        store::execute(*db, QStringLiteral("CREATE TABLE slow_commit (id integer)"));
        store::execute(*db, QStringLiteral(
                                "CREATE FUNCTION slow_commit_wait() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN PERFORM pg_sleep(2); RETURN NULL; END $$"));
        store::execute(*db, QStringLiteral("CREATE CONSTRAINT TRIGGER slow_commit_wait AFTER INSERT ON "
                                           "slow_commit DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                                           "EXECUTE FUNCTION slow_commit_wait()"));
        QThread *killer = QThread::create([&] {
            QThread::msleep(800);
            cluster(QStringLiteral("crash"));
            QThread::msleep(1000);
            cluster(QStringLiteral("resume"));
        });
        int runs = 0;
        QStringList kinds;
        QString firstTransaction;
        store::ServerRetry retry(*db);
        retry.setNotice([&](const QString &) {
            if (firstTransaction.isEmpty())
                firstTransaction = db->lastCommitMark();
        });
        killer->start();
        retry.run([&] {
            ++runs;
            store::Transaction tx(*db);
            store::execute(*db, QStringLiteral("INSERT INTO slow_commit VALUES (1)"));
            tx.commit();
        });
        QVERIFY(killer->wait(30000));
        delete killer;
        QCOMPARE(runs, 2);
        QVERIFY(!firstTransaction.isEmpty()); // the COMMIT under way when the server died
        QVERIFY(!db->committedAfterAll(firstTransaction));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM slow_commit")), qint64(1));
    }

    // The server's word on a commit mark: the transaction that wrote it
    // committed, or it did not.
    void theServerKnowsWhatCommitted()
    {
        const auto db = store::Database::open(outageStore());
        {
            store::Transaction tx(*db);
            store::execute(*db, QStringLiteral("UPDATE settings SET value = value WHERE key = 'x'"));
            tx.commit();
        }
        const QString committed = db->lastCommitMark();
        QVERIFY(!committed.isEmpty());
        QVERIFY(db->committedAfterAll(committed));
        QVERIFY(!db->committedAfterAll(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(!db->committedAfterAll(QString()));
        // A desk keeps its marks for a day: older ones go when it opens the store.
        store::execute(*db, QStringLiteral("UPDATE commit_marks SET made_at = now() - interval '25 hours' "
                                           "WHERE token = CAST('%1' AS uuid)").arg(committed));
        const auto reopened = store::Database::open(outageStore());
        QVERIFY(!reopened->committedAfterAll(committed));
    }

    // A serialization failure rolls the step back; it runs again and
    // commits once.
    void collisionRunsTheStepAgain()
    {
        const auto db = store::Database::open(outageStore());
        store::execute(*db, QStringLiteral("DELETE FROM settings WHERE key = 'test.collisions'"));
        int runs = 0;
        store::ServerRetry(*db).run([&] {
            store::Transaction tx(*db);
            store::Query(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                             "('test.collisions', 'x')"))
                .exec();
            if (++runs < 3)
                store::execute(*db, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'busy' USING "
                                                   "ERRCODE = 'serialization_failure'; END $$"));
            tx.commit();
        });
        QCOMPARE(runs, 3);
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT count(*) FROM settings WHERE key = 'test.collisions'")),
                 qint64(1));
    }

    // A deadlock between two desks: the server cancels one (40P01), whose
    // step runs again; both changes are saved once.
    void deadlockRunsTheStepAgain()
    {
        const auto setup = store::Database::open(outageStore());
        store::execute(*setup,
                       QStringLiteral("DELETE FROM settings WHERE key IN ('test.a', 'test.b')"));
        store::execute(*setup,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', ''), "
                                      "('test.b', '')"));
        QAtomicInt runs;
        QStringList errors;
        QMutex errorsLock;
        auto desk = [&](const QString &first, const QString &second, const QString &mark) {
            return QThread::create([&, first, second, mark] {
                const auto db = store::Database::open(outageStore());
                const QString append =
                    QStringLiteral("UPDATE settings SET value = value || :mark WHERE key = :key");
                try {
                    store::ServerRetry(*db).run([&] {
                        runs.ref();
                        store::Transaction tx(*db);
                        store::Query(*db, append)
                            .bind(QStringLiteral(":mark"), mark)
                            .bind(QStringLiteral(":key"), first)
                            .exec();
                        QThread::msleep(300); // the other desk takes its first row meanwhile
                        store::Query(*db, append)
                            .bind(QStringLiteral(":mark"), mark)
                            .bind(QStringLiteral(":key"), second)
                            .exec();
                        tx.commit();
                    });
                } catch (const store::StoreError &e) {
                    QMutexLocker lock(&errorsLock);
                    errors << e.message();
                }
            });
        };
        QThread *one =
            desk(QStringLiteral("test.a"), QStringLiteral("test.b"), QStringLiteral("1"));
        QThread *two =
            desk(QStringLiteral("test.b"), QStringLiteral("test.a"), QStringLiteral("2"));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        delete one;
        delete two;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY2(runs.loadRelaxed() >= 3, "one desk met the deadlock and ran again");
        for (const char *key : {"test.a", "test.b"}) {
            store::Query q(*setup, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
            q.bind(QStringLiteral(":key"), QString::fromLatin1(key));
            QString value = q.scalar().toString();
            std::sort(value.begin(), value.end());
            QCOMPARE(value, u"12"_qs); // each desk's change once
        }
    }

    // Collisions beyond the patience are reported, not retried forever.
    void collisionsBeyondPatienceAreReported()
    {
        const auto db = store::Database::open(outageStore());
        store::ServerRetry::Patience patience;
        patience.collisions = 2;
        int runs = 0;
        try {
            store::ServerRetry(*db, patience).run([&] {
                ++runs;
                store::Transaction tx(*db);
                store::execute(*db, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'busy' USING "
                                                   "ERRCODE = 'deadlock_detected'; END $$"));
                tx.commit();
            });
            QFAIL("the collision was not reported");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Collision);
        }
        QCOMPARE(runs, 2);
    }

    // A server that stays away: the step is reported as not saved once the
    // patience runs out, and the next step after the server is back works.
    void serverAwayLongerThanPatienceIsReported()
    {
        const auto db = store::Database::open(outageStore());
        QVERIFY(cluster(QStringLiteral("crash")));
        store::ServerRetry::Patience patience;
        patience.reconnectFor = 1500ms;
        int runs = 0;
        try {
            store::ServerRetry(*db, patience).run([&] {
                ++runs;
                store::Transaction tx(*db);
                store::execute(
                    *db, QStringLiteral("UPDATE settings SET value = 'x' WHERE key = 'test.a'"));
                tx.commit();
            });
            QFAIL("a save with no server was acknowledged");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::ConnectionLost);
        }
        QCOMPARE(runs, 1);
        QVERIFY(db->connectionLost());
        QVERIFY(cluster(QStringLiteral("resume")));
        QVERIFY(store::ServerRetry::waitForServer(*db, 10s));
        QVERIFY(!db->connectionLost());
        QCOMPARE(count(*db, QStringLiteral("SELECT 1")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_server_outage.moc"
