// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a case after submission, on both backends: intake decided by
// the checklist (R-INCOMPLETE), the police check (R-POLICE), issue within the
// quota (R-QUOTA) and the term (R-TERM), extension in its window
// (R-EXTEND-WINDOW), refusal on a ground (R-REFUSE-*), and who may do what.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cases/CaseWorkflow.h"
#include "cases/RefusalProposals.h"
#include "store/CaseRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ruqsat;
using namespace ruqsat::records;
using store::StoreError;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};

// The six documents of an issuance at the State Corporation, all in date
// for a case received on 20 March 2026 asking 6 months.
QList<domain::SubmittedDocument> completeDocuments()
{
    auto doc = [](const char *code, QDate issued = {}, QDate from = {}, QDate until = {}) {
        domain::SubmittedDocument d;
        d.code = QLatin1String(code);
        d.present = true;
        d.issuedOn = issued;
        d.validFrom = from;
        d.validUntil = until;
        return d;
    };
    auto receipt = doc("iit_receipt", QDate(2026, 3, 18));
    receipt.amountKzt = 6 * 10 * 4325; // R-REFUSE-7: 6 months of 10 MCI of 2026
    return {doc("application"),
            receipt,
            doc("passport", QDate(2026, 1, 10), {}, QDate(2029, 5, 1)),
            doc("medical_certificate", QDate(2026, 2, 1)),
            doc("insurance", QDate(2026, 3, 19), QDate(2026, 3, 20), QDate(2027, 3, 19)),
            doc("intent_agreement", QDate(2026, 3, 15))};
}

// R-CHECK: the four checks of §15, all found in order.
QList<ArrivalCheck> allConform()
{
    QList<ArrivalCheck> checks;
    for (int item = 1; item <= 4; ++item)
        checks << ArrivalCheck{item, true, QString(), {}, {}};
    return checks;
}

Application submittedCase(const store::Database &db)
{
    Application a = test::CaseFactory(db).acceptedCase();
    store::CaseRepository(db).setStatus(a, CaseStatus::Submitted, QStringLiteral("test"));
    return a;
}

QDateTime almaty(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Asia/Almaty"));
}

// A first permit from 27 March to 26 September 2026, issued through the steps.
Permit firstPermit(const store::Database &db)
{
    const cases::CaseWorkflow clerk(db, kClerk), head(db, kHead);
    store::QuotaRepository(db).setQuota(test::CaseFactory(db).almatyRegionId(), 2026, 5,
                                        QStringLiteral("admin"));
    Application first = submittedCase(db);
    clerk.decideIntake(first, completeDocuments(), allConform());
    const auto check = clerk.sendToPolice(first, almaty(QDate(2026, 3, 26), QTime(10, 0)));
    clerk.recordPoliceAnswer(check.id, true, almaty(QDate(2026, 3, 27), QTime(9, 0)));
    return head.issue(first, QDate(2026, 3, 27));
}

// A submitted extension of `permit`, received on `received`, asking `months`.
Application submittedExtension(const store::Database &db, const Permit &permit, QDate received,
                               int months)
{
    Application ext = submittedCase(db);
    ext.kind = ApplicationKind::Extend;
    ext.extendsPermitId = permit.id;
    ext.receivedAt = almaty(received, QTime(10, 0));
    ext.effectiveReceivedOn = received;
    ext.requestedMonths = months;
    store::CaseRepository(db).update(ext, QStringLiteral("test"));
    return ext;
}

