// SPDX-License-Identifier: GPL-3.0-or-later
// Which district bodies a print would leave blank: per form and language,
// per district, in the administrator's order and the clerk's words.
#include "printing/BodyCheck.h"
#include "records/DistrictBodies.h"

#include <QTest>

using namespace ruqsat;
using printing::Form;
using printing::Language;

namespace {

QVariantHash district(int id, const QString &nameEn, const records::DistrictBodies &bodies)
{
    QVariantHash v{{QStringLiteral("district_id"), id},
                   {QStringLiteral("district_kk"), QString(nameEn + QStringLiteral(" ауданы"))},
                   {QStringLiteral("district_ru"), QString(nameEn + QStringLiteral(" район"))},
                   {QStringLiteral("district_en"), nameEn}};
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        v.insert(field.key, bodies.*field.member);
    return v;
}

records::DistrictBodies complete()
{
    records::DistrictBodies b;
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        b.*field.member = QString(field.key + QStringLiteral(" text"));
    return b;
}

printing::PrintItem item(Form form, Language language, const QVariantHash &values)
{
    printing::PrintItem i;
    i.form = form;
    i.language = language;
    i.record.values = values;
    return i;
}

} // namespace

class TestBodyCheck : public QObject
{
    Q_OBJECT
private slots:
    void completeDistrictMissesNothing()
    {
        const QVariantHash almaly = district(1, QStringLiteral("Almaly"), complete());
        QList<printing::PrintItem> items;
        for (Form form : printing::allForms())
            for (Language l : {Language::Kazakh, Language::Russian, Language::English})
                items << item(form, l, almaly);
        QVERIFY(printing::missingBodies(items).isEmpty());
        QVERIFY(printing::describeMissingBodies({}).isEmpty());
    }

    // R-RESULT: the permit is signed by the head of the issuing body.
    void R_RESULT_permitNeedsIssuerAndHeadInItsLanguage()
    {
        records::DistrictBodies b = complete();
        b.issuingBodyRu.clear();
        b.headName = QStringLiteral("   "); // spaces print nothing either
        b.policeBodyRu.clear();             // not on a permit
        const QVariantHash almaly = district(1, QStringLiteral("Almaly"), b);
        QVERIFY(printing::missingBodies({item(Form::Permit, Language::Kazakh, almaly)}).first().keys ==
                QStringList{QStringLiteral("issuing_body.head_name")});
        const auto missing = printing::missingBodies(
            {item(Form::Permit, Language::Kazakh, almaly), item(Form::Permit, Language::Russian, almaly)});
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().districtId, 1);
        QCOMPARE(missing.first().districtName, QStringLiteral("Almaly")); // the screens speak English here
        QCOMPARE(missing.first().keys,
                 (QStringList{QStringLiteral("issuing_body.name_ru"), QStringLiteral("issuing_body.head_name")}));
        const QString text = printing::describeMissingBodies(missing);
        QVERIFY2(text.contains(QStringLiteral("Almaly")) && text.contains(QStringLiteral("Issuing body, in Russian")) &&
                     text.contains(QStringLiteral("Head's full name")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("issuing_body")) && !text.contains(QStringLiteral("R-")), qPrintable(text));
    }

    // Forms that name no body print whatever the district lacks; the case
    // forms need the issuing body only.
    void eachFormNeedsWhatItPrints()
    {
        const QVariantHash empty = district(2, QStringLiteral("Medeu"), {});
        for (Form form : {Form::Agreement, Form::IntakeRefusal})
            QVERIFY(printing::missingBodies({item(form, Language::Russian, empty)}).isEmpty());
        for (Form form : {Form::Application, Form::Termination, Form::Refusal})
            QCOMPARE(printing::missingBodies({item(form, Language::Russian, empty)}).first().keys,
                     QStringList{QStringLiteral("issuing_body.name_ru")});
        QCOMPARE(printing::missingBodies({item(Form::Revocation, Language::Kazakh, empty)}).first().keys,
                 (QStringList{QStringLiteral("issuing_body.name_kk"), QStringLiteral("issuing_body.head_name"),
                              QStringLiteral("issuing_body.head_position_kk")}));
    }

    // R-REVOKE-POLICE: Appendix 9 also needs its addressee, the police body.
    void R_REVOKE_POLICE_addresseeIsNeeded()
    {
        records::DistrictBodies b = complete();
        b.policeBodyKk.clear();
        const QVariantHash almaly = district(1, QStringLiteral("Almaly"), b);
        QCOMPARE(printing::missingBodies({item(Form::RevocationPolice, Language::Kazakh, almaly)}).first().keys,
                 QStringList{QStringLiteral("police_body.name_kk")});
        QVERIFY(printing::missingBodies({item(Form::Revocation, Language::Kazakh, almaly)}).isEmpty());
        QVERIFY(printing::describeMissingBodies(
                    printing::missingBodies({item(Form::RevocationPolice, Language::Kazakh, almaly)}))
                    .contains(QStringLiteral("Police body, in Kazakh")));
    }

    // The English forms print the Russian name when there is no English one.
    void englishFallsBackToRussian()
    {
        records::DistrictBodies b = complete();
        b.issuingBodyEn.clear();
        b.headPositionEn.clear();
        QVERIFY(printing::missingBodies({item(Form::Permit, Language::English, district(1, QStringLiteral("A"), b))})
                    .isEmpty());
        b.issuingBodyRu.clear();
        QCOMPARE(printing::missingBodies({item(Form::Permit, Language::English, district(1, QStringLiteral("A"), b))})
                     .first()
                     .keys,
                 QStringList{QStringLiteral("issuing_body.name_en")});
    }

    // A batch of permits of several districts: one line for each district
    // that lacks something, named.
    void batchNamesEachDistrict()
    {
        records::DistrictBodies noHead = complete();
        noHead.headName.clear();
        const QVariantHash almaly = district(1, QStringLiteral("Almaly"), complete());
        const QVariantHash medeu = district(2, QStringLiteral("Medeu"), noHead);
        const QVariantHash turksib = district(3, QStringLiteral("Turksib"), {});
        const auto missing = printing::missingBodies(
            {item(Form::Permit, Language::Kazakh, almaly), item(Form::Permit, Language::Kazakh, medeu),
             item(Form::Permit, Language::Kazakh, turksib), item(Form::Permit, Language::Kazakh, medeu)});
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).districtId, 2);
        QCOMPARE(missing.at(0).keys, QStringList{QStringLiteral("issuing_body.head_name")}); // once
        QCOMPARE(missing.at(1).districtId, 3);
        QCOMPARE(missing.at(1).keys.size(), 3);
        QCOMPARE(printing::describeMissingBodies(missing).count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestBodyCheck)
#include "tst_body_check.moc"
