// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "Query.h"

#include <QJsonDocument>
#include <utility>

namespace ruqsat::store {

namespace {

audit::ChainRow chainRow(const Database &db, const Query &q)
{
    audit::ChainRow row;
    row.id = q.value(0).toLongLong();
    row.at = db.dialect().timeFrom(q.value(1));
    row.actor = q.value(2).toString();
    row.entity = q.value(3).toString();
    row.entityId = q.value(4).toString();
    row.action = q.value(5).toString();
    row.details = q.value(6).toString();
    row.prevHash = q.value(7).toString();
    row.hash = q.value(8).toString();
    return row;
}

// An entry of the log, its details read: a row as chainRow() reads it.
AuditEntry entryOf(const audit::ChainRow &row)
{
    return {row.id,
            row.at,
            row.actor,
            row.entity,
            row.entityId,
            row.action,
            QJsonDocument::fromJson(row.details.toUtf8()).object()};
}

// The columns chainRow() reads, in its order, of the log named "l".
const QString kRowColumns = QStringLiteral(
    "l.id, l.at, l.actor, l.entity, l.entity_id, l.action, l.details, l.prev_hash, l.hash");

QList<AuditEntry> entries(const Database &db, Query &q)
{
    QList<AuditEntry> list;
    while (q.next())
        list << entryOf(chainRow(db, q));
    return list;
}

} // namespace

void AuditLog::append(const QString &actor, const QString &entity, const QString &entityId,
                      const QString &action, const QJsonObject &details) const
{
    const QString encodedDetails = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (!m_db.dialect().isSqlite()) {
        // The server writes the row (schema 11): Ruqsat's roles may not insert
        // into audit_log, the actor is the login that authenticated, and the
        // hash is computed there the way AuditChain computes it.
        m_db.m_deferredAudit.append({entity, entityId, action, encodedDetails});
        if (m_db.m_transactionDepth == 0)
            appendDeferred();
        return;
    }
    Transaction tx(m_db); // SQLite's write lock serializes the appenders
    audit::ChainRow row;
    // Milliseconds, as the canonical encoding and both backends keep them.
    row.at = QDateTime::currentDateTimeUtc();
    row.actor = actor;
    row.entity = entity;
    row.entityId = entityId;
    row.action = action;
    row.details = encodedDetails;
    row.prevHash =
        Query(m_db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
            .scalar()
            .toString();
    row.hash = audit::AuditChain::hashOf(row.prevHash, row);
    Query(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                               "details, prev_hash, hash) VALUES (:at, :actor, :entity, :eid, "
                               ":action, :details, :prev, :hash)"))
        .bind(QStringLiteral(":at"), m_db.dialect().time(row.at))
        .bind(QStringLiteral(":actor"), row.actor)
        .bind(QStringLiteral(":entity"), row.entity)
        .bind(QStringLiteral(":eid"), row.entityId)
        .bind(QStringLiteral(":action"), row.action)
        .bind(QStringLiteral(":details"), row.details)
        .bind(QStringLiteral(":prev"), row.prevHash)
        .bind(QStringLiteral(":hash"), row.hash)
        .exec();
    tx.commit();
}

void AuditLog::appendDeferred() const
{
    if (m_db.m_deferredAudit.isEmpty())
        return;
    const QList<Database::DeferredAudit> rows = std::exchange(m_db.m_deferredAudit, {});
    // One statement: the rows of VALUES are read, and appended, in order.
    QStringList values;
    for (qsizetype i = 0; i < rows.size(); ++i)
        values << QStringLiteral("(CAST(:e%1 AS text), CAST(:i%1 AS text), CAST(:a%1 AS text), "
                                 "CAST(:d%1 AS text))")
                      .arg(i);
    Query q(m_db,
            QLatin1String("SELECT ruqsat_audit_append(r.entity, r.eid, r.action, r.details) FROM "
                          "(VALUES ") +
                values.join(u',') + QLatin1String(") AS r (entity, eid, action, details)"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString n = QString::number(i);
        q.bind(u":e" + n, rows.at(i).entity)
            .bind(u":i" + n, rows.at(i).entityId)
            .bind(u":a" + n, rows.at(i).action)
            .bind(u":d" + n, rows.at(i).details);
    }
    q.exec();
}

audit::ChainVerdict AuditLog::verify() const
{
    Query q(m_db, QLatin1String("SELECT ") + kRowColumns +
                      QLatin1String(" FROM audit_log l ORDER BY l.id"));
    q.exec();
    audit::ChainVerifier verifier;
    while (q.next() && verifier.add(chainRow(m_db, q))) {
    }
    return verifier.verdict();
}

void AuditLog::sealUnchained() const
{
    Transaction tx(m_db);
    QString prev = Query(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE hash <> '' "
                                              "ORDER BY id DESC LIMIT 1"))
                       .scalar()
                       .toString();
    Query rows(m_db, QLatin1String("SELECT ") + kRowColumns +
                         QLatin1String(" FROM audit_log l WHERE l.hash = '' ORDER BY l.id"));
    rows.exec();
    QList<audit::ChainRow> unsealed;
    while (rows.next())
        unsealed << chainRow(m_db, rows);
    Query seal(m_db, QStringLiteral("UPDATE audit_log SET prev_hash = :prev, hash = :hash "
                                    "WHERE id = :id"));
    for (const audit::ChainRow &row : std::as_const(unsealed)) {
        const QString hash = audit::AuditChain::hashOf(prev, row);
        seal.bind(QStringLiteral(":prev"), prev)
            .bind(QStringLiteral(":hash"), hash)
            .bind(QStringLiteral(":id"), row.id)
            .exec();
        prev = hash;
    }
    tx.commit();
}

QStringList AuditLog::missingGuards() const
{
    const QStringList expected =
        m_db.dialect().isSqlite()
            ? QStringList{QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete"),
                          QStringLiteral("audit_log_no_replace"), QStringLiteral("audit_log_chained")}
            : QStringList{QStringLiteral("audit_log_no_change"), QStringLiteral("audit_log_chained"),
                          QStringLiteral("audit_log_no_truncate")};
    Query q(m_db, m_db.dialect().isSqlite()
                      ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                       "tbl_name = 'audit_log'")
                      : QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = "
                                       "'audit_log'::regclass AND tgenabled <> 'D' AND NOT "
                                       "tgisinternal"));
    q.exec();
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    QStringList missing;
    for (const QString &name : expected)
        if (!present.contains(name))
            missing << name;
    return missing;
}

