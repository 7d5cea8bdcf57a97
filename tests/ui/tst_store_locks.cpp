// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's own code on the store's folder never opens the store's files, so
// this process keeps SQLite's locks: a file dialog showing the folder (its
// file-info gatherer done), and an attempt to attach the store file itself
// as a scan. Afterwards another process opens, writes and closes the store,
// this process writes again, and a third process sees every write; this
// process holds no deleted -wal (SharedStoreProbe).
#include "CaseFactory.h"
#include "SharedStoreProbe.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "cases/CaseView.h"
#include "common/FileDialogs.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace ruqsat;

class TestStoreLocks : public QObject
{
    Q_OBJECT
private slots:
    void fileDialogOnStoreFolderKeepsItShared()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::SharedStoreProbe probe(*db);
        probe.writeFirst();
        {
            // As Attach scans…, File › Open and Browse… show it.
            const auto dialog = ui::makeFileDialog(nullptr, QStringLiteral("Attach scans"), scratch.dir(),
                                                   QStringLiteral("All files (*)"));
            auto *model = dialog->findChild<QFileSystemModel *>();
            QVERIFY(model);
            QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
            dialog->show();
            QTRY_VERIFY(!loaded.isEmpty());
            // The gatherer's entries reach the model as queued events; the
            // model asks the icon provider for each entry's type then.
            const QModelIndex folder = model->index(scratch.dir());
            QTRY_COMPARE(model->rowCount(folder), 3); // store.db, -wal, -shm
            for (int row = 0; row < 3; ++row)
                QTRY_VERIFY(!model->type(model->index(row, 0, folder)).isEmpty());
            QTest::qWait(200); // the views paint the entries' icons
            test::saveShot(dialog.get(), QStringLiteral("file-dialog-on-store-folder"));
        }
        const QStringList problems = probe.writeAroundAnotherProcess();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Dropped on a case or picked in Attach scans…: refused before it is
    // read, by its identity (here under another name too).
    void attachingTheStoreFileIsRefused()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::SharedStoreProbe probe(*db);
        probe.writeFirst();
        const test::CaseFactory factory(*db);
        const records::Application app = factory.acceptedCase();
        ui::CaseView view(*db, factory.loggedIn(QStringLiteral("clerk1"), records::Role::Clerk), app.id);
        view.show();
        const QString alias = scratch.dir() + QLatin1String("/scan.pdf");
        QVERIFY(QFile::link(scratch.where().path + QLatin1String("-wal"), alias));
        QString shown;
        test::answerNextMessageBox(&shown, true, QStringLiteral("attach-store-file-refused"));
        view.attachFiles({scratch.where().path, alias});
        QCOMPARE(shown.count(QLatin1String("belongs to the open Ruqsat store")), 2);
        QCOMPARE(view.scans()->count(), 0);
        const QStringList problems = probe.writeAroundAnotherProcess();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestStoreLocks)
#include "tst_store_locks.moc"
