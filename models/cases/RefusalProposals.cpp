// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusalProposals.h"

#include "Renewal.h"
#include "domain/ArrivalChecks.h"
#include "domain/DocumentCatalogue.h"
#include "domain/IitAdvance.h"
#include "store/CaseRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace ruqsat::cases {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::RefusalProposals)
};

QDate receiptDay(const records::Application &app)
{
    return app.effectiveReceivedOn.isValid() ? app.effectiveReceivedOn : app.receivedAt.date();
}

} // namespace

QList<domain::GroundProposal> proposeGrounds(const store::Database &db,
                                             const records::Application &app)
{
    QList<domain::GroundProposal> proposals;
    const store::CaseRepository cases(db);
    for (const records::ArrivalCheck &check : cases.arrivalChecks(app.id)) {
        if (check.conforms)
            continue;
        QString reason = Tr::tr("Check failed: %1.").arg(domain::ArrivalChecks::title(check.item));
        if (!check.note.trimmed().isEmpty())
            reason += u' ' + check.note.trimmed();
        proposals << domain::GroundProposal{domain::ArrivalChecks::refusalGround(check.item),
                                            reason}; // R-CHECK
    }
    if (app.kind == records::ApplicationKind::Issue) {
        if (const auto immigrant = store::ImmigrantRepository(db).find(app.immigrantId))
            if (const auto renewal = renewalFor(db, *immigrant, receiptDay(app));
                renewal && !renewal->allows(receiptDay(app)))
                proposals << domain::GroundProposal{
                    2, renewal->refusal(receiptDay(app))}; // R-RENEW-AFTER-12
    }
    const auto police = cases.policeChecks(app.id);
    if (!police.isEmpty() && police.last().positive == false)
        proposals << domain::GroundProposal{3,
                                            Tr::tr("The police answer is negative.")}; // R-REFUSE-3
    for (const records::ChecklistItem &item : cases.checklist(app.id)) {
        if (item.docCode != domain::DocumentCode::iitReceipt() ||
            item.state != records::DocumentState::Present)
            continue;
        const QDate paidOn = item.issuedOn.isValid() ? item.issuedOn : receiptDay(app);
        const auto iit = domain::IitAdvance::checkReceipt(
            item.amountKzt, paidOn, app.requestedMonths, store::SettingsRepository(db).yearRates());
        if (iit.isShort())
            proposals << domain::GroundProposal{7, iit.remark}; // R-REFUSE-7
    }
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const domain::GroundProposal &a, const domain::GroundProposal &b) {
                         return a.number < b.number;
                     });
    return proposals;
}

} // namespace ruqsat::cases
