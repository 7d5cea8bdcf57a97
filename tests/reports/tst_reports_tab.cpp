// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports tab (issue #12): for every role, the figures of the report
// chosen in a table with their total and a chart (bars by month, a pie of
// the shares of each citizenship), exported to CSV and printed to PDF in
// Kazakh or Russian; after Complaints in the window. Screenshots in en, kk, ru.
#include "MainWindow.h"
#include "ReportStore.h"
#include "WidgetSupport.h"
#include "common/Application.h"
#include "reports/ReportDesk.h"
#include "reports/ReportsTab.h"

#include <QBarSeries>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QProcess>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ruqsat;
using reports::Grouping;
using reports::Kind;
using ui::ReportsTab;

namespace {

const reports::Period kSpring{QDate(2026, 1, 1), QDate(2026, 4, 30)};

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.waitForFinished();
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

class TestReportsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::lowerPasswordIterations(); }

    // The table shows the desk's lines and their total; the chart is bars by
    // month and a pie by citizenship; every grouping fills the table.
    void tableAndChart()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillReportStore(scratch, *db, false);
        const cases::Session clerk =
            test::CaseFactory(*db).loggedIn(QStringLiteral("clerk1"), records::Role::Clerk);
        ReportsTab tab(*db, clerk);
        tab.resize(1200, 640);
        tab.show();
        tab.choose(Kind::Issued, Grouping::Month, kSpring);
        const auto desk =
            reports::ReportDesk(*db, clerk.scope()).run(Kind::Issued, Grouping::Month, kSpring);
        QCOMPARE(tab.lines(), desk);
        QCOMPARE(tab.table()->rowCount(), 5); // four months and the total
        QCOMPARE(tab.table()->item(2, 0)->text(), QStringLiteral("March 2026"));
        QCOMPARE(tab.table()->item(2, 1)->text(), QStringLiteral("1"));
        QCOMPARE(tab.table()->item(3, 1)->text(),
                 QStringLiteral("1")); // April: head.a's; B's is not the clerk's
        QCOMPARE(tab.table()->item(4, 0)->text(), QStringLiteral("Total"));
        QCOMPARE(tab.table()->item(4, 1)->text(), QStringLiteral("2"));
        QCOMPARE(tab.chartView()->chart()->series().size(), 1);
        QVERIFY(qobject_cast<QBarSeries *>(tab.chartView()->chart()->series().first()));
        test::saveShot(&tab, QStringLiteral("reports-by-month-en"));

        // An administrator of no district sees every district.
        const cases::Session admin =
            test::CaseFactory(*db).loggedIn(QStringLiteral("admin1"), records::Role::Admin);
        tab.setSession(admin);
        tab.choose(Kind::Issued, Grouping::Citizenship, {QDate(2024, 1, 1), QDate(2026, 12, 31)});
        QCOMPARE(tab.lines().value(0).key, QStringLiteral("UZB")); // the factory's immigrants
        auto *pie = qobject_cast<QPieSeries *>(tab.chartView()->chart()->series().value(0));
        QVERIFY(pie);
        int total = 0;
        for (QPieSlice *slice : pie->slices())
            total += int(slice->value());
        QCOMPARE(total, reports::ReportDesk::total(tab.lines(), {}).count);
        test::saveShot(&tab, QStringLiteral("reports-by-citizenship-en"));

        tab.choose(Kind::DecisionTerm, Grouping::District,
                   {QDate(2024, 1, 1), QDate(2026, 12, 31)});
        QCOMPARE(tab.table()->columnCount(), 5);
        QCOMPARE(tab.table()->horizontalHeaderItem(4)->text(), QStringLiteral("In time, %"));
        test::saveShot(&tab, QStringLiteral("reports-decision-term-en"));

        // The ground is offered with refusals only.
        auto *by = test::child<QComboBox>(&tab, "reportGrouping");
        QCOMPARE(by->findData(int(Grouping::Ground)), -1);
        tab.choose(Kind::Refused, Grouping::Ground, {QDate(2024, 1, 1), QDate(2026, 12, 31)});
        QVERIFY(by->findData(int(Grouping::Ground)) >= 0);
        QCOMPARE(tab.grouping(), Grouping::Ground);
        for (Grouping g : reports::allGroupings()) {
            if (!reports::groups(tab.kind(), g))
                continue;
            by->setCurrentIndex(by->findData(int(g)));
            QCOMPARE(tab.lines(),
                     reports::ReportDesk(*db, admin.scope()).run(tab.kind(), g, tab.period()));
            QCOMPARE(tab.table()->rowCount(), tab.lines().size() + (g == Grouping::None ? 0 : 1));
        }

        // A period that ends before it begins: said, nothing counted.
        tab.choose(Kind::Issued, Grouping::Month, {QDate(2026, 5, 1), QDate(2026, 4, 1)});
        QVERIFY(test::child<QLabel>(&tab, "reportNote")->isVisible());
        QVERIFY(!test::child<QPushButton>(&tab, "exportCsv")->isEnabled());
        QCOMPARE(tab.table()->rowCount(), 0);
    }

    void exportCsvAndPdf()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ReportStore s = test::fillReportStore(scratch, *db, false);
        const cases::Session head = test::CaseFactory::sessionOf(s.headB);
        ReportsTab tab(*db, head);
        tab.choose(Kind::Copies, Grouping::Clerk, kSpring);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("copies.csv"));
        QCOMPARE(tab.writeCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            file.readAll(),
            QByteArray(
                "Code,Official,Copies\r\nhead.b,\"Ivanov, \"\"Vanya\"\" Ivan (head.b)\",1\r\n"));
        // The store's own file is refused, and left as it was.
        const QByteArray before = test::fileHash(scratch.where().path);
        QVERIFY(!tab.writeCsv(scratch.where().path).isEmpty());
        QCOMPARE(test::fileHash(scratch.where().path), before);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF");
        tab.setSession(
            test::CaseFactory(*db).loggedIn(QStringLiteral("admin2"), records::Role::Admin));
        tab.choose(Kind::Issued, Grouping::District, kSpring);
        const struct
        {
            domain::Language language;
            const char *code, *title, *district, *total;
        } prints[] = {
            {domain::Language::Kazakh, "kk", "Берілген рұқсаттар", "Алмалы ауданы", "Барлығы"},
            {domain::Language::Russian, "ru", "Выданные разрешения", "Алмалинский район", "Итого"}};
        for (const auto &p : prints) {
            const QString pdf =
                dir.filePath(QStringLiteral("issued-%1.pdf").arg(QLatin1String(p.code)));
            QCOMPARE(tab.writePdf(pdf, p.language), QString());
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(QString::fromUtf8(p.title)), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8(p.district)), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8(p.total)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("01.01.2026")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Almaly")), qPrintable(text)); // no English left
            if (qEnvironmentVariableIsSet("RUQSAT_SCREENSHOT_DIR"))
                QFile::copy(pdf, qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR") +
                                     QStringLiteral("/reports-") + QLatin1String(p.code) +
                                     QStringLiteral(".pdf"));
        }
    }

    // In the window: right after Complaints, not closable.
    void mainWindowShowsItAfterComplaints()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            test::fillReportStore(scratch, *db);
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        auto *areas = test::child<QTabWidget>(&window, "areas");
        QVERIFY(window.reportsTab());
        QCOMPARE(areas->indexOf(window.reportsTab()), 5);
        QCOMPARE(areas->tabText(5), QStringLiteral("Reports"));
        QCOMPARE(areas->tabText(4), QStringLiteral("Complaints"));
        QVERIFY(!areas->tabBar()->tabButton(5, QTabBar::RightSide));
        areas->setCurrentIndex(5);
        window.reportsTab()->choose(Kind::Issued, Grouping::Month, kSpring);
        QVERIFY(window.reportsTab()->table()->rowCount() > 0);
        test::saveShot(&window, QStringLiteral("reports-main-window"));
    }

    void screenshotsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillReportStore(scratch, *db);
        const cases::Session admin =
            test::CaseFactory(*db).loggedIn(QStringLiteral("admin1"), records::Role::Admin);
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ReportsTab tab(*db, admin);
                tab.resize(1200, 640);
                tab.show();
                tab.choose(Kind::Issued, Grouping::Month, {QDate(2025, 6, 1), QDate(2026, 5, 15)});
                QVERIFY(tab.table()->item(0, 0)->text() != QStringLiteral("June 2025"));
                test::saveShot(&tab, QStringLiteral("reports-month-") + lang);
                tab.choose(Kind::Issued, Grouping::Citizenship,
                           {QDate(2025, 6, 1), QDate(2026, 5, 15)});
                test::saveShot(&tab, QStringLiteral("reports-citizenship-") + lang);
                tab.choose(Kind::DecisionTerm, Grouping::Channel,
                           {QDate(2025, 6, 1), QDate(2026, 5, 15)});
                test::saveShot(&tab, QStringLiteral("reports-term-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestReportsTab)
#include "tst_reports_tab.moc"
