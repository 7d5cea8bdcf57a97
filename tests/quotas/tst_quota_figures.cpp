// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of the Quotas tab and of `ruqsatctl quotas` (issue #12,
// R-QUOTA): equal to counting the store's rows, the 10% warning at its
// edges, and the year's use by month for the chart.
#include "QuotaStore.h"
#include "quotas/QuotaDesk.h"
#include "store/Query.h"

#include <QTest>

using namespace ruqsat;

namespace {

int count(const store::Database &db, const QString &sql, const QString &quotaId)
{
    return store::Query(db, sql).bind(QStringLiteral(":q"), quotaId).scalar().toInt();
}

records::Quota quota(int limit, int issued, int reserved)
{
    records::Quota q;
    q.quota = limit;
    q.issued = issued;
    q.reserved = reserved;
    return q;
}

} // namespace

class TestQuotaFigures : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_lowWhenTenPercentOrLessIsFree_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("issued");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<bool>("low");
        QTest::newRow("exactly 10%") << 100 << 90 << 0 << true;
        QTest::newRow("11%") << 100 << 89 << 0 << false;
        QTest::newRow("10% with reservations") << 100 << 80 << 10 << true;
        QTest::newRow("9.9%") << 1000 << 901 << 0 << true;
        QTest::newRow("10.1%") << 1000 << 899 << 0 << false;
        QTest::newRow("1 of 10") << 10 << 9 << 0 << true;
        QTest::newRow("2 of 10") << 10 << 8 << 0 << false;
        QTest::newRow("none free") << 50 << 40 << 10 << true;
        QTest::newRow("0 limit") << 0 << 0 << 0 << true;
        QTest::newRow("all free") << 100 << 0 << 0 << false;
    }
    void R_QUOTA_lowWhenTenPercentOrLessIsFree()
    {
        QFETCH(int, limit);
        QFETCH(int, issued);
        QFETCH(int, reserved);
        QFETCH(bool, low);
        const records::Quota q = quota(limit, issued, reserved);
        QCOMPARE(quotas::isLow(q), low);
        // The warning says it, with the numbers, and only then.
        const QString warning = quotas::QuotaDesk::warning(q);
        QCOMPARE(warning.isEmpty(), !low);
        if (low && limit > 0)
            QCOMPARE(
                warning,
                QStringLiteral("Places free: %1 of %2 (10% or less).").arg(q.free()).arg(limit));
        if (limit == 0)
            QVERIFY(warning.contains(QStringLiteral("no places")));
    }

    void useSoFarEndsWithTheCurrentMonth_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<int>>("expected");
        const QList<int> byMonth{1, 2, 4, 4, 5, 6, 6, 7, 9, 9, 9, 10};
        QTest::newRow("past year") << 2026 << QDate(2027, 1, 1) << byMonth;
        QTest::newRow("1 January") << 2026 << QDate(2026, 1, 1) << QList<int>{1};
        QTest::newRow("mid-May") << 2026 << QDate(2026, 5, 15) << QList<int>{1, 2, 4, 4, 5};
        QTest::newRow("31 December") << 2026 << QDate(2026, 12, 31) << byMonth;
        QTest::newRow("next year") << 2026 << QDate(2025, 12, 31) << QList<int>{};
    }
    void useSoFarEndsWithTheCurrentMonth()
    {
        QFETCH(int, year);
        QFETCH(QDate, today);
        QFETCH(QList<int>, expected);
        QCOMPARE(quotas::useSoFar({1, 2, 4, 4, 5, 6, 6, 7, 9, 9, 9, 10}, year, today), expected);
    }

    void R_QUOTA_figuresEqualCountingTheRows_data() { test::addBackendRows(); }
    void R_QUOTA_figuresEqualCountingTheRows()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const QList<quotas::QuotaFigures> year = quotas::QuotaDesk(*db).ofYear(2026);
        // The three regions with a 2026 quota, by KATO code; not 2025's.
        QCOMPARE(year.size(), 3);
        QCOMPARE(year.at(0).regionKato, QStringLiteral("710000000"));
        QCOMPARE(year.at(0).regionName, QStringLiteral("Astana"));
        QCOMPARE(year.at(1).quota.regionId, s.almaty);
        QCOMPARE(year.at(2).quota.regionId, s.shymkent);
        for (const quotas::QuotaFigures &f : year) {
            QCOMPARE(f.quota.year, 2026);
            const QString id = f.quota.id;
            QCOMPARE(
                f.quota.issued,
                count(
                    *db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM permits WHERE quota_id = :q AND status = 'in_force'"),
                    id));
            QCOMPARE(f.quota.reserved,
                     count(*db,
                           QStringLiteral("SELECT COUNT(*) FROM quota_reservations WHERE quota_id "
                                          "= :q AND state = 'live'"),
                           id));
            QCOMPARE(f.quota.free(), f.quota.quota - f.quota.issued - f.quota.reserved);
            QCOMPARE(f.low, quotas::isLow(f.quota));
        }
        const quotas::QuotaFigures &almaty = year.at(1);
        QCOMPARE(almaty.quota.quota, 8);
        QCOMPARE(almaty.quota.issued, 3);
        QCOMPARE(almaty.quota.reserved, 2);
        QCOMPARE(almaty.quota.free(), 3);
        QVERIFY(!almaty.low);
        QCOMPARE(year.at(0).quota.free(), 0);
        QVERIFY(year.at(0).low);
        QVERIFY(year.at(2).low); // a limit of 0
        // Another year, its own quotas.
        const QList<quotas::QuotaFigures> before = quotas::QuotaDesk(*db).ofYear(2025);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().quota.quota, 5);
        QVERIFY(quotas::QuotaDesk(*db).ofYear(2027).isEmpty());
    }

    // New permits by the local day they were issued, cumulative; the
    // revoked one counts (it was issued), the extension does not (it keeps
    // its chain's place), Astana's belongs to its own quota.
    void R_QUOTA_monthlyUseCountsNewPermits_data() { test::addBackendRows(); }
    void R_QUOTA_monthlyUseCountsNewPermits()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const store::QuotaRepository repo(*db);
        QCOMPARE(repo.issuedByMonth(s.almatyQuota, 2026), s.almatyByMonth);
        QCOMPARE(repo.issuedByMonth(s.astanaQuota, 2026),
                 (QList<int>{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
        // The last month counts every new permit of the quota.
        QCOMPARE(repo.issuedByMonth(s.almatyQuota, 2026).last(),
                 count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM permits WHERE quota_id = :q AND "
                                      "extends_permit_id IS NULL"),
                       s.almatyQuota));
        const auto almaty = repo.findById(s.almatyQuota);
        QVERIFY(almaty);
        QCOMPARE(quotas::QuotaDesk(*db).use(*almaty, QDate(2026, 3, 31)), (QList<int>{1, 2, 4}));
        QCOMPARE(quotas::QuotaDesk(*db).use(*almaty, QDate(2027, 2, 1)), s.almatyByMonth);
    }
};

QTEST_GUILESS_MAIN(TestQuotaFigures)
#include "tst_quota_figures.moc"
