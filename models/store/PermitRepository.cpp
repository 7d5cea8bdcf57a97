// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "CaseRepository.h"
#include "Counters.h"
#include "Database.h"
#include "Query.h"
#include "QuotaRepository.h"
#include "StoreError.h"

namespace ruqsat::store {

using namespace records;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::PermitRepository", text);
}

const QString kColumns = QStringLiteral(
    "id, number, application_id, immigrant_id, employer_id, region_id, district_id, quota_id, "
    "extends_permit_id, chain_start, valid_from, valid_to, status, copies_issued, issued_at, issued_by");

// The values of a new permit, bound by name; the number and quota come from the statement.
void bindNewPermit(Query &q, const Permit &p)
{
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":app"), p.applicationId)
        .bind(QStringLiteral(":imm"), p.immigrantId)
        .bind(QStringLiteral(":emp"), p.employerId)
        .bind(QStringLiteral(":region"), p.regionId)
        .bind(QStringLiteral(":district"), p.districtId)
        .bind(QStringLiteral(":extends"), textOrNull(p.extendsPermitId))
        .bind(QStringLiteral(":chain"), SqlDialect::date(p.chainStart))
        .bind(QStringLiteral(":from"), SqlDialect::date(p.validFrom))
        .bind(QStringLiteral(":to"), SqlDialect::date(p.validTo))
        .bind(QStringLiteral(":at"), q.dialect().time(p.issuedAt))
        .bind(QStringLiteral(":by"), textOrNull(p.issuedBy));
}

const QString kInsertColumns = QStringLiteral(
    "INSERT INTO permits (id, number, application_id, immigrant_id, employer_id, region_id, "
    "district_id, quota_id, extends_permit_id, chain_start, valid_from, valid_to, status, "
    "issued_at, issued_by) ");
const QString kInsertValues = QStringLiteral(
    ":app, :imm, :emp, :region, :district, %1, :extends, :chain, :from, :to, 'in_force', :at, :by");

bool isClosed(CaseStatus s)
{
    return s == CaseStatus::Issued || s == CaseStatus::Extended || s == CaseStatus::Refused ||
           s == CaseStatus::RefusedIntake || s == CaseStatus::Withdrawn;
}

} // namespace

QString PermitRepository::takePlaceAndInsert(const Permit &p, const QString &counterName,
                                             const QString &prefix, bool conditionalPlace) const
{
    const bool sqlite = m_db.dialect().isSqlite();
    if (conditionalPlace && sqlite) {
        // SQLite: the write transaction (BEGIN IMMEDIATE) admits one writer,
        // so the conditional update and the insert cannot interleave.
        Query take(m_db, QStringLiteral("UPDATE quotas SET issued = issued + 1 "
                                        "WHERE id = :quota AND issued + reserved < quota"));
        take.bind(QStringLiteral(":quota"), p.quotaId).exec();
        if (take.rowsAffected() == 0)
            return {};
    }
    const QString number = prefix + QStringLiteral("%1").arg(nextCounterValue(m_db, counterName), 6, 10,
                                                             QLatin1Char('0'));
    Query q(m_db, kInsertColumns + QLatin1String("VALUES (:id, :number, ") +
                      kInsertValues.arg(QStringLiteral(":quota")) + u')');
    bindNewPermit(q, p);
    q.bind(QStringLiteral(":number"), number).bind(QStringLiteral(":quota"), p.quotaId);
    if (sqlite) {
        q.exec();
        return number;
    }
    // PostgreSQL (schema 11): inserting the permit takes its place, since a
    // trigger counts the permits in force into quotas.issued, no role may
    // write it, and CHECK (issued + reserved <= quota) refuses the permit
    // when no place is free. The quota's row lock orders issuers.
    try {
        q.exec();
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Invalid && e.detail().contains(QLatin1String("\"quotas\"")))
            return {};
        throw;
    }
    return number;
}

