// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginAudit.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"

namespace ruqsat::store {

LoginFailures LoginAudit::failuresInARow(const QString &login, int atMost) const
{
    // Newest first along the index (entity, entity_id, id). Not by actor: on
    // PostgreSQL the server records the connection's login as the actor.
    Query q(m_db, QLatin1String("SELECT action, at FROM audit_log WHERE entity = 'user' "
                                "AND entity_id = :key "
                                "AND action IN ('login', 'login_failed') ORDER BY id DESC LIMIT ") +
                      QString::number(atMost));
    q.bind(QStringLiteral(":key"), entityId(login)).exec();
    LoginFailures failures;
    while (q.next() && q.value(0).toString() == failedAction()) {
        if (failures.inARow == 0)
            failures.lastFailure = m_db.dialect().timeFrom(q.value(1));
        ++failures.inARow;
    }
    return failures;
}

void LoginAudit::record(const QString &login, const QString &action,
                        const QJsonObject &details) const
{
    if (m_db.isReadOnly())
        return;
    Transaction tx(m_db);
    AuditLog(m_db).append(login, QStringLiteral("user"), entityId(login), action, details);
    tx.commit();
}

QString LoginAudit::entityId(const QString &login) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM users WHERE login = :login"));
    q.bind(QStringLiteral(":login"), login);
    const QVariant id = q.scalar();
    // A login nobody has is kept apart from every user's id by its prefix.
    return id.isValid() && !id.isNull() ? id.toString() : QLatin1String("login:") + login;
}

} // namespace ruqsat::store
