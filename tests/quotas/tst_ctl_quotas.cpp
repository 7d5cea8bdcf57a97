// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl quotas` (issue #12): the same figures as the Quotas tab reads
// (quotas::QuotaDesk over store::QuotaRepository), one JSON object a line
// or a tab-separated line each; --year; bad input refused with exit 2.
#include "CtlRun.h"
#include "QuotaStore.h"
#include "quotas/QuotaDesk.h"

#include <QJsonObject>
#include <QTest>

using namespace ruqsat;

class TestCtlQuotas : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_sameFiguresAsTheRepository_data() { test::addBackendRows(); }
    void R_QUOTA_sameFiguresAsTheRepository()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        QList<store::RegionQuota> stored;
        {
            const auto db = scratch.open();
            test::fillQuotaStore(scratch, *db);
            stored = store::QuotaRepository(*db).ofYear(2026);
        }
        const test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("quotas"), QStringLiteral("--year"),
                                   QStringLiteral("2026"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.size(), stored.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject &o = lines.at(i);
            const records::Quota &q = stored.at(i).quota;
            QCOMPARE(o.value(QStringLiteral("region")).toString(), stored.at(i).region.kato);
            QCOMPARE(o.value(QStringLiteral("region_name")).toString(), stored.at(i).region.nameEn);
            QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
            QCOMPARE(o.value(QStringLiteral("limit")).toInt(-1), q.quota);
            QCOMPARE(o.value(QStringLiteral("in_force")).toInt(-1), q.issued);
            QCOMPARE(o.value(QStringLiteral("reserved")).toInt(-1), q.reserved);
            QCOMPARE(o.value(QStringLiteral("free")).toInt(-1), q.free());
            QVERIFY(o.value(QStringLiteral("low")).isBool());
            QCOMPARE(o.value(QStringLiteral("low")).toBool(), quotas::isLow(q));
        }
        // Almaty: 8, 3 in force, 2 reserved, 3 free; Astana full, low.
        QCOMPARE(lines.at(1).value(QStringLiteral("region")).toString(),
                 QStringLiteral("750000000"));
        QCOMPARE(lines.at(1).value(QStringLiteral("free")).toInt(), 3);
        QCOMPARE(lines.at(1).value(QStringLiteral("low")).toBool(), false);
        QCOMPARE(lines.at(0).value(QStringLiteral("free")).toInt(-1), 0);
        QCOMPARE(lines.at(0).value(QStringLiteral("low")).toBool(), true);

        // --year: another year's quotas; a year without any prints nothing.
        const test::CtlRun y2025 =
            test::runCtl(scratch, {QStringLiteral("quotas"), QStringLiteral("--year"),
                                   QStringLiteral("2025"), QStringLiteral("--json")});
        QCOMPARE(y2025.code, 0);
        QCOMPARE(y2025.lines().size(), 1);
        QCOMPARE(y2025.lines().first().value(QStringLiteral("limit")).toInt(), 5);
        const test::CtlRun none = test::runCtl(
            scratch, {QStringLiteral("quotas"), QStringLiteral("--year"), QStringLiteral("2031")});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out, QString());
    }

    void tabSeparatedWithoutJson()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            test::fillQuotaStore(scratch, *db);
        }
        const test::CtlRun r = test::runCtl(
            scratch, {QStringLiteral("quotas"), QStringLiteral("--year"), QStringLiteral("2026")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList rows = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), QStringLiteral("750000000\tAlmaty\t2026\t8\t3\t2\t3\t"));
        QCOMPARE(rows.at(0), QStringLiteral("710000000\tAstana\t2026\t2\t1\t1\t0\tlow"));
    }

    // Without --year: the current year's quotas.
    void currentYearByDefault()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            const test::CaseFactory f(*db);
            store::QuotaRepository(*db).setQuota(f.almatyRegionId(), QDate::currentDate().year(), 7,
                                                 QStringLiteral("admin"));
            store::QuotaRepository(*db).setQuota(
                f.almatyRegionId(), QDate::currentDate().year() + 1, 9, QStringLiteral("admin"));
        }
        const test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("quotas"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lines().size(), 1);
        QCOMPARE(r.lines().first().value(QStringLiteral("year")).toInt(),
                 QDate::currentDate().year());
        QCOMPARE(r.lines().first().value(QStringLiteral("limit")).toInt(), 7);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--year abc") << QStringList{QStringLiteral("--year"), QStringLiteral("abc")};
        QTest::newRow("--year 1999")
            << QStringList{QStringLiteral("--year"), QStringLiteral("1999")};
        QTest::newRow("--year 2101")
            << QStringList{QStringLiteral("--year"), QStringLiteral("2101")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--district"), QStringLiteral("1")};
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open(); // an empty store: the refusal must come before it is read
        const test::CtlRun r = test::runCtl(scratch, QStringList{QStringLiteral("quotas")} + args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QVERIFY(!r.err.isEmpty());
        if (args.first() == QStringLiteral("--year"))
            QCOMPARE(r.err.trimmed(), QStringLiteral("--year takes a year from 2000 to 2100."));
    }
};

QTEST_GUILESS_MAIN(TestCtlQuotas)
#include "tst_ctl_quotas.moc"
