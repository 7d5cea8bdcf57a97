// SPDX-License-Identifier: GPL-3.0-or-later
#include "Query.h"

#include "AuditLog.h"
#include "StoreError.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace ruqsat::store {

Q_LOGGING_CATEGORY(lcStore, "ruqsat.store")

namespace {
// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::Query)
};
} // namespace

namespace {
StoreError connectionLostError(const QString &detail)
{
    return StoreError(StoreError::Kind::ConnectionLost,
                      Tr::tr("The connection to the server was lost. This step was not saved; "
                             "what you typed is kept."),
                      detail);
}
} // namespace

void throwSqlError(const Database &db, const QSqlError &error, const QString &sql)
{
    if (db.connectionLost()) {
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        qCInfo(lcStore, "connection lost: %s", qPrintable(text.simplified()));
        throw connectionLostError(text.simplified() + QLatin1String(" [") +
                                  sql.simplified().left(200) + u']');
    }
    throwSqlError(error, sql);
}

void throwSqlError(const QSqlError &error, const QString &sql)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString detail = text + QLatin1String(" [") + sql.simplified().left(200) + u']';
    qCInfo(lcStore, "SQL error %s: %s", qPrintable(code), qPrintable(detail));
    // SQLSTATE class 23 (PostgreSQL) or SQLite's extended constraint codes.
    if (code.startsWith(QLatin1String("23")) || text.contains(QLatin1String("constraint failed"))) {
        // A text over its limit, however it got here (a draft, an import, a
        // script): the clerk reads which field, not the constraint's name.
        if (const domain::FieldLimit *limit = domain::FieldLimits::fromConstraintError(text))
            throw StoreError(StoreError::Kind::Invalid,
                             domain::FieldLimits::namedProblem(*limit, 0), detail);
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("The store refused the change: %1").arg(text), detail);
    }
    // Class 40: the server rolled the transaction back to resolve a
    // serialization failure or a deadlock with another clerk's; running the
    // same step again is safe and is what ServerRetry does.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        throw StoreError(StoreError::Kind::Collision,
                         Tr::tr("The server cancelled this step because another user's change "
                                "collided with it. Nothing was changed; try again."),
                         detail);
    // Class 08 (connection exception) and 57P01-57P03 (the server shutting
    // down or starting up): the transaction is gone with the connection.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        throw connectionLostError(detail);
    // insufficient_privilege: a grant or a row policy of the server refused
    // the user's role (schema 11), whatever the program let through.
    if (code == QLatin1String("42501"))
        throw StoreError(StoreError::Kind::Forbidden,
                         Tr::tr("The server does not let your role do this. Nothing was changed."),
                         detail);
    // SQLITE_READONLY and its extended codes (SQLite's codes have at most
    // four digits, SQLSTATEs five): a store opened read-only, or a file
    // that became read-only since.
    if (code.size() <= 4 && (code.toInt() & 0xff) == 8)
        throw StoreError(StoreError::Kind::ReadOnly,
                         Tr::tr("The store can only be read: saving is not possible. Nothing was "
                                "changed."),
                         detail);
    if (code == QLatin1String("11") || code == QLatin1String("26") ||
        text.contains(QLatin1String("malformed")))
        throw StoreError(StoreError::Kind::Corrupt, Tr::tr("The database file is damaged"), detail);
    throw StoreError(StoreError::Kind::Sql, Tr::tr("The database reported an error: %1").arg(text),
                     detail);
}

Query::Query(const Database &db, const QString &sql) : m_db(db), m_query(db.handle()), m_sql(sql)
{
    if (!m_query.prepare(sql))
        throwSqlError(db, m_query.lastError(), sql);
}

QVariant bindable(const QVariant &value)
{
    // The drivers bind a null QString as SQL NULL. Text the clerk left empty
    // is '' in the store; an intended NULL is a valueless QVariant (textOrNull).
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
        value.toString().isNull())
        return QString(u""_qs);
    return value;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

Query &Query::bind(const QVariantMap &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        bind(it.key(), it.value());
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        throwSqlError(m_db, m_query.lastError(), m_sql);
    return *this;
}

QVariant Query::scalar()
{
    if (!m_query.isActive())
        exec();
    const QVariant v = m_query.next() ? m_query.value(0) : QVariant();
    m_query.finish();
    return v;
}

void execute(const Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    if (!q.exec(sql))
        throwSqlError(db, q.lastError(), sql);
}

Transaction::Transaction(const Database &db) : m_db(db)
{
    // Every write goes through a transaction: a read-only store refuses it
    // here, in words the clerk can act on, before anything is sent.
    if (m_db.isAuditUnguarded())
        throw StoreError(StoreError::Kind::ReadOnly,
                         m_db.readOnlyNotice() + u' ' + Tr::tr("Nothing was changed."));
    if (m_db.isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         Tr::tr("%1 can only be read: saving is not possible. Nothing was changed.")
                             .arg(m_db.location().toString()));
    m_outermost = m_db.m_transactionDepth == 0;
    if (m_outermost) {
        m_db.m_deferredAudit.clear();
        execute(m_db, m_db.dialect().beginWrite());
    }
    ++m_db.m_transactionDepth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    if (m_outermost) {
        m_db.m_deferredAudit.clear(); // their changes are rolled back too
        QSqlQuery q(m_db.handle());
        q.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails
    }
}

void Transaction::commit()
{
    if (m_outermost) {
        // The step's audit rows, chained last: the server's lock that
        // chains them is held from here to COMMIT only.
        AuditLog(m_db).appendDeferred();
        // The transaction's commit mark (schema 22): if the connection
        // breaks while COMMIT is on its way, the server, reached again, has
        // the mark exactly when the step was saved (ServerRetry).
        if (!m_db.dialect().isSqlite() && m_db.schemaVersion() >= kCommitMarksSince) {
            m_db.m_commitMark = QUuid::createUuid().toString(QUuid::WithoutBraces);
            Query(m_db, QStringLiteral("INSERT INTO commit_marks (token) VALUES (CAST(:token AS uuid))"))
                .bind(QStringLiteral(":token"), m_db.m_commitMark)
                .exec();
        }
        try {
            execute(m_db, QStringLiteral("COMMIT"));
        } catch (const StoreError &e) {
            --m_db.m_transactionDepth;
            m_open = false;
            if (e.kind() == StoreError::Kind::ConnectionLost)
                throw StoreError(StoreError::Kind::CommitUnknown,
                                 Tr::tr("The connection to the server was lost while saving: "
                                        "whether this step was saved is not known yet. Look at "
                                        "the case when the server is back before doing it again."),
                                 e.detail());
            QSqlQuery(m_db.handle()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    --m_db.m_transactionDepth;
    m_open = false;
}

} // namespace ruqsat::store
