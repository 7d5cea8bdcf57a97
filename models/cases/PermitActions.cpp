// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitActions.h"

#include "domain/WorkCalendar.h"
#include "records/CodeLabels.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QLocale>

namespace ruqsat::cases {

using namespace records;
using domain::Deadlines;
using store::StoreError;

namespace {

QString day(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

QString code(CopyReason reason)
{
    return reason == CopyReason::Lost ? QStringLiteral("lost") : QStringLiteral("damaged");
}

PermitActions::PermitActions(const store::Database &db, Session session)
    : m_db(db), m_session(std::move(session)),
      m_deadlines(domain::WorkCalendar(store::CalendarRepository(db).all()))
{
}

void PermitActions::refuse(const QString &why)
{
    throw StoreError(StoreError::Kind::Invalid, why);
}

Permit permitInScope(const store::Database &db, const Session &session, const QString &permitId)
{
    const auto permit = store::PermitRepository(db).find(permitId);
    if (!permit)
        throw StoreError(StoreError::Kind::NotFound,
                         PermitActions::tr("The permit %1 is not in the store.").arg(permitId));
    if (!session.seesDistrict(permit->districtId))
        throw StoreError(StoreError::Kind::Forbidden,
                         PermitActions::tr("This permit belongs to another district."));
    return *permit;
}

Permit PermitActions::requirePermit(const QString &permitId) const
{
    return permitInScope(m_db, m_session, permitId);
}

// ---- checks -------------------------------------------------------------

QString PermitActions::copyProblem(const Permit &permit)
{
    // R-DUPLICATE: a copy stands in for a valid permit; an ended permit has none to replace.
    if (permit.status != PermitStatus::InForce)
        return tr("A copy is issued only of a permit in force; the permit %1 is \"%2\".")
            .arg(permit.number, label(permit.status));
    return {};
}

QString PermitActions::terminationProblem(const Permit &permit, const QDate &contractEndedOn,
                                          const QDate &notifiedOn)
{
    if (permit.status != PermitStatus::InForce)
        return tr("Only a permit in force can end with its labour contract; the permit %1 is \"%2\".")
            .arg(permit.number, label(permit.status));
    if (!contractEndedOn.isValid())
        return tr("Enter the day the labour contract ended.");
    if (contractEndedOn < permit.validFrom)
        return tr("The labour contract cannot have ended on %1, before the permit started on %2.")
            .arg(day(contractEndedOn), day(permit.validFrom));
    // After its last day a permit expires by itself: there is nothing to terminate.
    if (contractEndedOn > permit.validTo)
        return tr("The contract ended on %1, after the permit's last day %2: the permit expired, "
                  "it was not terminated.")
            .arg(day(contractEndedOn), day(permit.validTo));
    if (!notifiedOn.isValid())
        return tr("Enter the day the employer's notice arrived.");
    return {};
}

QString PermitActions::revocationProblem(const Permit &permit, const QString &actIssuer,
                                         const QString &actNumber, const QDate &actDate,
                                         const QDate &revokedOn)
{
    if (permit.status != PermitStatus::InForce)
        return tr("Only a permit in force can be revoked; the permit %1 is \"%2\".")
            .arg(permit.number, label(permit.status));
    // R-REVOKE: the revocation rests on the act of a supervising body, which
    // must be identified on Appendices 8 and 9.
    if (actIssuer.trimmed().isEmpty())
        return tr("Enter the body that issued the act the revocation rests on.");
    if (actNumber.trimmed().isEmpty())
        return tr("Enter the number of the act the revocation rests on.");
    if (!actDate.isValid())
        return tr("Enter the date of the act the revocation rests on.");
    if (!revokedOn.isValid())
        return tr("Enter the day of revocation.");
    if (revokedOn < actDate)
        return tr("The permit cannot be revoked on %1, before the act of %2 it rests on.")
            .arg(day(revokedOn), day(actDate));
    if (revokedOn < permit.validFrom || revokedOn > permit.validTo)
        return tr("The day of revocation %1 is outside the permit's term, %2 to %3.")
            .arg(day(revokedOn), day(permit.validFrom), day(permit.validTo));
    return {};
}

QString PermitActions::contractProblem(const Permit &permit, const LabourContract &c)
{
    // R-CONTRACT: the contract is concluded after the permit is issued and
    // lets the immigrant work only while the permit is valid.
    if (permit.status != PermitStatus::InForce)
        return tr("A labour contract is recorded only under a permit in force; the permit %1 is \"%2\".")
            .arg(permit.number, label(permit.status));
    if (c.number.trimmed().isEmpty())
        return tr("Enter the number of the labour contract.");
    if (c.registry != QLatin1String("unified_system") && c.registry != QLatin1String("hr_enbek"))
        return tr("Choose where the contract is registered: the unified system of labour contracts or "
                  "hr.enbek.kz.");
    if (!c.concludedOn.isValid())
        return tr("Enter the day the labour contract was concluded.");
    if (c.concludedOn < permit.validFrom)
        return tr("The contract was concluded on %1, before the permit's first day %2: it is "
                  "concluded after the permit is issued.")
            .arg(day(c.concludedOn), day(permit.validFrom));
    if (c.concludedOn > permit.validTo)
        return tr("The contract was concluded on %1, after the permit's last day %2.")
            .arg(day(c.concludedOn), day(permit.validTo));
    if (c.registeredOn.isValid() && c.registeredOn < c.concludedOn)
        return tr("The contract cannot be registered on %1, before it was concluded on %2.")
            .arg(day(c.registeredOn), day(c.concludedOn));
    if (!c.validFrom.isValid())
        return tr("Enter the first day of the labour contract.");
    if (c.validFrom < c.concludedOn)
        return tr("The contract cannot start on %1, before it was concluded on %2.")
            .arg(day(c.validFrom), day(c.concludedOn));
    if (c.validFrom > permit.validTo || (c.validTo.isValid() && c.validTo > permit.validTo))
        return tr("The contract must lie within the permit's term, %1 to %2.")
            .arg(day(permit.validFrom), day(permit.validTo));
    if (c.validTo.isValid() && c.validTo < c.validFrom)
        return tr("The contract cannot end on %1, before it starts on %2.").arg(day(c.validTo), day(c.validFrom));
    return {};
}

// ---- previews -------------------------------------------------------------

QDate PermitActions::terminationNoticeDue(const QDate &contractEndedOn) const
{
    return contractEndedOn.isValid() ? m_deadlines.terminationNoticeDue(contractEndedOn) : QDate();
}

RevocationDates PermitActions::revocationDates(const QDate &revokedOn) const
{
    if (!revokedOn.isValid())
        return {};
    return {m_deadlines.revocationPoliceDue(revokedOn), Deadlines::revocationStayUntil(revokedOn)};
}

// ---- steps ----------------------------------------------------------------

int PermitActions::recordCopy(const QString &permitId, CopyReason reason) const
{
    // One transaction around the check and the write, so that on SQLite
    // (one writer) the permit cannot leave force in between.
    store::Transaction tx(m_db);
    const Permit permit = requirePermit(permitId);
    if (const QString why = copyProblem(permit); !why.isEmpty())
        refuse(why);
    const int copies = store::PermitRepository(m_db).recordCopy(permitId, code(reason),
                                                                m_session.login, m_session.userId);
    tx.commit();
    return copies;
}

Termination PermitActions::recordTermination(const QString &permitId, const QDate &contractEndedOn,
                                             const std::optional<QDate> &notifiedOn, const QString &note) const
{
    store::Transaction tx(m_db);
    const Permit permit = requirePermit(permitId);
    Termination t;
    t.permitId = permitId;
    t.contractEndedOn = contractEndedOn;
    t.notifiedOn = notifiedOn.value_or(QDate::currentDate());
    t.note = note.trimmed();
    if (const QString why = terminationProblem(permit, contractEndedOn, t.notifiedOn); !why.isEmpty())
        refuse(why);
    t.noticeDueOn = m_deadlines.terminationNoticeDue(contractEndedOn); // R-TERMINATION
    t.recordedBy = m_session.userId;
    store::PermitRepository(m_db).terminate(t, m_session.login);
    tx.commit();
    return t;
}

Revocation PermitActions::revoke(const QString &permitId, const QString &actIssuer, const QString &actNumber,
                                 const QDate &actDate, const QDate &revokedOn) const
{
    // The role first: a clerk learns that the step is not theirs, not what
    // is wrong with the data.
    if (!m_session.mayRevoke())
        throw StoreError(StoreError::Kind::Forbidden,
                         tr("Only the head of the akimat (or an administrator) revokes permits."));
    store::Transaction tx(m_db);
    const Permit permit = requirePermit(permitId);
    if (const QString why = revocationProblem(permit, actIssuer, actNumber, actDate, revokedOn); !why.isEmpty())
        refuse(why);
    Revocation r;
    r.permitId = permitId;
    r.actIssuer = actIssuer.trimmed();
    r.actNumber = actNumber.trimmed();
    r.actDate = actDate;
    r.revokedOn = revokedOn;
    const RevocationDates dates = revocationDates(revokedOn);
    r.policeNoticeDueOn = dates.policeNoticeDueOn; // R-REVOKE-POLICE
    r.stayUntil = dates.stayUntil;                 // R-REVOKE-STAY
    r.recordedBy = m_session.userId;
    store::PermitRepository(m_db).revoke(r, m_session.login);
    tx.commit();
    return r;
}

void PermitActions::recordRevocationNotice(const QString &permitId, const QDate &sentOn) const
{
    store::Transaction tx(m_db);
    requirePermit(permitId);
    const auto revocation = store::PermitRepository(m_db).revocation(permitId);
    if (!revocation)
        refuse(tr("The permit is not revoked: there is no Appendix 9 to send."));
    if (!sentOn.isValid() || sentOn < revocation->revokedOn || sentOn > QDate::currentDate())
        refuse(tr("Appendix 9 is sent on or after the day of revocation, and not in the future."));
    store::PermitRepository(m_db).recordRevocationNotice(permitId, sentOn, m_session.login);
    tx.commit();
}

void PermitActions::registerContract(LabourContract &contract) const
{
    store::Transaction tx(m_db);
    const Permit permit = requirePermit(contract.permitId);
    LabourContract c = contract;
    c.number = c.number.trimmed();
    c.recordedBy = m_session.userId;
    if (const QString why = contractProblem(permit, c); !why.isEmpty())
        refuse(why);
    store::PermitRepository(m_db).addLabourContract(c, m_session.login);
    tx.commit();
    contract = c;
}

} // namespace ruqsat::cases
