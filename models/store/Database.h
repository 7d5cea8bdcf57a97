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

    ConnectionString m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    // Transactions nest: only the outermost one begins and commits.
    mutable int m_transactionDepth = 0;
};

} // namespace ruqsat::store
