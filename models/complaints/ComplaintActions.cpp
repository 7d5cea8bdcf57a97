// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintActions.h"

#include "cases/PermitActions.h"
#include "domain/WorkCalendar.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/ComplaintRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

namespace ruqsat::complaints {

using namespace records;
using domain::Deadlines;
using store::StoreError;

namespace {

// Dates the Kazakh way, whatever the system's locale.
QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

[[noreturn]] void refuse(const QString &why)
{
    throw StoreError(StoreError::Kind::Invalid, why);
}

} // namespace

ComplaintActions::ComplaintActions(const store::Database &db, cases::Session session)
    : m_db(db), m_session(std::move(session)),
      m_deadlines(domain::WorkCalendar(store::CalendarRepository(db).all()))
{
}

int ComplaintActions::complaintWorkingDays(const QString &addressee)
{
    if (addressee == kProvider)
        return Deadlines::kComplaintProviderWorkingDays;
    if (addressee == kQuality)
        return Deadlines::kComplaintQualityWorkingDays;
    if (addressee == kForward)
        return Deadlines::kComplaintForwardWorkingDays;
    // R-COMPLAINT-STATECORP gives no term of its own; the Law "On public
    // services" (art. 25 §2) gives a complaint to the State Corporation the
    // same 5 working days as one to the provider.
    if (addressee == kStateCorporation)
        return Deadlines::kComplaintProviderWorkingDays;
    return -1;
}

QString ComplaintActions::complaintRule(const QString &addressee)
{
    if (addressee == kProvider)
        return QStringLiteral("R-COMPLAINT-PROVIDER");
    if (addressee == kQuality)
        return QStringLiteral("R-COMPLAINT-QUALITY");
    if (addressee == kForward)
        return QStringLiteral("R-COMPLAINT-FORWARD");
    if (addressee == kStateCorporation)
        return QStringLiteral("R-COMPLAINT-STATECORP");
    return {};
}

QDate ComplaintActions::complaintDue(const QString &addressee, const QDate &registeredOn) const
{
    if (!registeredOn.isValid())
        return {};
    if (addressee == kProvider || addressee == kStateCorporation) // see complaintWorkingDays()
        return m_deadlines.complaintProviderDue(registeredOn);
    if (addressee == kQuality)
        return m_deadlines.complaintQualityDue(registeredOn);
    if (addressee == kForward)
        return m_deadlines.complaintForwardDue(registeredOn);
    return {};
}

QStringList ComplaintActions::resolutionsFor(const QString &addressee)
{
    if (addressee == kForward) // §32: forwarded, unless granted in full within the term
        return {kForwarded, kGranted};
    if (addressee == kProvider || addressee == kQuality) // §33, §34: considered
        return {kGranted, kRejected};
    if (addressee == kStateCorporation) // §35: to the head of the State Corporation
        return {kForwarded};
    return {};
}

QString ComplaintActions::resolutionProblem(const Complaint &c, const QString &resolution,
                                            const QDate &resolvedOn, const QString &forwardedTo,
                                            const QString &note)
{
    if (c.resolvedOn.isValid())
        return tr("This complaint was resolved on %1; a resolution is final.")
            .arg(day(c.resolvedOn));
    if (!resolutionsFor(c.addressee).contains(resolution)) {
        if (c.addressee == kStateCorporation)
            return tr("A complaint about the State Corporation's staff goes to its head: it is "
                      "forwarded.");
        if (resolution == kForwarded)
            return tr("A complaint to the service provider or the quality body is considered here: "
                      "grant or reject it.");
        if (resolution == kRejected)
            return tr(
                "A complaint on a decision is not rejected by the body that took it: forward it "
                "with the case file, or grant it in full.");
        return tr("Choose how the complaint is resolved.");
    }
    if (!resolvedOn.isValid())
        return tr("Enter the day the complaint was resolved.");
    if (resolvedOn < c.registeredOn)
        return tr("A complaint registered on %1 cannot be resolved on %2, before it.")
            .arg(day(c.registeredOn), day(resolvedOn));
    if (resolvedOn > QDate::currentDate())
        return tr("The day of the resolution, %1, has not come yet.").arg(day(resolvedOn));
    // R-COMPLAINT-FORWARD: only a grant in full within the three working
    // days keeps the complaint from the appeal body.
    if (c.addressee == kForward && resolution == kGranted && resolvedOn > c.dueOn)
        return tr("The complaint had to be granted or forwarded by %1: after that day it goes to "
                  "the "
                  "body that considers it, with the case file.")
            .arg(day(c.dueOn));
    if (resolution == kForwarded && forwardedTo.trimmed().isEmpty())
        return tr("Enter the body the complaint was forwarded to.");
    if (resolution == kRejected && note.trimmed().isEmpty())
        return tr("Enter the reasons for rejecting the complaint: the complainant receives them.");
    return {};
}

bool ComplaintActions::mayResolveAs(const QString &resolution) const
{
    return resolution == kForwarded || m_session.mayDecide();
}

QString ComplaintActions::requireCaseOf(const Complaint &c) const
{
    if (!c.permitId.isEmpty())
        return cases::permitInScope(m_db, m_session, c.permitId).applicationId;
    const auto app = store::CaseRepository(m_db).find(c.applicationId);
    if (!app)
        throw StoreError(StoreError::Kind::NotFound,
                         tr("The case %1 is not in the store.").arg(c.applicationId));
    m_session.requireDistrict(app->districtId);
    return app->id;
}

QList<Decision> ComplaintActions::appealableDecisions(const QString &applicationId) const
{
    return store::CaseRepository(m_db).decisions(applicationId);
}

void ComplaintActions::registerComplaint(Complaint &complaint) const
{
    Complaint c = complaint;
    c.complainant = c.complainant.trimmed();
    c.summary = c.summary.trimmed();
    if (complaintRule(c.addressee).isEmpty())
        refuse(tr("Choose to whom the complaint is addressed."));
    if (c.complainant.isEmpty())
        refuse(tr("Enter who makes the complaint."));
    if (!c.registeredOn.isValid())
        refuse(tr("Enter the day the complaint was registered: its term runs from that day."));
    if (c.permitId.isEmpty() && c.applicationId.isEmpty())
        refuse(tr("A complaint is registered on a permit or on a case."));
    store::Transaction tx(m_db);
    const QString caseId = requireCaseOf(c);
    if (!c.decisionId.isEmpty()) {
        const QList<Decision> decisions = appealableDecisions(caseId);
        const bool ofThisCase =
            std::any_of(decisions.cbegin(), decisions.cend(),
                        [&](const Decision &d) { return d.id == c.decisionId; });
        if (!ofThisCase)
            refuse(tr("The decision appealed is not one of this case's decisions."));
    }
    c.dueOn = complaintDue(c.addressee, c.registeredOn); // R-COMPLAINT-*
    c.recordedBy = m_session.userId;
    c.resolvedOn = {};
    c.resolution.clear();
    store::ComplaintRepository(m_db).create(c, m_session.login);
    tx.commit();
    complaint = c;
}

void ComplaintActions::resolve(const QString &id, const QString &resolution,
                               const QDate &resolvedOn, const QString &forwardedTo,
                               const QString &note) const
{
    store::Transaction tx(m_db);
    const auto complaint = store::ComplaintRepository(m_db).find(id);
    if (!complaint)
        throw StoreError(StoreError::Kind::NotFound,
                         tr("The complaint %1 is not in the store.").arg(id));
    requireCaseOf(*complaint);
    if (!mayResolveAs(resolution))
        throw StoreError(
            StoreError::Kind::Forbidden,
            tr("Granting or rejecting a complaint is the head's decision; a clerk forwards it."));
    const QDate on = resolvedOn.isValid() ? resolvedOn : QDate::currentDate();
    if (const QString why = resolutionProblem(*complaint, resolution, on, forwardedTo, note);
        !why.isEmpty())
        refuse(why);
    store::ComplaintRepository(m_db).resolve(
        id, {on, resolution, forwardedTo.trimmed(), note.trimmed(), m_session.userId},
        m_session.login);
    tx.commit();
}

} // namespace ruqsat::complaints
