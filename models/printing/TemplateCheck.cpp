// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateCheck.h"

#include "FormFields.h"
#include "TemplateEngine.h"
#include "TemplateError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ruqsat::printing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::printing::TemplateCheck)
};

// A record with one line of every list, so that the fields inside
// {{#list}} sections are looked up too.
store::PrintRecord sampleRecord()
{
    store::PrintRecord record;
    record.values.insert(QStringLiteral("missing_documents"), QStringLiteral("passport"));
    record.rows.append(QVariantHash());
    return record;
}

bool isKnown(const FormContext &context, const QString &name)
{
    if (context.fields.contains(name) || context.lists.contains(name))
        return true;
    for (const QList<FieldMap> &list : context.lists)
        for (const FieldMap &item : list)
            if (item.contains(name))
                return true;
    return false;
}

} // namespace

QStringList requiredFields(Form form)
{
    switch (form) {
    case Form::Application:
        return {QStringLiteral("addressee_body_name"), QStringLiteral("immigrant_full_name"),
                QStringLiteral("citizenship"), QStringLiteral("immigrant_iin"), QStringLiteral("birth_date"),
                QStringLiteral("birth_place"), QStringLiteral("passport_series_number"),
                QStringLiteral("employer_full_name"), QStringLiteral("employer_iin"),
                QStringLiteral("requested_months"), QStringLiteral("work_address"),
                QStringLiteral("permanent_address"), QStringLiteral("family_composition"),
                QStringLiteral("temporary_address"), QStringLiteral("application_date"),
                QStringLiteral("immigrant_signature_name"), QStringLiteral("immigrant_signature"),
                QStringLiteral("employer_details"), QStringLiteral("foreigner_details"),
                QStringLiteral("employer_residential_address"), QStringLiteral("work_place_occupation"),
                QStringLiteral("employer_signature_name"), QStringLiteral("employer_signature")};
    case Form::Agreement:
        return {QStringLiteral("agreement_date"), QStringLiteral("employer_full_name"),
                QStringLiteral("employer_id_doc_number"), QStringLiteral("employer_id_doc_issue_date"),
                QStringLiteral("employer_id_doc_issuer"), QStringLiteral("worker_full_name"),
                QStringLiteral("worker_passport_series"), QStringLiteral("worker_passport_issue_date"),
                QStringLiteral("worker_passport_issuer"), QStringLiteral("occupation"),
                QStringLiteral("salary_amount_kzt"), QStringLiteral("party1_full_name"),
                QStringLiteral("party1_iin"), QStringLiteral("party1_registration_address"),
                QStringLiteral("party1_phone"), QStringLiteral("party1_signature"),
                QStringLiteral("party2_full_name"), QStringLiteral("party2_iin"),
                QStringLiteral("party2_registration_address"), QStringLiteral("party2_phone"),
                QStringLiteral("party2_signature")};
    case Form::IntakeRefusal:
        return {QStringLiteral("rejected_documents"), QStringLiteral("officer_full_name"),
                QStringLiteral("officer_signature"), QStringLiteral("recipient_full_name"),
                QStringLiteral("recipient_signature"), QStringLiteral("receipt_date")};
    case Form::Permit:
        return {QStringLiteral("permit_number"), QStringLiteral("extended_permit_number"),
                QStringLiteral("immigrant_full_name_latin"), QStringLiteral("passport_series_number"),
                QStringLiteral("citizenship"), QStringLiteral("iin"), QStringLiteral("valid_from"),
                QStringLiteral("valid_to"), QStringLiteral("region"), QStringLiteral("issuing_body_name"),
                QStringLiteral("signatory_position"), QStringLiteral("signatory_full_name"),
                QStringLiteral("issue_date"), QStringLiteral("qr_code")};
    case Form::Termination:
        return {QStringLiteral("addressee_body_name"), QStringLiteral("sender_full_name"),
                QStringLiteral("employer_full_name"), QStringLiteral("employer_iin"),
                QStringLiteral("permit_issue_date"), QStringLiteral("permit_number"),
                QStringLiteral("immigrant_full_name"), QStringLiteral("immigrant_iin"),
                QStringLiteral("termination_date"), QStringLiteral("signatory_full_name"),
                QStringLiteral("signatory_signature"), QStringLiteral("notice_date")};
    case Form::Refusal:
        return {QStringLiteral("applicant_full_name_latin"), QStringLiteral("passport_series_number"),
                QStringLiteral("citizenship"), QStringLiteral("refusal_ground"),
                QStringLiteral("refusal_description"), QStringLiteral("authority_name"),
                QStringLiteral("decision_date"), QStringLiteral("qr_code")};
    case Form::Revocation:
        return {QStringLiteral("immigrant_full_name"), QStringLiteral("sender_body_name"),
                QStringLiteral("permit_issue_date"), QStringLiteral("revoking_body_name"),
                QStringLiteral("stay_end_date"), QStringLiteral("head_position"), QStringLiteral("head_full_name")};
    case Form::RevocationPolice:
        return {QStringLiteral("addressee_police_body_name"), QStringLiteral("sender_body_name"),
                QStringLiteral("revoking_body_name"), QStringLiteral("immigrant_full_name"),
                QStringLiteral("passport_number"), QStringLiteral("passport_issue_date"),
                QStringLiteral("permit_number"), QStringLiteral("permit_issue_date"),
                QStringLiteral("permit_expiry_date"), QStringLiteral("immigrant_iin"),
                QStringLiteral("head_position"), QStringLiteral("head_signature"), QStringLiteral("head_full_name")};
    }
    return {};
}

QString templateFolderProblem(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Tr::tr("There is no folder %1.").arg(QDir::toNativeSeparators(dir));
    const store::PrintRecord sample = sampleRecord();
    for (Form form : allForms()) {
        for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
            const QString file = QDir(dir).filePath(templatePath(form, language));
            if (!QFile::exists(file))
                continue; // the program's own template is used
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                return Tr::tr("The print template %1 cannot be read.").arg(QDir::toNativeSeparators(file));
            const QString text = QString::fromUtf8(in.readAll());
            const QString name = QDir::toNativeSeparators(file);
            try {
                const QStringList names = TemplateEngine::placeholders(name, text);
                for (const QString &field : requiredFields(form))
                    if (!names.contains(field))
                        return Tr::tr("The print template %1 lacks the field {{%2}}: Appendix %3 cannot be "
                                      "printed without it.")
                            .arg(name, field)
                            .arg(appendixOf(form));
                // Names the form does not have, in sections not shown as well.
                const FormContext context = formContext(form, language, sample, FormOptions());
                for (const QString &used : names)
                    if (!isKnown(context, used))
                        return Tr::tr("The print template %1 names {{%2}}, which Appendix %3 does not have.")
                            .arg(name, used)
                            .arg(appendixOf(form));
            } catch (const TemplateError &e) {
                return e.message();
            }
        }
    }
    return {};
}

} // namespace ruqsat::printing
