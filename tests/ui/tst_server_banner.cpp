// SPDX-License-Identifier: GPL-3.0-or-later
// The banner of a desk whose shared server went away (issue #13), and a
// save made while the connection is broken. The connection is broken for
// real: the server ends the desk's session (pg_terminate_backend), as it
// does when it restarts.
#include "TestStores.h"
#include "common/SavingStep.h"
#include "common/ServerBanner.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QSignalSpy>
#include <QTest>

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
};

QTEST_MAIN(TestServerBanner)
#include "tst_server_banner.moc"
