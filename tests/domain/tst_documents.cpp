// SPDX-License-Identifier: GPL-3.0-or-later
// R-DOCS-*, R-DOC-VALIDITY, R-INCOMPLETE: the checklists, the validity of
// the dated documents and the intake check.
#include "domain/Intake.h"

#include <QTest>

using namespace ruqsat::domain;

namespace {
const QDate kApplied(2026, 3, 15);
const DateRange kPeriod{QDate(2026, 3, 20), QDate(2026, 9, 19)};

SubmittedDocument doc(const QString &code, QDate issued = {}, QDate until = {}, QDate from = {})
{
    SubmittedDocument d;
    d.code = code;
    d.present = true;
    d.issuedOn = issued;
    d.validUntil = until;
    d.validFrom = from;
    return d;
}

QList<SubmittedDocument> goodIssueSet()
{
    return {doc(DocumentCode::application()),
            doc(DocumentCode::iitReceipt(), QDate(2026, 3, 10)),
            doc(DocumentCode::passport(), QDate(2026, 1, 5), QDate(2030, 1, 1)),
            doc(DocumentCode::medicalCertificate(), QDate(2025, 12, 1)),
            doc(DocumentCode::insurance(), {}, QDate(2026, 12, 31), QDate(2026, 3, 1)),
            doc(DocumentCode::intentAgreement(), QDate(2026, 3, 1))};
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void catalogueNames()
    {
        const QStringList codes{QStringLiteral("application"), QStringLiteral("iit_receipt"),
                                QStringLiteral("passport"), QStringLiteral("medical_certificate"),
                                QStringLiteral("insurance"), QStringLiteral("intent_agreement"),
                                QStringLiteral("labour_contract")};
        QStringList seen;
        for (const DocumentType &t : DocumentCatalogue::all()) {
            seen << t.code;
            QVERIFY(!t.name.kk.isEmpty() && !t.name.ru.isEmpty() && !t.name.en.isEmpty());
            QVERIFY(t.name.kk != t.name.ru && t.name.ru != t.name.en);
            QCOMPARE(&t.name.in(Language::Russian), &t.name.ru);
        }
        QCOMPARE(seen, codes);
        QVERIFY(!DocumentCatalogue::find(QStringLiteral("visa")));
        QCOMPARE(DocumentCatalogue::find(QStringLiteral("passport"))->code, QStringLiteral("passport"));
    }

    void R_DOCS_checklists_data()
    {
        QTest::addColumn<ApplicationKind>("kind");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QStringList>("codes");
        const QStringList issue{QStringLiteral("application"), QStringLiteral("iit_receipt"),
                                QStringLiteral("passport"), QStringLiteral("medical_certificate"),
                                QStringLiteral("insurance"), QStringLiteral("intent_agreement")};
        const QStringList extend{QStringLiteral("application"), QStringLiteral("iit_receipt"),
                                 QStringLiteral("passport"), QStringLiteral("insurance"),
                                 QStringLiteral("labour_contract")};
        QTest::newRow("R-DOCS-ISSUE-OFFICE") << ApplicationKind::Issue << Channel::StateCorporation << issue;
        QTest::newRow("R-DOCS-ISSUE-PORTAL egov") << ApplicationKind::Issue << Channel::Egov << issue;
        QTest::newRow("R-DOCS-ISSUE-PORTAL enbek") << ApplicationKind::Issue << Channel::Enbek << issue;
        QTest::newRow("R-DOCS-EXTEND-OFFICE") << ApplicationKind::Extend << Channel::StateCorporation << extend;
        QTest::newRow("R-DOCS-EXTEND-PORTAL egov") << ApplicationKind::Extend << Channel::Egov << extend;
        QTest::newRow("R-DOCS-EXTEND-PORTAL enbek") << ApplicationKind::Extend << Channel::Enbek << extend;
    }
    void R_DOCS_checklists()
    {
        QFETCH(ApplicationKind, kind);
        QFETCH(Channel, channel);
        QFETCH(QStringList, codes);
        QCOMPARE(DocumentCatalogue::requiredCodes(kind, channel), codes);
        const auto lines = DocumentCatalogue::checklist(kind, channel);
        const bool portal = channel != Channel::StateCorporation;
        QCOMPARE(lines.first().presentation, portal ? Presentation::SignedWithEds : Presentation::SignedPaper);
        for (const ChecklistLine &line : lines.mid(1)) {
            Presentation expected = portal ? Presentation::ElectronicCopy : Presentation::Scanned;
            // R-DOCS-EXTEND-PORTAL: the passport as a notarised copy.
            if (portal && kind == ApplicationKind::Extend && line.code == DocumentCode::passport())
                expected = Presentation::NotarisedCopy;
            QCOMPARE(line.presentation, expected);
        }
    }

    void codes()
    {
        QCOMPARE(channelCode(Channel::StateCorporation), QStringLiteral("state_corporation"));
        QCOMPARE(channelFromCode(QStringLiteral("enbek")), Channel::Enbek);
        QVERIFY(!channelFromCode(QStringLiteral("mail")));
        QCOMPARE(applicationKindFromCode(QStringLiteral("extend")), ApplicationKind::Extend);
        QCOMPARE(documentStateCode(DocumentState::Expired), QStringLiteral("expired"));
    }

    void R_DOC_VALIDITY_data()
    {
        QTest::addColumn<SubmittedDocument>("document");
        QTest::addColumn<QDate>("applied");
        QTest::addColumn<DocumentState>("state");
        const QString passport = DocumentCode::passport();
        const QString medical = DocumentCode::medicalCertificate();
        const QString insurance = DocumentCode::insurance();
        QTest::newRow("mark exactly 12 months old") << doc(passport, QDate(2025, 3, 15)) << kApplied << DocumentState::Present;
        QTest::newRow("mark a day older") << doc(passport, QDate(2025, 3, 14)) << kApplied << DocumentState::Expired;
        QTest::newRow("mark on the day") << doc(passport, kApplied) << kApplied << DocumentState::Present;
        QTest::newRow("mark in the future") << doc(passport, QDate(2026, 3, 16)) << kApplied << DocumentState::Invalid;
        QTest::newRow("mark date missing") << doc(passport) << kApplied << DocumentState::Invalid;
        QTest::newRow("passport expired") << doc(passport, QDate(2026, 1, 1), QDate(2026, 3, 14)) << kApplied << DocumentState::Expired;
        QTest::newRow("passport expires that day") << doc(passport, QDate(2026, 1, 1), kApplied) << kApplied << DocumentState::Present;
        QTest::newRow("028 12 months old") << doc(medical, QDate(2025, 3, 15)) << kApplied << DocumentState::Present;
        QTest::newRow("028 older") << doc(medical, QDate(2025, 3, 14)) << kApplied << DocumentState::Expired;
        // Applied on 29 Feb 2028: 12 months back is 28 Feb 2027.
        QTest::newRow("028 leap day limit") << doc(medical, QDate(2027, 2, 28)) << QDate(2028, 2, 29) << DocumentState::Present;
        QTest::newRow("028 leap day, older") << doc(medical, QDate(2027, 2, 27)) << QDate(2028, 2, 29) << DocumentState::Expired;
        QTest::newRow("insurance to the last day") << doc(insurance, {}, kPeriod.last) << kApplied << DocumentState::Present;
        QTest::newRow("insurance a day short") << doc(insurance, {}, kPeriod.last.addDays(-1)) << kApplied << DocumentState::Expired;
        QTest::newRow("insurance without end") << doc(insurance) << kApplied << DocumentState::Invalid;
        QTest::newRow("insurance starts late") << doc(insurance, {}, kPeriod.last, kPeriod.first.addDays(1)) << kApplied << DocumentState::Invalid;
        QTest::newRow("insurance starts on day 1") << doc(insurance, {}, kPeriod.last, kPeriod.first) << kApplied << DocumentState::Present;
        QTest::newRow("labour contract, no dates") << doc(DocumentCode::labourContract()) << kApplied << DocumentState::Present;
        QTest::newRow("receipt dated later") << doc(DocumentCode::iitReceipt(), QDate(2026, 4, 1)) << kApplied << DocumentState::Invalid;
        SubmittedDocument missing = doc(passport, QDate(2026, 1, 1));
        missing.present = false;
        QTest::newRow("not submitted") << missing << kApplied << DocumentState::Missing;
        SubmittedDocument rejected = doc(DocumentCode::application());
        rejected.rejected = true;
        QTest::newRow("rejected by the clerk") << rejected << kApplied << DocumentState::Invalid;
    }
    void R_DOC_VALIDITY()
    {
        QFETCH(SubmittedDocument, document);
        QFETCH(QDate, applied);
        QFETCH(DocumentState, state);
        const DocumentAssessment a = DocumentValidity::assess(document, applied, kPeriod);
        QCOMPARE(a.state, state);
        QCOMPARE(a.code, document.code);
        QCOMPARE(a.reason.isEmpty(), state == DocumentState::Present);
    }

    // The reason names its dates as the clerk reads them on the forms.
    void R_DOC_VALIDITY_reasonShowsDatesAsTyped()
    {
        const DocumentAssessment a = DocumentValidity::assess(
            doc(DocumentCode::passport(), QDate(2026, 3, 16)), kApplied, kPeriod);
        QCOMPARE(a.state, DocumentState::Invalid);
        QVERIFY2(a.reason.contains(QLatin1String("16.03.2026")), qPrintable(a.reason));
        QVERIFY2(!a.reason.contains(QLatin1String("2026-03-16")), qPrintable(a.reason));
    }

    void R_INCOMPLETE_completeSetAccepted()
    {
        const IntakeResult r = Intake::evaluate(ApplicationKind::Issue, Channel::StateCorporation,
                                                goodIssueSet(), kApplied, kPeriod);
        QVERIFY(r.accepted());
        QCOMPARE(r.lines.size(), 6);
        QVERIFY(r.invalid.isEmpty());
        QVERIFY(r.receiptLines(Language::Kazakh).isEmpty());
    }

    void R_INCOMPLETE_missingAndExpiredListed()
    {
        QList<SubmittedDocument> set = goodIssueSet();
        set.removeAt(3);                                 // no medical certificate
        set[3].validUntil = QDate(2026, 6, 30);          // insurance ends before 19 Sep
        set << doc(DocumentCode::labourContract());      // not on an issuance list: ignored
        const IntakeResult r = Intake::evaluate(ApplicationKind::Issue, Channel::Enbek, set, kApplied, kPeriod);
        QVERIFY(!r.accepted());
        QCOMPARE(r.missing, QStringList{DocumentCode::medicalCertificate()});
        QCOMPARE(r.expired, QStringList{DocumentCode::insurance()});
        QCOMPARE(r.lines.size(), 6);
        QCOMPARE(r.receiptLines(Language::Russian),
                 (QStringList{DocumentCatalogue::find(DocumentCode::medicalCertificate())->name.ru,
                              DocumentCatalogue::find(DocumentCode::insurance())->name.ru}));
    }

    void R_INCOMPLETE_extensionNeedsLabourContract()
    {
        QList<SubmittedDocument> set = goodIssueSet(); // an issuance set brought for an extension
        const IntakeResult r = Intake::evaluate(ApplicationKind::Extend, Channel::StateCorporation,
                                                set, kApplied, kPeriod);
        QCOMPARE(r.missing, QStringList{DocumentCode::labourContract()});
        QCOMPARE(r.lines.size(), 5);
    }

    void R_INCOMPLETE_invalidDoesNotRefuseIntake()
    {
        QList<SubmittedDocument> set = goodIssueSet();
        set[2].issuedOn = QDate(); // passport mark date not entered
        const IntakeResult r = Intake::evaluate(ApplicationKind::Issue, Channel::StateCorporation,
                                                set, kApplied, kPeriod);
        QVERIFY(r.accepted());
        QCOMPARE(r.invalid, QStringList{DocumentCode::passport()});
    }

    // R-REFUSE-7: the receipt's amount against months x IIT MCI x MCI of the
    // year it was paid in.
    void R_REFUSE_7_checkReceipt_data()
    {
        QTest::addColumn<std::optional<qint64>>("paid");
        QTest::addColumn<QDate>("paidOn");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("expected");
        using O = IitReceiptCheck::Outcome;
        QTest::newRow("exact, 2026") << std::optional<qint64>(259500) << QDate(2026, 3, 1) << 6
                                     << int(O::Matches) << qint64(259500);
        QTest::newRow("a tenge short") << std::optional<qint64>(259499) << QDate(2026, 3, 1) << 6
                                       << int(O::Short) << qint64(259500);
        QTest::newRow("a tenge over") << std::optional<qint64>(259501) << QDate(2026, 3, 1) << 6
                                      << int(O::Over) << qint64(259500);
        QTest::newRow("paid at 2025's rate in 2026")
            << std::optional<qint64>(6 * 39320) << QDate(2026, 1, 5) << 6 << int(O::Short)
            << qint64(259500);
        QTest::newRow("paid in 2025 at its rate")
            << std::optional<qint64>(6 * 39320) << QDate(2025, 12, 30) << 6 << int(O::Matches)
            << qint64(235920);
        QTest::newRow("12 months") << std::optional<qint64>(519000) << QDate(2026, 3, 1) << 12
                                   << int(O::Matches) << qint64(519000);
        QTest::newRow("no amount")
            << std::optional<qint64>() << QDate(2026, 3, 1) << 6 << int(O::NoAmount) << qint64(0);
        QTest::newRow("no rate for 2027") << std::optional<qint64>(259500) << QDate(2027, 1, 2) << 6
                                          << int(O::NoRate) << qint64(0);
    }
    void R_REFUSE_7_checkReceipt()
    {
        QFETCH(std::optional<qint64>, paid);
        QFETCH(QDate, paidOn);
        QFETCH(int, months);
        QFETCH(int, outcome);
        QFETCH(qint64, expected);
        const QList<YearRate> rates{{2025, 3932, 10}, {2026, 4325, 10}};
        const IitReceiptCheck check = IitAdvance::checkReceipt(paid, paidOn, months, rates);
        QCOMPARE(int(check.outcome), outcome);
        QCOMPARE(check.year, paidOn.year());
        QCOMPARE(check.comparison ? check.comparison->expectedKzt : 0, expected);
        QCOMPARE(check.isShort(), outcome == int(IitReceiptCheck::Outcome::Short));
        QCOMPARE(check.remark.isEmpty(), outcome == int(IitReceiptCheck::Outcome::Matches));
        QVERIFY(!check.remark.contains(QLatin1String("R-")));
    }

    void R_REFUSE_7_parseTenge_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::optional<qint64>>("amount");
        QTest::newRow("digits") << QStringLiteral("259500") << std::optional<qint64>(259500);
        QTest::newRow("grouped") << QStringLiteral("259 500") << std::optional<qint64>(259500);
        QTest::newRow("no-break space")
            << QStringLiteral("259\u00a0500") << std::optional<qint64>(259500);
        QTest::newRow("zero tiyn") << QStringLiteral("259500,00") << std::optional<qint64>(259500);
        QTest::newRow("zero tiyn, dot")
            << QStringLiteral("259 500.0") << std::optional<qint64>(259500);
        QTest::newRow("tiyn") << QStringLiteral("259500,50") << std::optional<qint64>();
        QTest::newRow("letters") << QStringLiteral("259 5OO") << std::optional<qint64>();
        QTest::newRow("negative") << QStringLiteral("-259500") << std::optional<qint64>();
        QTest::newRow("empty") << QString() << std::optional<qint64>();
    }
    void R_REFUSE_7_parseTenge()
    {
        QFETCH(QString, typed);
        QFETCH(std::optional<qint64>, amount);
        QCOMPARE(IitAdvance::parseTenge(typed), amount);
    }