Permit PermitRepository::issue(const IssueRequest &r, const QString &actor) const
{
    Transaction tx(m_db);
    CaseRepository cases(m_db);
    auto app = cases.find(r.applicationId);
    if (!app)
        throw StoreError(StoreError::Kind::NotFound, tr("The case %1 is not in the store").arg(r.applicationId));
    if (isClosed(app->status))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The case %1 is already decided (%2)").arg(app->registryNumber, code(app->status)));

    Permit p;
    p.id = newId();
    p.applicationId = app->id;
    p.immigrantId = app->immigrantId;
    p.employerId = app->employerId;
    p.regionId = r.regionId;
    p.districtId = app->districtId;
    p.extendsPermitId = r.extendsPermitId;
    p.chainStart = r.chainStart.isValid() ? r.chainStart : r.validFrom;
    p.validFrom = r.validFrom;
    p.validTo = r.validTo;
    p.issuedAt = QDateTime::currentDateTimeUtc();
    p.issuedBy = r.decidedBy;

    bool conditionalPlace = false;
    if (!r.extendsPermitId.isEmpty()) {
        // R-QUOTA-EXTEND: the chain keeps the place of the permit it extends.
        const auto previous = find(r.extendsPermitId);
        if (!previous || previous->status != PermitStatus::InForce)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("Only a permit in force can be extended"));
        p.quotaId = previous->quotaId;
        p.regionId = previous->regionId;
        p.chainStart = previous->chainStart;
        leaveForce(previous->id, PermitStatus::Extended);
    } else {
        QuotaRepository quotas(m_db);
        const auto quota = quotas.find(r.regionId, r.quotaYear);
        if (!quota)
            throw StoreError(StoreError::Kind::QuotaExhausted,
                             tr("No quota is set for this region in %1: the permit cannot be issued")
                                 .arg(r.quotaYear));
        p.quotaId = quota->id;
        // R-PORTAL-INTENT: a live reservation turns into the permit's place.
        Query used(m_db, QStringLiteral("UPDATE quota_reservations SET state = 'used', closed_at = :at "
                                        "WHERE application_id = :app AND quota_id = :quota AND state = 'live'"));
        used.bind(QStringLiteral(":at"), m_db.dialect().time(p.issuedAt))
            .bind(QStringLiteral(":app"), app->id)
            .bind(QStringLiteral(":quota"), quota->id)
            .exec();
        if (used.rowsAffected() == 0) {
            conditionalPlace = true;
        } else if (m_db.dialect().isSqlite()) {
            // On PostgreSQL the reservation's and the permit's triggers move the place.
            Query(m_db, QStringLiteral("UPDATE quotas SET issued = issued + 1, reserved = reserved - 1 "
                                       "WHERE id = :quota"))
                .bind(QStringLiteral(":quota"), quota->id)
                .exec();
        }
    }

    const QString kato = Query(m_db, QStringLiteral("SELECT kato FROM regions WHERE id = :id"))
                             .bind(QStringLiteral(":id"), p.regionId)
                             .scalar()
                             .toString();
    const QString prefix = kato.left(2) + u'-' + QString::number(r.quotaYear) + u'-';
    p.number = takePlaceAndInsert(p, QLatin1String("permit-") + prefix, prefix, conditionalPlace);
    if (p.number.isEmpty())
        throw StoreError(StoreError::Kind::QuotaExhausted,
                         tr("The quota of this region for %1 is used up: no permit can be issued "
                            "until a place is freed")
                             .arg(r.quotaYear));

    Decision decision;
    decision.applicationId = app->id;
    decision.kind = r.extendsPermitId.isEmpty() ? DecisionKind::Issue : DecisionKind::Extend;
    decision.decidedAt = p.issuedAt;
    decision.decidedBy = r.decidedBy;
    cases.recordDecision(decision, actor);
    cases.setStatus(*app, r.extendsPermitId.isEmpty() ? CaseStatus::Issued : CaseStatus::Extended, actor);
    AuditLog(m_db).append(actor, QStringLiteral("permit"), p.id, QStringLiteral("issue"),
                          {{QStringLiteral("number"), p.number},
                           {QStringLiteral("valid_from"), p.validFrom.toString(Qt::ISODate)},
                           {QStringLiteral("valid_to"), p.validTo.toString(Qt::ISODate)}});
    tx.commit();
    return p;
}

