// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReferenceRepository.h"
#include "records/Permit.h"

#include <QList>
#include <optional>

namespace ruqsat::store {

class Database;

// A quota with the region it is set for.
struct RegionQuota
{
    records::Quota quota;
    Region region;
};

// R-QUOTA, R-PORTAL-INTENT: the places of each region and year, and the
// reservations held for the 10 days after an agreement of intent.
class QuotaRepository
{
public:
    explicit QuotaRepository(const Database &db) : m_db(db) {}

    // Sets the number of places; never below the places already taken.
    records::Quota setQuota(int regionId, int year, int places, const QString &actor) const;
    std::optional<records::Quota> find(int regionId, int year) const;
    std::optional<records::Quota> findById(const QString &id) const;
    // Every quota set for `year`, by the region's KATO code. Quotas are per
    // region, so no session's districts narrow them.
    QList<RegionQuota> ofYear(int year) const;
    // The permits that took a place of the quota by the end of each month of
    // `year` (12 counts, January first, cumulative), by the local day they
    // were issued. Extensions keep their chain's place and are not counted;
    // a permit issued before the year counts from January, one issued after
    // it in December. Permits that left force since count: this is the use
    // of the year, not the places held now (records::Quota::issued). On a
    // server every role counts the whole region's, as the quota's counts do.
    QList<int> issuedByMonth(const QString &quotaId, int year) const;

    // Whether the application holds a live reservation in the quota.
    bool holdsReservation(const QString &applicationId, const QString &quotaId) const;
    // Holds a place for an application until `expiresOn` (inclusive).
    // Throws QuotaExhausted when no place is free.
    void reserve(const QString &applicationId, const QString &quotaId, const QDate &expiresOn,
                 const QString &actor) const;
    // Gives a live reservation's place back (the application was withdrawn or refused).
    void releaseReservation(const QString &applicationId, const QString &actor) const;
    // Ends the live reservations whose last day is before `today`; returns how many.
    int expireReservations(const QDate &today, const QString &actor) const;

    // Frees the place of a permit leaving force; called inside that change's transaction.
    void freePlace(const QString &quotaId) const;

private:
    QList<int> issuedByMonthOnServer(const QString &quotaId, const QList<QVariant> &monthStarts) const;
    void closeReservation(const QString &reservationId, const QString &quotaId, const QString &state) const;

    const Database &m_db;
};

} // namespace ruqsat::store
