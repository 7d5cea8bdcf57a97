// SPDX-License-Identifier: GPL-3.0-or-later
// Where a store is made and where it is refused: nothing is made in an empty
// file or database unless asked (init, a clerk who agreed), and a foreign
// database is refused before a byte of it is written, however much it looks
// like a store.
#include "TestStores.h"
#include "store/Query.h"
#include "store/SchemaMigrator.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace ruqsat;
using store::Database;
using store::StoreError;

namespace {

// What the test compares before and after: the SQLite file's bytes, or the
// PostgreSQL database's tables.
QByteArray fingerprint(const test::ScratchStore &scratch)
{
    if (scratch.isSqlite())
        return test::fileHash(scratch.where().path) + QFileInfo::exists(scratch.where().path + QLatin1String("-wal"));
    const QString name = QLatin1String("fp-") + QUuid::createUuid().toString(QUuid::Id128);
    QByteArray tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(scratch.where().host);
        db.setPort(scratch.where().port);
        db.setUserName(scratch.where().user);
        db.setDatabaseName(scratch.where().database);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() ORDER BY 1"),
                        db);
            while (q.next())
                tables += q.value(0).toString().toUtf8() + ',';
            q.finish();
            QSqlQuery rows(QStringLiteral("SELECT count(*) FROM information_schema.tables"), db);
            tables += rows.next() ? rows.value(0).toByteArray() : QByteArray("?");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

// The error open() throws, or Kind::Sql when it opened.
StoreError::Kind openError(const store::ConnectionString &where, Database::IfNoStore ifNoStore,
                           QString *message = nullptr)
{
    try {
        Database::open(where, {}, ifNoStore);
    } catch (const StoreError &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return StoreError::Kind::Sql;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestStoreOpening : public QObject
{
    Q_OBJECT
private slots:
    // A typo in --db must not leave a new store (or folder) behind.
    void missingFileMadeOnlyWhenAsked()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        store::ConnectionString where = scratch.where();
        where.path = scratch.dir() + QLatin1String("/typo/stroe.db");
        QString message;
        QCOMPARE(openError(where, Database::IfNoStore::Refuse, &message), StoreError::Kind::NoStore);
        QVERIFY2(message.contains(where.path), qPrintable(message));
        QVERIFY(!QFileInfo::exists(scratch.dir() + QLatin1String("/typo")));
        QVERIFY2(Database::howToCreate(where).contains(QLatin1String("ruqsatctl init --db sqlite:") + where.path),
                 qPrintable(Database::howToCreate(where)));
        const auto db = Database::open(where, {}, Database::IfNoStore::Create);
        QCOMPARE(db->schemaVersion(), store::SchemaMigrator::programVersion(db->dialect().kind()));
    }

    void zeroByteFileMadeOnlyWhenAsked()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        writeFile(scratch.where().path, {});
        QString message;
        QCOMPARE(openError(scratch.where(), Database::IfNoStore::Refuse, &message), StoreError::Kind::NoStore);
        QVERIFY2(message.contains(QLatin1String("empty file")), qPrintable(message));
        QCOMPARE(QFileInfo(scratch.where().path).size(), 0);
        QCOMPARE(test::fileHash(scratch.where().path), test::fileHash(QStringLiteral("/dev/null")));
        QCOMPARE(QDir(scratch.dir()).entryList(QDir::Files), QStringList{QStringLiteral("store.db")});
        const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Create);
        QVERIFY(db->schemaVersion() >= 1);
    }

