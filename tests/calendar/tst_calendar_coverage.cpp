// SPDX-License-Identifier: GPL-3.0-or-later
// R-WORKDAY: the years the Deadlines tab warns about
// (deadlines::CalendarCoverage): the year of today at once; the next year
// from 1 November on, to 31 December, and not on 31 October; none when they
// are covered. Read from a real store as well, where a year is covered by
// holding one of its days.
#include "TestStores.h"
#include "cases/CalendarAdministration.h"
#include "deadlines/CalendarCoverage.h"

#include <QTest>

using namespace ruqsat;
using deadlines::CalendarCoverage;

class TestCalendarCoverage : public QObject
{
    Q_OBJECT
private slots:
    void R_WORKDAY_missingYears_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<int>>("covered");
        QTest::addColumn<QList<int>>("missing");
        const QList<int> upTo2026{2024, 2025, 2026};
        const QList<int> upTo2027{2024, 2025, 2026, 2027};
        QTest::newRow("1 January") << QDate(2026, 1, 1) << upTo2026 << QList<int>{};
        QTest::newRow("31 October") << QDate(2026, 10, 31) << upTo2026 << QList<int>{};
        QTest::newRow("1 November") << QDate(2026, 11, 1) << upTo2026 << QList<int>{2027};
        QTest::newRow("30 November") << QDate(2026, 11, 30) << upTo2026 << QList<int>{2027};
        QTest::newRow("31 December") << QDate(2026, 12, 31) << upTo2026 << QList<int>{2027};
        QTest::newRow("1 November, next covered") << QDate(2026, 11, 1) << upTo2027 << QList<int>{};
        QTest::newRow("31 December, next covered")
            << QDate(2026, 12, 31) << upTo2027 << QList<int>{};
        // A new year without its calendar: warned at once, all year long.
        QTest::newRow("1 January, this year missing")
            << QDate(2027, 1, 1) << upTo2026 << QList<int>{2027};
        QTest::newRow("31 October, this year missing")
            << QDate(2027, 10, 31) << upTo2026 << QList<int>{2027};
        QTest::newRow("1 November, both missing")
            << QDate(2027, 11, 1) << upTo2026 << QList<int>{2027, 2028};
        QTest::newRow("a gap: this year missing, next there")
            << QDate(2027, 11, 15) << QList<int>{2026, 2028} << QList<int>{2027};
        QTest::newRow("no calendar at all, 1 March")
            << QDate(2026, 3, 1) << QList<int>{} << QList<int>{2026};
        QTest::newRow("no day") << QDate() << QList<int>{} << QList<int>{};
    }
    void R_WORKDAY_missingYears()
    {
        QFETCH(QDate, today);
        QFETCH(QList<int>, covered);
        QFETCH(QList<int>, missing);
        QCOMPARE(CalendarCoverage::missingYears(today, covered), missing);
        QCOMPARE(CalendarCoverage::warning(missing, true).isEmpty(), missing.isEmpty());
    }

    void R_WORKDAY_warningWords()
    {
        QCOMPARE(CalendarCoverage::warning({2027}, false),
                 QStringLiteral("The working-day calendar has no days of 2027: deadlines in that "
                                "year are counted as plain Monday-to-Friday weeks, without its "
                                "holidays and day swaps. Ask an administrator to import the "
                                "year's calendar."));
        QCOMPARE(CalendarCoverage::warning({2027, 2028}, true),
                 QStringLiteral("The working-day calendar has no days of 2027 and 2028: deadlines "
                                "in those years are counted as plain Monday-to-Friday weeks, "
                                "without their holidays and day swaps. Import the year's calendar "
                                "in Tools › Administration › Calendar."));
    }

    // The store's shipped calendar ends with 2027.
    void R_WORKDAY_readFromTheStore_data() { test::addBackendRows(); }
    void R_WORKDAY_readFromTheStore()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2027, 10, 31)), QList<int>{});
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2027, 11, 1)), QList<int>{2028});
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2027, 12, 31)), QList<int>{2028});
        const cases::CalendarAdministration calendar(
            *db, {QString(), QStringLiteral("admin1"), records::Role::Admin, {}});
        calendar.importFile(
            domain::CalendarCsv::parse("date,kind,note\n2028-01-03,holiday,New Year\n"));
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2027, 11, 1)), QList<int>{});
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2027, 12, 31)), QList<int>{});
        QCOMPARE(CalendarCoverage::missingYears(*db, QDate(2028, 11, 1)), QList<int>{2029});
    }
};

QTEST_GUILESS_MAIN(TestCalendarCoverage)
#include "tst_calendar_coverage.moc"