void PermitRepository::leaveForce(const QString &permitId, PermitStatus status) const
{
    Query q(m_db, QStringLiteral("UPDATE permits SET status = :status WHERE id = :id AND status = "
                                 "'in_force' RETURNING quota_id"));
    const QString quotaId = q.bind(QStringLiteral(":status"), code(status))
                                .bind(QStringLiteral(":id"), permitId)
                                .scalar()
                                .toString();
    if (quotaId.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("The permit is not in force"));
    // An extended permit hands its place on to its extension; the others free it.
    if (status != PermitStatus::Extended)
        QuotaRepository(m_db).freePlace(quotaId);
}

QList<Permit> PermitRepository::select(const QString &where, const QString &value) const
{
    Query q(m_db, QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM permits WHERE ") + where +
                      QLatin1String(" ORDER BY valid_from, number"));
    q.bind(QStringLiteral(":v"), value).exec();
    QList<Permit> list;
    while (q.next()) {
        Permit p;
        int c = 0;
        p.id = q.value(c++).toString();
        p.number = q.value(c++).toString();
        p.applicationId = q.value(c++).toString();
        p.immigrantId = q.value(c++).toString();
        p.employerId = q.value(c++).toString();
        p.regionId = q.value(c++).toInt();
        p.districtId = q.value(c++).toInt();
        p.quotaId = q.value(c++).toString();
        p.extendsPermitId = q.value(c++).toString();
        p.chainStart = SqlDialect::dateFrom(q.value(c++));
        p.validFrom = SqlDialect::dateFrom(q.value(c++));
        p.validTo = SqlDialect::dateFrom(q.value(c++));
        p.status = fromCode<PermitStatus>(q.value(c++).toString()).value_or(PermitStatus::InForce);
        p.copiesIssued = q.value(c++).toInt();
        p.issuedAt = m_db.dialect().timeFrom(q.value(c++));
        p.issuedBy = q.value(c++).toString();
        list << p;
    }
    return list;
}

