// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "Query.h"

#include <QJsonDocument>

namespace ruqsat::store {

void AuditLog::append(const QString &actor, const QString &entity, const QString &entityId,
                      const QString &action, const QJsonObject &details) const
{
    Query(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, details) "
                               "VALUES (:at, :actor, :entity, :eid, :action, :details)"))
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":actor"), actor)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":eid"), entityId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":details"),
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
        .exec();
}

QList<AuditEntry> AuditLog::forEntity(const QString &entity, const QString &entityId) const
{
    Query q(m_db, QStringLiteral("SELECT id, at, actor, action, details FROM audit_log "
                                 "WHERE entity = :entity AND entity_id = :eid ORDER BY id"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":eid"), entityId).exec();
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = m_db.dialect().timeFrom(q.value(1));
        e.actor = q.value(2).toString();
        e.entity = entity;
        e.entityId = entityId;
        e.action = q.value(3).toString();
        e.details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        entries << e;
    }
    return entries;
}

} // namespace ruqsat::store
