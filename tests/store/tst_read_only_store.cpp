// SPDX-License-Identifier: GPL-3.0-or-later
// A store this process may read but not write (a read-only file, or a
// read-only folder that cannot take SQLite's -wal and -shm) opens for
// reading: registers, lists and printing work, and every write is refused
// with words that say so, never as a damaged store. As root (CI), the test
// first gives up the capabilities that ignore permission bits.
#include "CaseFactory.h"
#include "FilePermissions.h"
#include "TestStores.h"
#include "printing/FormLoader.h"
#include "store/CaseRegisterRepository.h"
#include "store/PermitRegisterRepository.h"
#include "store/Query.h"
#include "store/SchemaMigrator.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ruqsat;
using store::Database;
using store::StoreError;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QString out, err;
};

CtlRun ctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("RUQSAT_CTL"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A store with demo cases and permits, one of them printed (so the QR key exists).
void fill(const test::ScratchStore &scratch, bool printedOnce, QString *permit)
{
    const auto db = scratch.open();
    test::CaseFactory(*db).writeDemoPeople(40, 3, QDate(2026, 3, 2));
    *permit = store::Query(*db, QStringLiteral("SELECT min(number) FROM permits")).scalar().toString();
    if (printedOnce)
        printing::FormLoader(*db).load(printing::Form::Permit, *permit, {printing::Language::Kazakh});
}

// Reading works and writing is refused as read-only, never as damage.
void checkReadsButRefusesWrites(const Database &db)
{
    QVERIFY(db.isReadOnly());
    QVERIFY(store::CaseRegisterRepository(db).count({}) > 0);
    QVERIFY(store::PermitRegisterRepository(db).count({}) > 0);
    QVERIFY(!store::SettingsRepository(db).textSettings().isEmpty());
    try {
        store::SettingsRepository(db).setText(QStringLiteral("provider.work_start"), QStringLiteral("08:00"),
                                              QStringLiteral("test"));
        QFAIL("a read-only store took a write");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
        QVERIFY2(e.message().contains(QLatin1String("saving is not possible")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("damaged")), qPrintable(e.message()));
    }
    // The register's counting thread opens a second connection: read-only too.
    const auto another = db.openAnother();
    QVERIFY(another->isReadOnly());
    QVERIFY(store::CaseRegisterRepository(*another).count({}) > 0);
    QVERIFY_THROWS_EXCEPTION(StoreError, store::execute(*another, QStringLiteral("DELETE FROM counters")));
}

} // namespace

class TestReadOnlyStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(test::obeyFilePermissions(&why), qPrintable(why));
    }

    void readOnlyFolderOpensForReading()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QString permit;
        fill(scratch, true, &permit);
        const QByteArray before = test::fileHash(scratch.where().path);
        const QStringList filesBefore = QDir(scratch.dir()).entryList(QDir::Files);
        {
            test::ReadOnlyFor folder(scratch.dir());
            QVERIFY(folder.done());
            const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Refuse);
            checkReadsButRefusesWrites(*db);
            QCOMPARE(printing::FormLoader(*db).load(printing::Form::Permit, permit, {printing::Language::Kazakh}).size(), 1);
        }
        QCOMPARE(test::fileHash(scratch.where().path), before);
        QCOMPARE(QDir(scratch.dir()).entryList(QDir::Files), filesBefore);
    }

    void readOnlyFileOpensForReading()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QString permit;
        fill(scratch, true, &permit);
        const QByteArray before = test::fileHash(scratch.where().path);
        {
            test::ReadOnlyFor file(scratch.where().path);
            QVERIFY(file.done());
            const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Refuse);
            checkReadsButRefusesWrites(*db);
        }
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    // The QR key of a store that never printed cannot be made read-only.
    void firstPermitPrintNeedsAWritableStore()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QString permit;
        fill(scratch, false, &permit);
        test::ReadOnlyFor folder(scratch.dir());
        const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Refuse);
        try {
            printing::FormLoader(*db).load(printing::Form::Permit, permit, {printing::Language::Kazakh});
            QFAIL("printed a permit without a kept QR key");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QLatin1String("can only be read")), qPrintable(e.message()));
        }
    }

    // A store of an older schema needs writing before use: refused, and said why.
    void olderStoreNotUpgradedReadOnly()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const int program = scratch.open()->schemaVersion();
        scratch.rawExec(QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(program));
        const QByteArray before = test::fileHash(scratch.where().path);
        test::ReadOnlyFor folder(scratch.dir());
        try {
            Database::open(scratch.where(), {}, Database::IfNoStore::Refuse);
            QFAIL("opened a store that needs a migration, read-only");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QLatin1String("must be upgraded")), qPrintable(e.message()));
        }
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    void noStoreMadeInReadOnlyFolder()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        test::ReadOnlyFor folder(scratch.dir());
        try {
            Database::open(scratch.where(), {}, Database::IfNoStore::Create);
            QFAIL("made a store in a read-only folder");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QLatin1String("read-only")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(scratch.where().path));
    }

    // ruqsatctl reads a read-only store and refuses to write it, exit 1.
    void ctlReadsAndRefusesWrites()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("RUQSAT_CTL"), "run through ctest");
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QString permit;
        fill(scratch, true, &permit);
        const QString db = scratch.where().toString();
        const QByteArray before = test::fileHash(scratch.where().path);
        test::ReadOnlyFor folder(scratch.dir());
        const CtlRun status = ctl({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(status.out.toUtf8()).isObject());
        const CtlRun cases = ctl({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json"),
                                  QStringLiteral("--db"), db});
        QCOMPARE(cases.exitCode, 0);
        QVERIFY(cases.out.count(u'\n') > 0);
        const CtlRun permits = ctl({QStringLiteral("permits"), QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--db"), db});
        QCOMPARE(permits.exitCode, 0);
        QVERIFY(permits.out.contains(permit));
        for (const QStringList &write :
             {QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("provider.work_start"),
                          QStringLiteral("08:00")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--seed"),
                          QStringLiteral("99")}}) {
            const CtlRun r = ctl(write + QStringList{QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("saving is not possible")), qPrintable(r.err));
        }
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyStore)
#include "tst_read_only_store.moc"
