// SPDX-License-Identifier: GPL-3.0-or-later
// What runs out by itself (issue #12), on both backends: a permit past its
// last day becomes expired in the store and frees its quota place (R-TERM,
// R-QUOTA); a portal reservation past its last day ends and frees its place
// (R-PORTAL-INTENT). It happens when any reader opens the store: a
// ruqsatctl command that only reads leaves the store expired for the next.
#include "CaseFactory.h"
#include "CtlRun.h"
#include "TestStores.h"
#include "deadlines/Lapses.h"
#include "store/AuditLog.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::records;

namespace {

int takenPlaces(const store::Database &db, int year)
{
    return store::QuotaRepository(db).find(test::CaseFactory(db).almatyRegionId(), year)->issued;
}

} // namespace

class TestLapses : public QObject
{
    Q_OBJECT
private slots:
    void R_TERM_permitPastItsLastDayExpires_data() { test::addBackendRows(); }
    void R_TERM_permitPastItsLastDayExpires()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::CaseFactory f(*db);
        store::QuotaRepository(*db).setQuota(f.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        const Permit p = f.issuePermit(f.acceptedCase(), QDate(2026, 1, 1), QDate(2026, 3, 31));
        QCOMPARE(takenPlaces(*db, 2026), 1);
        // Valid through its last day.
        QCOMPARE(deadlines::expireLapsed(*db, QDate(2026, 3, 31)).permits, 0);
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::InForce);
        // The day after: expired, its place free (R-QUOTA), audited.
        QCOMPARE(deadlines::expireLapsed(*db, QDate(2026, 4, 1)).permits, 1);
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::Expired);
        QCOMPARE(takenPlaces(*db, 2026), 0);
        QStringList actions;
        for (const store::AuditEntry &e : store::AuditLog(*db).forEntity(QStringLiteral("permit"), p.id))
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("expire")), qPrintable(actions.join(u',')));
        // Once only.
        QCOMPARE(deadlines::expireLapsed(*db, QDate(2026, 4, 2)).permits, 0);
        QCOMPARE(takenPlaces(*db, 2026), 0);
    }

    void R_PORTAL_INTENT_reservationPastItsLastDayEnds_data() { test::addBackendRows(); }
    void R_PORTAL_INTENT_reservationPastItsLastDayEnds()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::CaseFactory f(*db);
        const store::QuotaRepository quotas(*db);
        const Quota q = quotas.setQuota(f.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        quotas.reserve(f.acceptedCase().id, q.id, QDate(2026, 3, 27), QStringLiteral("test"));
        QCOMPARE(quotas.find(f.almatyRegionId(), 2026)->reserved, 1);
        QCOMPARE(deadlines::expireLapsed(*db, QDate(2026, 3, 27)).reservations, 0);
        QCOMPARE(deadlines::expireLapsed(*db, QDate(2026, 3, 28)).reservations, 1);
        QCOMPARE(quotas.find(f.almatyRegionId(), 2026)->reserved, 0);
    }

    // Nobody ran the window: a command that only reads opens the store, and
    // the permit is expired for every reader after it.
    void anyReaderLeavesTheStoreExpired_data() { test::addBackendRows(); }
    void anyReaderLeavesTheStoreExpired()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        QString id;
        const QDate yesterday = QDate::currentDate().addDays(-1);
        {
            const auto db = scratch.open();
            const test::CaseFactory f(*db);
            store::QuotaRepository(*db).setQuota(f.almatyRegionId(), yesterday.addMonths(-2).year(), 5,
                                                 QStringLiteral("admin"));
            id = f.issuePermit(f.acceptedCase(), yesterday.addMonths(-2), yesterday).id;
            QCOMPARE(store::PermitRepository(*db).find(id)->status, PermitStatus::InForce);
        }
        QCOMPARE(
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--json")}).code, 0);
        const auto db = scratch.open();
        QCOMPARE(store::PermitRepository(*db).find(id)->status, PermitStatus::Expired);
    }
};

QTEST_GUILESS_MAIN(TestLapses)
#include "tst_lapses.moc"