    // The intake with the IIT basis: a receipt without an amount is to be
    // completed (invalid), a short one is present with a remark.
    void R_REFUSE_7_intakeChecksTheReceipt()
    {
        const IitBasis basis{6, {{2026, 4325, 10}}};
        QList<SubmittedDocument> set = goodIssueSet();
        IntakeResult r = Intake::evaluate(ApplicationKind::Issue, Channel::StateCorporation, set,
                                          kApplied, kPeriod, basis);
        QCOMPARE(r.invalid, QStringList{DocumentCode::iitReceipt()});
        QVERIFY(r.lines.at(1).reason.contains(QLatin1String("amount")));
        set[1].amountKzt = 200000;
        r = Intake::evaluate(ApplicationKind::Issue, Channel::StateCorporation, set, kApplied,
                             kPeriod, basis);
        QVERIFY(r.accepted());
        QVERIFY(r.invalid.isEmpty());
        QCOMPARE(r.lines.at(1).state, DocumentState::Present);
        QVERIFY(r.lines.at(1).remark.contains(QLatin1String("less than")));
        QVERIFY(r.iit && r.iit->isShort());
        // A receipt not submitted is missing, not checked.
        set[1].present = false;
        r = Intake::evaluate(ApplicationKind::Issue, Channel::StateCorporation, set, kApplied,
                             kPeriod, basis);
        QCOMPARE(r.missing, QStringList{DocumentCode::iitReceipt()});
        QVERIFY(!r.iit);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
