// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadlines.h"

namespace ruqsat::domain {

QDate Deadlines::decisionDue(QDate effectiveReceived) const
{
    return m_calendar.addWorkingDays(effectiveReceived, kDecisionWorkingDays); // R-DECISION-TERM
}

QDate Deadlines::policeAnswerDue(QDate sent) const
{
    return m_calendar.addWorkingDays(sent, kPoliceAnswerWorkingDays); // R-POLICE
}

QDate Deadlines::intentReservationLastDay(QDate signedOn)
{
    return signedOn.addDays(kIntentReservationDays); // R-PORTAL-INTENT
}

DateRange Deadlines::extensionWindow(QDate expires)
{
    // R-EXTEND-WINDOW
    return {expires.addDays(-kExtensionOpensDaysBefore), expires.addDays(-kExtensionClosesDaysBefore)};
}

DateRange Deadlines::renewalWindow(QDate expires)
{
    return {expires.addDays(-kRenewalWindowDays), expires}; // R-RENEW-AFTER-12
}

QDate Deadlines::terminationNoticeDue(QDate contractEnded) const
{
    return m_calendar.addWorkingDays(contractEnded, kTerminationNoticeWorkingDays); // R-TERMINATION
}

QDate Deadlines::revocationPoliceDue(QDate revoked) const
{
    return m_calendar.addWorkingDays(revoked, kRevocationPoliceWorkingDays); // R-REVOKE-POLICE
}

QDate Deadlines::revocationStayUntil(QDate revoked)
{
    return revoked.addDays(kRevocationStayDays); // R-REVOKE-STAY
}

QDate Deadlines::complaintForwardDue(QDate registered) const
{
    return m_calendar.addWorkingDays(registered, kComplaintForwardWorkingDays); // R-COMPLAINT-FORWARD
}

QDate Deadlines::complaintProviderDue(QDate registered) const
{
    return m_calendar.addWorkingDays(registered, kComplaintProviderWorkingDays); // R-COMPLAINT-PROVIDER
}

QDate Deadlines::complaintQualityDue(QDate registered) const
{
    return m_calendar.addWorkingDays(registered, kComplaintQualityWorkingDays); // R-COMPLAINT-QUALITY
}

} // namespace ruqsat::domain
