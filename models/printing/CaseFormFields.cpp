// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of the forms printed for a case: Appendices 1, 3, 4 and 7.
#include "FieldBuilder.h"
#include "FormFields.h"
#include "domain/DocumentCatalogue.h"
#include "domain/RefusalGrounds.h"

namespace ruqsat::printing {

namespace {

QString maritalStatus(const FieldBuilder &b)
{
    const QString s = b.raw(QStringLiteral("marital_status"));
    const bool female = b.raw(QStringLiteral("sex")) == QLatin1String("F");
    if (s == QLatin1String("single"))
        return female ? b.inLanguage(QStringLiteral("тұрмыс құрмаған"),
                                     QStringLiteral("не замужем"), QStringLiteral("single"))
                      : b.inLanguage(QStringLiteral("үйленбеген"), QStringLiteral("холост"),
                                     QStringLiteral("single"));
    if (s == QLatin1String("married"))
        return female ? b.inLanguage(QStringLiteral("тұрмыста"), QStringLiteral("замужем"),
                                     QStringLiteral("married"))
                      : b.inLanguage(QStringLiteral("үйленген"), QStringLiteral("женат"),
                                     QStringLiteral("married"));
    if (s == QLatin1String("divorced"))
        return b.inLanguage(QStringLiteral("ажырасқан"),
                            female ? QStringLiteral("разведена") : QStringLiteral("разведён"),
                            QStringLiteral("divorced"));
    if (s == QLatin1String("widowed"))
        return b.inLanguage(QStringLiteral("жесір"),
                            female ? QStringLiteral("вдова") : QStringLiteral("вдовец"),
                            QStringLiteral("widowed"));
    return {};
}

// Appendix 1, item 2: status; spouse and children by name and year; phone.
QString familyComposition(const FieldBuilder &b, const store::PrintRecord &record)
{
    QStringList parts;
    const QString status = maritalStatus(b);
    if (!status.isEmpty())
        parts << status;
    for (const QVariantHash &m : record.rows) {
        const int year = m.value(QStringLiteral("birth_year")).toInt();
        parts << (year > 0 ? m.value(QStringLiteral("full_name")).toString() + QStringLiteral(", ") +
                                 QString::number(year)
                           : m.value(QStringLiteral("full_name")).toString());
    }
    const int children = b.raw(QStringLiteral("children_count")).toInt();
    parts << b.inLanguage(QStringLiteral("балалар саны: %1"), QStringLiteral("детей: %1"),
                          QStringLiteral("children: %1"))
                 .arg(children);
    const QString phone = b.raw(QStringLiteral("home_phone"));
    if (!phone.isEmpty())
        parts << phone;
    return parts.join(QStringLiteral("; "));
}

QString cyrillicName(const FieldBuilder &b)
{
    return QStringList{b.raw(QStringLiteral("surname_cyr")), b.raw(QStringLiteral("given_names_cyr")),
                       b.raw(QStringLiteral("patronymic_cyr"))}
        .join(u' ')
        .simplified();
}

// "KARIMOV RUSTAM (Каримов Рустам Алишерович)": the passport's Latin name and,
// where the clerk typed it, the Cyrillic one.
QString bothNames(const FieldBuilder &b)
{
    const QString cyr = cyrillicName(b);
    return cyr.isEmpty() ? b.latinName() : b.latinName() + QStringLiteral(" (") + cyr + u')';
}

// "Surname I. P." for the signature captions.
QString initials(const QString &surname, const QString &given, const QString &patronymic)
{
    QString out = surname;
    const QString rest = given + u' ' + patronymic;
    for (const QString &part : rest.split(u' ', Qt::SkipEmptyParts))
        out += u' ' + part.left(1) + u'.';
    return out.simplified();
}

} // namespace

void applicationFields(FieldBuilder &b, const store::PrintRecord &record)
{
    b.text(QStringLiteral("addressee_body_name"), b.issuingBody());
    b.text(QStringLiteral("immigrant_full_name"), bothNames(b));
    // The Russian form reads «гражданина Китая»: the country in the genitive
    // (countries.name_ru_gen), the nominative where the store has none.
    const QString genitive = b.raw(QStringLiteral("citizenship_ru_gen"));
    b.text(QStringLiteral("citizenship"), b.language() == Language::Russian && !genitive.isEmpty()
                                              ? genitive
                                              : b.localized(QStringLiteral("citizenship")));
    b.text(QStringLiteral("immigrant_iin"), b.raw(QStringLiteral("immigrant_iin")));
    b.shortDate(QStringLiteral("birth_date"), b.rawDate(QStringLiteral("birth_date")));
    b.text(QStringLiteral("birth_place"), b.raw(QStringLiteral("birth_place")));
    b.text(QStringLiteral("passport_series_number"), b.passportSeriesNumber());
    b.text(QStringLiteral("employer_full_name"), b.employerName());
    b.text(QStringLiteral("employer_iin"), b.raw(QStringLiteral("employer_iin")));
    const bool extend = b.raw(QStringLiteral("case_kind")) == QLatin1String("extend");
    b.flag(QStringLiteral("is_extension"), extend);
    b.text(QStringLiteral("extended_permit_number"), b.raw(QStringLiteral("extended_permit_number")));
    b.text(QStringLiteral("requested_months"), b.raw(QStringLiteral("requested_months")), 4);
    b.text(QStringLiteral("work_address"), b.raw(QStringLiteral("work_address")));
    b.text(QStringLiteral("permanent_address"),
           QStringList{b.localized(QStringLiteral("citizenship")), b.raw(QStringLiteral("permanent_address")),
                       b.raw(QStringLiteral("immigrant_phone"))}
               .join(QStringLiteral("; ")));
    b.text(QStringLiteral("family_composition"), familyComposition(b, record));
    b.text(QStringLiteral("temporary_address"), b.raw(QStringLiteral("temporary_address")));
    b.longDate(QStringLiteral("application_date"), b.localDate(QStringLiteral("received_at")));
    b.text(QStringLiteral("immigrant_signature_name"),
           initials(b.raw(QStringLiteral("surname_lat")), b.raw(QStringLiteral("given_names_lat")),
                    b.raw(QStringLiteral("patronymic_lat"))));
    b.handBlank(QStringLiteral("immigrant_signature"));
    b.text(QStringLiteral("employer_details"),
           b.employerName() + QStringLiteral(", ") + b.raw(QStringLiteral("employer_birth_year")) +
               b.inLanguage(QStringLiteral(" ж.т., ЖСН "), QStringLiteral(" г.р., ИИН "),
                            QStringLiteral(", IIN ")) +
               b.raw(QStringLiteral("employer_iin")));
    b.text(QStringLiteral("foreigner_details"),
           bothNames(b) + QStringLiteral(", ") + b.localized(QStringLiteral("citizenship")));
    b.text(QStringLiteral("employer_residential_address"),
           QStringList{b.raw(QStringLiteral("employer_residential_address")), b.raw(QStringLiteral("employer_phone"))}
               .join(QStringLiteral("; ")));
    b.text(QStringLiteral("work_place_occupation"),
           b.raw(QStringLiteral("work_address")) + QStringLiteral("; ") + b.raw(QStringLiteral("occupation")));
    b.text(QStringLiteral("employer_signature_name"),
           initials(b.raw(QStringLiteral("employer_surname")), b.raw(QStringLiteral("employer_given_names")),
                    b.raw(QStringLiteral("employer_patronymic"))));
    b.handBlank(QStringLiteral("employer_signature"));
}

void agreementFields(FieldBuilder &b)
{
    b.longDate(QStringLiteral("agreement_date"), b.rawDate(QStringLiteral("intent_signed_on")));
    b.text(QStringLiteral("employer_full_name"), b.employerName());
    b.text(QStringLiteral("employer_id_doc_number"), b.raw(QStringLiteral("employer_id_doc_number")), 12);
    // «… құжат № … 2017 жылғы "01" тамызда, … берген»: issued on that day.
    b.longDate(QStringLiteral("employer_id_doc_issue_date"),
               b.rawDate(QStringLiteral("employer_id_doc_issued_on")), KazakhCase::Locative);
    b.text(QStringLiteral("employer_id_doc_issuer"), b.raw(QStringLiteral("employer_id_doc_issuer")));
    b.text(QStringLiteral("worker_full_name"), bothNames(b));
    b.text(QStringLiteral("worker_passport_series"), b.passportSeriesNumber(), 12);
    b.longDate(QStringLiteral("worker_passport_issue_date"),
               b.rawDate(QStringLiteral("passport_issued_on")), KazakhCase::Locative);
    b.text(QStringLiteral("worker_passport_issuer"), b.raw(QStringLiteral("passport_issuer")));
    b.text(QStringLiteral("occupation"), b.raw(QStringLiteral("occupation")));
    const QString salary = b.raw(QStringLiteral("salary_kzt"));
    b.text(QStringLiteral("salary_amount_kzt"),
           salary.isEmpty() ? QString() : FieldBuilder::formatAmount(salary.toLongLong()), 14);
    b.text(QStringLiteral("party1_full_name"), b.employerName());
    b.text(QStringLiteral("party1_iin"), b.raw(QStringLiteral("employer_iin")));
    b.text(QStringLiteral("party1_registration_address"), b.raw(QStringLiteral("employer_registration_address")));
    b.text(QStringLiteral("party1_phone"), b.raw(QStringLiteral("employer_phone")));
    b.handBlank(QStringLiteral("party1_signature"));
    b.text(QStringLiteral("party2_full_name"), bothNames(b));
    b.text(QStringLiteral("party2_iin"), b.raw(QStringLiteral("immigrant_iin")));
    // Party 2's address in Kazakhstan if known, else the one at home.
    const QString temporary = b.raw(QStringLiteral("temporary_address"));
    b.text(QStringLiteral("party2_registration_address"),
           temporary.isEmpty() ? b.raw(QStringLiteral("permanent_address")) : temporary);
    b.text(QStringLiteral("party2_phone"), b.raw(QStringLiteral("immigrant_phone")));
    b.handBlank(QStringLiteral("party2_signature"));
}

void intakeRefusalFields(FieldBuilder &b)
{
    // R-INCOMPLETE: decisions.missing_documents holds one document code per line.
    QList<FieldMap> lines;
    const QStringList codes = b.raw(QStringLiteral("missing_documents")).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        const auto doc = domain::DocumentCatalogue::find(code.trimmed());
        const QString name = doc ? doc->name.in(b.language()) : code.trimmed();
        lines.append({{QStringLiteral("index"), {QString::number(lines.size() + 1), false}},
                      {QStringLiteral("document"), {name, false}},
                      {QStringLiteral("last"), {lines.size() + 1 == codes.size() ? QStringLiteral("1") : QString(), false}}});
    }
    b.context().lists.insert(QStringLiteral("rejected_documents"), lines);
    b.text(QStringLiteral("officer_full_name"), b.raw(QStringLiteral("decided_by_name")), 40);
    b.handBlank(QStringLiteral("officer_signature"));
    b.text(QStringLiteral("recipient_full_name"), b.latinName(), 40);
    b.handBlank(QStringLiteral("recipient_signature"));
    b.longDate(QStringLiteral("receipt_date"), b.localDate(QStringLiteral("decided_at")));
}

