// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ruqsat::store {

// A prepared statement that throws StoreError instead of returning false, so
// a repository cannot forget to look at the result.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    // Binds each named value (":name" -> value) of `values`.
    Query &bind(const QVariantMap &values);
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Reads the single value of a one-row, one-column result.
    QVariant scalar();
    void finish() { m_query.finish(); }

    const SqlDialect &dialect() const { return m_db.dialect(); }

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

// The value the drivers should bind: a null QString becomes '' (text the
// clerk left empty), while a valueless QVariant stays SQL NULL.
QVariant bindable(const QVariant &value);

// Runs one statement with no result and no parameters.
void execute(const Database &db, const QString &sql);

// A write transaction; rolled back unless commit() is called. Transactions
// nest, so a repository method can run alone or inside a caller's
// transaction: only the outermost begins and commits. An inner failure must
// propagate (it is an exception) so that the outermost rolls back.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    const Database &m_db;
    bool m_open = false;
    bool m_outermost = false;
};

// Translates a failed driver call into the StoreError a clerk can read.
[[noreturn]] void throwSqlError(const QSqlError &error, const QString &sql);
// The same, and first asks the connection whether it broke: libpq's message
// for a server gone away has no SQLSTATE and is in the client's language.
[[noreturn]] void throwSqlError(const Database &db, const QSqlError &error, const QString &sql);

} // namespace ruqsat::store
