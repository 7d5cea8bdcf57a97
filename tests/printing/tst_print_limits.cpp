// SPDX-License-Identifier: GPL-3.0-or-later
// The length limits fit the printed forms: any one text a clerk or an
// administrator types, at its limit (domain::FieldLimits), leaves each form
// on as many pages as it takes with ordinary values, in each language. The permit (Appendix 5) has
// the least room: a few lines between its last field and its QR code.
#include "PrintFixture.h"
#include "domain/FieldLimits.h"
#include "printing/FormRenderer.h"
#include "store/PrintQueries.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::printing;

namespace {

// The values of the print records that are typed, and the limit of each.
const QList<std::pair<QString, QString>> kTypedFields = {
    {QStringLiteral("surname_lat"), QStringLiteral("immigrant.surnameLat")},
    {QStringLiteral("given_names_lat"), QStringLiteral("immigrant.givenNamesLat")},
    {QStringLiteral("patronymic_lat"), QStringLiteral("immigrant.patronymicLat")},
    {QStringLiteral("surname_cyr"), QStringLiteral("immigrant.surnameCyr")},
    {QStringLiteral("given_names_cyr"), QStringLiteral("immigrant.givenNamesCyr")},
    {QStringLiteral("patronymic_cyr"), QStringLiteral("immigrant.patronymicCyr")},
    {QStringLiteral("birth_place"), QStringLiteral("immigrant.birthPlace")},
    {QStringLiteral("passport_series"), QStringLiteral("immigrant.passportSeries")},
    {QStringLiteral("passport_number"), QStringLiteral("immigrant.passportNumber")},
    {QStringLiteral("passport_issuer"), QStringLiteral("immigrant.passportIssuer")},
    {QStringLiteral("permanent_address"), QStringLiteral("immigrant.permanentAddress")},
    {QStringLiteral("temporary_address"), QStringLiteral("immigrant.temporaryAddress")},
    {QStringLiteral("immigrant_phone"), QStringLiteral("immigrant.phone")},
    {QStringLiteral("home_phone"), QStringLiteral("immigrant.homePhone")},
    {QStringLiteral("employer_surname"), QStringLiteral("employer.surname")},
    {QStringLiteral("employer_given_names"), QStringLiteral("employer.givenNames")},
    {QStringLiteral("employer_patronymic"), QStringLiteral("employer.patronymic")},
    {QStringLiteral("employer_id_doc_number"), QStringLiteral("employer.idDocNumber")},
    {QStringLiteral("employer_id_doc_issuer"), QStringLiteral("employer.idDocIssuer")},
    {QStringLiteral("employer_registration_address"),
     QStringLiteral("employer.registrationAddress")},
    {QStringLiteral("employer_residential_address"), QStringLiteral("employer.residentialAddress")},
    {QStringLiteral("employer_phone"), QStringLiteral("employer.phone")},
    {QStringLiteral("work_address"), QStringLiteral("application.workAddress")},
    {QStringLiteral("occupation"), QStringLiteral("application.occupation")},
    {QStringLiteral("district_kk"), QStringLiteral("district.nameKk")},
    {QStringLiteral("district_ru"), QStringLiteral("district.nameRu")},
    {QStringLiteral("district_en"), QStringLiteral("district.nameEn")},
    {QStringLiteral("act_issuer"), QStringLiteral("revocation.actIssuer")},
    {QStringLiteral("act_number"), QStringLiteral("revocation.actNumber")},
    {QStringLiteral("issued_by_name"), QStringLiteral("user.fullName")},
    {QStringLiteral("decided_by_name"), QStringLiteral("user.fullName")},
    {QStringLiteral("decided_by_position"), QStringLiteral("user.position")},
    {QStringLiteral("issuing_body.name_kk"), QStringLiteral("district.issuingBodyKk")},
    {QStringLiteral("issuing_body.name_ru"), QStringLiteral("district.issuingBodyRu")},
    {QStringLiteral("issuing_body.name_en"), QStringLiteral("district.issuingBodyEn")},
    {QStringLiteral("issuing_body.head_name"), QStringLiteral("district.headName")},
    {QStringLiteral("issuing_body.head_position_kk"), QStringLiteral("district.headPositionKk")},
    {QStringLiteral("issuing_body.head_position_ru"), QStringLiteral("district.headPositionRu")},
    {QStringLiteral("issuing_body.head_position_en"), QStringLiteral("district.headPositionEn")},
    {QStringLiteral("police_body.name_kk"), QStringLiteral("district.policeBodyKk")},
    {QStringLiteral("police_body.name_ru"), QStringLiteral("district.policeBodyRu")},
    {QStringLiteral("police_body.name_en"), QStringLiteral("district.policeBodyEn")},
};

// Text as long as the limit allows, of the words real values are made of
// (letters of every width, Kazakh ones included, and spaces where a line may
// break), so the test measures what a long name or address takes.
QString atLimit(const QString &field)
{
    static const QString words =
        QStringLiteral("Алматы қаласы Медеу ауданының жұмыспен қамту бөлімі MUKHAMMADJONOVA ");
    const int max = domain::FieldLimits::maxLength(field);
    QString text;
    while (text.size() < max)
        text += words;
    return text.left(max);
}

store::PrintRecord recordOf(const store::Database &db, Form form)
{
    const store::PrintQueries queries(db);
    switch (form) {
    case Form::Application:
        return queries.application(test::PrintFixture::extensionCase());
    case Form::Agreement:
        return queries.agreement(test::PrintFixture::firstCase());
    case Form::Permit:
        return queries.permit(test::PrintFixture::firstPermit());
    case Form::Termination:
        return queries.termination(test::PrintFixture::terminatedPermit());
    case Form::Refusal:
        return queries.refusal(test::PrintFixture::refusedCase());
    case Form::Revocation:
        return queries.revocation(test::PrintFixture::extendedPermit());
    case Form::RevocationPolice:
        return queries.revokedPermits({test::PrintFixture::extendedPermit()});
    case Form::IntakeRefusal:
        break;
    }
    return queries.intakeRefusal(test::PrintFixture::intakeCase());
}

int pages(const PrintItem &item)
{
    const PreparedForm prepared = FormRenderer().prepare(item);
    return prepared.document ? prepared.document->pageCount() : -1;
}

} // namespace

class TestPrintLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void anyFieldAtItsLimitKeepsTheFormsPages_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addColumn<int>("language");
        for (Form form : allForms())
            for (Language l : {Language::Kazakh, Language::Russian, Language::English})
                QTest::addRow("appendix %d %s", appendixOf(form), qPrintable(languageCode(l)))
                    << appendixOf(form) << int(l);
    }
    void anyFieldAtItsLimitKeepsTheFormsPages()
    {
        QFETCH(int, appendix);
        QFETCH(int, language);
        const Form form = *formFromAppendix(appendix);
        const PrintItem typed{form, Language(language), recordOf(m_fixture->db(), form), {}};
        const int expected = pages(typed);
        QVERIFY(expected >= 1);
        QStringList tooLong;
        for (const auto &[key, field] : kTypedFields) {
            PrintItem item = typed;
            if (!item.record.values.contains(key))
                continue;
            item.record.values.insert(key, atLimit(field));
            const int got = pages(item);
            if (got != expected)
                tooLong << QStringLiteral("%1 (%2 at %3): %4 pages instead of %5")
                               .arg(key, field)
                               .arg(domain::FieldLimits::maxLength(field))
                               .arg(got)
                               .arg(expected);
        }
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1String("; "))));
    }

private:
    std::unique_ptr<test::PrintFixture> m_fixture;
};

QTEST_MAIN(TestPrintLimits)
#include "tst_print_limits.moc"
