// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "domain/Deadlines.h"
#include "records/Case.h"
#include "records/Permit.h"

#include <QCoreApplication>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::complaints {

// The addressees of a complaint (the codes of complaints.addressee).
inline const QString kProvider = QStringLiteral("provider");
inline const QString kQuality = QStringLiteral("quality");
inline const QString kForward = QStringLiteral("forward");
inline const QString kStateCorporation = QStringLiteral("state_corporation");

// How a complaint ends (the codes of complaints.resolution).
inline const QString kForwarded = QStringLiteral("forwarded");
inline const QString kGranted = QStringLiteral("granted");
inline const QString kRejected = QStringLiteral("rejected");

// R-COMPLAINT-*: a complaint is registered on a permit or on a case, may
// name the decision it appeals, runs its clock from registration, and is
// resolved once:
// - to the body whose decision is appealed (forward, §32): forwarded with
//   the case file to the body that considers it, or granted in full within
//   the three working days, which is the only reason not to forward it;
// - to the service provider (§33) or the quality body (§34): granted or
//   rejected, with the reasons of a rejection;
// - about State Corporation staff (§35): forwarded to its head.
// Granting and rejecting are the head's decisions; a clerk registers and
// forwards. Each step is checked against the rules, the user's role and
// district, and written in one transaction with its audit row; a refused
// step throws StoreError and writes nothing.
class ComplaintActions
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::complaints::ComplaintActions)

public:
    // Reads the store's working-day calendar once (R-WORKDAY).
    ComplaintActions(const store::Database &db, cases::Session session);
    const store::Database &database() const { return m_db; }

    const cases::Session &session() const { return m_session; }

    // Sets the complaint's id, dueOn and recordedBy.
    void registerComplaint(records::Complaint &complaint) const;
    // Resolves the open complaint `id` on `resolvedOn` (today if invalid).
    void resolve(const QString &id, const QString &resolution, const QDate &resolvedOn,
                 const QString &forwardedTo = {}, const QString &note = {}) const;

    // The decisions of a case a complaint on it (or on its permit) may appeal.
    QList<records::Decision> appealableDecisions(const QString &applicationId) const;

    // The due date a complaint to `addressee` registered on `registeredOn`
    // gets; invalid for an unknown addressee.
    QDate complaintDue(const QString &addressee, const QDate &registeredOn) const;
    // The working days a complaint to `addressee` has, and the rule's id.
    static int complaintWorkingDays(const QString &addressee);
    static QString complaintRule(const QString &addressee);
    // The resolutions the rules allow for a complaint to `addressee`.
    static QStringList resolutionsFor(const QString &addressee);
    // Why `resolution` on `resolvedOn` is not allowed, in words; empty when
    // it is. Does not look at the role (resolve() does).
    static QString resolutionProblem(const records::Complaint &complaint, const QString &resolution,
                                     const QDate &resolvedOn, const QString &forwardedTo,
                                     const QString &note);
    // Whether this session may resolve as `resolution` (granting and
    // rejecting are the head's).
    bool mayResolveAs(const QString &resolution) const;

private:
    // The case a complaint belongs to: its own, or its permit's; refused
    // for another district's.
    QString requireCaseOf(const records::Complaint &complaint) const;

    const store::Database &m_db;
    cases::Session m_session;
    domain::Deadlines m_deadlines;
};

} // namespace ruqsat::complaints
