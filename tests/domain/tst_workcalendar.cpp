// SPDX-License-Identifier: GPL-3.0-or-later
// R-WORKDAY, R-AFTER-HOURS: working days and the day an application counts
// as received. Expected dates are worked out by hand from the shipped
// calendars (see the comments on each row).
#include "ShippedCalendar.h"
#include "domain/WorkCalendar.h"
#include "domain/WorkingHours.h"

#include <QTest>

using namespace ruqsat;
using domain::CalendarException;
using domain::WorkCalendar;
using domain::WorkingHours;

namespace {
QDateTime almaty(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), domain::kazakhstanTimeZone());
}
QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
private slots:
    void plainWeekWithoutExceptions_R_WORKDAY()
    {
        const WorkCalendar plain;
        QVERIFY(plain.isWorkingDay(QDate(2026, 2, 27)));  // Friday
        QVERIFY(!plain.isWorkingDay(QDate(2026, 2, 28))); // Saturday
        QVERIFY(!plain.isWorkingDay(QDate(2026, 3, 1)));  // Sunday
        QCOMPARE(plain.nextWorkingDay(QDate(2026, 2, 27)), QDate(2026, 3, 2));
        QCOMPARE(plain.addWorkingDays(QDate(2026, 2, 26), 2), QDate(2026, 3, 2));
        QVERIFY(!plain.isWorkingDay(QDate()));
    }

    void exceptionsOverrideTheWeek_R_WORKDAY()
    {
        const WorkCalendar c({{QDate(2026, 3, 4), CalendarException::Kind::Holiday, QStringLiteral("h")},
                              {QDate(2026, 3, 7), CalendarException::Kind::Workday, QStringLiteral("w")}});
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 4))); // a Wednesday off
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 7)));  // a Saturday worked
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 8))); // Sunday still off
        QCOMPARE(c.exceptionOn(QDate(2026, 3, 7))->note, QStringLiteral("w"));
        QVERIFY(!c.exceptionOn(QDate(2026, 3, 5)));
    }

    void addWorkingDays_R_WORKDAY_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero is the day itself") << QDate(2026, 3, 21) << 0 << QDate(2026, 3, 21);
        QTest::newRow("Tue + 1") << QDate(2026, 3, 17) << 1 << QDate(2026, 3, 18);
        // Fri 20 Mar 2026, then Sat, Sun, Nauryz Mon 23 - Wed 25: Thu 26.
        QTest::newRow("over Nauryz 2026") << QDate(2026, 3, 20) << 1 << QDate(2026, 3, 26);
        QTest::newRow("over Nauryz 2026, 2 days") << QDate(2026, 3, 20) << 2 << QDate(2026, 3, 27);
        // 1-2 Jan 2026 holidays, 3-4 weekend.
        QTest::newRow("over New Year 2026") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 5);
        // 3 Jan 2025 (Friday) off, Sat 4 off, Sunday 5 Jan 2025 worked.
        QTest::newRow("onto the worked Sunday 2025") << QDate(2025, 1, 2) << 1 << QDate(2025, 1, 5);
        QTest::newRow("after the worked Sunday") << QDate(2025, 1, 2) << 2 << QDate(2025, 1, 6);
        // Mon 6 Jan 2025 works, 7 Jan Christmas: Wed 8.
        QTest::newRow("over Christmas 2025") << QDate(2025, 1, 6) << 1 << QDate(2025, 1, 8);
        QTest::newRow("backwards over Nauryz") << QDate(2026, 3, 26) << -1 << QDate(2026, 3, 20);
        QTest::newRow("from a holiday") << QDate(2026, 3, 23) << 1 << QDate(2026, 3, 26);
    }
    void addWorkingDays_R_WORKDAY()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        const WorkCalendar calendar = test::shippedCalendar();
        QCOMPARE(calendar.addWorkingDays(from, n), expected);
        if (n > 0) {
            QCOMPARE(calendar.workingDaysBetween(from, expected), n);
            QCOMPARE(calendar.workingDaysBetween(expected, from), -n);
        }
    }

    void nextAndOnOrAfter_R_WORKDAY()
    {
        const WorkCalendar calendar = test::shippedCalendar();
        QCOMPARE(calendar.nextWorkingDay(QDate(2026, 3, 19)), QDate(2026, 3, 20));
        QCOMPARE(calendar.workingDayOnOrAfter(QDate(2026, 3, 20)), QDate(2026, 3, 20));
        QCOMPARE(calendar.workingDayOnOrAfter(QDate(2026, 3, 22)), QDate(2026, 3, 26));
    }

    void allHolidaysDoesNotHang_R_WORKDAY()
    {
        QList<CalendarException> rows;
        for (QDate d(2030, 1, 1); d.year() < 2032; d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                rows << CalendarException{d, CalendarException::Kind::Holiday, {}};
        }
        const WorkCalendar closed(rows);
        QCOMPARE(closed.nextWorkingDay(QDate(2030, 1, 1)), QDate(2032, 1, 1)); // a Thursday
    }

    void workingHours_R_AFTER_HOURS()
    {
        const WorkingHours p = WorkingHours::provider();
        QCOMPARE(p.start, QTime(9, 0));
        QCOMPARE(p.end, QTime(18, 30));
        QCOMPARE(p.lunchStart, QTime(13, 0));
        QCOMPARE(p.lunchEnd, QTime(14, 30));
        QVERIFY(p.isValid());
        const WorkingHours sc = WorkingHours::stateCorporation();
        QVERIFY(!sc.hasLunch());
        QVERIFY(sc.isValid());
        QVERIFY(p.isOpenAt(QTime(9, 0)));
        QVERIFY(p.isOpenAt(QTime(13, 30))); // lunch is part of the working day
        QVERIFY(p.isOpenAt(QTime(18, 29, 59)));
        QVERIFY(!p.isOpenAt(QTime(18, 30)));
        QVERIFY(!p.isOpenAt(QTime(8, 59)));
        QVERIFY(!(WorkingHours{QTime(18, 0), QTime(9, 0), {}, {}}).isValid());
        QVERIFY(!(WorkingHours{QTime(9, 0), QTime(18, 0), QTime(17, 0), QTime(19, 0)}).isValid());
        QVERIFY(!(WorkingHours{QTime(9, 0), QTime(18, 0), QTime(13, 0), {}}).isValid());
    }

    void effectiveReceiptDay_R_AFTER_HOURS_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDate>("expected");
        // Wednesday 18 March 2026, an ordinary working day.
        QTest::newRow("08:59 before opening: same day") << almaty(2026, 3, 18, 8, 59) << QDate(2026, 3, 18);
        QTest::newRow("09:00") << almaty(2026, 3, 18, 9, 0) << QDate(2026, 3, 18);
        QTest::newRow("13:30 lunch: same day") << almaty(2026, 3, 18, 13, 30) << QDate(2026, 3, 18);
        QTest::newRow("18:29") << almaty(2026, 3, 18, 18, 29) << QDate(2026, 3, 18);
        QTest::newRow("18:29:59") << almaty(2026, 3, 18, 18, 29, 59) << QDate(2026, 3, 18);
        QTest::newRow("18:30 closed") << almaty(2026, 3, 18, 18, 30) << QDate(2026, 3, 19);
        QTest::newRow("18:31") << almaty(2026, 3, 18, 18, 31) << QDate(2026, 3, 19);
        QTest::newRow("23:59") << almaty(2026, 3, 18, 23, 59) << QDate(2026, 3, 19);
        // Friday before Nauryz 2026: the next working day is Thursday 26.
        QTest::newRow("Fri 20 Mar 18:45") << almaty(2026, 3, 20, 18, 45) << QDate(2026, 3, 26);
        QTest::newRow("Fri 20 Mar 10:00") << almaty(2026, 3, 20, 10, 0) << QDate(2026, 3, 20);
        QTest::newRow("Saturday") << almaty(2026, 3, 21, 10, 0) << QDate(2026, 3, 26);
        QTest::newRow("holiday Monday") << almaty(2026, 3, 23, 10, 0) << QDate(2026, 3, 26);
        QTest::newRow("worked Sunday 5 Jan 2025") << almaty(2025, 1, 5, 10, 0) << QDate(2025, 1, 5);
        QTest::newRow("Saturday before it") << almaty(2025, 1, 4, 12, 0) << QDate(2025, 1, 5);
        QTest::newRow("New Year's Eve 18:30") << almaty(2025, 12, 31, 18, 30) << QDate(2026, 1, 5);
        // From UTC: Almaty is UTC+5 since 1 March 2024, UTC+6 before.
        QTest::newRow("UTC 13:29 = 18:29") << utc(2026, 3, 18, 13, 29) << QDate(2026, 3, 18);
        QTest::newRow("UTC 13:30 = 18:30") << utc(2026, 3, 18, 13, 30) << QDate(2026, 3, 19);
        QTest::newRow("UTC 12:29 in Feb 2024 = 18:29") << utc(2024, 2, 28, 12, 29) << QDate(2024, 2, 28);
        QTest::newRow("UTC 12:30 in Feb 2024 = 18:30") << utc(2024, 2, 28, 12, 30) << QDate(2024, 2, 29);
        QTest::newRow("UTC 20:00 is next morning") << utc(2026, 3, 18, 20, 0) << QDate(2026, 3, 19);
    }
    void effectiveReceiptDay_R_AFTER_HOURS()
    {
        QFETCH(QDateTime, at);
        QFETCH(QDate, expected);
        const WorkCalendar calendar = test::shippedCalendar();
        QCOMPARE(domain::effectiveReceiptDay(at, WorkingHours::provider(), calendar), expected);
        // Same closing time at the State Corporation: same answer.
        QCOMPARE(domain::effectiveReceiptDay(at, WorkingHours::stateCorporation(), calendar), expected);
    }

    void closingTimeIsASetting_R_AFTER_HOURS()
    {
        const WorkingHours early{QTime(9, 0), QTime(17, 0), {}, {}};
        const WorkCalendar calendar = test::shippedCalendar();
        QCOMPARE(domain::effectiveReceiptDay(almaty(2026, 3, 18, 17, 0), early, calendar), QDate(2026, 3, 19));
        QCOMPARE(domain::effectiveReceiptDay(almaty(2026, 3, 18, 16, 59), early, calendar), QDate(2026, 3, 18));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
