// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionString.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace ruqsat::store {

// An open, migrated store. Owns one named Qt SQL connection (never the default
// one), usable from the thread that opened it.
class Database
{
public:
    // Asked for a PostgreSQL password when the server wants one and
    // PGPASSWORD is not set; an empty answer gives up.
    using PasswordPrompt = std::function<QString(const ConnectionString &)>;

    // Opens the store, creating and migrating it as needed. Throws StoreError
    // for a store it refuses (not ours, corrupt, too new, unreachable); such
    // a store is left exactly as it was.
    static std::unique_ptr<Database> open(ConnectionString where, const PasswordPrompt &prompt = {});
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

private:
    friend class Transaction;
    Database(ConnectionString where, QString connectionName, SqlDialect dialect);
    // Opens and configures the connection, without looking at the schema.
    static std::unique_ptr<Database> connect(ConnectionString where, const PasswordPrompt &prompt);

    ConnectionString m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    // Transactions nest: only the outermost one begins and commits.
    mutable int m_transactionDepth = 0;
};

} // namespace ruqsat::store
