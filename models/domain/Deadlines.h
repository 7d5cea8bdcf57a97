// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateRange.h"
#include "WorkCalendar.h"

namespace ruqsat::domain {

// The statutory terms of the Rules, each from its own day 0.
//
// Conventions (as in the Civil Code of Kazakhstan, art. 172: a term counted in
// days starts on the day after the event that begins it):
// - Working-day terms: day 0 is the event's own day and is never counted;
//   the due date is the n-th working day after it (WorkCalendar::
//   addWorkingDays). Day 0 may itself be a holiday: a complaint registered on
//   a Saturday is due 5 working days after that Saturday.
// - Calendar-day terms: day 0 is the event's day; the term ends on day
//   0 + n. Calendar days are plain days (R-WORKDAY): a last day on a holiday
//   is not moved.
// - Every due date is the last day on which the act is still in time.
class Deadlines
{
public:
    explicit Deadlines(WorkCalendar calendar) : m_calendar(std::move(calendar)) {}

    static constexpr int kDecisionWorkingDays = 2;          // R-DECISION-TERM
    static constexpr int kPoliceAnswerWorkingDays = 1;      // R-POLICE
    static constexpr int kIntentReservationDays = 10;       // R-PORTAL-INTENT
    static constexpr int kExtensionOpensDaysBefore = 30;    // R-EXTEND-WINDOW
    static constexpr int kExtensionClosesDaysBefore = 5;    // R-EXTEND-WINDOW
    // R-RENEW-AFTER-12: "within 4 calendar days before the current permit
    // expires", read as the last 4 days of the permit; the one place to change it.
    static constexpr int kRenewalWindowDays = 4;
    static constexpr int kTerminationNoticeWorkingDays = 2; // R-TERMINATION
    static constexpr int kRevocationPoliceWorkingDays = 2;  // R-REVOKE-POLICE
    static constexpr int kRevocationStayDays = 15;          // R-REVOKE-STAY
    static constexpr int kComplaintForwardWorkingDays = 3;  // R-COMPLAINT-FORWARD
    static constexpr int kComplaintProviderWorkingDays = 5; // R-COMPLAINT-PROVIDER
    static constexpr int kComplaintQualityWorkingDays = 15; // R-COMPLAINT-QUALITY

    // R-DECISION-TERM: 2 working days after the effective day of receipt
    // (effectiveReceiptDay(), R-AFTER-HOURS), that day not counted.
    QDate decisionDue(QDate effectiveReceived) const;
    // R-POLICE: 1 working day after the request went to the police.
    QDate policeAnswerDue(QDate sent) const;
    // R-PORTAL-INTENT: the reservation lasts 10 calendar days after the day
    // of signing; the last day it holds (and the permit may be obtained) is
    // signing + 10. On signing + 11 it has expired.
    static QDate intentReservationLastDay(QDate signedOn);
    // R-EXTEND-WINDOW: applications accepted from expiry - 30 to expiry - 5,
    // both days included. `expires` is the permit's last valid day.
    static DateRange extensionWindow(QDate expires);
    // R-RENEW-AFTER-12: a new permit is applied for from expiry - 4 to the
    // expiry day, both included.
    static DateRange renewalWindow(QDate expires);
    // R-TERMINATION: the employer's notice, 2 working days after the day the
    // labour contract ended.
    QDate terminationNoticeDue(QDate contractEnded) const;
    // R-REVOKE-POLICE: Appendix 9 to the police, 2 working days after the
    // day of revocation.
    QDate revocationPoliceDue(QDate revoked) const;
    // R-REVOKE-STAY: the immigrant's stay ends 15 calendar days after the day
    // of revocation (printed on Appendix 8).
    static QDate revocationStayUntil(QDate revoked);
    // R-COMPLAINT-FORWARD, R-COMPLAINT-PROVIDER, R-COMPLAINT-QUALITY: from
    // the day the complaint was registered.
    QDate complaintForwardDue(QDate registered) const;
    QDate complaintProviderDue(QDate registered) const;
    QDate complaintQualityDue(QDate registered) const;

private:
    WorkCalendar m_calendar; // a copy: implicitly shared, and never dangles
};

} // namespace ruqsat::domain
