// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's year view (R-WORKDAY, issue #12), driven through its
// widgets: a click and the keyboard make a weekday a holiday and a Saturday
// a worked day, and every working-day deadline then counts with them
// (R-DECISION-TERM, R-POLICE, R-TERMINATION, R-REVOKE-POLICE,
// R-COMPLAINT-*); a clerk only reads (importing and exporting files:
// tst_calendar_files); the page in Tools > Administration; the Deadlines tab's warning
// from 1 November (R-WORKDAY). Screenshots in en, kk and ru.
#include "CaseFactory.h"
#include "CtlRun.h"
#include "TestStores.h"
#include "CalendarViewSupport.h"
#include "WidgetSupport.h"
#include "admin/AdministrationDialog.h"
#include "calendar/CalendarDayDialog.h"
#include "calendar/CalendarYearView.h"
#include "calendar/MonthGrid.h"
#include "cases/CalendarAdministration.h"
#include "common/Application.h"
#include "deadlines/DeadlinesDesk.h"
#include "domain/WorkCalendar.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ruqsat;
using namespace ruqsat::test::calendarview;
using Kind = domain::CalendarException::Kind;
using DayKind = ui::MonthGrid::DayKind;
using records::Role;

namespace {

// Wednesday 14 October 2026; Thursday the 15th and Saturday the 17th are
// ordinary days in the shipped calendar, and Monday the 26th is a holiday.
const QDate kWednesday(2026, 10, 14);
const QDate kThursday(2026, 10, 15);
const QDate kSaturday(2026, 10, 17);

// `ruqsatctl calc WHAT ...` on the store: the JSON value of `key`.
QString calc(const test::ScratchStore &scratch, const QStringList &args, const QString &key)
{
    const test::CtlRun r = test::runCtl(scratch, QStringList{QStringLiteral("calc")} + args);
    if (r.code != 0)
        return QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
    return r.lines().value(0).value(key).toString();
}

// Every working-day clock started on `day`, as `ruqsatctl calc` counts it
// on the store's calendar.
QStringList dueDates(const test::ScratchStore &scratch, QDate day)
{
    const QString d = day.toString(Qt::ISODate);
    return {calc(scratch,
                 {QStringLiteral("received"), QStringLiteral("--at"), d + QStringLiteral("T10:00")},
                 QStringLiteral("decision_due")),
            calc(scratch,
                 {QStringLiteral("received"), QStringLiteral("--at"), d + QStringLiteral("T10:00")},
                 QStringLiteral("police_answer_due")),
            calc(scratch, {QStringLiteral("termination"), QStringLiteral("--ended"), d},
                 QStringLiteral("notice_due")),
            calc(scratch, {QStringLiteral("revocation"), QStringLiteral("--at"), d},
                 QStringLiteral("police_notice_due")),
            calc(scratch,
                 {QStringLiteral("complaint"), QStringLiteral("--registered"), d,
                  QStringLiteral("--to"), QStringLiteral("forward")},
                 QStringLiteral("due")),
            calc(scratch,
                 {QStringLiteral("complaint"), QStringLiteral("--registered"), d,
                  QStringLiteral("--to"), QStringLiteral("provider")},
                 QStringLiteral("due")),
            calc(scratch,
                 {QStringLiteral("complaint"), QStringLiteral("--registered"), d,
                  QStringLiteral("--to"), QStringLiteral("quality")},
                 QStringLiteral("due"))};
}

} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::lowerPasswordIterations(); }

    void R_WORKDAY_monthsShowTheYear()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::CalendarYearView view(*db, admin());
        view.resize(1060, 620);
        view.setYear(2026);
        view.show();
        for (int m = 1; m <= 12; ++m)
            QVERIFY(view.month(m));
        QCOMPARE(test::child<QLabel>(&view, "coveredYears")->text(),
                 QStringLiteral("The calendar covers: 2024\u20132027"));
        QVERIFY(!test::child<QLabel>(&view, "yearNotCovered")->isVisible());
        // Nauryz, a weekend, a weekday, the day a holiday moved to.
        QCOMPARE(kindShown(view, QDate(2026, 3, 23)), DayKind::Holiday);
        QCOMPARE(kindShown(view, QDate(2026, 3, 21)), DayKind::DayOff);
        QCOMPARE(kindShown(view, QDate(2026, 3, 20)), DayKind::Working);
        QCOMPARE(kindShown(view, QDate(2026, 3, 9)), DayKind::Holiday);
        QCOMPARE(cellOf(view, QDate(2026, 3, 9))->background().color(),
                 ui::MonthGrid::background(DayKind::Holiday));
        QVERIFY(cellOf(view, QDate(2026, 3, 9))->font().bold());
        QVERIFY(!cellOf(view, QDate(2026, 3, 20))->font().bold());
        // The note is the tooltip.
        QVERIFY2(cellOf(view, QDate(2026, 3, 9))
                     ->toolTip()
                     .contains(QLatin1String("8 March falls on Sunday, moved")),
                 qPrintable(cellOf(view, QDate(2026, 3, 9))->toolTip()));
        // The grid starts the month on its weekday: 1 October 2026 is a Thursday.
        QCOMPARE(view.month(10)->item(0, 3)->text(), QStringLiteral("1"));
        QCOMPARE(view.month(10)->item(0, 2)->text(), QString());
        QCOMPARE(view.month(10)->item(0, 2)->flags(), Qt::NoItemFlags);
        // A legend entry for each kind.
        for (int k = 0; k < 4; ++k)
            QVERIFY(view.findChild<QLabel *>(QStringLiteral("legend%1").arg(k)));
        test::saveShot(&view, QStringLiteral("calendar-year-en"));

        // Another year: its months, and a year the calendar lacks says so.
        test::child<QPushButton>(&view, "nextYear")->click();
        QCOMPARE(view.year(), 2027);
        QCOMPARE(view.month(1)->item(0, 4)->text(),
                 QStringLiteral("1")); // 1 January 2027: a Friday
        QCOMPARE(kindShown(view, QDate(2027, 1, 4)), DayKind::Holiday);
        view.setYear(2030);
        QVERIFY(test::child<QLabel>(&view, "yearNotCovered")->isVisible());
        QCOMPARE(kindShown(view, QDate(2030, 1, 1)), DayKind::Working);
        test::saveShot(&view, QStringLiteral("calendar-uncovered-en"));
    }

    // R-WORKDAY, R-DECISION-TERM and the other working-day clocks: a
    // holiday made by a click and a worked Saturday made with the keyboard
    // move every due date counted across them.
    void R_WORKDAY_R_DECISION_TERM_daysSetInTheViewMoveTheDeadlines()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        // Thu 15, Fri 16, Mon 19, Tue 20, Wed 21, ... Mon 26 (a holiday), ... Thu 5 Nov.
        QCOMPARE(dueDates(scratch, kWednesday),
                 (QStringList{QStringLiteral("2026-10-16"), QStringLiteral("2026-10-15"),
                              QStringLiteral("2026-10-16"), QStringLiteral("2026-10-16"),
                              QStringLiteral("2026-10-19"), QStringLiteral("2026-10-21"),
                              QStringLiteral("2026-11-05")}));
        ui::CalendarYearView view(*db, admin());
        view.resize(1060, 620);
        view.setYear(2026);
        view.show();
        const qint64 audit = auditRows(*db);

        // A click on Thursday the 15th: a holiday, with a note.
        bool asked = false;
        test::whenShown<ui::CalendarDayDialog>([&asked](ui::CalendarDayDialog *dialog) {
            asked = true;
            auto *holiday = test::child<QRadioButton>(dialog, "holiday");
            QVERIFY(test::child<QRadioButton>(dialog, "ordinaryDay")->isChecked());
            QVERIFY(holiday->isEnabled());
            QVERIFY(!test::child<QRadioButton>(dialog, "workedDay")->isEnabled());
            QVERIFY(!test::child<QLineEdit>(dialog, "dayNote")->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("uncoveredYear")));
            holiday->click();
            test::typeText(test::child<QLineEdit>(dialog, "dayNote"),
                           QStringLiteral("Decree No. 7, a day swap"));
            test::saveShot(dialog, QStringLiteral("calendar-day-en"));
            dialog->accept();
        });
        clickDay(view, kThursday);
        QVERIFY(asked);
        QCOMPARE(kindShown(view, kThursday), DayKind::Holiday);
        QVERIFY(
            cellOf(view, kThursday)->toolTip().contains(QLatin1String("Decree No. 7, a day swap")));
        QCOMPARE(store::CalendarRepository(*db).year(2026).size(), 16);
        QCOMPARE(auditRows(*db), audit + 1);
        QVERIFY2(message(&view).startsWith(QLatin1String("Saved: ")), qPrintable(message(&view)));
        // Thu 15 off: Fri 16, Mon 19, ...
        QCOMPARE(dueDates(scratch, kWednesday),
                 (QStringList{QStringLiteral("2026-10-19"), QStringLiteral("2026-10-16"),
                              QStringLiteral("2026-10-19"), QStringLiteral("2026-10-19"),
                              QStringLiteral("2026-10-20"), QStringLiteral("2026-10-22"),
                              QStringLiteral("2026-11-06")}));

        // The keyboard: from the 15th two days right to Saturday the 17th, Enter.
        ui::MonthGrid *october = view.month(10);
        october->focusDay(kThursday);
        QTest::keyClick(october, Qt::Key_Right);
        QTest::keyClick(october, Qt::Key_Right);
        QCOMPARE(october->currentItem(), october->itemOf(kSaturday));
        asked = false;
        test::whenShown<ui::CalendarDayDialog>([&asked](ui::CalendarDayDialog *dialog) {
            asked = true;
            auto *worked = test::child<QRadioButton>(dialog, "workedDay");
            QVERIFY(worked->isEnabled());
            QVERIFY(!test::child<QRadioButton>(dialog, "holiday")->isEnabled());
            worked->click();
            test::typeText(test::child<QLineEdit>(dialog, "dayNote"),
                           QStringLiteral("For the 15th"));
            dialog->accept();
        });
        QTest::keyClick(view.month(10), Qt::Key_Return);
        QVERIFY(asked);
        QCOMPARE(kindShown(view, kSaturday), DayKind::Worked);
        QCOMPARE(cellOf(view, kSaturday)->background().color(),
                 ui::MonthGrid::background(DayKind::Worked));
        QCOMPARE(auditRows(*db), audit + 2);
        test::saveShot(&view, QStringLiteral("calendar-changed-en"));
        // Fri 16, Sat 17 (worked), Mon 19, Tue 20, Wed 21, ...: each one day sooner.
        QCOMPARE(dueDates(scratch, kWednesday),
                 (QStringList{QStringLiteral("2026-10-17"), QStringLiteral("2026-10-16"),
                              QStringLiteral("2026-10-17"), QStringLiteral("2026-10-17"),
                              QStringLiteral("2026-10-19"), QStringLiteral("2026-10-21"),
                              QStringLiteral("2026-11-05")}));
        // R-AFTER-HOURS with them: papers on the holiday count from Friday;
        // papers on the worked Saturday count from that Saturday.
        QCOMPARE(calc(scratch,
                      {QStringLiteral("received"), QStringLiteral("--at"),
                       QStringLiteral("2026-10-15T10:00")},
                      QStringLiteral("effective_received")),
                 QStringLiteral("2026-10-16"));
        QCOMPARE(calc(scratch,
                      {QStringLiteral("received"), QStringLiteral("--at"),
                       QStringLiteral("2026-10-15T10:00")},
                      QStringLiteral("decision_due")),
                 QStringLiteral("2026-10-19"));
        QCOMPARE(calc(scratch,
                      {QStringLiteral("received"), QStringLiteral("--at"),
                       QStringLiteral("2026-10-17T10:00")},
                      QStringLiteral("effective_received")),
                 QStringLiteral("2026-10-17"));
        QCOMPARE(calc(scratch,
                      {QStringLiteral("received"), QStringLiteral("--at"),
                       QStringLiteral("2026-10-17T10:00")},
                      QStringLiteral("decision_due")),
                 QStringLiteral("2026-10-20"));

        // Back to an ordinary day; Cancel changes nothing.
        test::whenShown<ui::CalendarDayDialog>([](ui::CalendarDayDialog *dialog) {
            test::child<QRadioButton>(dialog, "ordinaryDay")->click();
            dialog->reject();
        });
        clickDay(view, kThursday);
        QCOMPARE(kindShown(view, kThursday), DayKind::Holiday);
        QCOMPARE(auditRows(*db), audit + 2);
        test::whenShown<ui::CalendarDayDialog>([](ui::CalendarDayDialog *dialog) {
            test::child<QRadioButton>(dialog, "ordinaryDay")->click();
            dialog->accept();
        });
        clickDay(view, kThursday);
        QCOMPARE(kindShown(view, kThursday), DayKind::Working);
        QVERIFY(!domain::WorkCalendar(store::CalendarRepository(*db).all()).exceptionOn(kThursday));
        QCOMPARE(auditRows(*db), audit + 3);
    }

    // The arrows go on into the next month and the next year.
    void keyboardCrossesMonthsAndYears()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::CalendarYearView view(*db, admin());
        view.setYear(2026);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.month(10)->focusDay(QDate(2026, 10, 31));
        QTest::keyClick(view.month(10), Qt::Key_Right);
        QCOMPARE(view.month(11)->currentItem(), view.month(11)->itemOf(QDate(2026, 11, 1)));
        QVERIFY(view.month(11)->hasFocus());
        view.month(12)->focusDay(QDate(2026, 12, 29));
        QTest::keyClick(view.month(12), Qt::Key_Down);
        QCOMPARE(view.year(), 2027);
        QCOMPARE(view.month(1)->currentItem(), view.month(1)->itemOf(QDate(2027, 1, 5)));
        QTest::keyClick(view.month(1), Qt::Key_Up);
        QCOMPARE(view.year(), 2026);
        QCOMPARE(view.month(12)->currentItem(), view.month(12)->itemOf(QDate(2026, 12, 29)));
    }

    // A day of a year the calendar lacks: the dialog says what it means.
    void R_WORKDAY_firstDayOfAYearIsExplained()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::CalendarYearView view(*db, admin());
        view.setYear(2028);
        view.show();
        QString note;
        test::whenShown<ui::CalendarDayDialog>([&note](ui::CalendarDayDialog *dialog) {
            note = test::child<QLabel>(dialog, "uncoveredYear")->text();
            test::child<QRadioButton>(dialog, "holiday")->click();
            dialog->accept();
        });
        clickDay(view, QDate(2028, 1, 3));
        QVERIFY2(note.contains(QLatin1String("holds no day of 2028")), qPrintable(note));
        QCOMPARE(test::child<QLabel>(&view, "coveredYears")->text(),
                 QStringLiteral("The calendar covers: 2024\u20132028"));
        QVERIFY(!test::child<QLabel>(&view, "yearNotCovered")->isVisible());
    }

    void R_WORKDAY_clerkReadsOnly()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const cases::Session clerk =
            test::CaseFactory(*db).loggedIn(QStringLiteral("clerk1"), Role::Clerk);
        ui::AdministrationDialog dialog(*db, clerk);
        dialog.show();
        auto *view = test::child<ui::CalendarYearView>(&dialog, "calendarPage");
        dialog.tabs()->setCurrentWidget(view);
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(view)), QStringLiteral("&Calendar"));
        view->setYear(2026);
        QVERIFY(!test::child<QPushButton>(view, "importCalendar")->isVisible());
        QVERIFY(test::child<QPushButton>(view, "exportYear")->isEnabled());
        const QByteArray rows = calendarRows(*db);
        // A dialog would block the click until closed: a one-shot look
        // (never a handler left waiting for a later test's dialog).
        bool opened = false;
        const auto lookOnce = [&opened] {
            QTimer::singleShot(100, [&opened] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<ui::CalendarDayDialog *>(w); d && d->isVisible()) {
                        opened = true;
                        d->reject();
                    }
            });
        };
        lookOnce();
        clickDay(*view, kThursday);
        QTest::qWait(200);
        lookOnce();
        QTest::keyClick(view->month(10), Qt::Key_Return);
        QTest::qWait(200);
        QVERIFY(!opened);
        QVERIFY(!view->editDay(kThursday));
        QCOMPARE(calendarRows(*db), rows);
        QCOMPARE(test::child<QLabel>(view, "calendarHint")->text(),
                 QStringLiteral("Only an administrator changes the calendar."));
        test::saveShot(&dialog, QStringLiteral("calendar-clerk-en"));
    }

    // The Deadlines tab warns from 1 November while next year is missing;
    // the same day as the desk's "today".
    void R_WORKDAY_deadlinesTabWarnsAboutNextYear()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::DeadlinesDesk desk(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("clerk1"), Role::Clerk));
        desk.resize(1100, 400);
        desk.show();
        auto *banner = test::child<QLabel>(&desk, "calendarCoverage");
        desk.refresh(QDate(2027, 10, 31));
        QVERIFY(!banner->isVisible());
        desk.refresh(QDate(2027, 11, 1));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
                 QStringLiteral("The working-day calendar has no days of 2028: deadlines in that "
                                "year are counted as plain Monday-to-Friday weeks, without its "
                                "holidays and day swaps. Ask an administrator to import the "
                                "year's calendar."));
        test::saveShot(&desk, QStringLiteral("calendar-deadlines-warning-en"));
        desk.refresh(QDate(2027, 12, 31));
        QVERIFY(banner->isVisible());
        // 2028 imported through the year view: the warning goes.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("kz-2028.csv"),
                                       "date,kind,note\n2028-01-03,holiday,New Year\n");
        ui::CalendarYearView view(*db, admin());
        test::answerNextMessageBox();
        QVERIFY(view.importFile(path));
        desk.refresh(QDate(2027, 12, 31));
        QVERIFY(!banner->isVisible());
        desk.refresh(QDate(2027, 11, 1));
        QVERIFY(!banner->isVisible());
        // On 1 November 2028 it is 2029's turn; an administrator is told where.
        ui::DeadlinesDesk adminDesk(*db, admin());
        adminDesk.show();
        adminDesk.refresh(QDate(2028, 11, 1));
        QVERIFY(test::child<QLabel>(&adminDesk, "calendarCoverage")
                    ->text()
                    .endsWith(QStringLiteral(
                        "Import the year's calendar in Tools › Administration › Calendar.")));
    }

    void screenshotsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const cases::Session adminSession =
            test::CaseFactory(*db).loggedIn(QStringLiteral("admin1"), Role::Admin);
        cases::CalendarAdministration(*db, adminSession)
            .setDay(kSaturday, Kind::Workday, QStringLiteral("Ауыстыру / перенос"));
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ui::AdministrationDialog dialog(*db, adminSession);
                auto *view = test::child<ui::CalendarYearView>(&dialog, "calendarPage");
                dialog.tabs()->setCurrentWidget(view);
                view->setYear(2026);
                dialog.show();
                test::saveShot(&dialog, QStringLiteral("calendar-admin-") + lang);
                test::whenShown<ui::CalendarDayDialog>([lang](ui::CalendarDayDialog *d) {
                    test::saveShot(d, QStringLiteral("calendar-day-") + lang);
                    d->reject();
                });
                QVERIFY(!view->editDay(kSaturday));
                test::whenShown<ui::CalendarDayDialog>([lang](ui::CalendarDayDialog *d) {
                    test::saveShot(d, QStringLiteral("calendar-day-uncovered-") + lang);
                    d->reject();
                });
                QVERIFY(!view->editDay(QDate(2030, 1, 7)));
                view->setYear(2030);
                test::saveShot(view, QStringLiteral("calendar-uncovered-") + lang);
                QTemporaryDir dir;
                const QString bad = writeFile(dir, QStringLiteral("kz-2027.csv"),
                                              "date,kind,note\n2027-01-02,holiday,x\n");
                QVERIFY(!view->importFile(bad));
                test::saveShot(view, QStringLiteral("calendar-bad-file-") + lang);
                const QString good = writeFile(dir, QStringLiteral("kz-2028.csv"),
                                               "date,kind,note\n2028-01-03,holiday,x\n");
                test::whenShown<QMessageBox>([lang](QMessageBox *box) {
                    test::saveShot(box, QStringLiteral("calendar-import-question-") + lang);
                    box->button(QMessageBox::Cancel)->click();
                });
                QVERIFY(!view->importFile(good));

                ui::DeadlinesDesk desk(*db, adminSession);
                desk.resize(1100, 360);
                desk.show();
                desk.refresh(QDate(2027, 11, 2));
                QVERIFY(test::child<QLabel>(&desk, "calendarCoverage")->isVisible());
                test::saveShot(&desk, QStringLiteral("calendar-deadlines-warning-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendar_view.moc"
