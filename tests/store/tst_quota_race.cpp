// SPDX-License-Identifier: GPL-3.0-or-later
// R-QUOTA under concurrency: many connections in parallel race for the last
// places of a quota. Exactly the quota is issued and `issued` equals the
// number of permits.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"

#include <QAtomicInt>
#include <QTest>
#include <QThread>

using namespace ruqsat;

class TestQuotaRace : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_parallelIssueNeverOverIssues_data() { test::addBackendRows(); }
    void R_QUOTA_parallelIssueNeverOverIssues()
    {
        QFETCH(QString, backend);
        constexpr int kClients = 12;
        constexpr int kCasesPerClient = 6;
        constexpr int kQuota = 40; // fewer places than the 72 cases that race for them
        test::ScratchStore scratch(backend);
        QStringList caseIds;
        int region = 0;
        {
            const auto db = scratch.open();
            test::CaseFactory factory(*db);
            region = factory.almatyRegionId();
            store::QuotaRepository(*db).setQuota(region, 2026, kQuota, QStringLiteral("admin"));
            for (int i = 0; i < kClients * kCasesPerClient; ++i)
                caseIds << factory.acceptedCase().id;
        }
        QAtomicInt issued, refused, failed;
        QList<QThread *> clients;
        for (int c = 0; c < kClients; ++c) {
            const QStringList mine = caseIds.mid(c * kCasesPerClient, kCasesPerClient);
            clients << QThread::create([&, mine] {
                // Each client its own connection, as each clerk's desktop has.
                const auto db = scratch.open();
                for (const QString &id : mine) {
                    store::IssueRequest r;
                    r.applicationId = id;
                    r.regionId = region;
                    r.quotaYear = 2026;
                    r.validFrom = QDate(2026, 4, 1);
                    r.validTo = QDate(2026, 9, 30);
                    try {
                        store::PermitRepository(*db).issue(r, QStringLiteral("head"));
                        issued.ref();
                    } catch (const store::StoreError &e) {
                        (e.kind() == store::StoreError::Kind::QuotaExhausted ? refused : failed).ref();
                    }
                }
            });
        }
        for (QThread *t : clients)
            t->start();
        for (QThread *t : clients) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failed.loadRelaxed(), 0);
        QCOMPARE(issued.loadRelaxed(), kQuota);
        QCOMPARE(refused.loadRelaxed(), kClients * kCasesPerClient - kQuota);
        const auto db = scratch.open();
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->issued, kQuota);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM permits")).scalar().toInt(), kQuota);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(DISTINCT number) FROM permits")).scalar().toInt(), kQuota);
    }
};

QTEST_GUILESS_MAIN(TestQuotaRace)
#include "tst_quota_race.moc"
