// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaAccount.h"

#include "Deadlines.h"

#include <algorithm>

namespace ruqsat::domain {

QuotaAccount::QuotaAccount(int places, int permitsInForce)
    : m_places(std::max(places, 0)), m_permitsInForce(std::max(permitsInForce, 0))
{
}

int QuotaAccount::liveReservations(QDate today) const
{
    return int(std::count_if(m_reservations.cbegin(), m_reservations.cend(),
                             [today](const QDate &lastDay) { return today <= lastDay; }));
}

int QuotaAccount::freePlaces(QDate today) const
{
    return std::max(m_places - taken(today), 0);
}

bool QuotaAccount::issue(QDate today, const QString &reservationId)
{
    const auto it = reservationId.isEmpty() ? m_reservations.end() : m_reservations.find(reservationId);
    if (it != m_reservations.end() && today <= it.value()) {
        // R-PORTAL-INTENT: the reserved place becomes the permit's place.
        m_reservations.erase(it);
        ++m_permitsInForce;
        return true;
    }
    if (!canIssue(today)) // R-QUOTA
        return false;
    ++m_permitsInForce;
    return true;
}

bool QuotaAccount::reserve(const QString &reservationId, QDate signedOn)
{
    if (reservationId.isEmpty() || !signedOn.isValid())
        return false;
    const auto it = m_reservations.constFind(reservationId);
    if (it != m_reservations.constEnd() && signedOn <= it.value())
        return false;
    if (!canIssue(signedOn))
        return false;
    m_reservations.insert(reservationId, Deadlines::intentReservationLastDay(signedOn));
    return true;
}

void QuotaAccount::releaseReservation(const QString &reservationId)
{
    m_reservations.remove(reservationId);
}

int QuotaAccount::expireReservations(QDate today)
{
    return int(m_reservations.removeIf([today](QHash<QString, QDate>::iterator it) { return it.value() < today; }));
}

void QuotaAccount::permitEnded()
{
    if (m_permitsInForce > 0)
        --m_permitsInForce;
}

} // namespace ruqsat::domain
