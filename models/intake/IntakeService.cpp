// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeService.h"

#include "cases/Renewal.h"
#include "domain/Deadlines.h"
#include "domain/PermitTerm.h"
#include "domain/WorkCalendar.h"
#include "domain/WorkingHours.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/DistrictScope.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QLocale>

namespace ruqsat::intake {

using namespace records;

IntakeCheck IntakeService::check(const IntakeForm &form) const
{
    QDate start = QDate::currentDate();
    QDate chainStart;
    if (!form.application.extendsPermitId.isEmpty()) {
        if (const auto permit = store::PermitRepository(m_db).find(form.application.extendsPermitId)) {
            start = permit->validTo.addDays(1);
            chainStart = permit->chainStart;
        }
    }
    IntakeCheck check = checkIntake(form, start, chainStart);
    // R-RENEW-AFTER-12: after a chain of 12 months a new permit is only
    // taken in the current permit's last days; the clerk sees them at once.
    const Application &app = form.application;
    if (app.kind == ApplicationKind::Issue && app.receivedAt.isValid() &&
        !check.problems.contains(QStringLiteral("application.receivedAt"))) {
        const QDate received = effectiveReceiptDay(app);
        if (const auto renewal = cases::renewalFor(m_db, form.immigrant, received)) {
            check.renewal = renewal->notice();
            if (!renewal->allows(received))
                check.problems.insert(QStringLiteral("application.receivedAt"),
                                      renewal->refusal(received));
        }
    }
    return check;
}

std::pair<QDate, QDate> IntakeService::receiptTerms(const Application &app) const
{
    const QDate received = effectiveReceiptDay(app);
    const domain::WorkCalendar calendar(store::CalendarRepository(m_db).all());
    return {received, domain::Deadlines(calendar).decisionDue(received)};
}

QDate IntakeService::effectiveReceiptDay(const Application &app) const
{
    const domain::WorkCalendar calendar(store::CalendarRepository(m_db).all());
    const store::SettingsRepository settings(m_db);
    // R-AFTER-HOURS: papers at the State Corporation's counter follow its
    // hours; the portals deliver to the provider.
    const domain::WorkingHours hours = app.channel == Channel::StateCorporation
                                           ? settings.stateCorporationHours()
                                           : settings.providerHours();
    return domain::effectiveReceiptDay(app.receivedAt, hours, calendar);
}

namespace {

// Tr::tr() is filed by lupdate under this context from member functions too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::intake)
};

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

IntakeService::Extension IntakeService::extensionOf(const QString &permitId, const QDate &today) const
{
    using store::StoreError;
    const auto permit = store::PermitRepository(m_db).find(permitId);
    if (!permit)
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("The permit is not in the store."));
    if (permit->status != PermitStatus::InForce)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Permit No. %1 is not in force: only a permit in force is extended.").arg(permit->number));
    const QDate from = domain::PermitTerm::extensionStart(permit->validTo);
    // R-TERM: ask for the longest term the chain allows.
    auto term = domain::PermitTerm::request(from, domain::PermitTerm::kMaxMonths, permit->chainStart);
    const int months = term.ok() ? domain::PermitTerm::kMaxMonths : term.maxMonths;
    if (months < domain::PermitTerm::kMinMonths) {
        const domain::DateRange renewal = domain::Deadlines::renewalWindow(permit->validTo);
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Permit No. %1 ends its 12-month chain on %2 and cannot be "
                                "extended; a new permit may be applied for from %3 to %4.")
                             .arg(permit->number, shortDate(permit->validTo),
                                  shortDate(renewal.first), shortDate(renewal.last)));
    }
    const auto previous = store::CaseRepository(m_db).find(permit->applicationId);
    const auto immigrant = store::ImmigrantRepository(m_db).find(permit->immigrantId);
    const auto employer = store::EmployerRepository(m_db).find(permit->employerId);
    if (!previous || !immigrant || !employer)
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("The case of permit No. %1 is not complete in the store.")
                                                        .arg(permit->number));
    Extension extension;
    extension.form.immigrant = *immigrant;
    extension.form.employer = *employer;
    Application &app = extension.form.application;
    app.kind = ApplicationKind::Extend;
    app.receivedAt = QDateTime::currentDateTimeUtc(); // taken now, unless the clerk types the time
    app.channel = previous->channel;
    app.districtId = previous->districtId;
    app.extendsPermitId = permit->id;
    app.requestedMonths = months;
    app.workAddress = previous->workAddress;
    app.occupation = previous->occupation;
    app.salaryKzt = previous->salaryKzt;
    const domain::DateRange window = domain::Deadlines::extensionWindow(permit->validTo);
    if (!window.contains(today))
        extension.notice = Tr::tr("Permit No. %1 ends on %2: an extension is applied for from %3 to %4; "
                                  "today is outside that window.")
                               .arg(permit->number, shortDate(permit->validTo), shortDate(window.first),
                                    shortDate(window.last));
    return extension;
}

