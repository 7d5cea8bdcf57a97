// SPDX-License-Identifier: GPL-3.0-or-later
// The scans of a case (ScansBox in CaseView): a scan attached and removed
// with the buttons, each written to the case's history, and what the clerk
// typed in the checklist and has not saved stays on screen meanwhile.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "audit/CaseHistoryView.h"
#include "cases/CaseView.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTableView>

using namespace ruqsat;

class TestScansBox : public QObject
{
    Q_OBJECT
private slots:
    void removingAScanKeepsTheTypedChecklist()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        records::Application app = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository(*db).setStatus(app, records::CaseStatus::Submitted, QStringLiteral("test"));
        const cases::Session clerk{QString(), QStringLiteral("clerk1"), records::Role::Clerk};
        ui::CaseView view(*db, clerk, app.id);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir files;
        view.attachFiles({test::writeScan(files, QStringLiteral("passport.png"))});
        QCOMPARE(view.scans()->count(), 1);

        // The clerk types a passport number, then removes the scan.
        QTableWidget *checklist = view.checklist();
        const int passport = test::checklistRow(checklist, QStringLiteral("passport"));
        test::typeCell(checklist, passport, 4, QStringLiteral("FA1234567"));
        view.scans()->setCurrentRow(0);
        // With the History tab in front, its rows grow as the scan goes.
        auto *tabs = view.findChild<QTabWidget *>();
        tabs->setCurrentWidget(view.history());
        const int historyBefore = view.history()->table()->model()->rowCount();
        test::child<QPushButton>(&view, "removeScan")->click();
        QCOMPARE(view.history()->table()->model()->rowCount(), historyBefore + 1);
        tabs->setCurrentIndex(0);
        QCOMPARE(view.scans()->count(), 0);
        QVERIFY(store::AttachmentRepository(*db).forApplication(app.id).isEmpty());
        QCOMPARE(checklist->item(passport, 4)->text(), QStringLiteral("FA1234567"));
        // With none chosen, "Remove scan" does nothing.
        view.attachFiles({test::writeScan(files, QStringLiteral("visa.png"))});
        view.scans()->setCurrentRow(-1);
        QTest::mouseClick(test::child<QPushButton>(&view, "removeScan"), Qt::LeftButton);
        QCOMPARE(view.scans()->count(), 1);
    }
};

QTEST_MAIN(TestScansBox)
#include "tst_scans_box.moc"
