// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"

namespace ruqsat::store {

using records::Quota;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::QuotaRepository", text);
}

const QString kSelect = QStringLiteral("SELECT id, region_id, year, quota, issued, reserved FROM quotas ");

std::optional<Quota> readQuota(Query &q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    Quota quota;
    quota.id = q.value(0).toString();
    quota.regionId = q.value(1).toInt();
    quota.year = q.value(2).toInt();
    quota.quota = q.value(3).toInt();
    quota.issued = q.value(4).toInt();
    quota.reserved = q.value(5).toInt();
    q.finish();
    return quota;
}

} // namespace

std::optional<Quota> QuotaRepository::find(int regionId, int year) const
{
    Query q(m_db, kSelect + QLatin1String("WHERE region_id = :region AND year = :year"));
    q.bind(QStringLiteral(":region"), regionId).bind(QStringLiteral(":year"), year);
    return readQuota(q);
}

std::optional<Quota> QuotaRepository::findById(const QString &id) const
{
    Query q(m_db, kSelect + QLatin1String("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return readQuota(q);
}

QList<RegionQuota> QuotaRepository::ofYear(int year) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT q.id, q.region_id, q.year, q.quota, q.issued, q.reserved, r.kato, "
                      "r.kind, r.name_kk, r.name_ru, r.name_en FROM quotas q "
                      "JOIN regions r ON r.id = q.region_id WHERE q.year = :year ORDER BY r.kato"));
    q.bind(QStringLiteral(":year"), year).exec();
    QList<RegionQuota> list;
    while (q.next()) {
        RegionQuota row;
        row.quota.id = q.value(0).toString();
        row.quota.regionId = q.value(1).toInt();
        row.quota.year = q.value(2).toInt();
        row.quota.quota = q.value(3).toInt();
        row.quota.issued = q.value(4).toInt();
        row.quota.reserved = q.value(5).toInt();
        row.region.id = row.quota.regionId;
        row.region.kato = q.value(6).toString();
        row.region.kind = q.value(7).toString();
        row.region.nameKk = q.value(8).toString();
        row.region.nameRu = q.value(9).toString();
        row.region.nameEn = q.value(10).toString();
        list << row;
    }
    return list;
}

QList<int> QuotaRepository::issuedByMonth(const QString &quotaId, int year) const
{
    // The months end at local midnight, and issued_at is UTC, so the bounds
    // are bound as times rather than compared as text months.
    QList<QVariant> monthStarts; // of February to December
    for (int month = 2; month <= 12; ++month)
        monthStarts << m_db.dialect().time(QDate(year, month, 1).startOfDay());
    if (!m_db.dialect().isSqlite())
        return issuedByMonthOnServer(quotaId, monthStarts);
    // One pass over the quota's permits (index permits_quota): a permit
    // counts in every month whose end it was issued before.
    QStringList sums;
    for (int month = 2; month <= 12; ++month)
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN issued_at < :m%1 THEN 1 ELSE 0 END), 0)")
                    .arg(month, 2, 10, QLatin1Char('0'));
    sums << QStringLiteral("COUNT(*)");
    Query q(m_db, QLatin1String("SELECT ") + sums.join(QLatin1String(", ")) +
                      QLatin1String(
                          " FROM permits WHERE quota_id = :quota AND extends_permit_id IS NULL"));
    q.bind(QStringLiteral(":quota"), quotaId);
    for (int month = 2; month <= 12; ++month)
        q.bind(QStringLiteral(":m%1").arg(month, 2, 10, QLatin1Char('0')), monthStarts.at(month - 2));
    q.exec();
    QList<int> counts;
    if (q.next())
        for (int column = 0; column < 12; ++column)
            counts << q.value(column).toInt();
    return counts;
}

QList<int> QuotaRepository::issuedByMonthOnServer(const QString &quotaId,
                                                  const QList<QVariant> &monthStarts) const
{
    // A clerk's row policies hide the permits of the region's other
    // districts; ruqsat_quota_issued_by_month (schema 17) counts them all
    // and says, for each count, how many month starts came before.
    QStringList starts;
    for (const QVariant &start : monthStarts)
        starts << u'"' + start.toString() + u'"';
    Query q(m_db, QStringLiteral("SELECT months_begun, issued FROM ruqsat_quota_issued_by_month("
                                 "CAST(:quota AS uuid), CAST(:starts AS timestamptz[]))"));
    q.bind(QStringLiteral(":quota"), quotaId);
    q.bind(QStringLiteral(":starts"), QString(u'{' + starts.join(u',') + u'}'));
    q.exec();
    QList<int> issuedIn(monthStarts.size() + 1, 0); // [0]: January; [11]: December
    while (q.next())
        issuedIn[q.value(0).toInt()] += q.value(1).toInt();
    QList<int> counts;
    int sum = 0;
    for (int month = 0; month < issuedIn.size(); ++month)
        counts << (sum += issuedIn.at(month));
    return counts;
}

