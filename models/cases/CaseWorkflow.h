// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Intake.h"
#include "records/Case.h"
#include "records/Permit.h"

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
    domain::IntakeResult decideIntake(records::Application &app,
                                      const QList<domain::SubmittedDocument> &documents) const;
    // R-POLICE: the request goes out; the answer is due in 1 working day.
    records::PoliceCheck sendToPolice(records::Application &app, const QDateTime &at) const;
    void recordPoliceAnswer(const QString &checkId, bool positive, const QDateTime &at) const;
    // R-RESULT, R-TERM, R-QUOTA, R-EXTEND-WINDOW: issues or extends the
    // permit, from `day`, for the months asked. Only the head.
    records::Permit issue(records::Application &app, const QDate &day) const;
    // R-REFUSAL, R-REFUSE-1..9: refuses on a ground of Appendix 2 row 9. The
    // decision keeps the ground's number, whose text Appendix 7 prints from
    // the catalogue in the language of the print, and `reasons`: the clerk's
    // own words on the case, if any (the police answer's number, say).
    void refuse(records::Application &app, int groundNumber, const QDate &day,
                const QString &reasons = {}) const;

private:
    void requireDecider() const;

    const store::Database &m_db;
    Session m_session;
};

} // namespace ruqsat::cases