std::optional<IntakeService::KnownEmployer>
IntakeService::knownEmployer(const IntakeForm &form) const
{
    if (!form.employer.id.isEmpty() || form.employer.iin.isEmpty())
        return std::nullopt;
    const auto stored = store::EmployerRepository(m_db).findByIin(form.employer.iin);
    if (!stored)
        return std::nullopt;
    Employer typed = form.employer;
    typed.properties = stored->properties; // never a difference, see KnownEmployer
    if (typed.birthYear == 0)
        typed.birthYear = stored->birthYear; // not typed: derived from the IIN
    return KnownEmployer{*stored, records::changes(*stored, typed)};
}

void IntakeService::settleEmployer(IntakeForm &form, const Employer &stored, EmployerChoice choice)
{
    const Employer typed = form.employer;
    Employer chosen = choice == EmployerChoice::KeepStored ? stored : typed;
    chosen.id = stored.id;
    chosen.version = stored.version;
    chosen.iin = stored.iin;
    if (chosen.birthYear == 0)
        chosen.birthYear = stored.birthYear;
    chosen.properties = stored.properties;
    for (const Property &p : typed.properties)
        if (!p.address.trimmed().isEmpty() && !addressMatches(p.address, stored.properties))
            chosen.properties << Property{QString(), p.districtId, p.address, p.cadastralNumber};
    form.employer = chosen;
}

namespace {

QString knownEmployerMessage(const Employer &stored, const QList<records::FieldChange> &differences)
{
    QStringList lines;
    for (const records::FieldChange &d : differences)
        lines
            << Tr::tr("%1: on record \"%2\", typed \"%3\"").arg(d.label, d.beforeText, d.afterText);
    return Tr::
        tr("An employer with IIN %1 is already on record with other details (%2). Choose whether "
           "this case "
           "keeps the details on record or the employer is updated for every case that names them; "
           "nothing was saved.")
            .arg(stored.iin, lines.join(QLatin1String("; ")));
}

// Commits the step that wrote `written`. When the connection broke while
// COMMIT was on its way, the caller gets `written` before the error: it may
// be stored, and the caller's ServerRetry asks the server whether it is
// (then it is what the store holds, new ids included) or runs the step again
// from what was typed.
void commitWritten(store::Transaction &tx, IntakeForm &form, const IntakeForm &written)
{
    try {
        tx.commit();
    } catch (const store::StoreError &e) {
        if (e.kind() == store::StoreError::Kind::CommitUnknown)
            form = written;
        throw;
    }
    form = written;
}

} // namespace

