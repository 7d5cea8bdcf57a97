// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteInspection.h"

#include "SchemaCheck.h"
#include "SchemaMigrator.h"
#include "StoreError.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ruqsat::store {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::SqliteInspection)
};

// A full quick_check reads every page; past this size it would slow every
// start, so large files rely on the header, the schema and later reads.
constexpr qint64 kQuickCheckLimitBytes = 256ll * 1024 * 1024;

// SQLite's primary result codes (the driver may report extended ones).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    Corrupt = 11,
    CantOpen = 14,
    NotADatabase = 26
};

StoreError notRuqsat(const QString &path, const QString &why)
{
    return StoreError(
        StoreError::Kind::NotRuqsat,
        Tr::tr("%1 is not a Ruqsat database (%2). It was not changed.").arg(path, why));
}

StoreError corrupt(const QString &path, const QString &detail)
{
    return StoreError(
        StoreError::Kind::Corrupt,
        Tr::tr("%1 is damaged and cannot be opened. It was not changed; restore it from "
               "a backup.")
            .arg(path),
        detail);
}

// What a failed first read of the file says about it. SQLite tells a file
// that is not a database (it checks the header) from a damaged one.
StoreError firstReadFailed(const QString &path, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text();
    if (code == NotADatabase)
        return notRuqsat(path, Tr::tr("it is not an SQLite file"));
    if (code == CantOpen || code == Busy || code == Locked)
        return StoreError(StoreError::Kind::Unreachable,
                          Tr::tr("Cannot read %1: %2").arg(path, detail));
    return corrupt(path, detail);
}

SqliteInspection inspectOpenFile(QSqlDatabase &db, const QString &path, qint64 size,
                                 int programVersion)
{
    QSqlQuery q(db);
    // The first statement reads the header and the schema.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        throw firstReadFailed(path, q.lastError());
    q.finish();
    if (size <= kQuickCheckLimitBytes) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            throw corrupt(path, q.lastError().text());
        const QString verdict = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (verdict != QLatin1String("ok"))
            throw corrupt(path, verdict);
    }
    StoredSchema stored;
    try {
        stored = readStoredSchema(db, SqlDialect::Kind::Sqlite, path);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::NotRuqsat)
            throw;
        throw corrupt(path, e.detail());
    }
    SqliteInspection result;
    if (stored.empty) {
        result.state = SqliteInspection::State::EmptyDatabase;
        return result;
    }
    result.state = SqliteInspection::State::Ruqsat;
    result.version = stored.level.version;
    result.minCompatible = stored.level.minCompatible;
    SchemaMigrator::refuseIfTooNew(stored.level, programVersion, path);
    return result;
}

} // namespace

SqliteInspection inspectSqliteFile(const QString &path, int programVersion)
{
    SqliteInspection result;
    result.writable = sqliteStoreWritable(path);
    // QFileInfo only asks stat(): it never opens the file.
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    if (!info.isFile())
        throw notRuqsat(path, Tr::tr("it is not a file"));
    if (info.size() == 0) {
        result.state = SqliteInspection::State::EmptyFile;
        return result;
    }

    const QString name = QLatin1String("inspect-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteReadOnlyUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        try {
            if (!db.open())
                throw firstReadFailed(path, db.lastError());
            const bool writable = result.writable;
            result = inspectOpenFile(db, path, info.size(), programVersion);
            result.writable = writable;
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace ruqsat::store
