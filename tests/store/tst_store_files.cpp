// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing but SQLite opens the files of a store this process holds: they are
// known by device and inode, and opening the same store again inspects it
// through SQLite alone, so another process never finds it unlocked.
#include "SharedStoreProbe.h"
#include "TestStores.h"
#include "store/StoreFiles.h"

#include <QFile>
#include <QTest>
#include <unistd.h>

using namespace ruqsat;

class TestStoreFiles : public QObject
{
    Q_OBJECT
private slots:
    void storeFilesKnownByIdentity()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const QString path = scratch.where().path;
        const QString link = scratch.dir() + QLatin1String("/link.db");
        const QString hardLink = scratch.dir() + QLatin1String("/hard.db");
        const QString copy = scratch.dir() + QLatin1String("/copy.db");
        {
            const auto db = scratch.open();
            QVERIFY(QFile::link(path, link));
            QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()), 0);
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(store::isOpenStoreFile(path));
            QVERIFY(store::isOpenStoreFile(path + QLatin1String("-wal")));
            QVERIFY(store::isOpenStoreFile(path + QLatin1String("-shm")));
            QVERIFY(store::isOpenStoreFile(link));     // another name, the same file
            QVERIFY(store::isOpenStoreFile(hardLink)); // another directory entry, the same inode
            QVERIFY(store::isOpenStoreFile(scratch.dir() + QLatin1String("/./store.db")));
            QVERIFY(!store::isOpenStoreFile(copy)); // the same bytes, another file
            QVERIFY(!store::isOpenStoreFile(scratch.dir()));
            QVERIFY(!store::isOpenStoreFile(scratch.dir() + QLatin1String("/missing.pdf")));
            QVERIFY(!store::isOpenStoreFile(QString()));
            QVERIFY2(store::openStoreFileRefusal(link).contains(QLatin1String("belongs to the open Ruqsat store")),
                     qPrintable(store::openStoreFileRefusal(link)));
            QVERIFY(store::openStoreFileRefusal(copy).isEmpty());
            // A second connection (the register's counting thread) and its end.
            {
                const auto another = db->openAnother();
                QVERIFY(store::isOpenStoreFile(path));
            }
            QVERIFY(store::isOpenStoreFile(path));
        }
        QVERIFY(!store::isOpenStoreFile(path)); // closed: the file is the clerk's again
        QVERIFY(!store::isOpenStoreFile(link));
    }

    // File > Open of the store already open (and tests, and a second
    // Database::open) inspect the file again. Reading its header with
    // anything but SQLite dropped this process's locks: another process then
    // checkpointed and deleted the WAL under it.
    void openingTheOpenStoreAgainKeepsItShared()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::SharedStoreProbe probe(*db);
        probe.writeFirst();
        scratch.open(); // opened, inspected and closed again in this process
        const QStringList problems = probe.writeAroundAnotherProcess();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_store_files.moc"