void IntakeService::save(IntakeForm &form) const
{
    const IntakeCheck entry = checkEntry(form);
    if (!entry.ok())
        throw store::StoreError(
            store::StoreError::Kind::Invalid,
            Tr::tr("The application was not saved: %1")
                .arg(QStringList(entry.problems.values()).join(QLatin1String(" "))));
    if (!store::inScope(m_scope, form.application.districtId))
        throw store::StoreError(store::StoreError::Kind::Forbidden,
                                Tr::tr("The application was not saved: its district is not one of yours."));
    IntakeForm saved = form; // the caller's copy changes only if all is written
    store::Transaction tx(m_db);
    store::ImmigrantRepository immigrants(m_db);
    if (saved.immigrant.id.isEmpty())
        immigrants.create(saved.immigrant, m_actor);
    else
        immigrants.update(saved.immigrant, m_actor);
    store::EmployerRepository employers(m_db);
    // The same employer comes back with the next worker, found by IIN: named
    // as on record, never renamed on older cases without the clerk's choice.
    if (const auto known = knownEmployer(saved)) {
        if (!known->differences.isEmpty())
            throw store::StoreError(store::StoreError::Kind::Conflict,
                                    knownEmployerMessage(known->stored, known->differences));
        settleEmployer(saved, known->stored, EmployerChoice::KeepStored);
    }
    if (saved.employer.id.isEmpty())
        employers.create(saved.employer, m_actor);
    else
        employers.update(saved.employer, m_actor);
    saved.application.immigrantId = saved.immigrant.id;
    saved.application.employerId = saved.employer.id;
    store::CaseRepository cases(m_db);
    if (saved.application.id.isEmpty())
        cases.create(saved.application, m_actor);
    else
        cases.update(saved.application, m_actor);
    commitWritten(tx, form, saved);
}

IntakeForm IntakeService::storedVersion(const IntakeForm &form) const
{
    IntakeForm stored = form;
    if (!form.immigrant.id.isEmpty())
        if (const auto p = store::ImmigrantRepository(m_db).find(form.immigrant.id))
            stored.immigrant = *p;
    if (!form.employer.id.isEmpty())
        if (const auto e = store::EmployerRepository(m_db).find(form.employer.id))
            stored.employer = *e;
    if (!form.application.id.isEmpty())
        if (const auto a = store::CaseRepository(m_db).find(form.application.id))
            stored.application = *a;
    stored.unparsedDates.clear();
    return stored;
}

QList<records::FieldChange> IntakeService::differences(const IntakeForm &stored,
                                                       const IntakeForm &mine)
{
    return records::changes(stored.immigrant, mine.immigrant) +
           records::changes(stored.employer, mine.employer) +
           records::changes(stored.application, mine.application);
}

bool IntakeService::mayKeepMine(const IntakeForm &stored)
{
    return stored.application.id.isEmpty() || stored.application.status == CaseStatus::Draft;
}

void IntakeService::keepMine(IntakeForm &mine, const IntakeForm &stored)
{
    mine.immigrant.version = stored.immigrant.version;
    mine.employer.version = stored.employer.version;
    mine.application.version = stored.application.version;
    // What the workflow sets is never the editor's to overwrite.
    mine.application.status = stored.application.status;
    mine.application.registryNumber = stored.application.registryNumber;
    mine.application.effectiveReceivedOn = stored.application.effectiveReceivedOn;
    mine.application.decisionDueOn = stored.application.decisionDueOn;
}

void IntakeService::submit(IntakeForm &form) const
{
    IntakeForm submitted = form;
    // Received now unless a time was typed (or given by the caller).
    if (!submitted.application.receivedAt.isValid())
        submitted.application.receivedAt = QDateTime::currentDateTimeUtc();
    const IntakeCheck problems = check(submitted);
    if (!problems.ok())
        throw store::StoreError(store::StoreError::Kind::Invalid,
                                QCoreApplication::translate("ruqsat::intake", "The application is not complete: %1")
                                    .arg(QStringList(problems.problems.values()).join(QLatin1String(" "))));
    // R-AFTER-HOURS from the time of receipt; R-DECISION-TERM from its day.
    std::tie(submitted.application.effectiveReceivedOn, submitted.application.decisionDueOn) =
        receiptTerms(submitted.application);
    store::Transaction tx(m_db);
    save(submitted);
    store::CaseRepository(m_db).registerCase(submitted.application, CaseStatus::Submitted, m_actor);
    commitWritten(tx, form, submitted);
}

} // namespace ruqsat::intake
