// SPDX-License-Identifier: GPL-3.0-or-later
// The main window at this stage: it opens a store and shows where it is and
// its counts; a store it cannot open is reported in a dialog, not a crash.
// With RUQSAT_SCREENSHOT_DIR set, the windows are saved there as PNG.
#include "MainWindow.h"
#include "TestStores.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ruqsat;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QLatin1String(".png"));
}

// Closes the next message box once it is shown, keeping its text.
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                saveShot(box, QStringLiteral("store-error"));
                box->accept();
                return;
            }
        }
        closeNextMessageBox(text); // not up yet
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsStoreAndCounts()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("storeLocation"))->text(), scratch.where().toString());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("schemaVersion"))->text().toInt() >= 1);
        auto *counts = window.findChild<QTableWidget *>(QStringLiteral("tableCounts"));
        bool regionsShown = false;
        for (int row = 0; row < counts->rowCount(); ++row)
            regionsShown |= counts->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("regions") &&
                            counts->item(row, 0)->text() == QLatin1String("Regions") &&
                            counts->item(row, 1)->text() == QLatin1String("20");
        QVERIFY(regionsShown);
        saveShot(&window, QStringLiteral("main-window"));
    }

    void brokenStoreGivesDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        store::ConnectionString where;
        where.path = path;
        ui::MainWindow window;
        window.show();
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!window.openStore(where));
        QVERIFY2(shown.contains(QLatin1String("not a Ruqsat database")), qPrintable(shown));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("storeLocation"))->text().contains(QLatin1String("broken.db")));
        QVERIFY(!window.database());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