// The five documents of an extension at the State Corporation received on
// 1 September 2026, with the insurance's cover as given.
QList<domain::SubmittedDocument> extensionDocuments(QDate coverFrom, QDate coverTo)
{
    QList<domain::SubmittedDocument> docs;
    for (const domain::SubmittedDocument &d : completeDocuments()) {
        if (d.code == QLatin1String("medical_certificate") ||
            d.code == QLatin1String("intent_agreement"))
            continue;
        docs << d;
    }
    for (domain::SubmittedDocument &d : docs) {
        if (d.code == QLatin1String("iit_receipt"))
            d.issuedOn = QDate(2026, 8, 28);
        if (d.code == QLatin1String("passport"))
            d.issuedOn = QDate(2026, 3, 1);
        if (d.code == QLatin1String("insurance")) {
            d.issuedOn = coverFrom;
            d.validFrom = coverFrom;
            d.validUntil = coverTo;
        }
    }
    domain::SubmittedDocument contract;
    contract.code = QStringLiteral("labour_contract");
    contract.present = true;
    contract.issuedOn = QDate(2026, 3, 30);
    docs << contract;
    return docs;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void R_INCOMPLETE_missingDocumentsRefuseAtIntake_data() { test::addBackendRows(); }
    void R_INCOMPLETE_missingDocumentsRefuseAtIntake()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = submittedCase(*db);
        auto documents = completeDocuments();
        documents.removeAt(4); // no insurance
        documents[3].issuedOn = QDate(2025, 2, 1); // a medical certificate 13 months old
        const auto result =
            cases::CaseWorkflow(*db, kClerk).decideIntake(a, documents, allConform());
        QVERIFY(!result.accepted());
        QCOMPARE(a.status, CaseStatus::RefusedIntake);
        const auto decisions = store::CaseRepository(*db).decisions(a.id);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().kind, DecisionKind::RefuseIntake);
        QCOMPARE(decisions.first().missingDocuments,
                 (QStringList{QStringLiteral("insurance"), QStringLiteral("medical_certificate")}));
        const auto checklist = store::CaseRepository(*db).checklist(a.id);
        QCOMPARE(checklist.size(), 6);
        for (const auto &item : checklist)
            if (item.docCode == QLatin1String("medical_certificate"))
                QCOMPARE(item.state, DocumentState::Expired);
    }

    void R_DOC_VALIDITY_wronglyTypedDocumentBlocksTheDecision_data() { test::addBackendRows(); }
    void R_DOC_VALIDITY_wronglyTypedDocumentBlocksTheDecision()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = submittedCase(*db);
        auto documents = completeDocuments();
        documents[4].validUntil = QDate(); // insurance without its last day
        try {
            cases::CaseWorkflow(*db, kClerk).decideIntake(a, documents, allConform());
            QFAIL("decided on a checklist typed in wrongly");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.detail().contains(QLatin1String("insurance"), Qt::CaseInsensitive), qPrintable(e.detail()));
        }
        QCOMPARE(a.status, CaseStatus::Submitted);
        QCOMPARE(store::CaseRepository(*db).find(a.id)->status, CaseStatus::Submitted);
        QVERIFY(store::CaseRepository(*db).checklist(a.id).isEmpty());
        QVERIFY(store::CaseRepository(*db).decisions(a.id).isEmpty());
    }

    // The permit ends on 26 September 2026; its extension for 6 months,
    // applied for on 1 September, runs from 27 September 2026 to 26 March
    // 2027, and its insurance must cover that, not 6 months from 1 September.
    void R_DOC_VALIDITY_extensionInsurance_data() { test::addBackendRows(); }
    void R_DOC_VALIDITY_extensionInsurance()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Permit permit = firstPermit(*db);
        const cases::CaseWorkflow clerk(*db, kClerk);
        const QDate received(2026, 9, 1);
        QCOMPARE(clerk.requestedPeriod(submittedExtension(*db, permit, received, 6)),
                 (domain::DateRange{QDate(2026, 9, 27), QDate(2027, 3, 26)}));

        struct Cover
        {
            const char *what;
            QDate from, to;
            std::optional<DocumentState> state; // nothing: the checklist must be corrected first
        };
        const Cover covers[] = {
            {"exactly the extension", QDate(2026, 9, 27), QDate(2027, 3, 26),
             DocumentState::Present},
            {"from the day of receipt on", QDate(2026, 9, 1), QDate(2027, 6, 30),
             DocumentState::Present},
            {"a day short", QDate(2026, 9, 27), QDate(2027, 3, 25), DocumentState::Expired},
            {"6 months from the day of receipt", QDate(2026, 9, 1), QDate(2027, 2, 28),
             DocumentState::Expired},
            {"a gap on the extension's first day", QDate(2026, 9, 28), QDate(2027, 3, 26),
             std::nullopt},
        };
        for (const Cover &cover : covers) {
            Application ext = submittedExtension(*db, permit, received, 6);
            try {
                clerk.decideIntake(ext, extensionDocuments(cover.from, cover.to), allConform());
            } catch (const StoreError &e) {
                QVERIFY2(!cover.state,
                         qPrintable(QLatin1String(cover.what) + QLatin1String(": ") + e.detail()));
                QVERIFY2(e.detail().contains(QLatin1String("insurance"), Qt::CaseInsensitive),
                         qPrintable(e.detail()));
                QCOMPARE(store::CaseRepository(*db).find(ext.id)->status, CaseStatus::Submitted);
                continue;
            }
            QVERIFY2(cover.state, cover.what);
            DocumentState stored = DocumentState::Missing;
            for (const ChecklistItem &item : store::CaseRepository(*db).checklist(ext.id))
                if (item.docCode == QLatin1String("insurance"))
                    stored = item.state;
            QVERIFY2(stored == *cover.state, cover.what);
            QCOMPARE(ext.status, *cover.state == DocumentState::Present
                                     ? CaseStatus::Accepted
                                     : CaseStatus::RefusedIntake);
        }
    }

    // R-CHECK: documents taken in were checked on the four counts of §15,
    // recorded with the decision; a set refused at intake needs none.
    void R_CHECK_fourChecksRecordedAtIntake_data() { test::addBackendRows(); }
    void R_CHECK_fourChecksRecordedAtIntake()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CaseWorkflow clerk(*db, kClerk);
        Application a = submittedCase(*db);
        QList<ArrivalCheck> three = allConform();
        three.removeAt(1); // the application against the passport data not checked
        try {
            clerk.decideIntake(a, completeDocuments(), three);
            QFAIL("documents taken without the four checks");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.detail().contains(QLatin1String("passport data")), qPrintable(e.detail()));
        }
        QCOMPARE(store::CaseRepository(*db).find(a.id)->status, CaseStatus::Submitted);
        QVERIFY(store::CaseRepository(*db).checklist(a.id).isEmpty());
        QVERIFY(store::CaseRepository(*db).arrivalChecks(a.id).isEmpty());

        QList<ArrivalCheck> checks = allConform();
        checks[0].conforms = false; // (1) the documents of the list
        checks[0].note = QStringLiteral("the application is not signed by the employer");
        checks[3].conforms = false; // (4) art. 43-2 §5
        QVERIFY(clerk.decideIntake(a, completeDocuments(), checks).accepted());
        const auto stored = store::CaseRepository(*db).arrivalChecks(a.id);
        QCOMPARE(stored.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(stored.at(i).item, i + 1);
            QCOMPARE(stored.at(i).conforms, i == 1 || i == 2);
            QVERIFY(stored.at(i).checkedAt.isValid());
        }
        QCOMPARE(stored.at(0).note, checks.at(0).note);
        // The failed ones propose their grounds: (1) R-REFUSE-2, (4) R-REFUSE-5.
        const auto proposals = cases::proposeGrounds(*db, a);
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals.at(0).number, 2);
        QVERIFY2(proposals.at(0).reason.contains(checks.at(0).note),
                 qPrintable(proposals.at(0).reason));
        QCOMPARE(proposals.at(1).number, 5);

        // A set refused at intake is recorded without the checks.
        Application incomplete = submittedCase(*db);
        auto documents = completeDocuments();
        documents.removeAt(4);
        QVERIFY(!clerk.decideIntake(incomplete, documents, {}).accepted());
        QCOMPARE(incomplete.status, CaseStatus::RefusedIntake);
    }

    // R-REFUSE-7: the IIT receipt's amount is typed and checked against the
    // months asked and the year's rate (year_rates): a short payment is
    // recorded and proposed as ground 7; an amount not typed stops the step.
    void R_REFUSE_7_iitAdvanceAgainstTheYearsRate_data() { test::addBackendRows(); }
    void R_REFUSE_7_iitAdvanceAgainstTheYearsRate()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CaseWorkflow clerk(*db, kClerk);
        const auto receiptWith = [](std::optional<qint64> amount) {
            auto documents = completeDocuments();
            documents[1].amountKzt = amount;
            return documents;
        };
        auto noteOfReceipt = [&](const Application &a) {
            for (const ChecklistItem &item : store::CaseRepository(*db).checklist(a.id))
                if (item.docCode == QLatin1String("iit_receipt"))
                    return item.note;
            return QString();
        };

        // Not typed: the checklist is corrected first.
        Application untyped = submittedCase(*db);
        try {
            clerk.decideIntake(untyped, receiptWith(std::nullopt), allConform());
            QFAIL("decided without the amount paid");
        } catch (const StoreError &e) {
            QVERIFY2(e.detail().contains(QLatin1String("amount")), qPrintable(e.detail()));
        }
        QCOMPARE(store::CaseRepository(*db).find(untyped.id)->status, CaseStatus::Submitted);

        // Exactly 6 x 10 MCI x 4,325 = 259,500: nothing to propose.
        Application exact = submittedCase(*db);
        QVERIFY(clerk.decideIntake(exact, receiptWith(259500), allConform()).accepted());
        QVERIFY(cases::proposeGrounds(*db, exact).isEmpty());
        QVERIFY(noteOfReceipt(exact).isEmpty());

        // One tenge short: taken in (not an incomplete set), recorded, proposed.
        Application shortPaid = submittedCase(*db);
        const auto result = clerk.decideIntake(shortPaid, receiptWith(259499), allConform());
        QVERIFY(result.accepted());
        QVERIFY(result.iit && result.iit->isShort());
        QCOMPARE(result.iit->comparison->expectedKzt, 259500);
        QVERIFY2(noteOfReceipt(shortPaid).contains(QLatin1String("less than")),
                 qPrintable(noteOfReceipt(shortPaid)));
        auto proposals = cases::proposeGrounds(*db, shortPaid);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().number, 7);

        // Overpaid: shown, not a ground.
        Application overPaid = submittedCase(*db);
        QVERIFY(clerk.decideIntake(overPaid, receiptWith(260000), allConform()).accepted());
        QVERIFY(noteOfReceipt(overPaid).contains(QLatin1String("more than")));
        QVERIFY(cases::proposeGrounds(*db, overPaid).isEmpty());

        // The rate is data: the administrator's MCI of the year decides.
        store::SettingsRepository(*db).setYearRate({2026, 5000, 10}, QStringLiteral("admin"));
        proposals = cases::proposeGrounds(*db, exact);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().number, 7);
        QVERIFY2(proposals.first().reason.contains(QLocale().toString(qint64(300000))),
                 qPrintable(proposals.first().reason));
        // Without a rate for the year the amount is not checked, and says so.
        store::SettingsRepository(*db).removeYearRate(2026, QStringLiteral("admin"));
        QVERIFY(cases::proposeGrounds(*db, exact).isEmpty());
        Application noRate = submittedCase(*db);
        const auto unchecked = clerk.decideIntake(noRate, receiptWith(1), allConform());
        QVERIFY(unchecked.accepted());
        QCOMPARE(unchecked.iit->outcome, domain::IitReceiptCheck::Outcome::NoRate);
        QVERIFY(noteOfReceipt(noRate).contains(QLatin1String("2026")));
    }

    // R-RENEW-AFTER-12: after a chain of 12 months a new permit is taken only
    // in the last 4 days of the current one; outside them the decision is
    // refused (and ground 2 proposed); inside, the new permit follows the
    // current one.
    void R_RENEW_AFTER_12_newPermitOnlyInTheWindow_data() { test::addBackendRows(); }
    void R_RENEW_AFTER_12_newPermitOnlyInTheWindow()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5,
                                             QStringLiteral("admin"));
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2027, 5,
                                             QStringLiteral("admin"));
        // A permit of 12 months: 1 January to 31 December 2026; the window
        // for the next is 27 to 31 December.
        const Application first = factory.acceptedCase();
        const Permit full = factory.issuePermit(first, QDate(2026, 1, 1), QDate(2026, 12, 31));
        const cases::CaseWorkflow head(*db, kHead);
        auto renewal = [&](QDate received) {
            Application a = factory.acceptedCase();
            // The same person, typed in again as a new record: found by passport.
            auto person = store::ImmigrantRepository(*db).find(a.immigrantId);
            person->passportNumber =
                store::ImmigrantRepository(*db).find(first.immigrantId)->passportNumber;
            store::ImmigrantRepository(*db).update(*person, QStringLiteral("test"));
            a.receivedAt = almaty(received, QTime(10, 0));
            a.effectiveReceivedOn = received;
            a.requestedMonths = 6;
            a.status = CaseStatus::PoliceCheck;
            store::CaseRepository(*db).update(a, QStringLiteral("test"));
            PoliceCheck c;
            c.applicationId = a.id;
            c.sentAt = almaty(received, QTime(11, 0));
            c.answerDueOn = received.addDays(1);
            store::CaseRepository(*db).recordPoliceRequest(c, QStringLiteral("test"));
            store::CaseRepository(*db).recordPoliceAnswer(
                c.id, true, almaty(received, QTime(15, 0)), QString(), QStringLiteral("test"));
            return a;
        };
        for (const QDate received : {QDate(2026, 12, 26), QDate(2026, 12, 1)}) {
            Application early = renewal(received);
            try {
                head.issue(early, received);
                QFAIL("a new permit taken before the renewal window");
            } catch (const StoreError &e) {
                QVERIFY2(e.message().contains(full.number) &&
                             e.message().contains(
                                 QLocale().toString(QDate(2026, 12, 27), QLocale::ShortFormat)),
                         qPrintable(e.message()));
            }
            QCOMPARE(store::CaseRepository(*db).find(early.id)->status, CaseStatus::PoliceCheck);
            const auto proposals = cases::proposeGrounds(*db, early);
            QCOMPARE(proposals.size(), 1);
            QCOMPARE(proposals.first().number, 2);
        }
        // The last day of the window, and after the current permit ended,
        // when the rule no longer applies: the plans only.
        const Application lastDay = renewal(QDate(2026, 12, 31));
        QVERIFY(cases::proposeGrounds(*db, lastDay).isEmpty());
        QCOMPARE(head.planIssue(lastDay, QDate(2026, 12, 31)).validFrom, QDate(2027, 1, 1));
        const Application later = renewal(QDate(2027, 1, 4));
        QVERIFY(cases::proposeGrounds(*db, later).isEmpty());
        QCOMPARE(head.planIssue(later, QDate(2027, 1, 4)).validFrom, QDate(2027, 1, 4));
        // The first day of the window: issued, following the current permit,
        // which stays in force to its last day.
        Application inWindow = renewal(QDate(2026, 12, 27));
        QVERIFY(cases::proposeGrounds(*db, inWindow).isEmpty());
        const Permit next = head.issue(inWindow, QDate(2026, 12, 28));
        QCOMPARE(next.validFrom, QDate(2027, 1, 1));
        QCOMPARE(next.validTo, QDate(2027, 6, 30));
        QCOMPARE(next.chainStart, QDate(2027, 1, 1));
        QCOMPARE(store::PermitRepository(*db).find(full.id)->status, PermitStatus::InForce);
    }

    void R_POLICE_and_R_QUOTA_issue_data() { test::addBackendRows(); }
    void R_POLICE_and_R_QUOTA_issue()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 1, QStringLiteral("admin"));
        Application a = submittedCase(*db);
        const cases::CaseWorkflow clerk(*db, kClerk), head(*db, kHead);
        QVERIFY(clerk.decideIntake(a, completeDocuments(), allConform()).accepted());
        QCOMPARE(a.status, CaseStatus::Accepted);
        // Thursday 26 March 2026 (after Nauryz): the answer is due on Friday 27.
        const PoliceCheck check = clerk.sendToPolice(a, almaty(QDate(2026, 3, 26), QTime(10, 0)));
        QCOMPARE(check.answerDueOn, QDate(2026, 3, 27));
        QCOMPARE(a.status, CaseStatus::PoliceCheck);
        // No answer yet: no permit.
        QVERIFY_THROWS_EXCEPTION(StoreError, head.issue(a, QDate(2026, 3, 27)));
        clerk.recordPoliceAnswer(check.id, true, almaty(QDate(2026, 3, 27), QTime(9, 0)));
        // A clerk may not decide.
        try {
            clerk.issue(a, QDate(2026, 3, 27));
            QFAIL("a clerk issued a permit");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Forbidden);
        }
        const Permit p = head.issue(a, QDate(2026, 3, 27));
        QCOMPARE(p.validFrom, QDate(2026, 3, 27));
        QCOMPARE(p.validTo, QDate(2026, 9, 26)); // R-TERM: 6 months, the day before 27 September
        QCOMPARE(a.status, CaseStatus::Issued);
        // The quota of 1 is now full: the next case is refused cleanly.
        Application b = submittedCase(*db);
        clerk.decideIntake(b, completeDocuments(), allConform());
        const PoliceCheck c2 = clerk.sendToPolice(b, almaty(QDate(2026, 3, 26), QTime(11, 0)));
        clerk.recordPoliceAnswer(c2.id, true, almaty(QDate(2026, 3, 27), QTime(9, 0)));
        try {
            head.issue(b, QDate(2026, 3, 27));
            QFAIL("issued beyond the quota");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::QuotaExhausted);
        }
        QCOMPARE(store::CaseRepository(*db).find(b.id)->status, CaseStatus::PoliceCheck);
    }

    void R_EXTEND_WINDOW_and_R_TERM_extension_data() { test::addBackendRows(); }
    void R_EXTEND_WINDOW_and_R_TERM_extension()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        const cases::CaseWorkflow clerk(*db, kClerk), head(*db, kHead);
        Application first = submittedCase(*db);
        clerk.decideIntake(first, completeDocuments(), allConform());
        auto check = clerk.sendToPolice(first, almaty(QDate(2026, 3, 26), QTime(10, 0)));
        clerk.recordPoliceAnswer(check.id, true, almaty(QDate(2026, 3, 27), QTime(9, 0)));
        const Permit permit = head.issue(first, QDate(2026, 3, 27)); // to 26 Sep 2026

        auto extension = [&](QDate received, int months) {
            Application ext = test::CaseFactory(*db).acceptedCase();
            ext.kind = ApplicationKind::Extend;
            ext.extendsPermitId = permit.id;
            ext.effectiveReceivedOn = received;
            ext.requestedMonths = months;
            ext.status = CaseStatus::PoliceCheck;
            store::CaseRepository(*db).update(ext, QStringLiteral("test"));
            PoliceCheck c;
            c.applicationId = ext.id;
            c.sentAt = almaty(received, QTime(10, 0));
            c.answerDueOn = received.addDays(1);
            store::CaseRepository(*db).recordPoliceRequest(c, QStringLiteral("test"));
            store::CaseRepository(*db).recordPoliceAnswer(c.id, true, almaty(received, QTime(15, 0)), QString(),
                                                          QStringLiteral("test"));
            return ext;
        };
        // 4 days before expiry: the window closed on 21 September.
        Application late = extension(QDate(2026, 9, 22), 3);
        try {
            head.issue(late, QDate(2026, 9, 23));
            QFAIL("extended outside the window");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("can only be extended")),
                     qPrintable(e.message()));
        }
        // In the window but past the 12-month cap: 7 months from 27 Sep.
        Application tooLong = extension(QDate(2026, 9, 1), 7);
        try {
            head.issue(tooLong, QDate(2026, 9, 2));
            QFAIL("extended past 12 months");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("6")), qPrintable(e.message()));
        }
        // 6 months fit exactly: to 26 March 2027, and no new quota place.
        Application ok = extension(QDate(2026, 9, 1), 6);
        const Permit extended = head.issue(ok, QDate(2026, 9, 2));
        QCOMPARE(extended.validFrom, QDate(2026, 9, 27));
        QCOMPARE(extended.validTo, QDate(2027, 3, 26));
        QCOMPARE(extended.chainStart, QDate(2026, 3, 27));
        QCOMPARE(store::QuotaRepository(*db).find(factory.almatyRegionId(), 2026)->issued, 1);
    }

    void R_REFUSE_groundRecorded_data() { test::addBackendRows(); }
    void R_REFUSE_groundRecorded()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CaseWorkflow clerk(*db, kClerk), head(*db, kHead);
        Application a = submittedCase(*db);
        clerk.decideIntake(a, completeDocuments(), allConform());
        QVERIFY_THROWS_EXCEPTION(StoreError, clerk.refuse(a, 7, QDate(2026, 3, 27)));
        QVERIFY_THROWS_EXCEPTION(StoreError, head.refuse(a, 10, QDate(2026, 3, 27)));
        head.refuse(a, 7, QDate(2026, 3, 27));
        QCOMPARE(a.status, CaseStatus::Refused);
        const auto d = store::CaseRepository(*db).decisions(a.id).last();
        QCOMPARE(d.groundId, 7);
        // The ground is kept by its number: Appendix 7 prints its text from
        // the catalogue in the language of the print, not a stored copy.
        QCOMPARE(d.groundText, QString());
        // A decided case takes no further step.
        QVERIFY_THROWS_EXCEPTION(StoreError, head.refuse(a, 3, QDate(2026, 3, 28)));
    }

    // The clerk's own words on a refusal are kept with the ground, as typed
    // less the blanks at the ends; none of the catalogue's text joins them.
    void R_REFUSAL_clerksWordsKeptWithTheGround_data() { test::addBackendRows(); }
    void R_REFUSAL_clerksWordsKeptWithTheGround()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CaseWorkflow clerk(*db, kClerk), head(*db, kHead);
        Application a = submittedCase(*db);
        clerk.decideIntake(a, completeDocuments(), allConform());
        head.refuse(a, 3, QDate(2026, 3, 27),
                    QStringLiteral("  Ответ ДП № 7/1125 от 24.03.2026 \n"));
        const auto d = store::CaseRepository(*db).decisions(a.id).last();
        QCOMPARE(d.groundId, 3);
        QCOMPARE(d.groundText, QStringLiteral("Ответ ДП № 7/1125 от 24.03.2026"));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_case_workflow.moc"
