// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Query.h"
#include "ReferenceData.h"
#include "SchemaMigrator.h"
#include "SqliteInspection.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace ruqsat::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::Database", text);
}

bool needsPassword(const QSqlError &error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

void configureSqlite(const Database &db)
{
    // WAL never corrupts on a killed process; FULL also keeps the last
    // commits through a power cut, which clerks' desktops do see.
    execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execute(db, QStringLiteral("PRAGMA synchronous = FULL"));
    execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // A register page walks ~1,000 b-tree pages (each row joins its person
    // and employer); SQLite's default 2 MB cache holds half of them, so a page
    // read again went back to the OS for most of them. 8 MiB a connection
    // keeps them (bench/register_bench: a repeated first page of a million
    // cases 3.4 -> 2.0 ms).
    execute(db, QStringLiteral("PRAGMA cache_size = -8192"));
}

} // namespace

Database::Database(ConnectionString where, QString connectionName, SqlDialect dialect)
    : m_location(std::move(where)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::connect(ConnectionString where, const PasswordPrompt &prompt)
{
    const SqlDialect dialect(where.isSqlite() ? SqlDialect::Kind::Sqlite : SqlDialect::Kind::Postgres);
    const QString name = QLatin1String("ruqsat-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> db(new Database(where, name, dialect));
    QSqlDatabase handle = QSqlDatabase::addDatabase(
        where.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (where.isSqlite()) {
        handle.setDatabaseName(where.path);
        handle.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        handle.setHostName(where.host);
        handle.setPort(where.port);
        handle.setUserName(where.user);
        handle.setDatabaseName(where.database);
        handle.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=ruqsat"));
        if (where.password.isEmpty())
            where.password = qEnvironmentVariable("PGPASSWORD");
        handle.setPassword(where.password);
    }
    bool opened = handle.open();
    if (!opened && !where.isSqlite() && where.password.isEmpty() && prompt && needsPassword(handle.lastError())) {
        const QString password = prompt(where);
        if (!password.isEmpty()) {
            handle.setPassword(password);
            opened = handle.open();
            // Kept in memory for further connections to the same store (openAnother).
            if (opened)
                db->m_location.password = password;
        }
    }
    if (!opened) {
        const QString driverError = handle.lastError().text();
        if (where.isSqlite())
            throw StoreError(StoreError::Kind::Unreachable,
                             tr("Cannot open the database file %1: %2").arg(where.path, driverError));
        throw StoreError(StoreError::Kind::Unreachable,
                         tr("Cannot connect to the PostgreSQL server at %1:%2 (database %3, user "
                            "%4): %5")
                             .arg(where.host)
                             .arg(where.port)
                             .arg(where.database, where.user, driverError.trimmed()));
    }
    if (where.isSqlite())
        configureSqlite(*db);
    else
        execute(*db, QStringLiteral("SET TIME ZONE 'UTC'"));
    return db;
}

std::unique_ptr<Database> Database::open(ConnectionString where, const PasswordPrompt &prompt)
{
    if (where.isSqlite()) {
        // Refuses foreign, damaged and too new files before a byte is written.
        inspectSqliteFile(where.path, SchemaMigrator::programVersion(SqlDialect::Kind::Sqlite));
        const QDir dir = QFileInfo(where.path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.path()))
            throw StoreError(StoreError::Kind::Unreachable,
                             tr("Cannot create the folder %1 for the database").arg(dir.path()));
    }
    std::unique_ptr<Database> db = connect(std::move(where), prompt);
    db->m_schemaVersion = SchemaMigrator(*db).migrate();
    seedReferenceData(*db);
    return db;
}

std::unique_ptr<Database> Database::openAnother() const
{
    std::unique_ptr<Database> db = connect(m_location, {});
    db->m_schemaVersion = m_schemaVersion;
    return db;
}

} // namespace ruqsat::store