void refusalFields(FieldBuilder &b)
{
    b.text(QStringLiteral("applicant_full_name_latin"), b.latinName());
    b.text(QStringLiteral("passport_series_number"), b.passportSeriesNumber());
    b.text(QStringLiteral("citizenship"), b.localized(QStringLiteral("citizenship")));
    // R-REFUSE-1..9: the ground is a sub-item of row 9 of Appendix 2; its
    // text comes from the catalogue, the clerk's reasons from the decision.
    const int ground = b.raw(QStringLiteral("ground_id")).toInt();
    const auto text = domain::RefusalGrounds::byNumber(ground);
    b.text(QStringLiteral("refusal_ground"),
           b.inLanguage(
                QStringLiteral("Мемлекеттік қызмет көрсетуге қойылатын негізгі талаптар тізбесінің "
                               "9-тармағы, %1) тармақша"),
                QStringLiteral("Перечень основных требований к оказанию государственной услуги, "
                               "пункт 9, подпункт %1)"),
                QStringLiteral(
                    "List of basic requirements for the state service, row 9, subparagraph %1)"))
               .arg(ground));
    QString description = text ? text->text.in(b.language()) : QString();
    if (!description.isEmpty())
        description[0] = description[0].toUpper();
    // ground_text holds the clerk's own words. A copy of the catalogue's text
    // there (stored by programs before schema 8, or by a station not yet
    // updated) would print the ground twice, or in the wrong language.
    QString reasons = b.raw(QStringLiteral("ground_text")).trimmed();
    if (text && (reasons.compare(text->text.kk, Qt::CaseInsensitive) == 0 ||
                 reasons.compare(text->text.ru, Qt::CaseInsensitive) == 0 ||
                 reasons.compare(text->text.en, Qt::CaseInsensitive) == 0))
        reasons.clear();
    if (!reasons.isEmpty())
        description += QStringLiteral(". ") + reasons;
    b.text(QStringLiteral("refusal_description"), description);
    b.text(QStringLiteral("authority_name"), b.issuingBody());
    b.shortDate(QStringLiteral("decision_date"), b.localDate(QStringLiteral("decided_at")));
}

} // namespace ruqsat::printing
