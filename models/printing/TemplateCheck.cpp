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

// The field names of a list written as one string, separated by blanks.
QStringList names(const char *list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
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
        return names("addressee_body_name immigrant_full_name citizenship immigrant_iin birth_date "
                     "birth_place passport_series_number employer_full_name employer_iin "
                     "requested_months work_address permanent_address family_composition "
                     "temporary_address application_date immigrant_signature_name "
                     "immigrant_signature employer_details foreigner_details "
                     "employer_residential_address work_place_occupation employer_signature_name "
                     "employer_signature");
    case Form::Agreement:
        return names("agreement_date employer_full_name employer_id_doc_number "
                     "employer_id_doc_issue_date employer_id_doc_issuer worker_full_name "
                     "worker_passport_series worker_passport_issue_date worker_passport_issuer "
                     "occupation salary_amount_kzt party1_full_name party1_iin "
                     "party1_registration_address party1_phone party1_signature party2_full_name "
                     "party2_iin party2_registration_address party2_phone party2_signature");
    case Form::IntakeRefusal:
        return names("rejected_documents officer_full_name officer_signature recipient_full_name "
                     "recipient_signature receipt_date");
    case Form::Permit:
        return names("permit_number extended_permit_number immigrant_full_name_latin "
                     "passport_series_number citizenship iin valid_from valid_to region "
                     "issuing_body_name signatory_position signatory_full_name issue_date qr_code");
    case Form::Termination:
        return names("addressee_body_name sender_full_name employer_full_name employer_iin "
                     "permit_issue_date permit_number immigrant_full_name immigrant_iin "
                     "termination_date signatory_full_name signatory_signature notice_date");
    case Form::Refusal:
        return names("applicant_full_name_latin passport_series_number citizenship refusal_ground "
                     "refusal_description authority_name decision_date qr_code");
    case Form::Revocation:
        return names("immigrant_full_name sender_body_name permit_issue_date revoking_body_name "
                     "stay_end_date head_position head_full_name");
    case Form::RevocationPolice:
        return names("addressee_police_body_name sender_body_name revoking_body_name "
                     "immigrant_full_name passport_number passport_issue_date permit_number "
                     "permit_issue_date permit_expiry_date immigrant_iin head_position "
                     "head_signature head_full_name");
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
                return Tr::tr("The print template %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(file));
            const QString text = QString::fromUtf8(in.readAll());
            const QString name = QDir::toNativeSeparators(file);
            try {
                const QStringList names = TemplateEngine::placeholders(name, text);
                for (const QString &field : requiredFields(form))
                    if (!names.contains(field))
                        return Tr::tr("The print template %1 lacks the field {{%2}}: Appendix %3 "
                                      "cannot be "
                                      "printed without it.")
                            .arg(name, field)
                            .arg(appendixOf(form));
                // Names the form does not have, in sections not shown as well.
                const FormContext context = formContext(form, language, sample, FormOptions());
                for (const QString &used : names)
                    if (!isKnown(context, used))
                        return Tr::tr("The print template %1 names {{%2}}, which Appendix %3 does "
                                      "not have.")
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
