// SPDX-License-Identifier: GPL-3.0-or-later
// The Quotas tab (issue #12, R-QUOTA): every role reads the figures, only an
// administrator is offered "Change limit...", which opens the
// administrators' quotas page on the tab's year; a quota with 10% or less
// free is coloured and says so; the chart draws the chosen quota's use by
// month against its limit. Screenshots in en, kk and ru.
#include "MainWindow.h"
#include "QuotaStore.h"
#include "WidgetSupport.h"
#include "admin/QuotasPage.h"
#include "cases/CaseView.h"
#include "cases/PoliceAnswerDialog.h"
#include "common/Application.h"
#include "common/UrgencyDelegate.h"
#include "itemmodels/Roles.h"
#include "quotas/QuotasTab.h"
#include "users/LoginDialog.h"

#include <QAction>
#include <QChartView>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace ruqsat;
using ui::QuotasTab;

namespace {

const QDate kToday(2026, 5, 15);

int rowOf(QTableWidget *table, int column, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

QList<QPointF> points(QChartView *view, int series)
{
    const auto all = view->chart()->series();
    if (series >= all.size())
        return {};
    return static_cast<QLineSeries *>(all.at(series))->points();
}

} // namespace

class TestQuotasTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::lowerPasswordIterations(); }

    void changeLimitForAdministratorsOnly_data()
    {
        QTest::addColumn<records::Role>("role");
        QTest::addColumn<bool>("offered");
        QTest::newRow("administrator") << records::Role::Admin << true;
        QTest::newRow("head") << records::Role::Head << false;
        QTest::newRow("clerk") << records::Role::Clerk << false;
    }
    void changeLimitForAdministratorsOnly()
    {
        QFETCH(records::Role, role);
        QFETCH(bool, offered);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillQuotaStore(scratch, *db);
        const cases::Session session =
            test::CaseFactory(*db).loggedIn(QStringLiteral("someone"), role);
        QuotasTab tab(*db, session);
        tab.setYear(2026);
        tab.refresh(kToday);
        tab.show();
        auto *change = test::child<QPushButton>(&tab, "changeLimit");
        QCOMPARE(change->isVisible(), offered);
        // Every role reads the same figures, whatever its districts.
        QCOMPARE(tab.table()->rowCount(), 3);
        if (role == records::Role::Clerk)
            test::saveShot(&tab, QStringLiteral("quotas-clerk-en"));
    }

    void R_QUOTA_warningAtTenPercentOrLess()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        QuotasTab tab(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("clerk1"), records::Role::Clerk));
        tab.resize(1100, 640);
        tab.setYear(2026);
        tab.refresh(kToday);
        tab.show();
        QTableWidget *table = tab.table();
        const QColor warning = ui::UrgencyDelegate::background(int(itemmodels::Urgency::Overdue));
        const int astana = rowOf(table, QuotasTab::RegionColumn, QStringLiteral("Astana"));
        const int almaty = rowOf(table, QuotasTab::RegionColumn, QStringLiteral("Almaty"));
        const int shymkent = rowOf(table, QuotasTab::RegionColumn, QStringLiteral("Shymkent"));
        QVERIFY(astana >= 0 && almaty >= 0 && shymkent >= 0);
        // Astana: 2, 1 in force, 1 reserved, 0 free: coloured and said.
        const QStringList astanaCells{QStringLiteral("Astana"), QStringLiteral("2026"),
                                      QStringLiteral("2"),      QStringLiteral("1"),
                                      QStringLiteral("1"),      QStringLiteral("0")};
        for (int c = QuotasTab::RegionColumn; c <= QuotasTab::FreeColumn; ++c)
            QCOMPARE(table->item(astana, c)->text(), astanaCells.at(c));
        QCOMPARE(table->item(astana, QuotasTab::WarningColumn)->text(),
                 QStringLiteral("Places free: 0 of 2 (10% or less)."));
        QCOMPARE(table->item(astana, QuotasTab::FreeColumn)->background().color(), warning);
        QCOMPARE(table->item(astana, QuotasTab::WarningColumn)->background().color(), warning);
        QVERIFY(!table->item(shymkent, QuotasTab::WarningColumn)->text().isEmpty());
        // Almaty: 3 of 8 free (37%): neither.
        QCOMPARE(table->item(almaty, QuotasTab::FreeColumn)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(almaty, QuotasTab::WarningColumn)->text(), QString());
        QCOMPARE(table->item(almaty, QuotasTab::FreeColumn)->background().style(), Qt::NoBrush);

        // More places, no warning; at exactly 10% free it shows.
        store::QuotaRepository(*db).setQuota(s.almaty, 2026, 50,
                                             QStringLiteral("admin")); // 45 free
        tab.refresh(kToday);
        QCOMPARE(table->item(almaty, QuotasTab::WarningColumn)->text(), QString());
        store::QuotaRepository(*db).setQuota(s.almaty, 2026, 10, QStringLiteral("admin")); // 5 free
        tab.refresh(kToday);
        QCOMPARE(table->item(almaty, QuotasTab::FreeColumn)->text(), QStringLiteral("5"));
        QCOMPARE(table->item(almaty, QuotasTab::WarningColumn)->text(), QString());
        const test::CaseFactory f(*db);
        for (int i = 0; i < 4; ++i) // 7 in force and 2 reserved: 1 of 10 free
            f.issuePermit(f.acceptedCase(), QDate(2026, 4, 1), QDate(2026, 9, 30));
        tab.refresh(kToday);
        QCOMPARE(table->item(almaty, QuotasTab::FreeColumn)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(almaty, QuotasTab::WarningColumn)->text(),
                 QStringLiteral("Places free: 1 of 10 (10% or less)."));
        QCOMPARE(table->item(almaty, QuotasTab::FreeColumn)->background().color(), warning);
        test::saveShot(&tab, QStringLiteral("quotas-warning-en"));
    }

    void chartDrawsTheUseAgainstTheLimit()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillQuotaStore(scratch, *db);
        QuotasTab tab(*db, {});
        tab.resize(1100, 640);
        tab.setYear(2026);
        tab.refresh(kToday);
        tab.show();
        const int almaty = rowOf(tab.table(), QuotasTab::RegionColumn, QStringLiteral("Almaty"));
        tab.table()->selectRow(almaty);
        QCOMPARE(tab.chartView()->chart()->title(),
                 QStringLiteral("Permits issued on the quota of Almaty, 2026"));
        // January to May (today), cumulative; the limit across the year.
        QCOMPARE(points(tab.chartView(), 0),
                 (QList<QPointF>{{1, 1}, {2, 2}, {3, 4}, {4, 4}, {5, 4}}));
        QCOMPARE(points(tab.chartView(), 1), (QList<QPointF>{{1, 8}, {12, 8}}));
        test::saveShot(&tab, QStringLiteral("quotas-en"));

        // The chosen quota stays chosen when the figures are read again.
        tab.refresh(kToday);
        QCOMPARE(tab.table()->currentRow(), almaty);
        QVERIFY(tab.chartView()->chart()->title().contains(QStringLiteral("Almaty")));
        const int astana = rowOf(tab.table(), QuotasTab::RegionColumn, QStringLiteral("Astana"));
        tab.table()->selectRow(astana);
        QCOMPARE(points(tab.chartView(), 0),
                 (QList<QPointF>{{1, 0}, {2, 1}, {3, 1}, {4, 1}, {5, 1}}));
        QCOMPARE(points(tab.chartView(), 1), (QList<QPointF>{{1, 2}, {12, 2}}));
    }

    void yearChooserReadsThatYear()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillQuotaStore(scratch, *db);
        QuotasTab tab(*db, {});
        tab.show();
        tab.refresh(kToday);
        auto *year = test::child<QSpinBox>(&tab, "quotaTabYear");
        auto *empty = test::child<QLabel>(&tab, "noQuota");
        year->setValue(2025);
        QCOMPARE(tab.table()->rowCount(), 1);
        QCOMPARE(tab.table()->item(0, QuotasTab::LimitColumn)->text(), QStringLiteral("5"));
        QVERIFY(!empty->isVisible());
        year->setValue(2031);
        QCOMPARE(tab.table()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No quota is set for 2031."));
        QVERIFY(tab.chartView()->chart()->series().isEmpty());
        year->setValue(2026);
        QCOMPARE(tab.table()->rowCount(), 3);
    }

    // "Change limit..." is the administrators' page on the tab's year; what
    // is saved there is on the tab when the dialog closes.
    void changeLimitOpensTheQuotasPage()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillQuotaStore(scratch, *db);
        QuotasTab tab(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin1"), records::Role::Admin));
        tab.setYear(2026);
        tab.refresh(kToday);
        tab.show();
        int pageYear = 0;
        test::whenShown<QDialog>([&pageYear](QDialog *dialog) {
            auto *page = test::child<ui::QuotasPage>(dialog, "quotasPage");
            pageYear = test::child<QSpinBox>(page, "quotaYear")->value();
            auto *table = test::child<QTableWidget>(page, "quotasTable");
            const int almaty = rowOf(table, ui::QuotasPage::RegionColumn, QStringLiteral("Almaty"));
            QVERIFY(almaty >= 0);
            test::typeCell(table, almaty, ui::QuotasPage::PlacesColumn, QStringLiteral("12"));
            test::saveShot(dialog, QStringLiteral("quotas-change-limit-en"));
            dialog->reject();
        });
        test::child<QPushButton>(&tab, "changeLimit")->click();
        QCOMPARE(pageYear, 2026);
        const int almaty = rowOf(tab.table(), QuotasTab::RegionColumn, QStringLiteral("Almaty"));
        QCOMPARE(tab.table()->item(almaty, QuotasTab::LimitColumn)->text(), QStringLiteral("12"));
        QCOMPARE(tab.table()->item(almaty, QuotasTab::FreeColumn)->text(), QStringLiteral("7"));
    }

    // In the window: right after Permits, not closable, read again on
    // File > Refresh, and one tab still after another store is opened.
    void mainWindowShowsItAfterPermits()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        test::QuotaStore s;
        {
            const auto db = scratch.open();
            s = test::fillQuotaStore(scratch, *db);
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        auto *areas = test::child<QTabWidget>(&window, "areas");
        QVERIFY(window.quotasTab());
        QCOMPARE(areas->indexOf(window.quotasTab()), 3);
        QCOMPARE(areas->tabText(3), QStringLiteral("Quotas"));
        QCOMPARE(areas->tabText(2), QStringLiteral("Permits"));
        QVERIFY(!areas->tabBar()->tabButton(3, QTabBar::RightSide));
        window.quotasTab()->setYear(2026);
        const int almaty =
            rowOf(window.quotasTab()->table(), QuotasTab::RegionColumn, QStringLiteral("Almaty"));
        QCOMPARE(window.quotasTab()->table()->item(almaty, QuotasTab::LimitColumn)->text(),
                 QStringLiteral("8"));
        store::QuotaRepository(*window.database())
            .setQuota(s.almaty, 2026, 9, QStringLiteral("admin"));
        QAction *refresh = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = a;
        QVERIFY(refresh);
        refresh->trigger();
        QCOMPARE(window.quotasTab()->table()->item(almaty, QuotasTab::LimitColumn)->text(),
                 QStringLiteral("9"));
        areas->setCurrentIndex(3);
        test::saveShot(&window, QStringLiteral("quotas-main-window"));

        // Another store, where a clerk logs in: the tab reads that store,
        // for that clerk.
        test::ScratchStore other(QStringLiteral("sqlite"));
        test::CaseFactory(*other.open()).account(QStringLiteral("clerk2"), records::Role::Clerk);
        test::whenShown<ui::LoginDialog>([](ui::LoginDialog *login) {
            test::child<QLineEdit>(login, "login")->setText(QStringLiteral("clerk2"));
            test::child<QLineEdit>(login, "password")
                ->setText(test::CaseFactory::accountPassword());
            login->accept();
        });
        QVERIFY(window.openStore(other.where()));
        QVERIFY(!test::child<QPushButton>(window.quotasTab(), "changeLimit")->isVisible());
        int tabs = 0;
        for (int i = 0; i < areas->count(); ++i)
            tabs += qobject_cast<QuotasTab *>(areas->widget(i)) ? 1 : 0;
        QCOMPARE(tabs, 1);
        QCOMPARE(areas->indexOf(window.quotasTab()), 3);
        window.quotasTab()->setYear(2026);
        QCOMPARE(window.quotasTab()->table()->rowCount(), 0); // the new store has none
    }

    // The head's question before issuing names the free places of the
    // quota the permit would take; Cancel issues nothing.
    void R_QUOTA_issueQuestionShowsTheFreePlaces()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const int year = QDate::currentDate().year(); // the year the issue step takes
        store::QuotaRepository(*db).setQuota(s.almaty, year, 8, QStringLiteral("admin"));
        const int free = store::QuotaRepository(*db).find(s.almaty, year)->free();
        const records::Application app = test::CaseFactory(*db).acceptedCase();
        ui::CaseView view(*db, {QString(), QStringLiteral("head1"), records::Role::Head, {}},
                          app.id);
        view.show();
        test::answerNextMessageBox();
        QVERIFY(view.sendToPolice());
        test::whenShown<ui::PoliceAnswerDialog>([](ui::PoliceAnswerDialog *d) { d->accept(); });
        QVERIFY(view.recordPoliceAnswer(true));
        QString question;
        test::whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            test::saveShot(box, QStringLiteral("quotas-issue-question-en"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!view.issuePermit());
        QVERIFY2(
            question.contains(QStringLiteral("Free places in the quota of Almaty, %1: %2 of 8.")
                                  .arg(year)
                                  .arg(free)),
            qPrintable(question));
        QCOMPARE(store::QuotaRepository(*db).find(s.almaty, year)->free(), free);
    }

    void screenshotsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillQuotaStore(scratch, *db);
        const cases::Session admin =
            test::CaseFactory(*db).loggedIn(QStringLiteral("admin1"), records::Role::Admin);
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                QuotasTab tab(*db, admin);
                tab.resize(1100, 640);
                tab.setYear(2026);
                tab.refresh(kToday);
                tab.show();
                tab.table()->selectRow(
                    rowOf(tab.table(), QuotasTab::RegionColumn, QStringLiteral("Алматы")));
                QVERIFY(tab.chartView()->chart()->title().contains(QStringLiteral("Алматы")));
                test::saveShot(&tab, QStringLiteral("quotas-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestQuotasTab)
#include "tst_quotas_tab.moc"
