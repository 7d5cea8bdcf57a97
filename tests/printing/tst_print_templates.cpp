// SPDX-License-Identifier: GPL-3.0-or-later
// The template language, the override folder, and that every template of
// every language has each field of the forms' tables (spec/forms-*.md).
#include "printing/FormKind.h"
#include "printing/TemplateCheck.h"
#include "printing/TemplateEngine.h"
#include "printing/TemplateError.h"
#include "printing/TemplateSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat::printing;

namespace {

// The "field" column of the table "Fillable fields" (forms-en.md), per
// appendix, and our fields of Appendix 1 (docs/PRINTING.md).
QStringList specFields(int appendix)
{
    switch (appendix) {
    case 1:
        return {u"addressee_body_name"_qs, u"immigrant_full_name"_qs, u"citizenship"_qs, u"immigrant_iin"_qs,
                u"birth_date"_qs, u"birth_place"_qs, u"passport_series_number"_qs, u"employer_full_name"_qs,
                u"employer_iin"_qs, u"requested_months"_qs, u"work_address"_qs, u"permanent_address"_qs,
                u"family_composition"_qs, u"temporary_address"_qs, u"application_date"_qs,
                u"immigrant_signature_name"_qs, u"immigrant_signature"_qs, u"employer_details"_qs,
                u"foreigner_details"_qs, u"employer_residential_address"_qs, u"work_place_occupation"_qs,
                u"employer_signature_name"_qs, u"employer_signature"_qs};
    case 3:
        return {u"agreement_date"_qs, u"employer_full_name"_qs, u"employer_id_doc_number"_qs,
                u"employer_id_doc_issue_date"_qs, u"employer_id_doc_issuer"_qs, u"worker_full_name"_qs,
                u"worker_passport_series"_qs, u"worker_passport_issue_date"_qs, u"worker_passport_issuer"_qs,
                u"occupation"_qs, u"salary_amount_kzt"_qs, u"party1_full_name"_qs, u"party1_iin"_qs,
                u"party1_registration_address"_qs, u"party1_phone"_qs, u"party1_signature"_qs,
                u"party2_full_name"_qs, u"party2_iin"_qs, u"party2_registration_address"_qs, u"party2_phone"_qs,
                u"party2_signature"_qs};
    case 4:
        return {u"rejected_documents"_qs, u"officer_full_name"_qs, u"officer_signature"_qs,
                u"recipient_full_name"_qs, u"recipient_signature"_qs, u"receipt_date"_qs};
    case 5:
        return {u"permit_number"_qs, u"extended_permit_number"_qs, u"immigrant_full_name_latin"_qs,
                u"passport_series_number"_qs, u"citizenship"_qs, u"iin"_qs, u"valid_from"_qs, u"valid_to"_qs,
                u"region"_qs, u"issuing_body_name"_qs, u"signatory_position"_qs, u"signatory_full_name"_qs,
                u"issue_date"_qs, u"qr_code"_qs};
    case 6:
        return {u"addressee_body_name"_qs, u"sender_full_name"_qs, u"employer_full_name"_qs, u"employer_iin"_qs,
                u"permit_issue_date"_qs, u"permit_number"_qs, u"immigrant_full_name"_qs, u"immigrant_iin"_qs,
                u"termination_date"_qs, u"signatory_full_name"_qs, u"signatory_signature"_qs, u"notice_date"_qs};
    case 7:
        return {u"applicant_full_name_latin"_qs, u"passport_series_number"_qs, u"citizenship"_qs,
                u"refusal_ground"_qs, u"refusal_description"_qs, u"authority_name"_qs, u"decision_date"_qs,
                u"qr_code"_qs};
    case 8:
        return {u"immigrant_full_name"_qs, u"sender_body_name"_qs, u"permit_issue_date"_qs,
                u"revoking_body_name"_qs, u"stay_end_date"_qs, u"head_position"_qs, u"head_full_name"_qs};
    case 9:
        return {u"addressee_police_body_name"_qs, u"sender_body_name"_qs, u"revoking_body_name"_qs,
                u"immigrant_full_name"_qs, u"passport_number"_qs, u"passport_issue_date"_qs, u"permit_number"_qs,
                u"permit_issue_date"_qs, u"permit_expiry_date"_qs, u"immigrant_iin"_qs, u"head_position"_qs,
                u"head_signature"_qs, u"head_full_name"_qs};
    }
    return {};
}

FormContext context()
{
    FormContext c;
    c.fields.insert(u"name"_qs, {u"Қасымов <b>"_qs, false});
    c.fields.insert(u"empty"_qs, {QString(), false});
    c.fields.insert(u"img"_qs, {u"<img src=\"x\"/>"_qs, true});
    c.lists.insert(u"rows"_qs, {{{u"n"_qs, {u"1"_qs, false}}}, {{u"n"_qs, {u"2"_qs, false}}}});
    return c;
}

} // namespace