Quota QuotaRepository::setQuota(int regionId, int year, int places, const QString &actor) const
{
    if (places < 0)
        throw StoreError(StoreError::Kind::Invalid, tr("A quota cannot be negative"));
    Transaction tx(m_db);
    const auto existing = find(regionId, year);
    if (existing && places < existing->issued + existing->reserved)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The quota cannot be lower than the %1 places already taken by permits "
                            "in force and reservations")
                             .arg(existing->issued + existing->reserved));
    Query(m_db, QStringLiteral("INSERT INTO quotas (id, region_id, year, quota) VALUES (:id, :region, "
                               ":year, :quota) ON CONFLICT (region_id, year) DO UPDATE SET quota = "
                               "excluded.quota"))
        .bind(QStringLiteral(":id"), existing ? existing->id : newId())
        .bind(QStringLiteral(":region"), regionId)
        .bind(QStringLiteral(":year"), year)
        .bind(QStringLiteral(":quota"), places)
        .exec();
    const Quota result = *find(regionId, year);
    AuditLog(m_db).append(
        actor, QStringLiteral("quota"), result.id, QStringLiteral("set"),
        {{QStringLiteral("region_id"), regionId},
         {QStringLiteral("year"), year},
         {QStringLiteral("quota"),
          QJsonObject{{QStringLiteral("before"), existing ? QJsonValue(existing->quota) : QJsonValue()},
                      {QStringLiteral("after"), places}}}});
    tx.commit();
    return result;
}

bool QuotaRepository::holdsReservation(const QString &applicationId, const QString &quotaId) const
{
    Query q(m_db,
            QStringLiteral("SELECT COUNT(*) FROM quota_reservations "
                           "WHERE application_id = :app AND quota_id = :quota AND state = 'live'"));
    return q.bind(QStringLiteral(":app"), applicationId)
               .bind(QStringLiteral(":quota"), quotaId)
               .scalar()
               .toInt() > 0;
}

void QuotaRepository::reserve(const QString &applicationId, const QString &quotaId,
                              const QDate &expiresOn, const QString &actor) const
{
    Transaction tx(m_db);
    const StoreError full(StoreError::Kind::QuotaExhausted,
                          tr("No place is free in the quota: the place cannot be reserved"));
    const bool sqlite = m_db.dialect().isSqlite();
    if (sqlite) {
        // The same conditional statement as issuing: never more places than the quota.
        Query take(m_db, QStringLiteral("UPDATE quotas SET reserved = reserved + 1 "
                                        "WHERE id = :id AND issued + reserved < quota"));
        take.bind(QStringLiteral(":id"), quotaId).exec();
        if (take.rowsAffected() == 0)
            throw full;
    }
    const QString id = newId();
    Query insert(m_db, QStringLiteral("INSERT INTO quota_reservations (id, quota_id, application_id, "
                                      "reserved_at, expires_on, state) VALUES (:id, :quota, :app, :at, "
                                      ":expires, 'live')"));
    insert.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":quota"), quotaId)
        .bind(QStringLiteral(":app"), applicationId)
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":expires"), SqlDialect::date(expiresOn));
    try {
        insert.exec();
    } catch (const StoreError &e) {
        // PostgreSQL (schema 11): a trigger counts the live reservations into
        // quotas.reserved, where CHECK (issued + reserved <= quota) refuses this one.
        if (!sqlite && e.kind() == StoreError::Kind::Invalid &&
            e.detail().contains(QLatin1String("\"quotas\"")))
            throw full;
        throw;
    }
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId,
                          QStringLiteral("quota_reserve"),
                          {{QStringLiteral("expires_on"), expiresOn.toString(Qt::ISODate)}});
    tx.commit();
}

void QuotaRepository::closeReservation(const QString &reservationId, const QString &quotaId,
                                       const QString &state) const
{
    Query(m_db, QStringLiteral("UPDATE quota_reservations SET state = :state, closed_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":state"), state)
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":id"), reservationId)
        .exec();
    if (!m_db.dialect().isSqlite())
        return; // a trigger gives the place back (schema 11)
    Query(m_db, QStringLiteral("UPDATE quotas SET reserved = reserved - 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), quotaId)
        .exec();
}

void QuotaRepository::releaseReservation(const QString &applicationId, const QString &actor) const
{
    Transaction tx(m_db);
    Query live(m_db, QStringLiteral("SELECT id, quota_id FROM quota_reservations "
                                    "WHERE application_id = :app AND state = 'live'"));
    live.bind(QStringLiteral(":app"), applicationId).exec();
    if (!live.next())
        return; // nothing held: nothing to give back
    const QString id = live.value(0).toString();
    const QString quotaId = live.value(1).toString();
    live.finish();
    closeReservation(id, quotaId, QStringLiteral("released"));
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId,
                          QStringLiteral("quota_release"));
    tx.commit();
}

int QuotaRepository::expireReservations(const QDate &today, const QString &actor) const
{
    Transaction tx(m_db);
    Query due(m_db, QStringLiteral("SELECT id, quota_id, application_id FROM quota_reservations "
                                   "WHERE state = 'live' AND expires_on < :today"));
    due.bind(QStringLiteral(":today"), SqlDialect::date(today)).exec();
    QList<QStringList> rows;
    while (due.next())
        rows << QStringList{due.value(0).toString(), due.value(1).toString(), due.value(2).toString()};
    due.finish();
    for (const QStringList &row : rows) {
        closeReservation(row.at(0), row.at(1), QStringLiteral("expired"));
        AuditLog(m_db).append(actor, QStringLiteral("application"), row.at(2),
                              QStringLiteral("quota_reservation_expired"));
    }
    tx.commit();
    return int(rows.size());
}

void QuotaRepository::freePlace(const QString &quotaId) const
{
    if (!m_db.dialect().isSqlite())
        return; // the permit's trigger frees it (schema 11)
    Query(m_db, QStringLiteral("UPDATE quotas SET issued = issued - 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), quotaId)
        .exec();
}

} // namespace ruqsat::store
