// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeService.h"

#include "domain/Deadlines.h"
#include "domain/WorkCalendar.h"
#include "domain/WorkingHours.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>

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
    return checkIntake(form, start, chainStart);
}

void IntakeService::save(IntakeForm &form) const
{
    IntakeForm saved = form; // the caller's copy changes only if all is written
    store::Transaction tx(m_db);
    store::ImmigrantRepository immigrants(m_db);
    if (saved.immigrant.id.isEmpty())
        immigrants.create(saved.immigrant, m_actor);
    else
        immigrants.update(saved.immigrant, m_actor);
    store::EmployerRepository employers(m_db);
    if (saved.employer.id.isEmpty()) {
        // The same employer comes back with the next worker: found by IIN.
        if (const auto known = employers.findByIin(saved.employer.iin))
            saved.employer.id = known->id;
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
    tx.commit();
    form = saved;
}

void IntakeService::submit(IntakeForm &form) const
{
    const IntakeCheck problems = check(form);
    if (!problems.ok())
        throw store::StoreError(store::StoreError::Kind::Invalid,
                                QCoreApplication::translate("ruqsat::intake", "The application is not complete: %1")
                                    .arg(QStringList(problems.problems.values()).join(QLatin1String(" "))));
    IntakeForm submitted = form;
    if (!submitted.application.receivedAt.isValid())
        submitted.application.receivedAt = QDateTime::currentDateTimeUtc();
    const domain::WorkCalendar calendar(store::CalendarRepository(m_db).all());
    const store::SettingsRepository settings(m_db);
    // R-AFTER-HOURS: papers at the State Corporation's counter follow its
    // hours; the portals deliver to the provider.
    const domain::WorkingHours hours = submitted.application.channel == Channel::StateCorporation
                                           ? settings.stateCorporationHours()
                                           : settings.providerHours();
    submitted.application.effectiveReceivedOn =
        domain::effectiveReceiptDay(submitted.application.receivedAt, hours, calendar);
    submitted.application.decisionDueOn = domain::Deadlines(calendar).decisionDue(submitted.application.effectiveReceivedOn);
    store::Transaction tx(m_db);
    save(submitted);
    store::CaseRepository(m_db).registerCase(submitted.application, CaseStatus::Submitted, m_actor);
    tx.commit();
    form = submitted;
}

} // namespace ruqsat::intake