QList<AuditEntry> AuditLog::forEntity(const QString &entity, const QString &entityId) const
{
    Query q(m_db, QLatin1String("SELECT ") + kRowColumns +
                      QLatin1String(" FROM audit_log l WHERE l.entity = :entity AND "
                                    "l.entity_id = :eid ORDER BY l.id"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":eid"), entityId).exec();
    return entries(m_db, q);
}

QList<AuditEntry> AuditLog::forCase(const QString &caseId) const
{
    // One branch per kind of record, each joined on the index (entity,
    // entity_id, id): an OR of subqueries would read the whole log on
    // PostgreSQL. Ids are uuid there and text in entity_id, hence the casts.
    const QString select =
        QLatin1String("SELECT ") + kRowColumns + QLatin1String(" FROM audit_log l ");
    const QString sql =
        select +
        QLatin1String("WHERE l.entity = 'application' AND l.entity_id = :case UNION ALL ") +
        select +
        QLatin1String("JOIN permits p ON l.entity = 'permit' AND l.entity_id = CAST(p.id AS TEXT) "
                      "WHERE p.application_id = :case UNION ALL ") +
        select +
        QLatin1String("JOIN applications a ON l.entity = 'immigrant' AND "
                      "l.entity_id = CAST(a.immigrant_id AS TEXT) WHERE a.id = :case UNION ALL ") +
        select +
        QLatin1String("JOIN applications a ON l.entity = 'employer' AND "
                      "l.entity_id = CAST(a.employer_id AS TEXT) WHERE a.id = :case UNION ALL ") +
        select +
        QLatin1String(
            "JOIN complaints c ON l.entity = 'complaint' AND l.entity_id = CAST(c.id AS TEXT) "
            "WHERE c.application_id = :case OR c.permit_id IN "
            "(SELECT id FROM permits WHERE application_id = :case) ORDER BY 1");
    Query q(m_db, sql);
    q.bind(QStringLiteral(":case"), caseId).exec();
    return entries(m_db, q);
}

} // namespace ruqsat::store
