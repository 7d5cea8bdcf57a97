// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWorkflow.h"

#include "Renewal.h"
#include "domain/ArrivalChecks.h"
#include "domain/Deadlines.h"
#include "domain/DocumentCatalogue.h"
#include "domain/PermitTerm.h"
#include "domain/RefusalGrounds.h"
#include "domain/ServiceRequest.h"
#include "domain/WorkCalendar.h"
#include "records/CodeLabels.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace ruqsat::cases {

using namespace records;
using store::StoreError;

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::CaseWorkflow)
};

[[noreturn]] void refuseStep(const QString &why)
{
    throw StoreError(StoreError::Kind::Invalid, why);
}

domain::WorkCalendar calendarOf(const store::Database &db)
{
    return domain::WorkCalendar(store::CalendarRepository(db).all());
}

void requireStatus(const Application &app, std::initializer_list<CaseStatus> allowed, const QString &step)
{
    for (CaseStatus s : allowed)
        if (app.status == s)
            return;
    refuseStep(Tr::tr("%1 is not possible for a case in the status \"%2\".").arg(step, label(app.status)));
}

} // namespace

void CaseWorkflow::requireDecider() const
{
    if (!m_session.mayDecide())
        throw StoreError(StoreError::Kind::Forbidden,
                         Tr::tr("Only the head of the akimat (or an administrator) decides on permits."));
}

namespace {

QDate receiptDay(const Application &app)
{
    return app.effectiveReceivedOn.isValid() ? app.effectiveReceivedOn : QDate::currentDate();
}

} // namespace

domain::DateRange CaseWorkflow::requestedPeriod(const Application &app) const
{
    QDate first = receiptDay(app);
    if (app.kind == ApplicationKind::Extend) {
        // R-DOC-VALIDITY: an extension's insurance covers the extension,
        // which runs on from the current permit, whenever it was applied for.
        const auto current = store::PermitRepository(m_db).find(app.extendsPermitId);
        if (!current)
            return {};
        first = domain::PermitTerm::extensionStart(current->validTo);
    }
    return {first, domain::PermitTerm::validTo(first, app.requestedMonths)};
}

domain::IntakeResult
CaseWorkflow::assessDocuments(const Application &app,
                              const QList<domain::SubmittedDocument> &documents) const
{
    // R-REFUSE-7: the IIT receipt against the months asked and the year's rate.
    const domain::IitBasis iit{app.requestedMonths, store::SettingsRepository(m_db).yearRates()};
    return domain::Intake::evaluate(*domain::applicationKindFromCode(code(app.kind)),
                                    *domain::channelFromCode(code(app.channel)), documents,
                                    receiptDay(app), requestedPeriod(app), iit);
}

domain::IntakeResult CaseWorkflow::decideIntake(Application &app,
                                                const QList<domain::SubmittedDocument> &documents,
                                                const QList<ArrivalCheck> &checks) const
{
    m_session.requireDistrict(app.districtId);
    requireStatus(app, {CaseStatus::Submitted}, Tr::tr("Deciding on the documents"));
    const auto result = assessDocuments(app, documents);
    // A document typed in wrongly (a date missing or impossible) is neither
    // present nor missing: the clerk corrects the checklist before anything
    // is decided, so no case is accepted or refused on a typing slip.
    if (!result.invalid.isEmpty()) {
        QStringList reasons;
        for (const domain::DocumentAssessment &line : result.lines)
            if (line.state == domain::DocumentState::Invalid)
                reasons << domain::DocumentCatalogue::find(line.code)->name.in(domain::screenLanguage()) + QLatin1String(": ") + line.reason;
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Correct the checklist first."), reasons.join(u'\n'));
    }
    // R-CHECK: documents taken in were checked on all four counts; a set
    // refused at intake needs no more than the list of what it lacks.
    QList<ArrivalCheck> recorded;
    for (const int item : domain::ArrivalChecks::items())
        for (const ArrivalCheck &check : checks)
            if (check.item == item) {
                recorded << check;
                recorded.last().checkedBy = m_session.userId;
                break;
            }
    if (result.accepted() && recorded.size() < domain::ArrivalChecks::kCount) {
        QStringList unchecked;
        for (const int item : domain::ArrivalChecks::items())
            if (std::none_of(recorded.cbegin(), recorded.cend(),
                             [item](const ArrivalCheck &c) { return c.item == item; }))
                unchecked << domain::ArrivalChecks::title(item);
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Record the four checks of the day the documents arrived."),
                         unchecked.join(u'\n'));
    }
    QList<ChecklistItem> items;
    for (const domain::DocumentAssessment &line : result.lines) {
        ChecklistItem item;
        item.docCode = line.code;
        item.state = fromCode<DocumentState>(domain::documentStateCode(line.state)).value_or(DocumentState::Missing);
        // The rule's reason, or what a present document's check found (an IIT shortfall).
        const QString why = line.reason.isEmpty() ? line.remark : line.reason;
        item.note = why;
        for (const domain::SubmittedDocument &d : documents)
            if (d.code == line.code) {
                item.issuedOn = d.issuedOn;
                item.validUntil = d.validUntil;
                item.docNumber = d.number;
                item.amountKzt = d.amountKzt;
                // The clerk's note first; the rule's finding, when there is one, after it.
                if (!d.note.trimmed().isEmpty())
                    item.note = why.isEmpty() ? d.note.trimmed()
                                              : d.note.trimmed() + QLatin1String(" | ") + why;
            }
        items << item;
    }
    store::Transaction tx(m_db);
    store::CaseRepository cases(m_db);
    Application changed = app;
    // Saved over the version the clerk saw: a checklist typed while another
    // clerk decided the case is refused whole (StoreError::Conflict).
    cases.saveChecklist(changed, items, m_session.login);
    if (!recorded.isEmpty())
        cases.saveArrivalChecks(app.id, recorded, m_session.login);
    if (result.accepted()) {
        cases.setStatus(changed, CaseStatus::Accepted, m_session.login);
    } else {
        Decision d;
        d.applicationId = app.id;
        d.kind = DecisionKind::RefuseIntake;
        d.missingDocuments = result.missing + result.expired;
        d.decidedBy = m_session.userId;
        cases.recordDecision(d, m_session.login);
        cases.setStatus(changed, CaseStatus::RefusedIntake, m_session.login);
    }
    tx.commit();
    app = changed;
    return result;
}

