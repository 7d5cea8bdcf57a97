// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Intake.h"
#include "records/Case.h"
#include "records/Permit.h"
#include "records/RecordChanges.h"
#include "store/PermitRepository.h"

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

    // R-TERM, R-DOC-VALIDITY: the period the application asks for. An
    // issuance from its day of receipt; an extension from the day after the
    // extended permit's last day (PermitTerm::extensionStart), for the months
    // asked. Invalid when the extended permit is not in the store.
    domain::DateRange requestedPeriod(const records::Application &app) const;
    // R-DOC-VALIDITY, R-INCOMPLETE: the checklist as typed, assessed against
    // the day of receipt and the requested period, without writing anything.
    domain::IntakeResult assessDocuments(const records::Application &app,
                                         const QList<domain::SubmittedDocument> &documents) const;
    // R-CHECK, R-INCOMPLETE: the checklist decides. With a document missing
    // or expired the case is refused at intake, with the list for the
    // Appendix 4 receipt; otherwise it is accepted and its clock runs, and
    // the four checks of §15 (`checks`, one per item 1..4) are required and
    // recorded with it. A line typed in wrongly refuses the step. The
    // checklist is saved over the version of `app` (StoreError::Conflict
    // when another clerk saved or decided the case meanwhile).
    domain::IntakeResult decideIntake(records::Application &app,
                                      const QList<domain::SubmittedDocument> &documents,
                                      const QList<records::ArrivalCheck> &checks) const;
    // After such a conflict: where the checklist typed differs from the one
    // stored, line by line ("before": stored, "after": typed), each labelled
    // with its document.
    static QList<records::FieldChange>
    checklistDifferences(const QList<records::ChecklistItem> &stored,
                         const QList<domain::SubmittedDocument> &typed);
    // R-POLICE: the request goes out; the answer is due in 1 working day.
    records::PoliceCheck sendToPolice(records::Application &app, const QDateTime &at) const;
    // The day the answer to a request sent at `sentAt` is due (the preview of sendToPolice).
    QDate policeAnswerDue(const QDateTime &sentAt) const;
    // `reference`: the number of the police's answer; `note`: what it says.
    void recordPoliceAnswer(const QString &checkId, bool positive, const QDateTime &at,
                            const QString &reference = {}, const QString &note = {}) const;
    // R-RESULT, R-TERM, R-QUOTA, R-EXTEND-WINDOW, R-RENEW-AFTER-12: issues
    // or extends the permit, from `day`, for the months asked. Only the head.
    records::Permit issue(records::Application &app, const QDate &day) const;
    // What issue() would ask the store for, checked by the same rules and
    // refused with the same StoreError, without writing: the preview shown
    // before the permit is issued. An extension runs on from the current
    // permit; a new permit after a 12-month chain from the day after the
    // current permit ends (or `day`, if later).
    store::IssueRequest planIssue(const records::Application &app, const QDate &day) const;
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
