// SPDX-License-Identifier: GPL-3.0-or-later
// The History tab of a case (ui::CaseHistoryView in ui::CaseView): the
// clerk saves the checklist at intake and reads who did it and each
// document's state before and after; a scan attached while the history is
// on screen shows at once; the pane under the table holds a whole row.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "audit/CaseHistoryView.h"
#include "cases/CaseView.h"
#include "itemmodels/CaseHistoryModel.h"
#include "store/CaseRepository.h"

#include <QImage>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using itemmodels::CaseHistoryModel;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), records::Role::Clerk};

// The last row of the history whose step reads `what`; -1 if none.
int lastRow(const QAbstractItemModel *model, const QString &what)
{
    for (int row = model->rowCount() - 1; row >= 0; --row)
        if (model->index(row, CaseHistoryModel::WhatColumn).data().toString() == what)
            return row;
    return -1;
}

} // namespace

class TestCaseHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void checklistSavedShowsBeforeAndAfter_data() { test::addBackendRows(); }
    void checklistSavedShowsBeforeAndAfter()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        records::Application app = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository(*db).setStatus(app, records::CaseStatus::Submitted,
                                             QStringLiteral("test"));

        ui::CaseView view(*db, kClerk, app.id);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        test::typeChecklist(view.checklist(), QDate(2026, 3, 20), 6, test::iitDue2026(6));
        test::allConformOnArrival(&view);
        QVERIFY(view.decideIntake()); // saves the checklist and accepts

        auto *tabs = test::child<QTabWidget>(&view, "caseTabs");
        tabs->setCurrentWidget(view.history());
        QVERIFY(view.history()->isVisible());
        QTableView *table = view.history()->table();
        const QAbstractItemModel *model = table->model();
        const int saved = lastRow(model, QStringLiteral("Checklist saved"));
        QVERIFY(saved >= 0);
        QCOMPARE(model->index(saved, CaseHistoryModel::WhoColumn).data().toString(),
                 test::recordedActor(*db, kClerk.login));
        const QString changes =
            model->index(saved, CaseHistoryModel::ChangesColumn).data().toString();
        // Each document by its name, each field by its label.
        const QString insurance = QStringLiteral("Imputed medical insurance contract / ");
        QVERIFY2(changes.contains(insurance + QStringLiteral("State: — → Present")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(insurance + QStringLiteral("Valid until: — → ")),
                 qPrintable(changes));
        const int accepted = lastRow(model, QStringLiteral("Status set: Accepted"));
        QVERIFY2(accepted > saved, qPrintable(QString::number(accepted)));
        QVERIFY(model->index(accepted, CaseHistoryModel::ChangesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Status: Submitted → Accepted")));

        // Chosen, the row is read whole in the pane under the table.
        table->setCurrentIndex(model->index(saved, CaseHistoryModel::WhatColumn));
        const QString details =
            test::child<QPlainTextEdit>(view.history(), "caseHistoryDetails")->toPlainText();
        QVERIFY2(details.contains(QLatin1String("Checklist saved")) && details.contains(changes),
                 qPrintable(details));
        test::saveShot(&view, QStringLiteral("case-history"));

        // Changed while on screen, the history shows it at once, as its newest row.
        QTemporaryDir files;
        QImage scan(200, 100, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(scan.save(files.filePath(QStringLiteral("passport.png"))));
        const int before = model->rowCount();
        view.attachFiles({files.filePath(QStringLiteral("passport.png"))});
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(lastRow(model, QStringLiteral("Scan attached")), before);
        QVERIFY(model->index(before, CaseHistoryModel::ChangesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("file: passport.png")));
    }
};

QTEST_MAIN(TestCaseHistoryView)
#include "tst_case_history_view.moc"
