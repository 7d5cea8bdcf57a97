// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoClocks.h"

#include "cases/PermitActions.h"
#include "complaints/ComplaintActions.h"
#include "domain/Deadlines.h"
#include "store/DemoWriter.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"

namespace ruqsat::demo {

namespace {

const cases::Session kDemo{QString(), QStringLiteral("demo"), records::Role::Admin, {}};

// Runs a step; a permit the generator left where the step does not apply
// (its term, its state) is passed over.
bool tried(const std::function<void()> &step)
{
    try {
        step();
        return true;
    } catch (const store::StoreError &e) {
        if (e.kind() != store::StoreError::Kind::Invalid)
            throw;
        return false;
    }
}

} // namespace

int addOpenClocks(const store::Database &db, const QDate &today)
{
    const store::DemoWriter writer(db);
    const cases::PermitActions actions(db, kDemo);
    const store::PermitRepository permits(db);
    QStringList ids = writer.permitsInForce(today.addDays(-20), 8);
    int made = 0;
    const auto take = [&ids]() { return ids.isEmpty() ? QString() : ids.takeFirst(); };

    // R-REVOKE-POLICE: revoked today and yesterday; Appendix 9 not yet sent.
    for (int daysAgo : {0, 1}) {
        const QString id = take();
        if (!id.isEmpty() && tried([&] {
                actions.revoke(id, QStringLiteral("Департамент труда и социальной защиты"),
                               QStringLiteral("%1-02/%2").arg(today.month()).arg(700 + daysAgo),
                               today.addDays(-daysAgo - 3), today.addDays(-daysAgo));
            }))
            ++made;
    }
    // R-TERMINATION: the contract ended ten days ago, the notice came yesterday.
    if (const QString id = take();
        !id.isEmpty() && tried([&] { actions.recordTermination(id, today.addDays(-10), today.addDays(-1)); }))
        ++made;
    // R-COMPLAINT-*: to the provider and to the quality body on permits,
    // one against a refusal to be forwarded, and one already forwarded.
    const complaints::ComplaintActions complaintDesk(db, kDemo);
    for (const QString &addressee : {complaints::kProvider, complaints::kQuality}) {
        records::Complaint c;
        c.permitId = take();
        if (c.permitId.isEmpty())
            break;
        c.addressee = addressee;
        c.complainant = QStringLiteral("Работодатель");
        c.summary = QStringLiteral("Срок рассмотрения");
        c.registeredOn = today.addDays(-2);
        if (tried([&] { complaintDesk.registerComplaint(c); }))
            ++made;
    }
    int refusals = 0;
    for (const QString &refused : writer.refusedCases(2)) {
        records::Complaint c;
        c.applicationId = refused;
        for (const records::Decision &d : complaintDesk.appealableDecisions(refused))
            if (d.kind == records::DecisionKind::Refuse ||
                d.kind == records::DecisionKind::RefuseIntake)
                c.decisionId = d.id;
        c.addressee = complaints::kForward;
        c.complainant = QStringLiteral("Иммигрант");
        c.summary = QStringLiteral("Обжалование отказа");
        c.registeredOn = today.addDays(refusals == 0 ? -1 : -6);
        if (!tried([&] { complaintDesk.registerComplaint(c); }))
            continue;
        ++made;
        if (refusals++ == 1)
            tried([&] {
                complaintDesk.resolve(c.id, complaints::kForwarded, today.addDays(-4),
                                      QStringLiteral("Акимат области"));
            });
    }
    // R-PORTAL-INTENT: places held for agreements signed in the last days.
    const store::QuotaRepository quotas(db);
    int signedDaysAgo = 2;
    for (const auto &[caseId, quotaId] : writer.openCasesWithQuota(today.year(), 2)) {
        const QDate lastDay = domain::Deadlines::intentReservationLastDay(today.addDays(-signedDaysAgo));
        if (tried([&] { quotas.reserve(caseId, quotaId, lastDay, kDemo.login); }))
            ++made;
        signedDaysAgo += 6;
    }
    return made;
}

} // namespace ruqsat::demo
