// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "RegisterSearch.h"
#include "StoreError.h"

#include <QJsonObject>

namespace ruqsat::store {

using records::Complaint;

namespace {

const QString kColumns = QStringLiteral(
    "cp.id, cp.application_id, cp.permit_id, cp.addressee, cp.complainant, cp.summary, "
    "cp.registered_on, cp.due_on, cp.resolved_on, cp.outcome, cp.recorded_by, cp.decision_id, "
    "cp.resolution, cp.forwarded_to, cp.resolved_by");

Complaint complaintFrom(const Query &q)
{
    Complaint c;
    c.id = q.value(0).toString();
    c.applicationId = q.value(1).toString();
    c.permitId = q.value(2).toString();
    c.addressee = q.value(3).toString();
    c.complainant = q.value(4).toString();
    c.summary = q.value(5).toString();
    c.registeredOn = SqlDialect::dateFrom(q.value(6));
    c.dueOn = SqlDialect::dateFrom(q.value(7));
    c.resolvedOn = SqlDialect::dateFrom(q.value(8));
    c.outcome = q.value(9).toString();
    c.recordedBy = q.value(10).toString();
    c.decisionId = q.value(11).toString();
    c.resolution = q.value(12).toString();
    c.forwardedTo = q.value(13).toString();
    c.resolvedBy = q.value(14).toString();
    return c;
}

} // namespace

QString ComplaintRepository::create(Complaint &c, const QString &actor) const
{
    if (c.id.isEmpty())
        c.id = newId();
    Transaction tx(m_db);
    Query(m_db,
          QStringLiteral(
              "INSERT INTO complaints (id, application_id, permit_id, decision_id, addressee, "
              "complainant, summary, registered_on, due_on, recorded_at, recorded_by) VALUES "
              "(:id, :app, :permit, :decision, :to, :who, :summary, :registered, :due, :at, :by)"))
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":app"), textOrNull(c.applicationId))
        .bind(QStringLiteral(":permit"), textOrNull(c.permitId))
        .bind(QStringLiteral(":decision"), textOrNull(c.decisionId))
        .bind(QStringLiteral(":to"), c.addressee)
        .bind(QStringLiteral(":who"), c.complainant)
        .bind(QStringLiteral(":summary"), c.summary)
        .bind(QStringLiteral(":registered"), SqlDialect::date(c.registeredOn))
        .bind(QStringLiteral(":due"), SqlDialect::date(c.dueOn))
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(c.recordedBy))
        .exec();
    QJsonObject details{{QStringLiteral("to"), c.addressee},
                        {QStringLiteral("due_on"), c.dueOn.toString(Qt::ISODate)}};
    if (!c.decisionId.isEmpty())
        details.insert(QStringLiteral("decision"), c.decisionId);
    AuditLog(m_db).append(actor, QStringLiteral("complaint"), c.id, QStringLiteral("register"),
                          details);
    tx.commit();
    return c.id;
}

void ComplaintRepository::resolve(const QString &id, const ComplaintResolution &r,
                                  const QString &actor) const
{
    Transaction tx(m_db);
    Query q(m_db,
            QStringLiteral("UPDATE complaints SET resolved_on = :on, resolution = :resolution, "
                           "forwarded_to = :to, outcome = :note, resolved_by = :by "
                           "WHERE id = :id AND resolved_on IS NULL"));
    q.bind(QStringLiteral(":on"), SqlDialect::date(r.resolvedOn))
        .bind(QStringLiteral(":resolution"), r.resolution)
        .bind(QStringLiteral(":to"), r.forwardedTo)
        .bind(QStringLiteral(":note"), r.note)
        .bind(QStringLiteral(":by"), textOrNull(r.resolvedBy))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (q.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("ruqsat::store::ComplaintRepository",
                                                     "The complaint %1 does not exist or is already resolved")
                             .arg(id));
    QJsonObject details{{QStringLiteral("resolution"), r.resolution},
                        {QStringLiteral("resolved_on"), r.resolvedOn.toString(Qt::ISODate)}};
    if (!r.forwardedTo.isEmpty())
        details.insert(QStringLiteral("forwarded_to"), r.forwardedTo);
    AuditLog(m_db).append(actor, QStringLiteral("complaint"), id, QStringLiteral("resolve"),
                          details);
    tx.commit();
}

QList<Complaint> ComplaintRepository::select(const QString &where, const QVariant &value) const
{
    Query q(m_db, QLatin1String("SELECT ") + kColumns +
                      QLatin1String(" FROM complaints cp WHERE ") + where +
                      QLatin1String(" ORDER BY cp.due_on, cp.id"));
    q.bind(QStringLiteral(":v"), value).exec();
    QList<Complaint> list;
    while (q.next())
        list << complaintFrom(q);
    return list;
}

std::optional<Complaint> ComplaintRepository::find(const QString &id) const
{
    const auto list = select(QStringLiteral("cp.id = :v"), id);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<Complaint> ComplaintRepository::openDueBy(const QDate &day) const
{
    return select(QStringLiteral("cp.resolved_on IS NULL AND cp.due_on <= :v"),
                  SqlDialect::date(day));
}

QList<ComplaintRow> ComplaintRepository::list(const ComplaintFilter &filter) const
{
    SqlWhere w;
    QString order = QStringLiteral("cp.due_on, cp.id");
    switch (filter.state) {
    case ComplaintFilter::State::Open:
        w.add(QStringLiteral("cp.resolved_on IS NULL"));
        break;
    case ComplaintFilter::State::Resolved:
        w.add(QStringLiteral("cp.resolved_on IS NOT NULL"));
        order = QStringLiteral("cp.resolved_on DESC, cp.id");
        break;
    case ComplaintFilter::State::All:
        // Open ones first by due date, then the resolved, latest first.
        order = QStringLiteral(
            "(cp.resolved_on IS NOT NULL), CASE WHEN cp.resolved_on IS NULL THEN cp.due_on END, "
            "cp.resolved_on DESC, cp.id");
        break;
    }
    if (!filter.applicationId.isEmpty())
        w.add(QStringLiteral("a.id = :app"), {{QStringLiteral(":app"), filter.applicationId}});
    addDistrictScope(w, QStringLiteral("a.district_id"), filter.districtIds);
    // A complaint on a permit belongs to the permit's case.
    Query q(m_db,
            QLatin1String("SELECT ") + kColumns +
                QLatin1String(
                    ", a.registry_number, p.number, a.district_id, i.surname_lat, "
                    "i.given_names_lat, d.kind, d.decided_at, a.id "
                    "FROM complaints cp LEFT JOIN permits p ON p.id = cp.permit_id "
                    "JOIN applications a ON a.id = COALESCE(p.application_id, cp.application_id) "
                    "JOIN immigrants i ON i.id = a.immigrant_id "
                    "LEFT JOIN decisions d ON d.id = cp.decision_id WHERE ") +
                w.sql + QLatin1String(" ORDER BY ") + order);
    q.bind(w.binds);
    q.exec();
    QList<ComplaintRow> rows;
    while (q.next()) {
        ComplaintRow r;
        r.complaint = complaintFrom(q);
        r.registryNumber = q.value(15).toString();
        r.permitNumber = q.value(16).toString();
        r.districtId = q.value(17).toInt();
        r.person = QString(q.value(18).toString() + u' ' + q.value(19).toString()).trimmed();
        r.decisionKind = q.value(20).toString();
        r.decidedOn = m_db.dialect().timeFrom(q.value(21)).toLocalTime().date();
        r.caseId = q.value(22).toString();
        rows << r;
    }
    return rows;
}

} // namespace ruqsat::store
