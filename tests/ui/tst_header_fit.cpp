// SPDX-License-Identifier: GPL-3.0-or-later
// A register's columns on a first start: wide enough for their titles and
// for the texts of the first rows, which came with the first page; rows
// further down are never read for it, and one long name does not take the
// whole width.
#include "common/HeaderFit.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ruqsat;

class TestHeaderFit : public QObject
{
    Q_OBJECT
private slots:
    void fitsTitlesAndFirstRowsOnly()
    {
        QStandardItemModel model(1000, 3);
        const QString title = QStringLiteral("Рұқсаттың қолданылу мерзімінің аяқталуы");
        model.setHorizontalHeaderLabels({QStringLiteral("No."), title, QStringLiteral("Employer")});
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setItem(row, 0, new QStandardItem(QString::number(row)));
            model.setItem(row, 1, new QStandardItem(QStringLiteral("x")));
            model.setItem(row, 2, new QStandardItem(QStringLiteral("Short")));
        }
        const QString received = QStringLiteral("24 Nov 2026 17:26:00");
        model.item(ui::kRowsFitted - 1, 0)->setText(received);
        model.item(ui::kRowsFitted, 0)->setText(received + received); // past the rows read
        model.item(3, 2)->setText(QString(200, u'W'));                  // a very long name
        QTableView view;
        view.setModel(&model);
        for (int column = 0; column < 3; ++column)
            view.setColumnWidth(column, 20);
        ui::fitSectionsToTitles(view.horizontalHeader());

        const QFontMetrics cells(view.font());
        const QFontMetrics titles(view.horizontalHeader()->font());
        const int first = view.columnWidth(0);
        QVERIFY(first > cells.horizontalAdvance(received));
        QVERIFY(first < cells.horizontalAdvance(received + received));
        QVERIFY(view.columnWidth(1) > titles.horizontalAdvance(title));
        QVERIFY(view.columnWidth(2) < cells.horizontalAdvance(QString(200, u'W')));
        QVERIFY(view.columnWidth(2) >= cells.averageCharWidth() * 36);

        // Never narrower than it was.
        view.setColumnWidth(0, 2000);
        ui::fitSectionsToTitles(view.horizontalHeader());
        QCOMPARE(view.columnWidth(0), 2000);
    }
};

QTEST_MAIN(TestHeaderFit)
#include "tst_header_fit.moc"
