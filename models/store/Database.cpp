// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "AuditLog.h"
#include "NativePgStatement.h"
#include "Query.h"
#include "ReferenceData.h"
#include "SchemaMigrator.h"
#include "ServerRoles.h"
#include "SqliteInspection.h"
#include "StoreError.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <libpq-fe.h>

namespace ruqsat::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::Database", text);
}

// lupdate files Tr::tr() of free functions under this context, as the
// tr() helper above is only in member functions.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::Database)
};

// Every server session: times in UTC; the server's notices ("already
// exists, skipping") kept off the terminal, which libpq prints them to; and
// no JIT compilation, which for a register page under row security (whose
// subplans the planner costs high) took 300 ms to save nothing.
void configureServerSession(const Database &db)
{
    execute(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    execute(db, QStringLiteral("SET client_min_messages = warning"));
    execute(db, QStringLiteral("SET jit = off"));
}

bool needsPassword(const QSqlError &error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

// Runs only on a file known to be a store or to become one (inspected
// first): journal_mode rewrites the file's header.
void configureSqlite(const Database &db)
{
    if (db.isReadOnly()) {
        // A second guard beside the read-only open: SQLite refuses any write.
        execute(db, QStringLiteral("PRAGMA query_only = ON"));
    } else {
        // WAL never corrupts on a killed process; FULL also keeps the last
        // commits through a power cut, which clerks' desktops do see.
        execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        execute(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
    execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // A register page walks ~1,000 b-tree pages (each row joins its person
    // and employer); SQLite's default 2 MB cache holds half of them, so a page
    // read again went back to the OS for most of them. 8 MiB a connection
    // keeps them (bench/register_bench: a repeated first page of a million
    // cases 3.4 -> 2.0 ms).
    execute(db, QStringLiteral("PRAGMA cache_size = -8192"));
}

StoreError noStoreYet(const ConnectionString &where, SqliteInspection::State state)
{
    QString what;
    switch (state) {
    case SqliteInspection::State::Missing:
        what = Tr::tr("There is no Ruqsat store at %1.").arg(where.path);
        break;
    case SqliteInspection::State::EmptyFile:
        what =
            Tr::tr("%1 is an empty file, not a Ruqsat store. It was not changed.").arg(where.path);
        break;
    default:
        what = Tr::tr("%1 is an SQLite database without tables, not a Ruqsat store. It was not "
                      "changed.")
                   .arg(where.path);
        break;
    }
    return StoreError(StoreError::Kind::NoStore, what);
}

} // namespace

QString Database::howToCreate(const ConnectionString &where)
{
    return tr("A store is made there only on purpose, with: ruqsatctl init --db %1")
        .arg(where.toString());
}

QString Database::readOnlyNotice() const
{
    if (m_auditUnguarded)
        return tr("Read only: the audit log of this store has lost its protection (its triggers "
                  "are missing), so no change can be recorded for certain. You can look up and "
                  "print; saving is not possible until an administrator restores the store.");
    return tr(
        "Read only: this store's file or folder cannot be written. You can look up and print; "
        "saving is not possible.");
}

Database::Database(ConnectionString where, QString connectionName, SqlDialect dialect)
    : m_location(std::move(where)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

Database::~Database()
{
    if (m_noted)
        noteClosedSqliteStore(m_location.path);
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

std::unique_ptr<Database> Database::connect(ConnectionString where, const PasswordPrompt &prompt,
                                            bool readOnly)
{
    const SqlDialect dialect(where.isSqlite() ? SqlDialect::Kind::Sqlite
                                              : SqlDialect::Kind::Postgres);
    const QString name = QLatin1String("ruqsat-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> db(new Database(where, name, dialect));
    db->m_readOnly = readOnly;
    QSqlDatabase handle = QSqlDatabase::addDatabase(
        where.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (where.isSqlite() && readOnly) {
        handle.setDatabaseName(sqliteReadOnlyUri(where.path));
        handle.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (where.isSqlite()) {
        handle.setDatabaseName(where.path);
        handle.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        handle.setHostName(where.host);
        handle.setPort(where.port);
        handle.setUserName(where.user);
        handle.setDatabaseName(where.database);
        // Keepalives and a TCP timeout: a network cut is noticed within about
        // 20 s instead of the system's two hours, so that a desk shows it and
        // reconnects (ServerBanner) rather than waiting on a dead socket.
        QString options = QStringLiteral("connect_timeout=10;application_name=ruqsat;"
                                         "keepalives_idle=10;keepalives_interval=5;"
                                         "keepalives_count=2;tcp_user_timeout=20000");
        for (const auto &[key, value] : where.tls)
            options += u';' + key + u'=' + value;
        handle.setConnectOptions(options);
        if (where.password.isEmpty())
            where.password = qEnvironmentVariable("PGPASSWORD");
        handle.setPassword(where.password);
    }
    bool opened = handle.open();
    if (!opened && !where.isSqlite() && where.password.isEmpty() && prompt &&
        needsPassword(handle.lastError())) {
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
            throw StoreError(
                StoreError::Kind::Unreachable,
                tr("Cannot open the database file %1: %2").arg(where.path, driverError));
        throw StoreError(StoreError::Kind::Unreachable,
                         tr("Cannot connect to the PostgreSQL server at %1:%2 (database %3, user "
                            "%4): %5")
                             .arg(where.host)
                             .arg(where.port)
                             .arg(where.database, where.user, driverError.trimmed()));
    }
    if (where.isSqlite()) {
        noteOpenSqliteStore(where.path);
        db->m_noted = true;
        configureSqlite(*db);
    } else {
        configureServerSession(*db);
    }
    return db;
}

std::unique_ptr<Database> Database::openSqliteChecked(const ConnectionString &where,
                                                      IfNoStore ifNoStore)
{
    const int program = SchemaMigrator::programVersion(SqlDialect::Kind::Sqlite);
    // Refuses foreign, damaged and too new files before a byte is written.
    const SqliteInspection found = inspectSqliteFile(where.path, program);
    if (found.state != SqliteInspection::State::Ruqsat) {
        if (ifNoStore == IfNoStore::Refuse)
            throw noStoreYet(where, found.state);
        if (!found.writable)
            throw StoreError(StoreError::Kind::ReadOnly,
                             tr("Cannot make a store at %1: the file or its folder is read-only.")
                                 .arg(where.path));
        const QDir dir = QFileInfo(where.path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.path()))
            throw StoreError(StoreError::Kind::Unreachable,
                             tr("Cannot create the folder %1 for the database").arg(dir.path()));
        return nullptr;
    }
    if (found.writable)
        return nullptr;
    if (found.version < program)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("%1 was made by an older Ruqsat (schema %2; this program uses %3) and "
                            "must be upgraded, which is not possible while its file or folder is "
                            "read-only. It was not changed.")
                             .arg(where.path)
                             .arg(found.version)
                             .arg(program));
    std::unique_ptr<Database> db = connect(where, {}, true);
    db->m_schemaVersion = found.version;
    return db;
}

std::unique_ptr<Database> Database::open(ConnectionString where, const PasswordPrompt &prompt,
                                         IfNoStore ifNoStore)
{
    if (where.isSqlite()) {
        if (std::unique_ptr<Database> readOnly = openSqliteChecked(where, ifNoStore))
            return readOnly;
    }
    std::unique_ptr<Database> db = connect(std::move(where), prompt, false);
    db->m_schemaVersion = SchemaMigrator(*db).migrate(ifNoStore);
    seedReferenceData(*db);
    db->m_auditUnguarded = !AuditLog(*db).missingGuards().isEmpty();
    if (db->m_auditUnguarded && db->dialect().isSqlite())
        execute(*db, QStringLiteral("PRAGMA query_only = ON"));
    db->m_usersAreRoles = ServerRoles(*db).usersAreRoles();
    if (!db->dialect().isSqlite() && db->m_schemaVersion >= kCommitMarksSince)
        execute(*db, QStringLiteral("DELETE FROM commit_marks WHERE made_by = current_user AND "
                                    "made_at < now() - interval '1 day'"));
    return db;
}

std::unique_ptr<Database> Database::openSecured(ConnectionString where,
                                                const PasswordPrompt &prompt)
{
    if (where.isSqlite())
        return open(std::move(where), prompt, IfNoStore::Create);
    std::unique_ptr<Database> db = connect(std::move(where), prompt, false);
    const ServerRoles roles(*db);
    if (!roles.connectedAsSuperuser())
        throw StoreError(
            StoreError::Kind::Forbidden,
            tr("Only a superuser of the PostgreSQL server can secure a store (%1 is not "
               "one). Run init as the server's superuser, for example postgres.")
                .arg(db->location().user));
    roles.becomeOwner();
    // Schema 11 revokes every function of the schema from PUBLIC, and the
    // server warns of each function of pg_trgm, which the superuser made and
    // the owner role cannot revoke: expected, and nothing to show.
    execute(*db, QStringLiteral("SET client_min_messages = error"));
    db->m_schemaVersion = SchemaMigrator(*db).migrate(IfNoStore::Create);
    execute(*db, QStringLiteral("SET client_min_messages = warning"));
    seedReferenceData(*db);
    roles.stopBeingOwner();
    db->m_auditUnguarded = !AuditLog(*db).missingGuards().isEmpty();
    db->m_usersAreRoles = roles.usersAreRoles();
    return db;
}

std::unique_ptr<Database> Database::openAnother() const
{
    std::unique_ptr<Database> db = connect(m_location, {}, m_readOnly);
    db->m_schemaVersion = m_schemaVersion;
    db->m_auditUnguarded = m_auditUnguarded;
    db->m_usersAreRoles = m_usersAreRoles;
    if (m_auditUnguarded && db->dialect().isSqlite())
        execute(*db, QStringLiteral("PRAGMA query_only = ON"));
    return db;
}

bool Database::connectionLost() const
{
    if (m_dialect.isSqlite())
        return false;
    // libpq's status of the connection, set as soon as a read or write
    // finds the socket closed.
    PGconn *conn = nativePgConnection(handle());
    return conn == nullptr || PQstatus(conn) != CONNECTION_OK;
}

bool Database::ping() const
{
    if (m_dialect.isSqlite())
        return true;
    QSqlQuery q(handle());
    return q.exec(QStringLiteral("SELECT 1")) && !connectionLost();
}

void Database::reconnect() const
{
    if (m_dialect.isSqlite())
        return;
    QSqlDatabase h = handle();
    h.close();
    h.setPassword(m_location.password.isEmpty() ? qEnvironmentVariable("PGPASSWORD")
                                                : m_location.password);
    if (!h.open())
        throw StoreError(StoreError::Kind::Unreachable,
                         tr("The server at %1:%2 cannot be reached: %3")
                             .arg(m_location.host)
                             .arg(m_location.port)
                             .arg(h.lastError().text().trimmed()));
    configureServerSession(*this);
}

bool Database::committedAfterAll(const QString &mark) const
{
    if (mark.isEmpty())
        return false;
    Query q(*this, QStringLiteral("SELECT count(*) FROM commit_marks WHERE token = CAST(:token AS uuid)"));
    q.bind(QStringLiteral(":token"), mark);
    return q.scalar().toInt() > 0;
}

} // namespace ruqsat::store
