// SPDX-License-Identifier: GPL-3.0-or-later
// Complaints (R-COMPLAINT-FORWARD, -PROVIDER, -QUALITY, -STATECORP) on both
// backends: the due date by addressee over the shipped 2026 calendar; a
// complaint on a permit or on a case, attached to the decision it appeals;
// its resolution as the rules allow for its addressee, by the role that
// may; a resolution is final; the list a district sees.
#include "ComplaintStore.h"
#include "StepChecks.h"
#include "TestStores.h"
#include "complaints/ComplaintActions.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/ComplaintRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::records;
using namespace ruqsat::complaints;
using store::StoreError;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};

using test::auditActions;
using test::auditActor;
using test::refusal;

Complaint registered(const ComplaintActions &actions, const QString &addressee,
                     const QString &permitId, const QString &applicationId = {},
                     const QDate &on = QDate(2026, 3, 20))
{
    Complaint c;
    c.permitId = permitId;
    c.applicationId = applicationId;
    c.addressee = addressee;
    c.complainant = QStringLiteral("Karimov Rustam");
    c.registeredOn = on;
    actions.registerComplaint(c);
    return c;
}

} // namespace

class TestComplaintActions : public QObject
{
    Q_OBJECT
private slots:
    void R_COMPLAINT_dueByAddressee_data() { test::addBackendRows(); }
    void R_COMPLAINT_dueByAddressee()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit p = test::fillComplaintStore(*db).permit;
        const ComplaintActions clerk(*db, kClerk);
        const QDate registered(2026, 3, 20);
        QCOMPARE(clerk.complaintDue(QStringLiteral("forward"), registered),
                 QDate(2026, 3, 30)); // 3 working days
        QCOMPARE(clerk.complaintDue(QStringLiteral("provider"), registered),
                 QDate(2026, 4, 1)); // 5 working days
        QCOMPARE(clerk.complaintDue(QStringLiteral("quality"), registered),
                 QDate(2026, 4, 15)); // 15 working days
        QCOMPARE(ComplaintActions::complaintWorkingDays(QStringLiteral("forward")), 3);
        QCOMPARE(ComplaintActions::complaintWorkingDays(QStringLiteral("provider")), 5);
        QCOMPARE(ComplaintActions::complaintWorkingDays(QStringLiteral("quality")), 15);
        QVERIFY(!clerk.complaintDue(QStringLiteral("nobody"), registered).isValid());

        const QStringList addressees{QStringLiteral("provider"), QStringLiteral("quality"),
                                     QStringLiteral("forward")};
        const QDate due[] = {QDate(2026, 4, 1), QDate(2026, 4, 15), QDate(2026, 3, 30)};
        for (int i = 0; i < addressees.size(); ++i) {
            Complaint c;
            c.permitId = p.id;
            c.applicationId = p.applicationId;
            c.addressee = addressees[i];
            c.complainant = QStringLiteral("Karimov Rustam");
            c.summary = QStringLiteral("the permit was issued for 6 months, 12 were asked");
            c.registeredOn = registered;
            c.dueOn = QDate(2030, 1, 1); // whatever was there is replaced by the rule's date
            clerk.registerComplaint(c);
            QCOMPARE(c.dueOn, due[i]);
            const auto stored = store::ComplaintRepository(*db).find(c.id);
            QVERIFY(stored);
            QCOMPARE(stored->dueOn, due[i]);
            QCOMPARE(stored->addressee, addressees[i]);
            QCOMPARE(auditActions(*db, QStringLiteral("complaint"), c.id),
                     QStringList{QStringLiteral("register")});
            QCOMPARE(auditActor(*db, QStringLiteral("complaint"), c.id, QStringLiteral("register")),
                     test::recordedActor(*db, QStringLiteral("clerk1")));
        }
        QCOMPARE(store::ComplaintRepository(*db).openDueBy(QDate(2026, 4, 1)).size(), 2);