QDate CaseWorkflow::policeAnswerDue(const QDateTime &sentAt) const
{
    return domain::Deadlines(calendarOf(m_db))
        .policeAnswerDue(sentAt.toTimeZone(QTimeZone("Asia/Almaty")).date());
}

QList<records::FieldChange>
CaseWorkflow::checklistDifferences(const QList<ChecklistItem> &stored,
                                   const QList<domain::SubmittedDocument> &typed)
{
    QList<records::FieldChange> differences;
    for (const domain::SubmittedDocument &d : typed) {
        ChecklistItem before;
        for (const ChecklistItem &item : stored)
            if (item.docCode == d.code)
                before = item;
        const auto document = domain::DocumentCatalogue::find(d.code);
        const QString name = document ? document->name.in(domain::screenLanguage()) : d.code;
        // The tick says present or not; the state the rules gave it is theirs.
        const bool ticked =
            before.state == DocumentState::Present || before.state == DocumentState::Expired;
        if (ticked != d.present)
            differences << records::FieldChange{QStringLiteral("present"),
                                                name + QLatin1String(": ") + Tr::tr("Present"),
                                                ticked,
                                                d.present,
                                                ticked ? Tr::tr("yes") : Tr::tr("no"),
                                                d.present ? Tr::tr("yes") : Tr::tr("no")};
        ChecklistItem after = before;
        after.docNumber = d.number;
        after.issuedOn = d.issuedOn;
        after.validUntil = d.validUntil;
        after.note = d.note;
        after.amountKzt = d.amountKzt;
        for (records::FieldChange change : records::changes(before, after)) {
            change.label = name + QLatin1String(": ") + change.label;
            differences << change;
        }
    }
    return differences;
}

PoliceCheck CaseWorkflow::sendToPolice(Application &app, const QDateTime &at) const
{
    m_session.requireDistrict(app.districtId);
    requireStatus(app, {CaseStatus::Accepted}, Tr::tr("Sending to the police"));
    PoliceCheck check;
    check.applicationId = app.id;
    check.sentAt = at;
    check.answerDueOn = policeAnswerDue(at);
    store::Transaction tx(m_db);
    store::CaseRepository cases(m_db);
    cases.recordPoliceRequest(check, m_session.login);
    Application changed = app;
    cases.setStatus(changed, CaseStatus::PoliceCheck, m_session.login);
    tx.commit();
    app = changed;
    return check;
}

void CaseWorkflow::recordPoliceAnswer(const QString &checkId, bool positive, const QDateTime &at,
                                      const QString &reference, const QString &note) const
{
    store::CaseRepository(m_db).recordPoliceAnswer(checkId, positive, at, reference.trimmed(), m_session.login,
                                                   note.trimmed());
}