class TestPrintTemplates : public QObject
{
    Q_OBJECT
private slots:
    void fillsEscapedValuesAndSections()
    {
        const QString out = TemplateEngine::fill(u"t"_qs,
            u"{{name}}|{{ img }}|{{#rows}}[{{n}}]{{/rows}}|{{#empty}}no{{/empty}}{{^empty}}yes{{/empty}}"_qs,
            context());
        QCOMPARE(out, u"Қасымов &lt;b&gt;|<img src=\"x\"/>|[1][2]|yes"_qs);
    }

    void reportsUnknownAndMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("placeholder");
        QTest::addRow("unknown") << u"a {{permit_nmuber}} b"_qs << u"permit_nmuber"_qs;
        QTest::addRow("unclosed") << u"a {{name b"_qs << u"{{name b"_qs;
        QTest::addRow("bad name") << u"a {{Name!}}"_qs << u"Name!"_qs;
        QTest::addRow("open section") << u"{{#rows}}x"_qs << u"rows"_qs;
        QTest::addRow("stray close") << u"x{{/rows}}"_qs << u"/rows"_qs;
    }
    void reportsUnknownAndMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, placeholder);
        try {
            TemplateEngine::fill(u"kk/appendix-5.html"_qs, text, context());
            QFAIL("no error");
        } catch (const TemplateError &e) {
            QCOMPARE(e.templateName(), u"kk/appendix-5.html"_qs);
            QCOMPARE(e.placeholder(), placeholder);
            QVERIFY(e.message().contains(u"kk/appendix-5.html"_qs));
        }
    }

    // Every form, every language: each field of the form's table is in the
    // template, and the template names nothing else (checked when filled).
    void everyTemplateHasEveryField_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addColumn<QString>("lang");
        for (Form f : allForms())
            for (const char *l : {"kk", "ru", "en"})
                QTest::addRow("%d-%s", appendixOf(f), l) << appendixOf(f) << QString::fromLatin1(l);
    }
    void everyTemplateHasEveryField()
    {
        QFETCH(int, appendix);
        QFETCH(QString, lang);
        const Form f = *formFromAppendix(appendix);
        const QString path = templatePath(f, *languageFromCode(lang));
        // The resource glob of models/CMakeLists.txt reaches the nested folders.
        QVERIFY2(QFile::exists(u":/print/"_qs + path), qPrintable(path));
        const QStringList names = TemplateEngine::placeholders(path, TemplateSource().load(path));
        for (const QString &field : specFields(appendix))
            QVERIFY2(names.contains(field), qPrintable(path + u": no "_qs + field));
        // What an administrator's folder is checked against is the spec's table.
        QCOMPARE(requiredFields(f), specFields(appendix));
    }

    void overrideFolderWins()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"ru"_qs));
        QFile f(dir.filePath(u"ru/appendix-6.html"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>edited {{permit_number}}</p>");
        f.close();
        const TemplateSource source(dir.path());
        QCOMPARE(source.load(u"ru/appendix-6.html"_qs), u"<p>edited {{permit_number}}</p>"_qs);
        QCOMPARE(source.locate(u"ru/appendix-6.html"_qs), f.fileName());
        // Files not overridden still come from the program.
        QCOMPARE(source.locate(u"kk/appendix-6.html"_qs), u":/print/kk/appendix-6.html"_qs);
        QVERIFY_THROWS_EXCEPTION(TemplateError, source.load(u"kk/appendix-2.html"_qs));
    }
};

QTEST_GUILESS_MAIN(TestPrintTemplates)
#include "tst_print_templates.moc"