std::optional<Permit> PermitRepository::find(const QString &id) const
{
    const auto list = select(QStringLiteral("id = :v"), id);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<Permit> PermitRepository::findByNumber(const QString &number) const
{
    const auto list = select(QStringLiteral("number = :v"), number);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<Permit> PermitRepository::forImmigrant(const QString &immigrantId) const
{
    return select(QStringLiteral("immigrant_id = :v"), immigrantId);
}

int PermitRepository::recordCopy(const QString &permitId, const QString &reason,
                                 const QString &actor, const QString &issuedBy) const
{
    Transaction tx(m_db);
    // R-DUPLICATE: only a permit in force gets a copy. The condition sits in
    // the UPDATE so that it holds at the write: on PostgreSQL a revocation
    // landing after the caller's check makes this UPDATE wait for it and
    // then find the permit out of force.
    const int copies = Query(m_db, QStringLiteral("UPDATE permits SET copies_issued = copies_issued + 1 "
                                                  "WHERE id = :id AND status = 'in_force' RETURNING copies_issued"))
                           .bind(QStringLiteral(":id"), permitId)
                           .scalar()
                           .toInt();
    if (copies == 0) {
        if (!find(permitId))
            throw StoreError(StoreError::Kind::NotFound, tr("The permit %1 is not in the store").arg(permitId));
        throw StoreError(StoreError::Kind::Invalid, tr("The permit is not in force"));
    }
    Query(m_db,
          QStringLiteral("INSERT INTO permit_copies (id, permit_id, reason, issued_at, issued_by) "
                         "VALUES (:id, :permit, :reason, :at, :by)"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":permit"), permitId)
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(issuedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("permit"), permitId, QStringLiteral("copy"),
                          {{QStringLiteral("reason"), reason}, {QStringLiteral("copies"), copies}});
    tx.commit();
    return copies;
}

void PermitRepository::terminate(const Termination &t, const QString &actor) const
{
    Transaction tx(m_db);
    leaveForce(t.permitId, PermitStatus::Terminated);
    Query(m_db, QStringLiteral("INSERT INTO terminations (id, permit_id, contract_ended_on, notice_due_on, "
                               "notified_on, note, recorded_at, recorded_by) VALUES (:id, :permit, :ended, :due, "
                               ":notified, :note, :at, :by)"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":permit"), t.permitId)
        .bind(QStringLiteral(":ended"), SqlDialect::date(t.contractEndedOn))
        .bind(QStringLiteral(":due"), SqlDialect::date(t.noticeDueOn))
        .bind(QStringLiteral(":notified"), SqlDialect::date(t.notifiedOn))
        .bind(QStringLiteral(":note"), t.note)
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(t.recordedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("permit"), t.permitId, QStringLiteral("terminate"),
                          {{QStringLiteral("contract_ended_on"), t.contractEndedOn.toString(Qt::ISODate)}});
    tx.commit();
}

void PermitRepository::revoke(const Revocation &r, const QString &actor) const
{
    Transaction tx(m_db);
    leaveForce(r.permitId, PermitStatus::Revoked);
    Query(m_db, QStringLiteral("INSERT INTO revocations (id, permit_id, act_issuer, act_number, act_date, "
                               "revoked_on, police_notice_due_on, police_notified_on, stay_until, "
                               "recorded_at, recorded_by) VALUES (:id, :permit, :issuer, :number, :act_date, :revoked, "
                               ":due, :notified, :stay, :at, :by)"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":permit"), r.permitId)
        .bind(QStringLiteral(":issuer"), r.actIssuer)
        .bind(QStringLiteral(":number"), r.actNumber)
        .bind(QStringLiteral(":act_date"), SqlDialect::date(r.actDate))
        .bind(QStringLiteral(":revoked"), SqlDialect::date(r.revokedOn))
        .bind(QStringLiteral(":due"), SqlDialect::date(r.policeNoticeDueOn))
        .bind(QStringLiteral(":notified"), SqlDialect::date(r.policeNotifiedOn))
        .bind(QStringLiteral(":stay"), SqlDialect::date(r.stayUntil))
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(r.recordedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("permit"), r.permitId, QStringLiteral("revoke"),
                          {{QStringLiteral("act_issuer"), r.actIssuer},
                           {QStringLiteral("act_number"), r.actNumber}});
    tx.commit();
}

std::optional<Revocation> PermitRepository::revocation(const QString &permitId) const
{
    Query q(m_db, QStringLiteral("SELECT act_issuer, act_number, act_date, revoked_on, police_notice_due_on, "
                                 "police_notified_on, stay_until, recorded_by FROM revocations WHERE permit_id = :id"));
    q.bind(QStringLiteral(":id"), permitId).exec();
    if (!q.next())
        return std::nullopt;
    return Revocation{permitId,
                      q.value(0).toString(),
                      q.value(1).toString(),
                      SqlDialect::dateFrom(q.value(2)),
                      SqlDialect::dateFrom(q.value(3)),
                      SqlDialect::dateFrom(q.value(4)),
                      SqlDialect::dateFrom(q.value(5)),
                      SqlDialect::dateFrom(q.value(6)),
                      q.value(7).toString()};
}

std::optional<Termination> PermitRepository::termination(const QString &permitId) const
{
    Query q(m_db, QStringLiteral("SELECT contract_ended_on, notice_due_on, notified_on, note, recorded_by FROM "
                                 "terminations WHERE permit_id = :id"));
    q.bind(QStringLiteral(":id"), permitId).exec();
    if (!q.next())
        return std::nullopt;
    return Termination{permitId, SqlDialect::dateFrom(q.value(0)), SqlDialect::dateFrom(q.value(1)),
                       SqlDialect::dateFrom(q.value(2)), q.value(3).toString(), q.value(4).toString()};
}

void PermitRepository::recordRevocationNotice(const QString &permitId, const QDate &sentOn,
                                              const QString &actor) const
{
    Transaction tx(m_db);
    const QVariant before = Query(m_db, QStringLiteral("SELECT police_notified_on FROM revocations "
                                                       "WHERE permit_id = :id"))
                                .bind(QStringLiteral(":id"), permitId)
                                .scalar();
    const int changed = Query(m_db, QStringLiteral("UPDATE revocations SET police_notified_on = :on "
                                                   "WHERE permit_id = :id"))
                            .bind(QStringLiteral(":on"), SqlDialect::date(sentOn))
                            .bind(QStringLiteral(":id"), permitId)
                            .exec()
                            .rowsAffected();
    if (changed != 1)
        throw StoreError(StoreError::Kind::NotFound, tr("The permit %1 is not revoked").arg(permitId));
    AuditLog(m_db).append(actor, QStringLiteral("permit"), permitId, QStringLiteral("revocation_notice"),
                          {{QStringLiteral("before"), SqlDialect::dateFrom(before).toString(Qt::ISODate)},
                           {QStringLiteral("police_notified_on"), sentOn.toString(Qt::ISODate)}});
    tx.commit();
}

int PermitRepository::expireDue(const QDate &today, const QString &actor) const
{
    Transaction tx(m_db);
    Query due(m_db, QStringLiteral("SELECT id FROM permits WHERE status = 'in_force' AND valid_to < :today"));
    due.bind(QStringLiteral(":today"), SqlDialect::date(today)).exec();
    QStringList ids;
    while (due.next())
        ids << due.value(0).toString();
    due.finish();
    for (const QString &id : ids) {
        leaveForce(id, PermitStatus::Expired);
        AuditLog(m_db).append(actor, QStringLiteral("permit"), id, QStringLiteral("expire"));
    }
    tx.commit();
    return int(ids.size());
}

void PermitRepository::addLabourContract(LabourContract &c, const QString &actor) const
{
    if (c.id.isEmpty())
        c.id = newId();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO labour_contracts (id, permit_id, number, concluded_on, "
                               "registered_on, registry, valid_from, valid_to, recorded_at, recorded_by) VALUES (:id, "
                               ":permit, :number, :concluded, :registered, :registry, :from, :to, :at, :by)"))
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":permit"), c.permitId)
        .bind(QStringLiteral(":number"), c.number)
        .bind(QStringLiteral(":concluded"), SqlDialect::date(c.concludedOn))
        .bind(QStringLiteral(":registered"), SqlDialect::date(c.registeredOn))
        .bind(QStringLiteral(":registry"), c.registry)
        .bind(QStringLiteral(":from"), SqlDialect::date(c.validFrom))
        .bind(QStringLiteral(":to"), SqlDialect::date(c.validTo))
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":by"), textOrNull(c.recordedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("permit"), c.permitId, QStringLiteral("labour_contract"),
                          {{QStringLiteral("number"), c.number}});
    tx.commit();
}

QList<LabourContract> PermitRepository::labourContracts(const QString &permitId) const
{
    Query q(m_db, QStringLiteral("SELECT id, number, concluded_on, registered_on, registry, valid_from, "
                                 "valid_to, recorded_by FROM labour_contracts WHERE permit_id = :id ORDER BY concluded_on"));
    q.bind(QStringLiteral(":id"), permitId).exec();
    QList<LabourContract> list;
    while (q.next())
        list << LabourContract{q.value(0).toString(), permitId, q.value(1).toString(),
                               SqlDialect::dateFrom(q.value(2)), SqlDialect::dateFrom(q.value(3)),
                               q.value(4).toString(), SqlDialect::dateFrom(q.value(5)),
                               SqlDialect::dateFrom(q.value(6)), q.value(7).toString()};
    return list;
}

} // namespace ruqsat::store
