// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoClocks.h"

#include "cases/PermitActions.h"
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
    // and one forwarded against a refusal.
    for (const char *addressee : {"provider", "quality"}) {
        records::Complaint c;
        c.permitId = take();
        if (c.permitId.isEmpty())
            break;
        c.addressee = QLatin1String(addressee);
        c.complainant = QStringLiteral("Работодатель");
        c.summary = QStringLiteral("Срок рассмотрения");
        c.registeredOn = today.addDays(-2);
        if (tried([&] { actions.registerComplaint(c); }))
            ++made;
    }
    for (const QString &refused : writer.refusedCases(1)) {
        records::Complaint c;
        c.applicationId = refused;
        c.addressee = QStringLiteral("forward");
        c.complainant = QStringLiteral("Иммигрант");
        c.summary = QStringLiteral("Обжалование отказа");
        c.registeredOn = today.addDays(-1);
        if (tried([&] { actions.registerComplaint(c); }))
            ++made;
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
