// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PermitActions.h"
#include "domain/Intake.h"
#include "records/Case.h"
#include "store/PermitRepository.h"

#include <QCoreApplication>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// What the desk tells the clerk or the head before a step that cannot be
// undone, so that they see whose case it is, what happens, and the dates,
// number or ground it happens with, before they confirm. Each text says it
// cannot be undone (the issue step's then names the quota's free places);
// all are translated.
class StepSummaries
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::StepSummaries)

public:
    explicit StepSummaries(const store::Database &db) : m_db(db) {}

    // R-INCOMPLETE: the documents refused at intake, with what is missing or expired.
    QString refuseAtIntake(const records::Application &app,
                           const domain::IntakeResult &result) const;
    // R-POLICE: where the case stands with the police, for the case's
    // header: sent and due, or the answer with its reference and note.
    static QString policeStatus(const records::PoliceCheck &check);
    // R-POLICE: the request and the day the answer is due.
    QString sendToPolice(const records::Application &app, const QDate &answerDue) const;
    // R-RESULT: the permit (or extension) CaseWorkflow::planIssue() prepared.
    QString issue(const records::Application &app, const store::IssueRequest &plan) const;
    // R-REFUSAL: the refusal on `ground` (1..9).
    QString refuse(const records::Application &app, int ground) const;
    // R-REVOKE: the permit, the act and the dates the revocation sets running.
    QString revoke(const records::Permit &permit, const QString &actIssuer,
                   const QString &actNumber, const QDate &actDate, const QDate &revokedOn,
                   const RevocationDates &dates) const;

    // R-QUOTA: the free places of the region's quota for `year`, as the
    // issue step shows them before the head confirms: "Free places in the
    // quota of Almaty, 2026: 12 of 100." `applicationId`'s live reservation
    // in that quota, if any, is named: the permit takes that place.
    QString quotaPlaces(int regionId, int year, const QString &applicationId = {}) const;

    // "case 2026-000012 of KARIMOV RUSTAM": whose case it is.
    QString whoseCase(const records::Application &app) const;

private:
    QString personName(const QString &immigrantId) const;

    const store::Database &m_db;
};

} // namespace ruqsat::cases
