// SPDX-License-Identifier: GPL-3.0-or-later
// What happens to a permit after it is issued, on both backends: copies
// (R-DUPLICATE), the end of the work (R-TERMINATION), revocation by the head
// (R-REVOKE, R-REVOKE-POLICE, R-REVOKE-STAY) and labour contracts
// (R-CONTRACT; complaints are in tests/complaints): the dates over the shipped 2026 calendar,
// who may do what, and that a refused step writes nothing.
#include "CaseFactory.h"
#include "StepChecks.h"
#include "TestStores.h"
#include "cases/PermitActions.h"
#include "complaints/ComplaintActions.h"
#include "store/AuditLog.h"
#include "store/ComplaintRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"

#include <QTest>
#include <QUuid>

using namespace ruqsat;
using namespace ruqsat::records;
using cases::PermitActions;
using store::StoreError;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};
const cases::Session kAdmin{QString(), QStringLiteral("admin1"), Role::Admin};

// A permit in force for the case factory's immigrant, taking a place of the
// Almaty quota of 2026 (5 places).
Permit permitInForce(const store::Database &db, QDate from = QDate(2026, 3, 2), QDate to = QDate(2026, 9, 1))
{
    test::CaseFactory factory(db);
    store::QuotaRepository quotas(db);
    if (!quotas.find(factory.almatyRegionId(), 2026))
        quotas.setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
    return factory.issuePermit(factory.acceptedCase(), from, to);
}

int placesTaken(const store::Database &db)
{
    return store::QuotaRepository(db).find(test::CaseFactory(db).almatyRegionId(), 2026)->issued;
}

using test::auditActions;
using test::auditActor;
using test::refusal;

} // namespace

