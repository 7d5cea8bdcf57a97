// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Deadlines.h"
#include "records/Permit.h"

#include <QCoreApplication>
#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// R-DUPLICATE: why a copy was asked for (the codes of permit_copies.reason).
enum class CopyReason { Lost, Damaged };
QString code(CopyReason reason);

// R-REVOKE-POLICE, R-REVOKE-STAY: the two dates a revocation sets running.
struct RevocationDates
{
    QDate policeNoticeDueOn; // Appendix 9 to the police
    QDate stayUntil;         // the immigrant's last day of stay, printed on Appendix 8
};

// What happens to a permit after it was issued: a copy, the end of the work,
// revocation, the labour contract (complaints: complaints::ComplaintActions). Like CaseWorkflow,
// each step is checked against the rules and the user's role and written in one transaction with
// its audit row. A refused step throws StoreError (Forbidden for the role, NotFound for an unknown
// permit, Invalid with the rule's reason) and writes nothing.
//
// The preview functions compute the due dates a step would record, without
// writing, so that a dialog can show them while the clerk types.
// The permit `permitId` for a step of `session`'s: StoreError NotFound
// when the store has none, Forbidden when it is of another district.
records::Permit permitInScope(const store::Database &db, const Session &session,
                              const QString &permitId);

class PermitActions
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::PermitActions)

public:
    // Reads the store's working-day calendar once (R-WORKDAY): the previews
    // and the steps of this object count on the same calendar.
    PermitActions(const store::Database &db, Session session);

    const Session &session() const { return m_session; }
    const store::Database &database() const { return m_db; }

    // R-DUPLICATE: a copy of a permit in force, issued on the day asked for.
    // Returns how many copies of the permit have now been issued.
    int recordCopy(const QString &permitId, CopyReason reason) const;

    // R-TERMINATION: the labour contract ended on `contractEndedOn`; the
    // permit leaves force and frees its quota place. `notifiedOn` is the day
    // the employer's notice (Appendix 6) arrived; without it, the day it is
    // recorded (the notice is what tells the akimat).
    records::Termination recordTermination(const QString &permitId, const QDate &contractEndedOn,
                                           const std::optional<QDate> &notifiedOn = std::nullopt,
                                           const QString &note = {}) const;

    // R-REVOKE on the act of a supervising body; R-REVOKE-POLICE and
    // R-REVOKE-STAY set the dates. Only the head or an administrator.
    records::Revocation revoke(const QString &permitId, const QString &actIssuer,
                               const QString &actNumber, const QDate &actDate,
                               const QDate &revokedOn) const;

    // R-REVOKE-POLICE: Appendix 9 went to the police on `sentOn` (not
    // before the revocation, not in the future).
    void recordRevocationNotice(const QString &permitId, const QDate &sentOn) const;

    // R-CONTRACT: the labour contract concluded under a permit in force,
    // within the permit's term. Sets the contract's id.
    void registerContract(records::LabourContract &contract) const;

    // Previews: the dates the steps above would record.
    QDate terminationNoticeDue(const QDate &contractEndedOn) const;
    RevocationDates revocationDates(const QDate &revokedOn) const;

    // The checks of the steps, without the store: why the step would be
    // refused for this permit, empty when it would not.
    static QString copyProblem(const records::Permit &permit);
    static QString terminationProblem(const records::Permit &permit, const QDate &contractEndedOn,
                                      const QDate &notifiedOn);
    static QString revocationProblem(const records::Permit &permit, const QString &actIssuer,
                                     const QString &actNumber, const QDate &actDate,
                                     const QDate &revokedOn);
    static QString contractProblem(const records::Permit &permit,
                                   const records::LabourContract &contract);

private:
    records::Permit requirePermit(const QString &permitId) const;
    [[noreturn]] static void refuse(const QString &why);

    const store::Database &m_db;
    Session m_session;
    domain::Deadlines m_deadlines;
};

} // namespace ruqsat::cases
