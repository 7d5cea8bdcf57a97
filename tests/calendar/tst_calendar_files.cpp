// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's year view imports and exports CSV (R-WORKDAY, issue #12):
// a bad file is refused with its line, nothing written and the file left
// byte for byte as it was; a good one is applied after its preview, with
// its audit rows; the export is the store's calendar.
#include "CalendarViewSupport.h"
#include "TestStores.h"
#include "WidgetSupport.h"

#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

using namespace ruqsat;
using namespace ruqsat::test::calendarview;

class TestCalendarFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::lowerPasswordIterations(); }

    void R_WORKDAY_badFileRefusedWithItsLineAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("holiday on a Saturday")
            << QByteArray("date,kind,note\n2027-01-01,holiday,x\n2027-01-02,holiday,Saturday\n")
            << QStringLiteral("line 3: 2027-01-02 is a Saturday or Sunday");
        QTest::newRow("no header") << QByteArray("2027-01-01,holiday,x\n")
                                   << QStringLiteral("line 1: the first line must be the header");
        QTest::newRow("bad date") << QByteArray(
                                         "date,kind,note\n# a comment\n2027-02-30,holiday,x\n")
                                  << QStringLiteral("line 3: \"2027-02-30\" is not a date");
        QTest::newRow("not UTF-8") << QByteArray("date,kind,note\n2027-01-01,holiday,\xff\xfe\n")
                                   << QStringLiteral("the file is not UTF-8 text");
        QTest::newRow("no day") << QByteArray("date,kind,note\n")
                                << QStringLiteral("it lists no day.");
    }
    void R_WORKDAY_badFileRefusedWithItsLineAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("kz-2027.csv"), bytes);
        const QByteArray hash = test::fileHash(path);
        const QByteArray rows = calendarRows(*db);
        const qint64 audit = auditRows(*db);
        ui::CalendarYearView view(*db, admin());
        view.resize(1060, 620);
        view.show();
        // Through the button and the file dialog, as an administrator would.
        test::whenShown<QFileDialog>([path](QFileDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        test::child<QPushButton>(&view, "importCalendar")->click();
        const QString shown = message(&view);
        QVERIFY2(shown.startsWith(QLatin1String(
                     "kz-2027.csv was not imported, and the calendar is unchanged: ")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QCOMPARE(calendarRows(*db), rows);
        QCOMPARE(auditRows(*db), audit);
        QCOMPARE(test::fileHash(path), hash);
        if (qstrcmp(QTest::currentDataTag(), "holiday on a Saturday") == 0)
            test::saveShot(&view, QStringLiteral("calendar-bad-file-en"));
    }

    void R_WORKDAY_goodFileAfterItsPreview()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        QTemporaryDir dir;
        const QByteArray bytes(
            "date,kind,note\n2027-01-01,holiday,New Year\n2027-01-09,workday,\"Swap, decree 5\"\n"
            "2028-01-03,holiday,New Year\n");
        const QString path = writeFile(dir, QStringLiteral("kz-2027-2028.csv"), bytes);
        const QByteArray rows = calendarRows(*db);
        const qint64 audit = auditRows(*db);
        ui::CalendarYearView view(*db, admin());
        view.resize(1060, 620);
        view.setYear(2026);
        view.show();
        // Cancel at the question: nothing.
        QString question, details;
        test::whenShown<QMessageBox>([&question, &details](QMessageBox *box) {
            question = box->text();
            details = box->informativeText();
            test::saveShot(box, QStringLiteral("calendar-import-question-en"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!view.importFile(path));
        QCOMPARE(question,
                 QStringLiteral(
                     "kz-2027-2028.csv replaces the holidays and worked days of these years:"));
        QVERIFY2(
            details.startsWith(QLatin1String("2027: 14 days in the calendar now, 2 in the file\n"
                                             "2028: 0 days in the calendar now, 1 in the file\n")),
            qPrintable(details));
        QCOMPARE(calendarRows(*db), rows);
        QCOMPARE(auditRows(*db), audit);
        QCOMPARE(message(&view), QStringLiteral("Nothing was imported."));
        // Yes: 2027 and 2028 replaced, 2026 kept; the view shows 2027.
        test::answerNextMessageBox();
        QVERIFY(view.importFile(path));
        const store::CalendarRepository calendar(*db);
        QCOMPARE(calendar.year(2027).size(), 2);
        QCOMPARE(calendar.year(2028).size(), 1);
        QCOMPARE(calendar.year(2026).size(), 15);
        QCOMPARE(auditRows(*db), audit + 1);
        QCOMPARE(view.year(), 2027);
        QCOMPARE(kindShown(view, QDate(2027, 1, 9)), DayKind::Worked);
        QCOMPARE(kindShown(view, QDate(2027, 3, 8)), DayKind::Working); // gone with the old 2027
        QCOMPARE(test::child<QLabel>(&view, "coveredYears")->text(),
                 QStringLiteral("The calendar covers: 2024\u20132028"));
        QCOMPARE(message(&view),
                 QStringLiteral(
                     "Imported kz-2027-2028.csv: the calendar of 2027\u20132028 is replaced."));

        // Exported, the year and all years read back as the store holds them.
        const QString year = dir.filePath(QStringLiteral("out-2027.csv"));
        QVERIFY(view.exportTo(year, 2027));
        QCOMPARE(readFile(year), QByteArray("date,kind,note\n2027-01-01,holiday,New Year\n"
                                            "2027-01-09,workday,\"Swap, decree 5\"\n"));
        QCOMPARE(message(&view), QStringLiteral("The calendar of 2027 is in %1.").arg(year));
        const QString everything = dir.filePath(QStringLiteral("all.csv"));
        test::whenShown<QFileDialog>([everything](QFileDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(everything);
            static_cast<QDialog *>(dialog)->accept();
        });
        test::child<QPushButton>(&view, "exportAll")->click();
        const auto back = domain::CalendarCsv::parse(readFile(everything));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.rows, calendar.all());
        QCOMPARE(back.years, (QSet<int>{2024, 2025, 2026, 2027, 2028}));
        // The store's own file is never written over.
        QVERIFY(!view.exportTo(scratch.where().path, 2027));
        QVERIFY2(message(&view).contains(QLatin1String("store")), qPrintable(message(&view)));
    }

    // Others read the calendar: no import, and a click opens nothing.
};

QTEST_MAIN(TestCalendarFiles)
#include "tst_calendar_files.moc"
