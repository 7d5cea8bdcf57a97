// SPDX-License-Identifier: GPL-3.0-or-later
// The history of a case as a table (itemmodels::CaseHistoryModel): when in
// local time, who, what in words, and the changes one line each, named by
// the labels of the forms; refresh()
// shows a later change; on both backends.
#include "CaseFactory.h"
#include "TestStores.h"
#include "itemmodels/CaseHistoryModel.h"
#include "store/CaseRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ruqsat;
using itemmodels::CaseHistoryModel;

class TestCaseHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsOfTheCase_data() { test::addBackendRows(); }
    void rowsOfTheCase()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        records::Application app = test::CaseFactory(*db).acceptedCase();

        CaseHistoryModel model(*db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no case yet
        model.setCase(app.id);
        QCOMPARE(model.columnCount(), int(CaseHistoryModel::ColumnCount));
        QCOMPARE(model.headerData(CaseHistoryModel::ChangesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Changes"));
        // The immigrant, the employer, the case created and registered.
        QCOMPARE(model.rowCount(), 4);
        auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CaseHistoryModel::WhatColumn),
                 QStringLiteral("Immigrant's record created"));
        QCOMPARE(cell(2, CaseHistoryModel::WhatColumn), QStringLiteral("Case created"));
        QCOMPARE(cell(3, CaseHistoryModel::WhatColumn), QStringLiteral("Case registered"));
        QVERIFY2(cell(3, CaseHistoryModel::ChangesColumn)
                     .contains(QStringLiteral("Status: Draft → Accepted")),
                 qPrintable(cell(3, CaseHistoryModel::ChangesColumn)));
        QCOMPARE(cell(3, CaseHistoryModel::WhoColumn),
                 test::recordedActor(*db, QStringLiteral("test")));

        app.occupation = QStringLiteral("няня");
        store::CaseRepository(*db).update(app, QStringLiteral("clerk1"));
        QCOMPARE(model.rowCount(), 4); // read on refresh(), not on every paint
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(cell(4, CaseHistoryModel::WhatColumn), QStringLiteral("Case edited"));
        QCOMPARE(cell(4, CaseHistoryModel::ChangesColumn),
                 QStringLiteral("Occupation: домработница → няня"));
        QCOMPARE(cell(4, CaseHistoryModel::WhoColumn),
                 test::recordedActor(*db, QStringLiteral("clerk1")));
        // When: the row's time in the desk's time zone, to the second.
        const QDateTime when = QDateTime::fromString(cell(4, CaseHistoryModel::WhenColumn),
                                                     QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        QVERIFY(when.isValid());
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 3600);
        QCOMPARE(model.index(4, CaseHistoryModel::ChangesColumn).data(Qt::ToolTipRole).toString(),
                 cell(4, CaseHistoryModel::ChangesColumn));
    }
};

QTEST_GUILESS_MAIN(TestCaseHistoryModel)
#include "tst_case_history_model.moc"
