// SPDX-License-Identifier: GPL-3.0-or-later
// R-WORKDAY: the calendar file format, and the calendars shipped with the program.
#include "ShippedCalendar.h"
#include "domain/CalendarCsv.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ruqsat;
using domain::CalendarCsv;
using domain::CalendarException;
using Kind = domain::CalendarException::Kind;

class TestCalendarCsv : public QObject
{
    Q_OBJECT
private slots:
    void parsesCommentsQuotesAndYears()
    {
        const QByteArray text = "\xEF\xBB\xBF# a comment\r\n"
                                "date,kind,note\r\n"
                                "2025-01-03,holiday,\"Day off, moved from 5 January\"\r\n"
                                "\r\n"
                                "2025-01-05,workday,Sunday worked\r\n"
                                "2026-01-01,holiday,\"New \"\"Year\"\"\"\n";
        const auto csv = CalendarCsv::parse(text);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), 3);
        QCOMPARE(csv.rows.at(0).day, QDate(2025, 1, 3));
        QCOMPARE(csv.rows.at(0).kind, Kind::Holiday);
        QCOMPARE(csv.rows.at(0).note, QStringLiteral("Day off, moved from 5 January"));
        QCOMPARE(csv.rows.at(1).kind, Kind::Workday);
        QCOMPARE(csv.rows.at(2).note, QStringLiteral("New \"Year\""));
        QCOMPARE(csv.years, (QSet<int>{2025, 2026}));
    }

    void rejectsWithLineNumber_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("no header") << QByteArray("2025-01-03,holiday,x\n") << 1;
        QTest::newRow("empty file") << QByteArray("") << 1;
        QTest::newRow("bad date") << QByteArray("date,kind,note\n2025-02-30,holiday,x\n") << 2;
        QTest::newRow("short date") << QByteArray("date,kind,note\n2025-1-03,holiday,x\n") << 2;
        QTest::newRow("holiday on Saturday")
            << QByteArray("date,kind,note\n2025-01-03,holiday,a\n2025-03-08,holiday,b\n") << 3;
        QTest::newRow("workday on Monday") << QByteArray("date,kind,note\n2025-03-10,workday,x\n") << 2;
        QTest::newRow("unknown kind") << QByteArray("# c\ndate,kind,note\n2025-03-10,off,x\n") << 3;
        QTest::newRow("two fields") << QByteArray("date,kind,note\n2025-03-10,holiday\n") << 2;
        QTest::newRow("open quote") << QByteArray("date,kind,note\n2025-03-10,holiday,\"x\n") << 2;
        QTest::newRow("twice")
            << QByteArray("date,kind,note\n2025-03-10,holiday,a\n2025-03-10,holiday,b\n") << 3;
        QTest::newRow("not UTF-8") << QByteArray("date,kind,note\n2025-03-10,holiday,\xff\n") << 0;
    }
    void rejectsWithLineNumber()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto csv = CalendarCsv::parse(text);
        QVERIFY(!csv.ok());
        QCOMPARE(csv.errorLine, line);
        QVERIFY(csv.rows.isEmpty()); // a bad file is never half-read
        QVERIFY(csv.years.isEmpty());
        if (line > 0)
            QVERIFY2(csv.error.contains(QString::number(line)), qPrintable(csv.error));
    }

    void formatRoundTrips()
    {
        const QList<CalendarException> rows{
            {QDate(2025, 1, 3), Kind::Holiday, QStringLiteral("moved, from \"Sunday\"")},
            {QDate(2025, 1, 5), Kind::Workday, QStringLiteral("Sunday worked")},
        };
        const QByteArray text = CalendarCsv::format(rows);
        QVERIFY(text.startsWith("date,kind,note\n2025-01-03,holiday,\"moved, from \"\"Sunday\"\"\"\n"));
        const auto back = CalendarCsv::parse(text);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.rows, rows);
    }

    // Every shipped file parses (holidays only on weekdays, workdays only on
    // weekends), there is one per year 2024-2027, and each covers its year only.
    void shippedFilesParse_R_WORKDAY()
    {
        const QDir dir(QStringLiteral(":/calendar"));
        const QStringList names = dir.entryList({QStringLiteral("kz-*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{QStringLiteral("kz-2024.csv"), QStringLiteral("kz-2025.csv"),
                                     QStringLiteral("kz-2026.csv"), QStringLiteral("kz-2027.csv")}));
        for (const QString &name : names) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto csv = CalendarCsv::parse(f.readAll());
            QVERIFY2(csv.ok(), qPrintable(name + u' ' + csv.error));
            const int year = name.mid(3, 4).toInt();
            QCOMPARE(csv.years, QSet<int>{year});
            for (const CalendarException &row : csv.rows)
                QVERIFY2(!row.note.isEmpty(), qPrintable(row.day.toString(Qt::ISODate)));
        }
    }

    // The fixed-date holidays of the Law on holidays: each year either lists
    // the day itself (a weekday) or the day falls on a weekend and a moved
    // day is listed (Orthodox Christmas excepted: never moved).
    void shippedHolidaysPresent_R_WORKDAY_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("dayOff");
        // Holidays on weekdays.
        QTest::newRow("2024 New Year") << QDate(2024, 1, 2) << true;
        QTest::newRow("2024 Nauryz moved from Saturday 23rd") << QDate(2024, 3, 25) << true;
        QTest::newRow("2024 swap: Saturday 4 May worked") << QDate(2024, 5, 4) << false;
        QTest::newRow("2024 swap: Wednesday 8 May off") << QDate(2024, 5, 8) << true;
        QTest::newRow("2024 Capital Day moved to Monday 8 July") << QDate(2024, 7, 8) << true;
        QTest::newRow("2024 Christmas on Sunday: Monday 8 Jan works") << QDate(2024, 1, 8) << false;
        QTest::newRow("2024 Kurban Ait on Sunday: Monday 17 June works") << QDate(2024, 6, 17) << false;
        QTest::newRow("2025 swap: Friday 3 Jan off") << QDate(2025, 1, 3) << true;
        QTest::newRow("2025 swap: Sunday 5 Jan worked") << QDate(2025, 1, 5) << false;
        QTest::newRow("2025 Kurban Ait Friday") << QDate(2025, 6, 6) << true;
        QTest::newRow("2025 8 March on Saturday: Monday 10") << QDate(2025, 3, 10) << true;
        QTest::newRow("2025 Constitution Day moved to 1 Sept") << QDate(2025, 9, 1) << true;
        QTest::newRow("2026 Nauryz Monday 23") << QDate(2026, 3, 23) << true;
        QTest::newRow("2026 Nauryz moved to Tuesday 24") << QDate(2026, 3, 24) << true;
        QTest::newRow("2026 Nauryz moved to Wednesday 25") << QDate(2026, 3, 25) << true;
        QTest::newRow("2026 Thursday 26 March works") << QDate(2026, 3, 26) << false;
        QTest::newRow("2026 Kurban Ait Wednesday") << QDate(2026, 5, 27) << true;
        QTest::newRow("2026 Republic Day moved to Monday 26 Oct") << QDate(2026, 10, 26) << true;
        QTest::newRow("2026 Independence Day") << QDate(2026, 12, 16) << true;
        QTest::newRow("2026 17 December works since 2022") << QDate(2026, 12, 17) << false;
        QTest::newRow("2027 New Year moved from Saturday 2nd") << QDate(2027, 1, 4) << true;
        QTest::newRow("2027 Nauryz moved from Sunday 21st") << QDate(2027, 3, 24) << true;
        QTest::newRow("2027 1 May on Saturday: Monday 3") << QDate(2027, 5, 3) << true;
    }
    void shippedHolidaysPresent_R_WORKDAY()
    {
        QFETCH(QDate, day);
        QFETCH(bool, dayOff);
        QCOMPARE(test::shippedCalendar().isWorkingDay(day), !dayOff);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCsv)
#include "tst_calendarcsv.moc"