store::IssueRequest CaseWorkflow::planIssue(const Application &app, const QDate &day) const
{
    requireDecider();
    m_session.requireDistrict(app.districtId);
    requireStatus(app, {CaseStatus::PoliceCheck}, Tr::tr("Issuing a permit"));
    // R-POLICE: the regional police must have agreed.
    const auto checks = store::CaseRepository(m_db).policeChecks(app.id);
    if (checks.isEmpty() || !checks.last().positive.has_value())
        refuseStep(Tr::tr("The police have not answered yet: a permit is issued only after a positive answer."));
    if (!*checks.last().positive)
        refuseStep(Tr::tr("The police answer is negative: refuse on ground 3."));

    store::IssueRequest request;
    request.applicationId = app.id;
    request.decidedBy = m_session.userId;
    request.quotaYear = day.year();
    const auto district = store::ReferenceRepository(m_db).district(app.districtId);
    request.regionId = district ? district->regionId : 0;
    request.validFrom = day;
    const QDate received = app.effectiveReceivedOn.isValid() ? app.effectiveReceivedOn : day;
    if (app.kind == ApplicationKind::Extend) {
        const auto previous = store::PermitRepository(m_db).find(app.extendsPermitId);
        if (!previous)
            refuseStep(Tr::tr("The permit to extend is not in the store."));
        // R-EXTEND-WINDOW: from 30 to 5 calendar days before the permit ends.
        const domain::DateRange window = domain::Deadlines::extensionWindow(previous->validTo);
        if (!window.contains(received))
            refuseStep(Tr::tr("The extension was applied for on %1, but the permit ending on %2 "
                              "can only be extended on an application made from %3 to %4.")
                           .arg(QLocale().toString(received, QLocale::ShortFormat),
                                QLocale().toString(previous->validTo, QLocale::ShortFormat),
                                QLocale().toString(window.first, QLocale::ShortFormat),
                                QLocale().toString(window.last, QLocale::ShortFormat)));
        request.extendsPermitId = previous->id;
        request.chainStart = previous->chainStart;
        request.validFrom = domain::PermitTerm::extensionStart(previous->validTo);
    } else if (const auto immigrant = store::ImmigrantRepository(m_db).find(app.immigrantId)) {
        // R-RENEW-AFTER-12: after a chain of 12 months, only an application
        // made in the current permit's last days; the new permit follows the
        // current one, which stays in force to its last day.
        if (const auto renewal = renewalFor(m_db, *immigrant, received)) {
            if (!renewal->allows(received))
                refuseStep(renewal->refusal(received));
            request.validFrom =
                std::max(day, domain::PermitTerm::extensionStart(renewal->current.validTo));
        }
    }
    const auto term = domain::PermitTerm::request(request.validFrom, app.requestedMonths, request.chainStart);
    if (!term.ok())
        refuseStep(term.reason);
    request.validTo = term.validTo;
    return request;
}

Permit CaseWorkflow::issue(Application &app, const QDate &day) const
{
    const store::IssueRequest request = planIssue(app, day);
    const Permit permit = store::PermitRepository(m_db).issue(request, m_session.login);
    if (const auto stored = store::CaseRepository(m_db).find(app.id))
        app = *stored;
    return permit;
}

void CaseWorkflow::refuse(Application &app, int groundNumber, const QDate &day,
                          const QString &reasons) const
{
    requireDecider();
    m_session.requireDistrict(app.districtId);
    requireStatus(app, {CaseStatus::Accepted, CaseStatus::PoliceCheck}, Tr::tr("Refusing"));
    const auto ground = domain::RefusalGrounds::byNumber(groundNumber);
    if (!ground)
        refuseStep(Tr::tr("There is no refusal ground %1: the grounds are numbered 1 to 9.").arg(groundNumber));
    store::Transaction tx(m_db);
    store::CaseRepository cases(m_db);
    Decision d;
    d.applicationId = app.id;
    d.kind = DecisionKind::Refuse;
    d.groundId = ground->number;
    d.groundText = reasons.trimmed();
    d.decidedAt = QDateTime(day, QTime(12, 0), QTimeZone("Asia/Almaty"));
    d.decidedBy = m_session.userId;
    cases.recordDecision(d, m_session.login);
    Application changed = app;
    cases.setStatus(changed, CaseStatus::Refused, m_session.login);
    // A place held for the portal's agreement of intent goes back to the quota.
    store::QuotaRepository(m_db).releaseReservation(app.id, m_session.login);
    tx.commit();
    app = changed;
}

} // namespace ruqsat::cases
