// SPDX-License-Identifier: GPL-3.0-or-later
#include "NativePgStatement.h"

#include "Database.h"
#include "Query.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <libpq-fe.h>
#include <vector>

namespace ruqsat::store {

namespace {

QByteArray statementName()
{
    static QAtomicInteger<quint64> next = 0;
    return "ruqsat_native_" + QByteArray::number(++next);
}

} // namespace

PGconn *nativePgConnection(const QSqlDatabase &handle)
{
    if (!handle.isOpen() || !handle.driver())
        return nullptr;
    const QVariant native = handle.driver()->handle();
    // Qt 6.4 names the type by libpq's struct (pg_conn*), other versions by
    // its typedef (PGconn*).
    if (!native.isValid() ||
        (qstrcmp(native.typeName(), "PGconn*") != 0 && qstrcmp(native.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(native.constData());
}

NativePgStatement::NativePgStatement(const Database &db, const QString &sql, int parameters)
    : m_db(db), m_sql(sql), m_name(statementName()), m_parameters(parameters)
{
    PGconn *conn = nativePgConnection(db.handle());
    if (conn == nullptr)
        fail(QStringLiteral("08003"), QStringLiteral("no connection to the server"));
    PGresult *result = PQprepare(conn, m_name.constData(), sql.toUtf8().constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!ok)
        fail(state, message);
}

NativePgStatement::~NativePgStatement()
{
    // Deallocated on the server unless the connection is gone (and the
    // statement with it) or the transaction failed (PostgreSQL refuses every
    // command until its end; the statement then lives until the session's).
    PGconn *conn = nativePgConnection(m_db.handle());
    if (conn == nullptr || PQstatus(conn) != CONNECTION_OK ||
        PQtransactionStatus(conn) == PQTRANS_INERROR)
        return;
    PQclear(PQexec(conn, QByteArray("DEALLOCATE " + m_name).constData()));
}

void NativePgStatement::execute(const QVariantList &values, qsizetype first)
{
    const auto count = static_cast<size_t>(m_parameters);
    std::vector<QByteArray> texts(count);
    std::vector<const char *> pointers(count, nullptr);
    for (int i = 0; i < m_parameters; ++i) {
        const QVariant &value = values.at(first + i);
        if (value.isNull())
            continue;
        texts[size_t(i)] = value.toString().toUtf8(); // "true"/"false" for a bool
        pointers[size_t(i)] = texts[size_t(i)].constData();
    }
    PGconn *conn = nativePgConnection(m_db.handle());
    if (conn == nullptr)
        fail(QStringLiteral("08003"), QStringLiteral("no connection to the server"));
    PGresult *result = PQexecPrepared(conn, m_name.constData(), m_parameters, pointers.data(),
                                      nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(state, message);
}

void NativePgStatement::fail(const QString &sqlState, const QString &message) const
{
    throwSqlError(m_db, QSqlError(QString(), message, QSqlError::StatementError, sqlState), m_sql);
}

} // namespace ruqsat::store