class TestPermitActions : public QObject
{
    Q_OBJECT
private slots:
    void R_REVOKE_clerkRefusedNothingWritten_data() { test::addBackendRows(); }
    void R_REVOKE_clerkRefusedNothingWritten()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db);
        QCOMPARE(placesTaken(*db), 1);
        QVERIFY(!kClerk.mayRevoke());
        QString message;
        QCOMPARE(refusal([&] {
                     PermitActions(*db, kClerk).revoke(p.id, QStringLiteral("Labour inspection of Almaty"),
                                                       QStringLiteral("17-04/311"), QDate(2026, 3, 18),
                                                       QDate(2026, 3, 20));
                 }, &message),
                 StoreError::Kind::Forbidden);
        QVERIFY2(message.contains(QLatin1String("head")), qPrintable(message));
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::InForce);
        QVERIFY(!store::PermitRepository(*db).revocation(p.id));
        QCOMPARE(placesTaken(*db), 1);
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id), QStringList{QStringLiteral("issue")});
    }

    // Friday 20 March 2026: 23-25 March are Nauryz, so the two working days
    // for the police are Thursday 26 and Friday 27; the stay ends 15 calendar
    // days later, on Saturday 4 April (calendar days are not moved).
    void R_REVOKE_POLICE_and_R_REVOKE_STAY_headRevokesOverHoliday_data() { test::addBackendRows(); }
    void R_REVOKE_POLICE_and_R_REVOKE_STAY_headRevokesOverHoliday()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db);
        const Permit other = permitInForce(*db);
        QCOMPARE(placesTaken(*db), 2);
        const PermitActions head(*db, kHead);
        const Revocation r = head.revoke(p.id, QStringLiteral(" Labour inspection of Almaty "),
                                         QStringLiteral("17-04/311"), QDate(2026, 3, 18), QDate(2026, 3, 20));
        QCOMPARE(r.policeNoticeDueOn, QDate(2026, 3, 27));
        QCOMPARE(r.stayUntil, QDate(2026, 4, 4));

        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::Revoked);
        QCOMPARE(store::PermitRepository(*db).find(other.id)->status, PermitStatus::InForce);
        QCOMPARE(placesTaken(*db), 1); // the revoked permit's place is free again
        const auto stored = store::PermitRepository(*db).revocation(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->actIssuer, QStringLiteral("Labour inspection of Almaty"));
        QCOMPARE(stored->actNumber, QStringLiteral("17-04/311"));
        QCOMPARE(stored->actDate, QDate(2026, 3, 18));
        QCOMPARE(stored->revokedOn, QDate(2026, 3, 20));
        QCOMPARE(stored->policeNoticeDueOn, QDate(2026, 3, 27));
        QCOMPARE(stored->stayUntil, QDate(2026, 4, 4));
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id),
                 (QStringList{QStringLiteral("issue"), QStringLiteral("revoke")}));
        QCOMPARE(auditActor(*db, QStringLiteral("permit"), p.id, QStringLiteral("revoke")), test::recordedActor(*db, QStringLiteral("head1")));

        // Revoked once: a second revocation is refused and writes nothing.
        QCOMPARE(refusal([&] {
                     head.revoke(p.id, QStringLiteral("x"), QStringLiteral("1"), QDate(2026, 3, 20), QDate(2026, 3, 21));
                 }),
                 StoreError::Kind::Invalid);
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id).size(), 2);
        QCOMPARE(placesTaken(*db), 1);
    }

    // The previews, over a weekend, over a holiday and across a month end.
    void R_REVOKE_POLICE_and_R_REVOKE_STAY_previewDates_data() { test::addBackendRows(); }
    void R_REVOKE_POLICE_and_R_REVOKE_STAY_previewDates()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const PermitActions clerk(*db, kClerk); // anyone may look at the dates
        struct Row
        {
            QDate revoked, police, stay;
        };
        const Row expected[] = {
            // Friday 6 November: the weekend, then Monday 9 and Tuesday 10.
            {QDate(2026, 11, 6), QDate(2026, 11, 10), QDate(2026, 11, 21)},
            // Thursday 30 April: 1 May is a holiday, then the weekend: 4 and 5 May;
            // the stay crosses into May.
            {QDate(2026, 4, 30), QDate(2026, 5, 5), QDate(2026, 5, 15)},
            // Wednesday 30 December: across the year end; 1 January 2027 and
            // 4 January (2 January falls on a Saturday, moved) are holidays.
            {QDate(2026, 12, 30), QDate(2027, 1, 5), QDate(2027, 1, 14)},
            // A revocation on a holiday (Nauryz, 23 March) counts from that day.
            {QDate(2026, 3, 23), QDate(2026, 3, 27), QDate(2026, 4, 7)},
        };
        for (const Row &row : expected) {
            const cases::RevocationDates d = clerk.revocationDates(row.revoked);
            QCOMPARE(d.policeNoticeDueOn, row.police);
            QCOMPARE(d.stayUntil, row.stay);
        }
        QVERIFY(!clerk.revocationDates(QDate()).policeNoticeDueOn.isValid());
    }

    void R_REVOKE_adminMayRevoke_actBeforeRevocation_data() { test::addBackendRows(); }
    void R_REVOKE_adminMayRevoke_actBeforeRevocation()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db);
        const PermitActions admin(*db, kAdmin);
        QString message;
        // The act must come before the revocation it grounds.
        QCOMPARE(refusal([&] {
                     admin.revoke(p.id, QStringLiteral("Migration police"), QStringLiteral("5"), QDate(2026, 4, 2),
                                  QDate(2026, 4, 1));
                 }, &message),
                 StoreError::Kind::Invalid);
        QVERIFY2(message.contains(QLatin1String("before the act")), qPrintable(message));
        // Without the act's number there is nothing to print on Appendix 9.
        QCOMPARE(refusal([&] {
                     admin.revoke(p.id, QStringLiteral("Migration police"), QStringLiteral("  "), QDate(2026, 4, 1),
                                  QDate(2026, 4, 1));
                 }),
                 StoreError::Kind::Invalid);
        QVERIFY(!store::PermitRepository(*db).revocation(p.id));
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::InForce);
        admin.revoke(p.id, QStringLiteral("Migration police"), QStringLiteral("5"), QDate(2026, 4, 1), QDate(2026, 4, 1));
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::Revoked);
        QCOMPARE(refusal([&] {
                     admin.revoke(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("x"), QStringLiteral("1"),
                                  QDate(2026, 4, 1), QDate(2026, 4, 1));
                 }),
                 StoreError::Kind::NotFound);
    }

    void R_DUPLICATE_copiesCountAndRevokedRefused_data() { test::addBackendRows(); }
    void R_DUPLICATE_copiesCountAndRevokedRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db);
        const PermitActions clerk(*db, kClerk); // a copy is the clerk's work
        QCOMPARE(clerk.recordCopy(p.id, cases::CopyReason::Lost), 1);
        QCOMPARE(clerk.recordCopy(p.id, cases::CopyReason::Damaged), 2);
        QCOMPARE(store::PermitRepository(*db).find(p.id)->copiesIssued, 2);
        QCOMPARE(test::rowsOfPermit(*db, QStringLiteral("permit_copies"), p.id), 2);
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id),
                 (QStringList{QStringLiteral("issue"), QStringLiteral("copy"), QStringLiteral("copy")}));

        PermitActions(*db, kHead).revoke(p.id, QStringLiteral("Labour inspection"), QStringLiteral("9"),
                                         QDate(2026, 4, 1), QDate(2026, 4, 2));
        QString message;
        QCOMPARE(refusal([&] { clerk.recordCopy(p.id, cases::CopyReason::Lost); }, &message),
                 StoreError::Kind::Invalid);
        QVERIFY2(message.contains(p.number), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("R-")),
                 qPrintable(message)); // rule ids are not for clerks
        QVERIFY2(message.contains(QLatin1String("only of a permit in force")), qPrintable(message));
        QCOMPARE(store::PermitRepository(*db).find(p.id)->copiesIssued, 2);
        QCOMPARE(test::rowsOfPermit(*db, QStringLiteral("permit_copies"), p.id), 2);
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id).count(QStringLiteral("copy")), 2);
    }

    // Contract ended Wednesday 6 May 2026: 7 May is a holiday, 8 May is the
    // first working day, then the weekend and Monday 11 May (Victory Day,
    // moved): the notice is due on Tuesday 12 May.
    void R_TERMINATION_noticeDueOverWeekendAndHoliday_data() { test::addBackendRows(); }
    void R_TERMINATION_noticeDueOverWeekendAndHoliday()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db);
        const Permit other = permitInForce(*db);
        const PermitActions clerk(*db, kClerk);
        QCOMPARE(clerk.terminationNoticeDue(QDate(2026, 5, 6)), QDate(2026, 5, 12));
        // Friday 3 July: the weekend and Capital Day (Monday 6 July) pass first.
        QCOMPARE(clerk.terminationNoticeDue(QDate(2026, 7, 3)), QDate(2026, 7, 8));

        const Termination t = clerk.recordTermination(p.id, QDate(2026, 5, 6), QDate(2026, 5, 13),
                                                      QStringLiteral("the employer moved abroad"));
        QCOMPARE(t.noticeDueOn, QDate(2026, 5, 12));
        const auto stored = store::PermitRepository(*db).termination(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->contractEndedOn, QDate(2026, 5, 6));
        QCOMPARE(stored->noticeDueOn, QDate(2026, 5, 12));
        QCOMPARE(stored->notifiedOn, QDate(2026, 5, 13)); // a day late, and recorded as it was
        QCOMPARE(stored->note, QStringLiteral("the employer moved abroad"));
        QCOMPARE(store::PermitRepository(*db).find(p.id)->status, PermitStatus::Terminated);
        QCOMPARE(placesTaken(*db), 1);
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id),
                 (QStringList{QStringLiteral("issue"), QStringLiteral("terminate")}));

        // A contract "ending" after the permit's last day: the permit expired instead.
        QString message;
        QCOMPARE(refusal([&] { clerk.recordTermination(other.id, QDate(2026, 9, 2), QDate(2026, 9, 2)); }, &message),
                 StoreError::Kind::Invalid);
        QVERIFY2(message.contains(QLatin1String("it was not terminated")), qPrintable(message));
        QVERIFY(!store::PermitRepository(*db).termination(other.id));
        // Without the day of the notice, the day it is recorded.
        const Termination today = clerk.recordTermination(other.id, QDate(2026, 7, 3));
        QCOMPARE(today.notifiedOn, QDate::currentDate());
        QCOMPARE(today.noticeDueOn, QDate(2026, 7, 8));
        QCOMPARE(placesTaken(*db), 0);
        // An ended permit cannot end again.
        QCOMPARE(refusal([&] { clerk.recordTermination(p.id, QDate(2026, 5, 7), QDate(2026, 5, 7)); }),
                 StoreError::Kind::Invalid);
    }

    void R_CONTRACT_withinPermitTerm_data() { test::addBackendRows(); }
    void R_CONTRACT_withinPermitTerm()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = permitInForce(*db); // 2 March to 1 September 2026
        const PermitActions clerk(*db, kClerk);
        LabourContract c;
        c.permitId = p.id;
        c.number = QStringLiteral("ТД-2026/041");
        c.registry = QStringLiteral("hr_enbek");
        c.concludedOn = QDate(2026, 3, 4);
        c.registeredOn = QDate(2026, 3, 5);
        c.validFrom = QDate(2026, 3, 5);

        auto refused = [&](const LabourContract &bad) {
            LabourContract copy = bad;
            QString message;
            const auto kind = refusal([&] { clerk.registerContract(copy); }, &message);
            return kind == StoreError::Kind::Invalid && copy.id.isEmpty() ? message : QString();
        };
        LabourContract tooLong = c;
        tooLong.validTo = QDate(2026, 12, 31); // past the permit's last day
        QVERIFY(refused(tooLong).contains(QLatin1String("within the permit's term")));
        LabourContract early = c;
        early.concludedOn = QDate(2026, 2, 27); // before the permit was issued
        QVERIFY(refused(early).contains(QLatin1String("after the permit is issued")));
        LabourContract lateStart = c;
        lateStart.validFrom = QDate(2026, 9, 2);
        QVERIFY(!refused(lateStart).isEmpty());
        LabourContract noNumber = c;
        noNumber.number = QStringLiteral(" ");
        QVERIFY(!refused(noNumber).isEmpty());
        LabourContract badRegistry = c;
        badRegistry.registry = QStringLiteral("paper");
        QVERIFY(!refused(badRegistry).isEmpty());
        QCOMPARE(test::rowsOfPermit(*db, QStringLiteral("labour_contracts"), p.id), 0);

        c.validTo = p.validTo; // exactly the permit's term is fine
        clerk.registerContract(c);
        QVERIFY(!c.id.isEmpty());
        const auto stored = store::PermitRepository(*db).labourContracts(p.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().number, QStringLiteral("ТД-2026/041"));
        QCOMPARE(stored.first().validTo, QDate(2026, 9, 1));
        QCOMPARE(auditActions(*db, QStringLiteral("permit"), p.id),
                 (QStringList{QStringLiteral("issue"), QStringLiteral("labour_contract")}));

        // A permit no longer in force takes no contract.
        PermitActions(*db, kHead).revoke(p.id, QStringLiteral("x"), QStringLiteral("1"), QDate(2026, 4, 1),
                                         QDate(2026, 4, 1));
        LabourContract afterRevocation = c;
        afterRevocation.id.clear();
        QVERIFY(!refused(afterRevocation).isEmpty());
    }

    // Registered on Friday 20 March 2026, before the three days of Nauryz.
    // Each record keeps the account that wrote it (recorded_by); the
    // command line, which has no account, leaves it empty.
    void recordsKeepWhoRecordedThem_data() { test::addBackendRows(); }
    void recordsKeepWhoRecordedThem()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::Session clerkAccount = test::CaseFactory(*db).loggedIn(QStringLiteral("aigul"), Role::Clerk);
        const cases::Session headAccount = test::CaseFactory(*db).loggedIn(QStringLiteral("marat"), Role::Head);
        const PermitActions clerk(*db, clerkAccount);
        const store::PermitRepository permits(*db);

        const Permit ended = permitInForce(*db);
        clerk.recordTermination(ended.id, QDate(2026, 5, 6), QDate(2026, 5, 7));
        QCOMPARE(permits.termination(ended.id)->recordedBy, clerkAccount.userId);

        const Permit working = permitInForce(*db);
        LabourContract contract;
        contract.permitId = working.id;
        contract.number = QStringLiteral("TD-17");
        contract.concludedOn = QDate(2026, 3, 2);
        contract.registeredOn = QDate(2026, 3, 3);
        contract.registry = QStringLiteral("unified_system");
        contract.validFrom = QDate(2026, 3, 3);
        contract.validTo = QDate(2026, 8, 31);
        clerk.registerContract(contract);
        QCOMPARE(permits.labourContracts(working.id).value(0).recordedBy, clerkAccount.userId);

        Complaint complaint;
        complaint.permitId = working.id;
        complaint.addressee = QStringLiteral("provider");
        complaint.complainant = QStringLiteral("Karimov Rustam");
        complaint.registeredOn = QDate(2026, 3, 20);
        complaints::ComplaintActions(*db, clerkAccount).registerComplaint(complaint);
        QCOMPARE(store::ComplaintRepository(*db).find(complaint.id)->recordedBy, clerkAccount.userId);

        PermitActions(*db, headAccount)
            .revoke(working.id, QStringLiteral("Labour inspection"), QStringLiteral("7"), QDate(2026, 4, 1),
                    QDate(2026, 4, 1));
        QCOMPARE(permits.revocation(working.id)->recordedBy, headAccount.userId);

        const Permit byScript = permitInForce(*db);
        PermitActions(*db, kHead).revoke(byScript.id, QStringLiteral("Labour inspection"), QStringLiteral("8"),
                                         QDate(2026, 4, 1), QDate(2026, 4, 1));
        QCOMPARE(permits.revocation(byScript.id)->recordedBy, QString());
        QVERIFY(store::Query(*db, QStringLiteral("SELECT recorded_by FROM revocations WHERE permit_id = :p"))
                    .bind(QStringLiteral(":p"), byScript.id)
                    .scalar()
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestPermitActions)
#include "tst_permit_actions.moc"
