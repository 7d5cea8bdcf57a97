// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionString.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace ruqsat::store {

// The schema version from which a server store keeps commit marks.
constexpr int kCommitMarksSince = 22;

// An open, migrated store. Owns one named Qt SQL connection (never the default
// one), usable from the thread that opened it.
class Database
{
public:
    // Asked for a PostgreSQL password when the server wants one and
    // PGPASSWORD is not set; an empty answer gives up.
    using PasswordPrompt = std::function<QString(const ConnectionString &)>;

    // What open() does where there is no store yet: no SQLite file, a file of
    // zero bytes, an SQLite or PostgreSQL database without tables.
    enum class IfNoStore
    {
        Create, // makes a new store there (ruqsatctl init, a clerk who agreed)
        Refuse, // throws StoreError::NoStore and leaves it as it was
    };

    // Opens the store, migrating it as needed. Throws StoreError for a store
    // it refuses (not ours, corrupt, too new, unreachable, none yet and
    // `ifNoStore` refuses); such a store is left exactly as it was. An SQLite
    // store that this process may not write (a read-only file or folder)
    // opens read-only when it needs no migration: see isReadOnly().
    static std::unique_ptr<Database> open(ConnectionString where, const PasswordPrompt &prompt = {},
                                          IfNoStore ifNoStore = IfNoStore::Create);
    // `ruqsatctl init` by a superuser on PostgreSQL: opens (or makes) the
    // store as the NOLOGIN owner role ruqsat_owner, so that its users are
    // LOGIN roles (store::ServerRoles, docs/SERVER.md); the connection then
    // acts as the superuser again. Throws StoreError when the connected role
    // is not a superuser.
    static std::unique_ptr<Database> openSecured(ConnectionString where,
                                                 const PasswordPrompt &prompt = {});
    // Another connection to this store, for another thread (a Qt SQL
    // connection is used only by the thread that opened it): call it in the
    // thread that will use the connection. The store is already migrated, so
    // nothing is checked or written; a password typed at the prompt is reused.
    // Throws StoreError when the store cannot be reached.
    std::unique_ptr<Database> openAnother() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase handle() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const ConnectionString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // A store opened for reading only: every write transaction throws
    // StoreError::ReadOnly before it begins.
    bool isReadOnly() const { return m_readOnly || m_auditUnguarded; }
    // Read only because the audit log's triggers are missing or disabled.
    bool isAuditUnguarded() const { return m_auditUnguarded; }
    // The clerk's words for a read-only store, for a notice on the screen.
    QString readOnlyNotice() const;
    // A PostgreSQL store made by openSecured(): every user is a LOGIN role
    // and logs in by connecting (the server checks the password).
    bool usersAreRoles() const { return m_usersAreRoles; }
    // What to type to make a store where open() found none.
    static QString howToCreate(const ConnectionString &where);

    // The server side of a shared store (ServerRetry). True when the
    // connection to the PostgreSQL server is broken (a restart, a network
    // cut): libpq's own state, whatever language its message is in. Never
    // for SQLite.
    bool connectionLost() const;
    // Asks the server whether it is still there (SELECT 1) and returns
    // whether the connection works; never throws. Always true for SQLite.
    bool ping() const;
    // Opens the connection again with the same login, as the same named
    // connection, so that every repository holding this Database goes on.
    // Throws StoreError::Unreachable while the server cannot be reached.
    void reconnect() const;
    // The commit mark of the last transaction that went to COMMIT on a
    // server (schema 22's commit_marks); empty on SQLite.
    QString lastCommitMark() const { return m_commitMark; }
    // Asks the server, reached again, whether the transaction that wrote
    // `mark` committed: true if it did, false if it was rolled back or never
    // got there (StoreError::CommitUnknown).
    bool committedAfterAll(const QString &mark) const;

private:
    friend class Transaction;
    friend class AuditLog;
    Database(ConnectionString where, QString connectionName, SqlDialect dialect);
    // Opens and configures the connection, without looking at the schema.
    static std::unique_ptr<Database> connect(ConnectionString where, const PasswordPrompt &prompt,
                                             bool readOnly);
    // The checks of an SQLite file before anything writes to it; returns the
    // open store when it is to be used read-only, otherwise null.
    static std::unique_ptr<Database> openSqliteChecked(const ConnectionString &where,
                                                       IfNoStore ifNoStore);

    ConnectionString m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    // The audit log's triggers are missing (dropped around the program):
    // nothing is written until they are back, since no change could be
    // audited for certain.
    bool m_auditUnguarded = false;
    bool m_usersAreRoles = false;
    bool m_noted = false; // counted among the SQLite stores open in this process
    // Transactions nest: only the outermost one begins and commits.
    mutable int m_transactionDepth = 0;
    mutable QString m_commitMark;
    // On a server, the audit rows of the open transaction, appended just
    // before its COMMIT (AuditLog::appendDeferred).
    struct DeferredAudit
    {
        QString entity, entityId, action, details;
    };
    mutable QList<DeferredAudit> m_deferredAudit;
};

} // namespace ruqsat::store
