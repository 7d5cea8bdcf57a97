// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace ruqsat::domain {

// R-QUOTA, R-QUOTA-EXTEND, R-PORTAL-INTENT: the rule of a region's quota,
// without the store. Places taken = permits in force + live reservations.
// The store enforces the same rule atomically in SQL (a conditional update in
// the permit's transaction); this class is what that SQL must agree with, and
// what the screens use to explain a number.
class QuotaAccount
{
public:
    explicit QuotaAccount(int places, int permitsInForce = 0);

    int places() const { return m_places; }
    int permitsInForce() const { return m_permitsInForce; }
    // Reservations still live on `today`: those whose last day is today or later.
    int liveReservations(QDate today) const;
    int taken(QDate today) const { return m_permitsInForce + liveReservations(today); }
    int freePlaces(QDate today) const;

    // R-QUOTA: a new permit without a reservation needs a free place.
    bool canIssue(QDate today) const { return freePlaces(today) > 0; }
    // A new permit. With the id of a live reservation of its own, it takes the
    // place that reservation held; otherwise a free place. False (nothing
    // changes) when there is none.
    bool issue(QDate today, const QString &reservationId = {});
    // R-QUOTA-EXTEND: an extension takes no new place; the permit it extends
    // keeps counting once. Always allowed by the quota, changes nothing.
    bool extend() const { return true; }
    // R-PORTAL-INTENT: holds a place from the signing of the agreement of
    // intent through Deadlines::intentReservationLastDay(signedOn). False when
    // no place is free or the id is already live.
    bool reserve(const QString &reservationId, QDate signedOn);
    // The immigrant did not come, or the application was withdrawn.
    void releaseReservation(const QString &reservationId);
    // Drops the reservations whose last day is before `today`; returns how many.
    int expireReservations(QDate today);
    // Revocation (R-REVOKE), termination (R-TERMINATION) or expiry frees the place.
    void permitEnded();

private:
    int m_places;
    int m_permitsInForce;
    QHash<QString, QDate> m_reservations; // id -> last day it holds
};

} // namespace ruqsat::domain
