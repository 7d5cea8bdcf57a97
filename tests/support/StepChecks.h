// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the steps look at afterwards: the audit rows of a
// record, the rows a table holds for a permit, and how a step was refused.
#include "store/AuditLog.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <functional>

namespace ruqsat::test {

inline QStringList auditActions(const store::Database &db, const QString &entity, const QString &id)
{
    QStringList actions;
    for (const store::AuditEntry &e : store::AuditLog(db).forEntity(entity, id))
        actions << e.action;
    return actions;
}

inline QString auditActor(const store::Database &db, const QString &entity, const QString &id,
                          const QString &action)
{
    for (const store::AuditEntry &e : store::AuditLog(db).forEntity(entity, id))
        if (e.action == action)
            return e.actor;
    return {};
}

inline int rowsOfPermit(const store::Database &db, const QString &table, const QString &permitId)
{
    return store::Query(db, QLatin1String("SELECT COUNT(*) FROM ") + table +
                                QLatin1String(" WHERE permit_id = :p"))
        .bind(QStringLiteral(":p"), permitId)
        .scalar()
        .toInt();
}

// The kind of StoreError `step` was refused with, its message in *message;
// Sql when it was not refused (no test expects Sql).
inline store::StoreError::Kind refusal(const std::function<void()> &step,
                                       QString *message = nullptr)
{
    try {
        step();
    } catch (const store::StoreError &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return store::StoreError::Kind::Sql;
}

} // namespace ruqsat::test