    // An SQLite file without tables (another program's, just made) or an
    // empty PostgreSQL database.
    void emptyDatabaseMadeOnlyWhenAsked_data() { test::addBackendRows(); }
    void emptyDatabaseMadeOnlyWhenAsked()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        if (scratch.isSqlite()) {
            scratch.rawExec(QStringLiteral("PRAGMA user_version = 7")); // writes the header page
            QVERIFY(QFileInfo(scratch.where().path).size() > 0);
        }
        const QByteArray before = fingerprint(scratch);
        QString message;
        QCOMPARE(openError(scratch.where(), Database::IfNoStore::Refuse, &message), StoreError::Kind::NoStore);
        QVERIFY2(message.contains(QLatin1String("not changed")), qPrintable(message));
        QCOMPARE(fingerprint(scratch), before);
        const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Create);
        QVERIFY(db->schemaVersion() >= 1);
    }

    // A store opens whatever the caller would do with an empty one.
    void storeOpensWhenNotAskedToMakeOne_data() { test::addBackendRows(); }
    void storeOpensWhenNotAskedToMakeOne()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        const auto db = Database::open(scratch.where(), {}, Database::IfNoStore::Refuse);
        QCOMPARE(db->schemaVersion(), store::SchemaMigrator::programVersion(db->dialect().kind()));
    }

    // Tables that look like a store's are checked in full before anything is
    // written: the SQLite file keeps its bytes (its header too: no WAL), the
    // PostgreSQL database its tables.
    void foreignSchemaRefusedUnchanged_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("statements");
        const QString ruqsatColumns = QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "min_compatible INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            auto row = [&backend](const char *name, const QStringList &statements) {
                QTest::addRow("%s %s", qPrintable(backend), name) << backend << statements;
            };
            row("schema_version with other columns", QStringList{
                QStringLiteral("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, migrated_on TEXT)"),
                QStringLiteral("INSERT INTO schema_version VALUES (3, '2025-05-05')")});
            row("schema_version with one column more", QStringList{
                QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, "
                               "min_compatible INTEGER, applied_at TEXT, checksum TEXT)"),
                QStringLiteral("INSERT INTO schema_version VALUES (1, 'initial', 1, 'x', 'abc')")});
            row("schema_version empty", QStringList{ruqsatColumns});
            row("schema_version of another program", QStringList{
                ruqsatColumns,
                QStringLiteral("INSERT INTO schema_version VALUES (1, 'create_invoices', 1, 'x')"),
                QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")});
            row("our history without our tables", QStringList{
                ruqsatColumns, QStringLiteral("INSERT INTO schema_version VALUES (1, 'initial', 1, 'x')"),
                QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")});
            row("other tables only", QStringList{
                QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")});
        }
    }
    void foreignSchemaRefusedUnchanged()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, statements);
        test::ScratchStore scratch(backend);
        for (const QString &sql : statements)
            scratch.rawExec(sql);
        const QByteArray before = fingerprint(scratch);
        QVERIFY(!before.isEmpty());
        for (const auto ifNoStore : {Database::IfNoStore::Create, Database::IfNoStore::Refuse}) {
            QString message;
            QCOMPARE(openError(scratch.where(), ifNoStore, &message), StoreError::Kind::NotRuqsat);
            QVERIFY2(message.contains(QLatin1String("not a Ruqsat database")), qPrintable(message));
            QCOMPARE(fingerprint(scratch), before);
        }
    }

    // A store whose recorded history was tampered with (a version renamed)
    // is not taken for ours either, nor one that lost a table.
    void tamperedStoreRefused_data() { test::addBackendRows(); }
    void tamperedStoreRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        scratch.rawExec(QStringLiteral("UPDATE schema_version SET name = 'something_else' WHERE version = 1"));
        QCOMPARE(openError(scratch.where(), Database::IfNoStore::Create), StoreError::Kind::NotRuqsat);
        scratch.rawExec(QStringLiteral("UPDATE schema_version SET name = 'initial' WHERE version = 1"));
        QCOMPARE(openError(scratch.where(), Database::IfNoStore::Create), StoreError::Kind::Sql); // opens
        scratch.rawExec(QStringLiteral("DROP TABLE family_members"));
        QString message;
        QCOMPARE(openError(scratch.where(), Database::IfNoStore::Create, &message), StoreError::Kind::NotRuqsat);
        QVERIFY2(message.contains(QLatin1String("family_members")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestStoreOpening)
#include "tst_store_opening.moc"
