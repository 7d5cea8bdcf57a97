// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store with quotas of three regions for 2026 (issue #12, R-QUOTA), made
// through the store's own steps, the permits' issue times then moved to
// chosen days so that the year's use has a known shape:
//  Almaty 2026, limit 8: permits issued 20 Dec 2025 (on the 2026 quota),
//    1 Feb (local; 31 Jan in UTC), 5 Mar (revoked since) and 10 Mar
//    (extended on 2 Apr: the extension keeps its place); two live
//    reservations and a released one. In force 3, reserved 2, free 3.
//  Astana 2026, limit 2: one permit, one reservation: free 0, low.
//  Shymkent 2026, limit 0: low, nothing can be issued.
//  Almaty 2025, limit 5: of another year.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/SqlDialect.h"

#include <QTimeZone>
#include <algorithm>

namespace ruqsat::test {

struct QuotaStore
{
    int almaty = 0, astana = 0, shymkent = 0;
    QString almatyQuota, astanaQuota;
    // The cumulative use of Almaty's 2026 quota by the end of each month.
    QList<int> almatyByMonth;
};

inline QDateTime almatyTime(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Asia/Almaty"));
}

inline QuotaStore fillQuotaStore(const ScratchStore &scratch, const store::Database &db)
{
    const CaseFactory f(db);
    const store::ReferenceRepository refs(db);
    const store::QuotaRepository quotas(db);
    const store::PermitRepository permits(db);
    QuotaStore s;
    s.almaty = f.almatyRegionId();
    s.astana = refs.regionByKato(QStringLiteral("710000000"))->id;
    s.shymkent = refs.regionByKato(QStringLiteral("790000000"))->id;
    s.almatyQuota = quotas.setQuota(s.almaty, 2026, 8, QStringLiteral("admin")).id;
    s.astanaQuota = quotas.setQuota(s.astana, 2026, 2, QStringLiteral("admin")).id;
    quotas.setQuota(s.shymkent, 2026, 0, QStringLiteral("admin"));
    quotas.setQuota(s.almaty, 2025, 5, QStringLiteral("admin"));

    const auto issue = [&](int region, const QDateTime &at, const QString &extends = {}) {
        store::IssueRequest r;
        r.applicationId = f.acceptedCase().id;
        r.regionId = region;
        r.quotaYear = 2026;
        r.validFrom = extends.isEmpty() ? QDate(2026, 3, 27) : QDate(2026, 9, 27);
        // In force whenever the test runs: every ruqsatctl command expires
        // the permits past their last day before it reads (deadlines::expireLapsed).
        r.validTo = std::max(r.validFrom.addMonths(6).addDays(-1), QDate::currentDate().addYears(1));
        r.extendsPermitId = extends;
        const records::Permit p = permits.issue(r, QStringLiteral("head1"));
        scratch.rawExec(QStringLiteral("UPDATE permits SET issued_at = '%1' WHERE id = '%2'")
                            .arg(db.dialect().time(at).toString(), p.id));
        return p;
    };
    issue(s.almaty, almatyTime(QDate(2025, 12, 20), QTime(11, 0)));
    issue(s.almaty, QDateTime(QDate(2026, 1, 31), QTime(20, 0), Qt::UTC)); // 1 February in Almaty
    const records::Permit revoked = issue(s.almaty, almatyTime(QDate(2026, 3, 5), QTime(9, 30)));
    const records::Permit extended = issue(s.almaty, almatyTime(QDate(2026, 3, 10), QTime(16, 0)));
    issue(s.almaty, almatyTime(QDate(2026, 4, 2), QTime(10, 0)), extended.id);
    records::Revocation rev{revoked.id,
                            QStringLiteral("Labour inspection of Almaty"),
                            QStringLiteral("14-02/331"),
                            QDate(2026, 5, 4),
                            QDate(2026, 5, 5),
                            QDate(2026, 5, 7),
                            {},
                            QDate(2026, 5, 20),
                            {}};
    permits.revoke(rev, QStringLiteral("head1"));
    // Live whenever the test runs, as the permits above.
    const QDate held = std::max(QDate(2026, 6, 1), QDate::currentDate().addDays(5));
    for (int i = 0; i < 2; ++i)
        quotas.reserve(f.acceptedCase().id, s.almatyQuota, held, QStringLiteral("clerk1"));
    const QString released = f.acceptedCase().id;
    quotas.reserve(released, s.almatyQuota, held, QStringLiteral("clerk1"));
    quotas.releaseReservation(released, QStringLiteral("clerk1"));

    issue(s.astana, almatyTime(QDate(2026, 2, 10), QTime(12, 0)));
    quotas.reserve(f.acceptedCase().id, s.astanaQuota, held, QStringLiteral("clerk1"));
    s.almatyByMonth = {1, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    return s;
}

} // namespace ruqsat::test
