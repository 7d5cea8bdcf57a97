// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace ruqsat::records {

// An application (Appendix 1) and the state of its processing.
struct Application
{
    QString id;
    QString registryNumber; // assigned by the store when submitted
    ApplicationKind kind = ApplicationKind::Issue;
    Channel channel = Channel::StateCorporation;
    int districtId = 0;
    QString immigrantId, employerId;
    QString extendsPermitId; // R-KIND: the permit an extension extends
    QDateTime receivedAt;
    QDate effectiveReceivedOn; // R-AFTER-HOURS
    QDate decisionDueOn;       // R-DECISION-TERM
    int requestedMonths = 12;  // R-TERM
    QString workAddress, occupation;
    std::optional<qint64> salaryKzt;
    QDate intentSignedOn; // R-PORTAL-INTENT
    CaseStatus status = CaseStatus::Draft;
    int version = 0; // optimistic locking: the version this copy was read at
    QString createdBy;
    bool operator==(const Application &) const = default;
};

// R-DOCS-*: one line of the case's checklist.
struct ChecklistItem
{
    QString id;
    QString docCode;
    DocumentState state = DocumentState::Missing;
    QString docNumber;
    QDate issuedOn, validUntil;
    QString note;
    std::optional<qint64> amountKzt; // R-REFUSE-7: the amount paid on the IIT receipt
    bool operator==(const ChecklistItem &) const = default;
};

// R-CHECK (§15): one of the four checks made on the day the documents
// arrive (domain::ArrivalChecks names them and their refusal grounds).
struct ArrivalCheck
{
    int item = 0; // 1..4, the sub-item of §15
    bool conforms = true;
    QString note;
    QDateTime checkedAt; // set by the store
    QString checkedBy;   // the user's id; empty from the command line
    bool operator==(const ArrivalCheck &) const = default;
};

// A scan attached to a case (bytes kept in the store).
struct Attachment
{
    QString id;
    QString applicationId;
    QString checklistItemId;
    QString fileName;
    QString mediaType; // application/pdf, image/jpeg, image/png
    qint64 sizeBytes = 0;
    QString sha256;
    QDateTime addedAt;
};

// R-POLICE
struct PoliceCheck
{
    QString id;
    QString applicationId;
    QDateTime sentAt;
    QDate answerDueOn;
    QDateTime answeredAt;
    std::optional<bool> positive; // empty until answered
    QString reference, note;
};

// R-RESULT, R-REFUSE-*, R-INCOMPLETE
struct Decision
{
    QString id;
    QString applicationId;
    DecisionKind kind = DecisionKind::Issue;
    int groundId = 0; // R-REFUSE-1..9 for a refusal
    QString groundText;
    QStringList missingDocuments; // Appendix 4 list for a refusal at intake
    QDateTime decidedAt;
    QString decidedBy;
};

} // namespace ruqsat::records
