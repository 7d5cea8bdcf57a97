// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteInspection.h"

#include "SchemaMigrator.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
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

StoreError notRuqsat(const QString &path, const QString &why)
{
    return StoreError(StoreError::Kind::NotRuqsat,
                      Tr::tr("%1 is not a Ruqsat database (%2). It was not changed.").arg(path, why));
}

StoreError corrupt(const QString &path, const QString &detail)
{
    return StoreError(StoreError::Kind::Corrupt,
                      Tr::tr("%1 is damaged and cannot be opened. It was not changed; restore it from "
                         "a backup.")
                          .arg(path),
                      detail);
}

SqliteInspection inspectOpenFile(QSqlDatabase &db, const QString &path, qint64 size,
                                 int programVersion)
{
    QSqlQuery q(db);
    auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            throw corrupt(path, q.lastError().text());
    };
    if (size <= kQuickCheckLimitBytes) {
        run(QStringLiteral("PRAGMA quick_check"));
        const QString verdict = q.next() ? q.value(0).toString() : QString();
        if (verdict != QLatin1String("ok"))
            throw corrupt(path, verdict);
    }
    run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    SqliteInspection result;
    if (tables.isEmpty()) {
        result.state = SqliteInspection::State::Empty;
        return result;
    }
    if (!tables.contains(QLatin1String("schema_version")))
        throw notRuqsat(path, Tr::tr("it has no Ruqsat schema"));
    const SchemaLevel level = readSchemaLevel(q);
    result.state = SqliteInspection::State::Ruqsat;
    result.version = level.version;
    result.minCompatible = level.minCompatible;
    SchemaMigrator::refuseIfTooNew(level, programVersion, path);
    return result;
}

} // namespace

SqliteInspection inspectSqliteFile(const QString &path, int programVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        throw notRuqsat(path, Tr::tr("it is not a file"));
    if (info.size() == 0)
        return {SqliteInspection::State::Empty};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Unreachable,
                         Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        throw notRuqsat(path, Tr::tr("it is not an SQLite file"));

    const QString name = QLatin1String("inspect-") + QUuid::createUuid().toString(QUuid::Id128);
    SqliteInspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        try {
            if (!db.open())
                throw corrupt(path, db.lastError().text());
            result = inspectOpenFile(db, path, info.size(), programVersion);
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
