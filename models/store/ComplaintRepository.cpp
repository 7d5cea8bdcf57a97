// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"

namespace ruqsat::store {

using records::Complaint;

QString ComplaintRepository::create(Complaint &c, const QString &actor) const
{
    if (c.id.isEmpty())
        c.id = newId();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO complaints (id, application_id, permit_id, addressee, complainant, "
                               "summary, registered_on, due_on, recorded_at, recorded_by) VALUES (:id, :app, :permit, "
                               ":to, :who, :summary, :registered, :due, :at, :by)"))
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":app"), textOrNull(c.applicationId))
        .bind(QStringLiteral(":permit"), textOrNull(c.permitId))
        .bind(QStringLiteral(":to"), c.addressee)
        .bind(QStringLiteral(":who"), c.complainant)
        .bind(QStringLiteral(":summary"), c.summary)
        .bind(QStringLiteral(":registered"), SqlDialect::date(c.registeredOn))
        .bind(QStringLiteral(":due"), SqlDialect::date(c.dueOn))
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(c.recordedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("complaint"), c.id, QStringLiteral("register"),
                          {{QStringLiteral("to"), c.addressee},
                           {QStringLiteral("due_on"), c.dueOn.toString(Qt::ISODate)}});
    tx.commit();
    return c.id;
}

void ComplaintRepository::resolve(const QString &id, const QDate &resolvedOn, const QString &outcome,
                                  const QString &actor) const
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE complaints SET resolved_on = :on, outcome = :outcome "
                                 "WHERE id = :id AND resolved_on IS NULL"));
    q.bind(QStringLiteral(":on"), SqlDialect::date(resolvedOn))
        .bind(QStringLiteral(":outcome"), outcome)
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (q.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("ruqsat::store::ComplaintRepository",
                                                     "The complaint %1 does not exist or is already resolved")
                             .arg(id));
    AuditLog(m_db).append(actor, QStringLiteral("complaint"), id, QStringLiteral("resolve"));
    tx.commit();
}

QList<Complaint> ComplaintRepository::select(const QString &where, const QVariant &value) const
{
    Query q(m_db, QLatin1String("SELECT id, application_id, permit_id, addressee, complainant, summary, "
                                "registered_on, due_on, resolved_on, outcome, recorded_by FROM complaints WHERE ") +
                      where + QLatin1String(" ORDER BY due_on, id"));
    q.bind(QStringLiteral(":v"), value).exec();
    QList<Complaint> list;
    while (q.next())
        list << Complaint{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          SqlDialect::dateFrom(q.value(6)), SqlDialect::dateFrom(q.value(7)),
                          SqlDialect::dateFrom(q.value(8)), q.value(9).toString(), q.value(10).toString()};
    return list;
}

std::optional<Complaint> ComplaintRepository::find(const QString &id) const
{
    const auto list = select(QStringLiteral("id = :v"), id);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<Complaint> ComplaintRepository::openDueBy(const QDate &day) const
{
    return select(QStringLiteral("resolved_on IS NULL AND due_on <= :v"), SqlDialect::date(day));
}

} // namespace ruqsat::store
