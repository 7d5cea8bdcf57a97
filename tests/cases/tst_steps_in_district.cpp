// SPDX-License-Identifier: GPL-3.0-or-later
// The program's own scoping of the steps (issue #11), on both backends: a
// user of one district takes no step on a case or a permit of another (the
// registers do not show them, but an id can come from elsewhere, such as a
// script), the step is refused with its reason and writes nothing; a user of
// both districts may. On PostgreSQL the test stores connect as their owner,
// whom row-level security does not hold: this is the program's own check.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cases/CaseWorkflow.h"
#include "cases/PermitActions.h"
#include "complaints/ComplaintActions.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::records;
using store::StoreError;

namespace {

// A head of the given districts, a user of the store.
cases::Session headOf(const store::Database &db, const QList<int> &districts)
{
    QStringList codes;
    for (int d : districts)
        codes << QString::number(d);
    store::User u{QString(), QStringLiteral("head.") + codes.join(u'.'), QStringLiteral("Head"), QString(),
                  Role::Head, 0, true, districts};
    store::UserRepository(db).create(u, test::CaseFactory::accountPassword(), QStringLiteral("setup"));
    return test::CaseFactory::sessionOf(u);
}

// Runs `step`; fails the test unless it is refused as Forbidden for the district.
bool refusedForDistrict(const std::function<void()> &step, const QString &message)
{
    try {
        step();
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Forbidden && e.message() == message)
            return true;
        qWarning().noquote() << "refused otherwise:" << e.message();
        return false;
    }
    qWarning("not refused");
    return false;
}

qint64 count(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

const QString kCase = QStringLiteral("This case belongs to another district.");
const QString kPermit = QStringLiteral("This permit belongs to another district.");

} // namespace

class TestStepsInDistrict : public QObject
{
    Q_OBJECT
private slots:
    void stepsOnACaseOfAnotherDistrictAreRefused_data() { test::addBackendRows(); }
    void stepsOnACaseOfAnotherDistrictAreRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::CaseFactory factory(*db);
        const QList<int> districts = factory.twoDistricts();
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        Application app = factory.acceptedCase();
        QCOMPARE(app.districtId, districts.at(0));
        const cases::CaseWorkflow own(*db, headOf(*db, {districts.at(0)}));
        const cases::CaseWorkflow other(*db, headOf(*db, {districts.at(1)}));

        // The district is checked before anything else about the case.
        QVERIFY(refusedForDistrict([&] { other.decideIntake(app, {}, {}); }, kCase));
        QVERIFY(refusedForDistrict([&] { other.sendToPolice(app, QDateTime::currentDateTime()); }, kCase));
        QVERIFY(refusedForDistrict([&] { other.refuse(app, 1, QDate(2026, 3, 27), QStringLiteral("x")); },
                                   kCase));
        QCOMPARE(store::CaseRepository(*db).find(app.id)->status, CaseStatus::Accepted);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM police_checks")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM decisions")), 0);

        // Its own district's head takes the steps.
        const PoliceCheck check = own.sendToPolice(app, QDateTime(QDate(2026, 3, 26), QTime(10, 0)));
        own.recordPoliceAnswer(check.id, true, QDateTime(QDate(2026, 3, 27), QTime(9, 0)));
        app = *store::CaseRepository(*db).find(app.id);
        QVERIFY(refusedForDistrict([&] { other.issue(app, QDate(2026, 3, 27)); }, kCase));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM permits")), 0);
        QCOMPARE(store::QuotaRepository(*db).find(factory.almatyRegionId(), 2026)->issued, 0);

        // A head of both districts may issue.
        const Permit permit = cases::CaseWorkflow(*db, headOf(*db, districts)).issue(app, QDate(2026, 3, 27));
        QCOMPARE(permit.districtId, districts.at(0));
        QCOMPARE(app.status, CaseStatus::Issued);
    }

    void stepsOnAPermitOfAnotherDistrictAreRefused_data() { test::addBackendRows(); }
    void stepsOnAPermitOfAnotherDistrictAreRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::CaseFactory factory(*db);
        const QList<int> districts = factory.twoDistricts();
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        const Permit permit =
            factory.issuePermit(factory.acceptedCase(), QDate(2026, 3, 2), QDate(2026, 9, 1));
        QCOMPARE(permit.districtId, districts.at(0));
        const cases::PermitActions other(*db, headOf(*db, {districts.at(1)}));
        const complaints::ComplaintActions otherComplaints(*db, other.session());

        QVERIFY(refusedForDistrict([&] { other.recordCopy(permit.id, cases::CopyReason::Lost); }, kPermit));
        QVERIFY(refusedForDistrict([&] { other.recordTermination(permit.id, QDate(2026, 4, 1)); }, kPermit));
        QVERIFY(refusedForDistrict(
            [&] {
                other.revoke(permit.id, QStringLiteral("Labour inspection"), QStringLiteral("7"),
                             QDate(2026, 4, 1), QDate(2026, 4, 1));
            },
            kPermit));
        LabourContract contract;
        contract.permitId = permit.id;
        contract.number = QStringLiteral("12");
        contract.concludedOn = QDate(2026, 3, 3);
        contract.registeredOn = QDate(2026, 3, 4);
        contract.registry = QStringLiteral("unified_system");
        contract.validFrom = QDate(2026, 3, 3);
        contract.validTo = QDate(2026, 8, 31);
        QVERIFY(refusedForDistrict([&] { other.registerContract(contract); }, kPermit));
        Complaint onPermit;
        onPermit.permitId = permit.id;
        onPermit.addressee = QStringLiteral("provider");
        onPermit.complainant = QStringLiteral("Karimov Rustam");
        onPermit.registeredOn = QDate(2026, 3, 20);
        QVERIFY(refusedForDistrict([&] { otherComplaints.registerComplaint(onPermit); }, kPermit));
        Complaint onCase = onPermit;
        onCase.permitId.clear();
        onCase.applicationId = permit.applicationId;
        QVERIFY(refusedForDistrict([&] { otherComplaints.registerComplaint(onCase); }, kCase));

        const auto stored = store::PermitRepository(*db).find(permit.id);
        QCOMPARE(stored->status, PermitStatus::InForce);
        QCOMPARE(stored->copiesIssued, 0);
        for (const char *table : {"terminations", "revocations", "labour_contracts", "complaints"})
            QCOMPARE(count(*db, QLatin1String("SELECT count(*) FROM ") + QLatin1String(table)), 0);

        // A head of both districts records the copy.
        QCOMPARE(cases::PermitActions(*db, headOf(*db, districts)).recordCopy(permit.id, cases::CopyReason::Lost),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestStepsInDistrict)
#include "tst_steps_in_district.moc"
