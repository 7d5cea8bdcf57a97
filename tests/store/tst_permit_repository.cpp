// SPDX-License-Identifier: GPL-3.0-or-later
// Permits and quotas on both backends: R-QUOTA, R-QUOTA-EXTEND,
// R-PORTAL-INTENT reservations, R-DUPLICATE, R-TERMINATION, R-REVOKE, R-CONTRACT.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"

#include <QTest>
#include <QUuid>

using namespace ruqsat;
using namespace ruqsat::records;
using store::StoreError;

namespace {

store::IssueRequest requestFor(const Application &a, int regionId, QDate from = QDate(2026, 3, 27),
                               QDate to = QDate(2026, 9, 26))
{
    store::IssueRequest r;
    r.applicationId = a.id;
    r.regionId = regionId;
    r.quotaYear = from.year();
    r.validFrom = from;
    r.validTo = to;
    return r;
}

qint64 scalar(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

} // namespace

class TestPermitRepository : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_issueTakesPlace_data() { test::addBackendRows(); }
    void R_QUOTA_issueTakesPlace()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        const auto quota = store::QuotaRepository(*db).setQuota(region, 2026, 2, QStringLiteral("admin"));
        const Application a = factory.acceptedCase();
        const Permit p = store::PermitRepository(*db).issue(requestFor(a, region), QStringLiteral("head1"));
        QCOMPARE(p.number, QStringLiteral("75-2026-000001"));
        QCOMPARE(p.chainStart, QDate(2026, 3, 27));
        const auto stored = store::PermitRepository(*db).findByNumber(p.number);
        QVERIFY(stored);
        QCOMPARE(stored->validTo, QDate(2026, 9, 26));
        QCOMPARE(stored->status, PermitStatus::InForce);
        QCOMPARE(stored->quotaId, quota.id);
        QCOMPARE(store::QuotaRepository(*db).findById(quota.id)->issued, 1);
        // The case is decided in the same transaction.
        const auto decided = store::CaseRepository(*db).find(a.id);
        QCOMPARE(decided->status, CaseStatus::Issued);
        QCOMPARE(store::CaseRepository(*db).decisions(a.id).first().kind, DecisionKind::Issue);
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("permit"), p.id).first().action,
                 QStringLiteral("issue"));
        // A decided case cannot be issued twice.
        QVERIFY_THROWS_EXCEPTION(StoreError, store::PermitRepository(*db).issue(requestFor(a, region),
                                                                                 QStringLiteral("head1")));
    }

    void R_QUOTA_fullQuotaRefusesCleanly_data() { test::addBackendRows(); }
    void R_QUOTA_fullQuotaRefusesCleanly()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, 1, QStringLiteral("admin"));
        store::PermitRepository permits(*db);
        permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("head1"));
        const Application second = factory.acceptedCase();
        try {
            permits.issue(requestFor(second, region), QStringLiteral("head1"));
            QFAIL("issued beyond the quota");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::QuotaExhausted);
            QVERIFY2(e.message().contains(QLatin1String("used up")), qPrintable(e.message()));
        }
        // Nothing of the refused issue was written.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM permits")), 1);
        QCOMPARE(store::CaseRepository(*db).find(second.id)->status, CaseStatus::Accepted);
        QVERIFY(store::CaseRepository(*db).decisions(second.id).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT issued FROM quotas")), 1);
        // No quota at all for the year is also a refusal, not an error.
        store::IssueRequest next = requestFor(second, region, QDate(2027, 1, 10), QDate(2027, 2, 9));
        try {
            permits.issue(next, QStringLiteral("head1"));
            QFAIL("issued without a quota");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::QuotaExhausted);
        }
    }

    void R_QUOTA_cannotLowerBelowTaken_data() { test::addBackendRows(); }
    void R_QUOTA_cannotLowerBelowTaken()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository quotas(*db);
        quotas.setQuota(region, 2026, 5, QStringLiteral("admin"));
        store::PermitRepository(*db).issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        store::PermitRepository(*db).issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        QVERIFY_THROWS_EXCEPTION(StoreError, quotas.setQuota(region, 2026, 1, QStringLiteral("admin")));
        QCOMPARE(quotas.find(region, 2026)->quota, 5);
        QCOMPARE(quotas.setQuota(region, 2026, 2, QStringLiteral("admin")).free(), 0);
        // The CHECK constraint stands behind the code even for raw SQL.
        QVERIFY_THROWS_EXCEPTION(StoreError, store::execute(*db, QStringLiteral("UPDATE quotas SET issued = quota + 1")));
    }

    void R_QUOTA_EXTEND_extensionTakesNoPlace_data() { test::addBackendRows(); }
    void R_QUOTA_EXTEND_extensionTakesNoPlace()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, 1, QStringLiteral("admin"));
        store::PermitRepository permits(*db);
        const Permit first = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        // The quota is full, and still the extension goes through.
        Application ext = factory.acceptedCase();
        ext.kind = ApplicationKind::Extend;
        ext.extendsPermitId = first.id;
        store::CaseRepository(*db).update(ext, QStringLiteral("clerk"));
        store::IssueRequest r = requestFor(ext, region, QDate(2026, 9, 27), QDate(2027, 3, 26));
        r.extendsPermitId = first.id;
        const Permit second = permits.issue(r, QStringLiteral("h"));
        QCOMPARE(second.extendsPermitId, first.id);
        QCOMPARE(second.chainStart, first.chainStart);
        QCOMPARE(second.quotaId, first.quotaId);
        QCOMPARE(permits.find(first.id)->status, PermitStatus::Extended);
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->issued, 1);
        QCOMPARE(store::CaseRepository(*db).find(ext.id)->status, CaseStatus::Extended);
        // Only a permit in force is extended.
        Application again = factory.acceptedCase();
        store::IssueRequest r2 = requestFor(again, region);
        r2.extendsPermitId = first.id;
        QVERIFY_THROWS_EXCEPTION(StoreError, permits.issue(r2, QStringLiteral("h")));
    }

    void R_PORTAL_INTENT_reservation_data() { test::addBackendRows(); }
    void R_PORTAL_INTENT_reservation()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository quotas(*db);
        const auto quota = quotas.setQuota(region, 2026, 1, QStringLiteral("admin"));
        const Application reserved = factory.acceptedCase();
        quotas.reserve(reserved.id, quota.id, QDate(2026, 3, 30), QStringLiteral("portal"));
        QCOMPARE(quotas.findById(quota.id)->reserved, 1);
        // The held place is not given to someone else...
        const Application other = factory.acceptedCase();
        QVERIFY_THROWS_EXCEPTION(StoreError, store::PermitRepository(*db).issue(requestFor(other, region), QStringLiteral("h")));
        QVERIFY_THROWS_EXCEPTION(StoreError, quotas.reserve(other.id, quota.id, QDate(2026, 3, 30), QStringLiteral("p")));
        // ...but becomes the permit of the one who holds it.
        store::PermitRepository(*db).issue(requestFor(reserved, region), QStringLiteral("h"));
        const auto after = quotas.findById(quota.id);
        QCOMPARE(after->issued, 1);
        QCOMPARE(after->reserved, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM quota_reservations WHERE state = 'used'")), 1);
    }

    void R_PORTAL_INTENT_reservationExpiresAndReleases_data() { test::addBackendRows(); }
    void R_PORTAL_INTENT_reservationExpiresAndReleases()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository quotas(*db);
        const auto quota = quotas.setQuota(factory.almatyRegionId(), 2026, 3, QStringLiteral("admin"));
        const Application a = factory.acceptedCase();
        const Application b = factory.acceptedCase();
        quotas.reserve(a.id, quota.id, QDate(2026, 3, 30), QStringLiteral("portal"));
        quotas.reserve(b.id, quota.id, QDate(2026, 4, 2), QStringLiteral("portal"));
        QCOMPARE(quotas.expireReservations(QDate(2026, 3, 30), QStringLiteral("system")), 0); // last day still held
        QCOMPARE(quotas.expireReservations(QDate(2026, 3, 31), QStringLiteral("system")), 1);
        QCOMPARE(quotas.findById(quota.id)->reserved, 1);
        quotas.releaseReservation(b.id, QStringLiteral("clerk"));
        QCOMPARE(quotas.findById(quota.id)->reserved, 0);
        quotas.releaseReservation(b.id, QStringLiteral("clerk")); // nothing left: no change
        QCOMPARE(quotas.findById(quota.id)->reserved, 0);
    }

    void R_REVOKE_and_R_TERMINATION_freePlace_data() { test::addBackendRows(); }
    void R_REVOKE_and_R_TERMINATION_freePlace()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, 2, QStringLiteral("admin"));
        store::PermitRepository permits(*db);
        const Permit a = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        const Permit b = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        Revocation rev{a.id, QStringLiteral("Labour inspection of Almaty"), QStringLiteral("14-02/331"),
                       QDate(2026, 5, 4), QDate(2026, 5, 5), QDate(2026, 5, 7), {}, QDate(2026, 5, 20), {}};
        permits.revoke(rev, QStringLiteral("head1"));
        QCOMPARE(permits.find(a.id)->status, PermitStatus::Revoked);
        QCOMPARE(permits.revocation(a.id)->stayUntil, QDate(2026, 5, 20));
        QCOMPARE(permits.revocation(a.id)->actNumber, QStringLiteral("14-02/331"));
        Termination end{b.id, QDate(2026, 6, 1), QDate(2026, 6, 3), QDate(2026, 6, 2), QStringLiteral("by agreement"), {}};
        permits.terminate(end, QStringLiteral("clerk1"));
        QCOMPARE(permits.find(b.id)->status, PermitStatus::Terminated);
        QCOMPARE(permits.termination(b.id)->noticeDueOn, QDate(2026, 6, 3));
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->issued, 0);
        // A permit that left force cannot be revoked again.
        QVERIFY_THROWS_EXCEPTION(StoreError, permits.revoke(rev, QStringLiteral("head1")));
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->issued, 0);
    }

    void expiryFreesPlace_data() { test::addBackendRows(); }
    void expiryFreesPlace()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, 2, QStringLiteral("admin"));
        store::PermitRepository permits(*db);
        const Permit p = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        QCOMPARE(permits.expireDue(QDate(2026, 9, 26), QStringLiteral("system")), 0); // the last day is valid
        QCOMPARE(permits.expireDue(QDate(2026, 9, 27), QStringLiteral("system")), 1);
        QCOMPARE(permits.find(p.id)->status, PermitStatus::Expired);
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->issued, 0);
    }

    void R_DUPLICATE_copiesAndContracts_data() { test::addBackendRows(); }
    void R_DUPLICATE_copiesAndContracts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        store::QuotaRepository(*db).setQuota(region, 2026, 2, QStringLiteral("admin"));
        store::PermitRepository permits(*db);
        const Permit p = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        QCOMPARE(permits.recordCopy(p.id, QStringLiteral("lost"), QStringLiteral("clerk")), 1);
        QCOMPARE(permits.recordCopy(p.id, QStringLiteral("damaged"), QStringLiteral("clerk")), 2);
        QCOMPARE(permits.find(p.id)->copiesIssued, 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM permit_copies")), 2);
        QVERIFY_THROWS_EXCEPTION(StoreError, permits.recordCopy(p.id, QStringLiteral("stolen?"), QStringLiteral("c")));
        QCOMPARE(permits.find(p.id)->copiesIssued, 2);
        // The store itself refuses a copy of a permit out of force, whatever
        // the caller checked before (a revocation may land in between).
        const Permit ended = permits.issue(requestFor(factory.acceptedCase(), region), QStringLiteral("h"));
        permits.terminate({ended.id, QDate(2026, 5, 6), QDate(2026, 5, 8), QDate(2026, 5, 7), QString(), {}},
                          QStringLiteral("clerk"));
        try {
            permits.recordCopy(ended.id, QStringLiteral("lost"), QStringLiteral("clerk"));
            QFAIL("a copy of a terminated permit was recorded");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
        }
        QCOMPARE(permits.find(ended.id)->copiesIssued, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM permit_copies")), 2);
        try {
            permits.recordCopy(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("lost"),
                               QStringLiteral("clerk"));
            QFAIL("a copy of no permit was recorded");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        }

        LabourContract c;
        c.permitId = p.id;
        c.number = QStringLiteral("ТД-2026/118");
        c.concludedOn = QDate(2026, 3, 28);
        c.registeredOn = QDate(2026, 3, 30);
        c.registry = QStringLiteral("unified_system");
        c.validFrom = QDate(2026, 3, 28);
        permits.addLabourContract(c, QStringLiteral("clerk"));
        const auto contracts = permits.labourContracts(p.id);
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().number, c.number);
        QVERIFY(!contracts.first().validTo.isValid());
        QCOMPARE(permits.forImmigrant(p.immigrantId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPermitRepository)
#include "tst_permit_repository.moc"
