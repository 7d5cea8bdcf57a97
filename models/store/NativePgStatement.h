// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

typedef struct pg_conn PGconn;

namespace ruqsat::store {

class Database;

// The libpq connection under a QPSQL connection (Qt's documented way to
// reach the native handle), or null for another driver or a closed one.
PGconn *nativePgConnection(const QSqlDatabase &handle);

// A statement prepared on the server with $n parameters and run with the
// values sent apart from its text, through libpq. The QPSQL driver inlines
// every bound value into an EXECUTE statement that the server parses again:
// for bulk writes that formatting and parsing was most of the desk's time
// (a third of a demo run). Runs in the connection's current transaction.
class NativePgStatement
{
public:
    NativePgStatement(const Database &db, const QString &sql, int parameters);
    ~NativePgStatement();
    NativePgStatement(const NativePgStatement &) = delete;
    NativePgStatement &operator=(const NativePgStatement &) = delete;

    // values[first .. first + parameters): NULL for a null QVariant, text for
    // the rest (numbers and booleans as the server reads them).
    void execute(const QVariantList &values, qsizetype first);

private:
    [[noreturn]] void fail(const QString &sqlState, const QString &message) const;

    const Database &m_db;
    QString m_sql;
    QByteArray m_name;
    int m_parameters;
};

} // namespace ruqsat::store
