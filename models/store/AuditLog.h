// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditChain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ruqsat::store {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity;
    QString entityId;
    QString action;
    QJsonObject details;
};

// The append-only audit log. append() must be called inside the transaction
// of the change it records, so that both land or neither does. On PostgreSQL
// the server appends the row (ruqsat_audit_append) with the login that
// authenticated as its actor, whatever `actor` says: roles cannot write the
// table themselves. There, the rows of a transaction are appended together
// just before its COMMIT (Transaction::commit runs appendDeferred): the
// server chains one appender at a time under a lock held until COMMIT, and a
// lock taken at a step's first row made every desk's saves wait for the
// whole of another's step.
class AuditLog
{
public:
    explicit AuditLog(const Database &db) : m_db(db) {}

    void append(const QString &actor, const QString &entity, const QString &entityId,
                const QString &action, const QJsonObject &details = {}) const;
    // Appends the rows that append() kept for the open transaction, in the
    // order they were made; Transaction::commit calls it. Nothing on SQLite.
    void appendDeferred() const;
    QList<AuditEntry> forEntity(const QString &entity, const QString &entityId) const;
    // Every row of a case, oldest first: the application's own, its
    // permits', its immigrant's and employer's (their rows from other cases
    // too: a person's record is one), and its complaints', on the case or on
    // one of its permits.
    QList<AuditEntry> forCase(const QString &caseId) const;

    // Walks the whole hash chain (audit::AuditChain), row by row, and says
    // where it first breaks.
    audit::ChainVerdict verify() const;
    // Chains the rows that have no hash yet, in the order of their ids: the
    // rows written before schema 10 made the chain. Run once, by that step.
    void sealUnchained() const;
    // The triggers that keep the log append-only and chained, by name, that
    // the store lacks; empty when all are there.
    QStringList missingGuards() const;
    // The "version" of an update's details: {"before": version, "after": version + 1}.
    static QJsonObject versionStep(int version)
    {
        return {{QStringLiteral("before"), version}, {QStringLiteral("after"), version + 1}};
    }

private:
    const Database &m_db;
};

} // namespace ruqsat::store
