// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A store with what complaints attach to: a permit in force and a refused
// case of the factory's district (the Almaty quota of 2026, 5 places).
#include "CaseFactory.h"
#include "cases/CaseWorkflow.h"
#include "store/QuotaRepository.h"

namespace ruqsat::test {

struct ComplaintStore
{
    records::Permit permit;
    records::Application refused;
};

inline ComplaintStore fillComplaintStore(const store::Database &db)
{
    CaseFactory factory(db);
    store::QuotaRepository quotas(db);
    if (!quotas.find(factory.almatyRegionId(), 2026))
        quotas.setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
    ComplaintStore s;
    s.permit = factory.issuePermit(factory.acceptedCase(), QDate(2026, 3, 2), QDate(2026, 9, 1));
    s.refused = factory.acceptedCase();
    const cases::Session head{QString(), QStringLiteral("head1"), records::Role::Head};
    cases::CaseWorkflow(db, head).refuse(s.refused, 1, QDate(2026, 3, 18),
                                         QStringLiteral("the employer owes tax"));
    return s;
}

} // namespace ruqsat::test