        // Refused, and nothing written: an unknown addressee, no complainant.
        Complaint bad;
        bad.permitId = p.id;
        bad.addressee = QStringLiteral("president");
        bad.complainant = QStringLiteral("X");
        bad.registeredOn = registered;
        QCOMPARE(refusal([&] { clerk.registerComplaint(bad); }), StoreError::Kind::Invalid);
        bad.addressee = QStringLiteral("provider");
        bad.complainant = QStringLiteral("  ");
        QCOMPARE(refusal([&] { clerk.registerComplaint(bad); }), StoreError::Kind::Invalid);
        QVERIFY(bad.id.isEmpty());
        QCOMPARE(test::rowsOfPermit(*db, QStringLiteral("complaints"), p.id), 3);
    }

    // §32: the body whose decision is appealed forwards the complaint with the
    // case file (to a named body), or grants it in full within its three
    // working days; it does not reject it. A refused case takes a complaint
    // attached to its refusal.
    void R_COMPLAINT_FORWARD_refusalAppealedForwardedOrGrantedInTime_data()
    {
        test::addBackendRows();
    }
    void R_COMPLAINT_FORWARD_refusalAppealedForwardedOrGrantedInTime()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk), head(*db, kHead);
        const QList<Decision> decisions = clerk.appealableDecisions(s.refused.id);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().kind, DecisionKind::Refuse);

        Complaint c;
        c.applicationId = s.refused.id;
        c.decisionId = decisions.first().id;
        c.addressee = kForward;
        c.complainant = QStringLiteral("Karimov Rustam");
        c.registeredOn = QDate(2026, 3, 20); // a Friday
        clerk.registerComplaint(c);
        QCOMPARE(
            c.dueOn,
            QDate(2026, 3, 30)); // 3 working days: Nauryz (23-25 March) and two weekends between
        QCOMPARE(store::ComplaintRepository(*db).find(c.id)->decisionId, decisions.first().id);

        QString why;
        QCOMPARE(refusal(
                     [&] {
                         head.resolve(c.id, kRejected, QDate(2026, 3, 27), {},
                                      QStringLiteral("no"));
                     },
                     &why),
                 StoreError::Kind::Invalid);
        QVERIFY2(why.contains(QLatin1String("forward")), qPrintable(why));
        // Granted after its term: too late, it must go to the appeal body.
        QCOMPARE(refusal([&] { head.resolve(c.id, kGranted, QDate(2026, 3, 31)); }, &why),
                 StoreError::Kind::Invalid);
        QVERIFY2(why.contains(QLatin1String("30.03.2026")) ||
                     why.contains(QLatin1String("3/30/26")),
                 qPrintable(why));
        // Forwarded without saying where: refused.
        QCOMPARE(refusal([&] {
                     clerk.resolve(c.id, kForwarded, QDate(2026, 3, 31), QStringLiteral("  "));
                 }),
                 StoreError::Kind::Invalid);
        QVERIFY(!store::ComplaintRepository(*db).find(c.id)->resolvedOn.isValid());
        // A clerk forwards, late or not (the clock shows it late).
        clerk.resolve(c.id, kForwarded, QDate(2026, 3, 31),
                      QStringLiteral(" Akimat of Almaty region "));
        const Complaint stored = *store::ComplaintRepository(*db).find(c.id);
        QCOMPARE(stored.resolution, kForwarded);
        QCOMPARE(stored.resolvedOn, QDate(2026, 3, 31));
        QCOMPARE(stored.forwardedTo, QStringLiteral("Akimat of Almaty region"));
        QCOMPARE(auditActions(*db, QStringLiteral("complaint"), c.id),
                 (QStringList{QStringLiteral("register"), QStringLiteral("resolve")}));
        QCOMPARE(auditActor(*db, QStringLiteral("complaint"), c.id, QStringLiteral("resolve")),
                 test::recordedActor(*db, QStringLiteral("clerk1")));

        // Another, granted in full on its last day: not forwarded.
        Complaint inTime = registered(clerk, kForward, QString(), s.refused.id);
        head.resolve(inTime.id, kGranted, QDate(2026, 3, 30), {},
                     QStringLiteral("refusal withdrawn"));
        QCOMPARE(store::ComplaintRepository(*db).find(inTime.id)->resolution, kGranted);
    }

    // §33, §34: a complaint to the provider or the quality body is
    // considered: granted, or rejected with its reasons; never forwarded.
    void R_COMPLAINT_PROVIDER_and_R_COMPLAINT_QUALITY_grantedOrRejectedWithReasons_data()
    {
        test::addBackendRows();
    }
    void R_COMPLAINT_PROVIDER_and_R_COMPLAINT_QUALITY_grantedOrRejectedWithReasons()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk), head(*db, kHead);
        for (const QString &to : {kProvider, kQuality}) {
            QCOMPARE(ComplaintActions::resolutionsFor(to), (QStringList{kGranted, kRejected}));
            const Complaint c = registered(clerk, to, s.permit.id);
            QCOMPARE(refusal([&] {
                         head.resolve(c.id, kForwarded, QDate(2026, 3, 25), QStringLiteral("x"));
                     }),
                     StoreError::Kind::Invalid);
            QString why;
            QCOMPARE(refusal([&] { head.resolve(c.id, kRejected, QDate(2026, 3, 25)); }, &why),
                     StoreError::Kind::Invalid);
            QVERIFY2(why.contains(QLatin1String("reasons")), qPrintable(why));
            head.resolve(c.id, kRejected, QDate(2026, 3, 25), {},
                         QStringLiteral("the term was kept"));
            const Complaint stored = *store::ComplaintRepository(*db).find(c.id);
            QCOMPARE(stored.resolution, kRejected);
            QCOMPARE(stored.outcome, QStringLiteral("the term was kept"));
            QCOMPARE(stored.forwardedTo, QString());
        }
    }

    // §35: a complaint about the State Corporation's staff goes to its head.
    void R_COMPLAINT_STATECORP_forwardedOnly_data() { test::addBackendRows(); }
    void R_COMPLAINT_STATECORP_forwardedOnly()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk), head(*db, kHead);
        const Complaint c = registered(clerk, kStateCorporation, s.permit.id);
        QCOMPARE(c.dueOn, QDate(2026, 4, 1)); // as the provider's: 5 working days
        QCOMPARE(ComplaintActions::complaintRule(kStateCorporation),
                 QStringLiteral("R-COMPLAINT-STATECORP"));
        QString why;
        QCOMPARE(refusal([&] { head.resolve(c.id, kGranted, QDate(2026, 3, 25)); }, &why),
                 StoreError::Kind::Invalid);
        QVERIFY2(why.contains(QLatin1String("State Corporation")), qPrintable(why));
        clerk.resolve(c.id, kForwarded, QDate(2026, 3, 25),
                      QStringLiteral("Head of the State Corporation branch"));
        QCOMPARE(store::ComplaintRepository(*db).find(c.id)->resolution, kForwarded);
    }

    // Granting and rejecting are the head's; a resolution is final; its day
    // is not before the registration nor in the future; nothing written
    // when refused.
    void R_COMPLAINT_resolvedOnceByTheRoleThatMay_data() { test::addBackendRows(); }
    void R_COMPLAINT_resolvedOnceByTheRoleThatMay()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk), head(*db, kHead);
        const Complaint c = registered(clerk, kProvider, s.permit.id);
        QVERIFY(!clerk.mayResolveAs(kGranted));
        QVERIFY(clerk.mayResolveAs(kForwarded));
        QVERIFY(head.mayResolveAs(kRejected));
        QCOMPARE(refusal([&] { clerk.resolve(c.id, kGranted, QDate(2026, 3, 25)); }),
                 StoreError::Kind::Forbidden);
        QCOMPARE(refusal([&] { head.resolve(c.id, kGranted, QDate(2026, 3, 19)); }),
                 StoreError::Kind::Invalid);
        QCOMPARE(refusal([&] { head.resolve(c.id, kGranted, QDate::currentDate().addDays(1)); }),
                 StoreError::Kind::Invalid);
        QCOMPARE(
            refusal([&] { head.resolve(c.id, QStringLiteral("withdrawn"), QDate(2026, 3, 25)); }),
            StoreError::Kind::Invalid);
        QCOMPARE(refusal([&] {
                     head.resolve(QStringLiteral("00000000-0000-4000-8000-000000000000"), kGranted,
                                  QDate(2026, 3, 25));
                 }),
                 StoreError::Kind::NotFound);
        QVERIFY(!store::ComplaintRepository(*db).find(c.id)->resolvedOn.isValid());
        QCOMPARE(auditActions(*db, QStringLiteral("complaint"), c.id),
                 QStringList{QStringLiteral("register")});

        head.resolve(c.id, kGranted, QDate(2026, 3, 20)); // the day it came: allowed
        QString why;
        QCOMPARE(refusal(
                     [&] {
                         head.resolve(c.id, kRejected, QDate(2026, 3, 25), {},
                                      QStringLiteral("no"));
                     },
                     &why),
                 StoreError::Kind::Invalid);
        QVERIFY2(why.contains(QLatin1String("final")), qPrintable(why));
        // The schema refuses a change of a resolved complaint, whoever writes it.
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            store::Query(*db,
                         QStringLiteral("UPDATE complaints SET outcome = 'changed' WHERE id = :id"))
                .bind(QStringLiteral(":id"), c.id)
                .exec());
        QCOMPARE(store::ComplaintRepository(*db).find(c.id)->resolution, kGranted);
    }

    // A complaint attaches only to a decision of its own case; one on a
    // permit may appeal the decision that issued it.
    void R_COMPLAINT_attachesToADecisionOfItsCase_data() { test::addBackendRows(); }
    void R_COMPLAINT_attachesToADecisionOfItsCase()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk);
        const QString refusalDecision = clerk.appealableDecisions(s.refused.id).first().id;
        Complaint onPermit;
        onPermit.permitId = s.permit.id;
        onPermit.decisionId = refusalDecision; // another case's
        onPermit.addressee = kForward;
        onPermit.complainant = QStringLiteral("Karimov Rustam");
        onPermit.registeredOn = QDate(2026, 3, 20);
        QString why;
        QCOMPARE(refusal([&] { clerk.registerComplaint(onPermit); }, &why),
                 StoreError::Kind::Invalid);
        QVERIFY2(why.contains(QLatin1String("decision")), qPrintable(why));
        QCOMPARE(test::rowsOfPermit(*db, QStringLiteral("complaints"), s.permit.id), 0);
        const QList<Decision> ofPermit = clerk.appealableDecisions(s.permit.applicationId);
        QVERIFY(!ofPermit.isEmpty());
        onPermit.decisionId = ofPermit.last().id;
        clerk.registerComplaint(onPermit);
        QCOMPARE(store::ComplaintRepository(*db).find(onPermit.id)->decisionId, ofPermit.last().id);
    }

    // The list: open ones by due date, resolved ones after; a case's own;
    // a district's own (a clerk of another district sees none).
    void R_COMPLAINT_listOfADistrict_data() { test::addBackendRows(); }
    void R_COMPLAINT_listOfADistrict()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        const ComplaintActions clerk(*db, kClerk), head(*db, kHead);
        const Complaint quality = registered(clerk, kQuality, s.permit.id);
        const Complaint forward = registered(clerk, kForward, QString(), s.refused.id);
        const Complaint provider = registered(clerk, kProvider, s.permit.id, {}, QDate(2026, 3, 2));
        head.resolve(provider.id, kGranted, QDate(2026, 3, 5));
        const store::ComplaintRepository repo(*db);
        store::ComplaintFilter open;
        const QList<store::ComplaintRow> openRows = repo.list(open);
        QCOMPARE(openRows.size(), 2);
        QCOMPARE(openRows.at(0).complaint.id, forward.id);
        QCOMPARE(openRows.at(0).registryNumber, s.refused.registryNumber);
        QCOMPARE(openRows.at(0).caseId, s.refused.id);
        QCOMPARE(openRows.at(0).decisionKind, QString()); // registered() names no decision
        QCOMPARE(openRows.at(1).complaint.id, quality.id);
        QCOMPARE(openRows.at(1).permitNumber, s.permit.number);
        QCOMPARE(openRows.at(1).caseId, s.permit.applicationId);
        QCOMPARE(openRows.at(1).districtId, test::CaseFactory(*db).district());
        QVERIFY(openRows.at(1).person.contains(QLatin1String("KARIMOV")));
        store::ComplaintFilter resolved;
        resolved.state = store::ComplaintFilter::State::Resolved;
        QCOMPARE(repo.list(resolved).size(), 1);
        QCOMPARE(repo.list(resolved).first().complaint.resolution, kGranted);
        store::ComplaintFilter all;
        all.state = store::ComplaintFilter::State::All;
        QCOMPARE(repo.list(all).size(), 3);
        QCOMPARE(repo.list(all).last().complaint.id, provider.id);
        store::ComplaintFilter ofCase = all;
        ofCase.applicationId = s.permit.applicationId;
        QCOMPARE(repo.list(ofCase).size(), 2);
        store::ComplaintFilter elsewhere = all;
        elsewhere.districtIds = {test::CaseFactory(*db).district() + 1000};
        QVERIFY(repo.list(elsewhere).isEmpty());
        elsewhere.districtIds = {test::CaseFactory(*db).district()};
        QCOMPARE(repo.list(elsewhere).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestComplaintActions)
#include "tst_complaint_actions.moc"
