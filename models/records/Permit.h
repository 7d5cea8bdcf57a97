// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ruqsat::records {

// Appendix 5: the permit.
struct Permit
{
    QString id;
    QString number;
    QString applicationId, immigrantId, employerId;
    int regionId = 0;   // R-TERRITORY
    int districtId = 0;
    QString quotaId;
    QString extendsPermitId;
    QDate chainStart; // R-TERM: first day of the first permit of the chain
    QDate validFrom, validTo;
    PermitStatus status = PermitStatus::InForce;
    int copiesIssued = 0; // R-DUPLICATE
    QDateTime issuedAt;
    QString issuedBy;
};

// R-QUOTA: the places of a region for a year.
struct Quota
{
    QString id;
    int regionId = 0;
    int year = 0;
    int quota = 0;
    int issued = 0;   // held by permits in force
    int reserved = 0; // held by live reservations (R-PORTAL-INTENT)
    int free() const { return quota - issued - reserved; }
};

// R-TERMINATION (Appendix 6)
struct Termination
{
    QString permitId;
    QDate contractEndedOn, noticeDueOn, notifiedOn;
    QString note;
    QString recordedBy; // the user's id; empty from the command line
};

// R-REVOKE (Appendices 8, 9)
struct Revocation
{
    QString permitId;
    QString actIssuer, actNumber;
    QDate actDate, revokedOn, policeNoticeDueOn, policeNotifiedOn, stayUntil;
    QString recordedBy; // the user's id; empty from the command line
};

// R-CONTRACT
struct LabourContract
{
    QString id;
    QString permitId;
    QString number;
    QDate concludedOn, registeredOn;
    QString registry; // unified_system or hr_enbek
    QDate validFrom, validTo;
    QString recordedBy; // the user's id; empty from the command line
};

// R-COMPLAINT-*
struct Complaint
{
    QString id;
    QString applicationId, permitId;
    QString addressee; // provider, quality, forward, state_corporation
    QString complainant, summary;
    QDate registeredOn, dueOn, resolvedOn;
    QString outcome;    // the resolution's note
    QString recordedBy; // the user's id; empty from the command line
    QString decisionId; // the decision appealed; empty for an action or inaction
    QString resolution; // forwarded, granted, rejected; empty while open
    QString forwardedTo; // the body that considers a forwarded complaint
    QString resolvedBy;  // the user's id
};

} // namespace ruqsat::records
