// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Intake.h"
#include "records/Case.h"
#include "records/Permit.h"
#include "records/RecordChanges.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// The steps of a case after it was submitted, each checked against the
// rules and the user's role, each in one transaction with its audit row.
// A refused step throws StoreError (Forbidden for the role, Invalid with the
// rule's reason, QuotaExhausted for a full quota) and changes nothing.
class CaseWorkflow
{
public:
    CaseWorkflow(const store::Database &db, Session session) : m_db(db), m_session(std::move(session)) {}

    // R-CHECK, R-INCOMPLETE: the checklist decides. With a document missing
    // or expired the case is refused at intake, with the list for the
    // Appendix 4 receipt; otherwise it is accepted and its clock runs.
    // The checklist is saved over the version of `app` (StoreError::Conflict
    // when another clerk saved or decided the case meanwhile).
    domain::IntakeResult decideIntake(records::Application &app,
                                      const QList<domain::SubmittedDocument> &documents) const;
    // After such a conflict: where the checklist typed differs from the one
    // stored, line by line ("before": stored, "after": typed), each labelled
    // with its document.
    static QList<records::FieldChange>
    checklistDifferences(const QList<records::ChecklistItem> &stored,
                         const QList<domain::SubmittedDocument> &typed);
    // R-POLICE: the request goes out; the answer is due in 1 working day.
    records::PoliceCheck sendToPolice(records::Application &app, const QDateTime &at) const;
    void recordPoliceAnswer(const QString &checkId, bool positive, const QDateTime &at) const;
    // R-RESULT, R-TERM, R-QUOTA, R-EXTEND-WINDOW: issues or extends the
    // permit, from `day`, for the months asked. Only the head.
    records::Permit issue(records::Application &app, const QDate &day) const;
    // R-REFUSAL, R-REFUSE-1..9: refuses on a ground of Appendix 2 row 9.
    void refuse(records::Application &app, int groundNumber, const QDate &day) const;

private:
    void requireDecider() const;

    const store::Database &m_db;
    Session m_session;
};

} // namespace ruqsat::cases
