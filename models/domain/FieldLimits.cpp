// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace ruqsat::domain {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::FieldLimits)
};

FieldLimit limit(const char *field, const char *table, const char *column, int maxLength,
                 const char *label)
{
    return {QLatin1String(field), QLatin1String(table), QLatin1String(column), maxLength, label};
}

QList<FieldLimit> makeLimits()
{
    return {
        // Names, one part each. The MRZ of a passport holds 39 letters for
        // the whole name and real surnames stay under ~35, but the visual
        // zone of some passports spells names out in full; 60 (80 for given
        // names, often several) keeps every real one. The permit (Appendix 5)
        // prints the three Latin parts on its "Full name" line: 200 letters
        // at most, two lines, so the permit stays one page.
        limit("immigrant.surnameCyr", "immigrants", "surname_cyr", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Surname (Cyrillic)")),
        limit("immigrant.givenNamesCyr", "immigrants", "given_names_cyr", 80,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Given names (Cyrillic)")),
        limit("immigrant.patronymicCyr", "immigrants", "patronymic_cyr", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Patronymic (Cyrillic)")),
        limit("immigrant.surnameLat", "immigrants", "surname_lat", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Surname (Latin)")),
        limit("immigrant.givenNamesLat", "immigrants", "given_names_lat", 80,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Given names (Latin)")),
        limit("immigrant.patronymicLat", "immigrants", "patronymic_lat", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Patronymic (Latin)")),
        // Places and issuing bodies: "Республика Узбекистан, Самаркандская
        // область, г. Каттакурган" is ~60; one line of Appendix 1 or 3 is ~90.
        limit("immigrant.birthPlace", "immigrants", "birth_place", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Place of birth")),
        // Passport series are 2-4 letters; numbers 7-9 characters, and up to
        // 20 in the documents of some CIS countries.
        limit("immigrant.passportSeries", "immigrants", "passport_series", 10,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Passport series")),
        limit("immigrant.passportNumber", "immigrants", "passport_number", 20,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Passport number")),
        limit("immigrant.passportIssuer", "immigrants", "passport_issuer", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Passport issued by")),
        // Addresses: Appendix 1 asks country, region, city, district, street,
        // house and telephone in one blank; 300 is three printed lines.
        limit("immigrant.permanentAddress", "immigrants", "permanent_address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Permanent address")),
        limit("immigrant.temporaryAddress", "immigrants", "temporary_address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Address in Kazakhstan")),
        // Telephones: "+998 90 123-45-67" is 17; two numbers fit in 40.
        limit("immigrant.phone", "immigrants", "phone", 40,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Telephone")),
        limit("immigrant.homePhone", "immigrants", "home_phone", 40,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Home telephone")),
        limit("immigrant.family.fullName", "family_members", "full_name", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Family member's full name")),

        // The employer: the same kinds of field, the same room on the forms
        // (Appendix 1 part 2, Appendix 3, Appendix 6).
        limit("employer.surname", "employers", "surname", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's surname")),
        limit("employer.givenNames", "employers", "given_names", 80,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's given names")),
        limit("employer.patronymic", "employers", "patronymic", 60,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's patronymic")),
        limit("employer.idDocNumber", "employers", "id_doc_number", 20,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits",
                                "Employer's identity document number")),
        limit("employer.idDocIssuer", "employers", "id_doc_issuer", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits",
                                "Employer's identity document issued by")),
        limit("employer.registrationAddress", "employers", "registration_address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's registered address")),
        limit("employer.residentialAddress", "employers", "residential_address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's residential address")),
        limit("employer.phone", "employers", "phone", 40,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Employer's telephone")),
        limit("employer.property", "employer_properties", "address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Real estate owned (address)")),
        // Cadastral numbers: "20:311:014:523" and the like, under 20.
        limit("employer.property.cadastralNumber", "employer_properties", "cadastral_number", 30,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Cadastral number")),

        // The application: the work address is printed on the permit's
        // application and matched against the employer's property.
        limit("application.workAddress", "applications", "work_address", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Work address")),
        limit("application.occupation", "applications", "occupation", 100,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Occupation")),

        // The checklist: document numbers (policies run to ~25 characters);
        // the clerk's note is 500 and the stored note keeps room after it
        // for the rule's reason (CaseWorkflow::decideIntake adds it).
        limit("checklist.docNumber", "checklist_items", "doc_number", 50,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Document number")),
        limit("checklist.note", "", "", 500,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Note")),
        limit("checklist.storedNote", "checklist_items", "note", 1000,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Note with the rule's reason")),
        limit("police.reference", "police_checks", "reference", 50,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Police reference")),
        limit("police.note", "police_checks", "note", 500,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Police check note")),
        // Scans keep their file's name: 255 is what file systems allow.
        limit("attachment.fileName", "attachments", "file_name", 255,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "File name")),

        // Permit actions (Appendices 6, 8, 9): the act's issuer is a body's
        // full name (~120), act and contract numbers are short codes.
        limit("termination.note", "terminations", "note", 500,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Note")),
        limit("revocation.actIssuer", "revocations", "act_issuer", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Act issued by")),
        limit("revocation.actNumber", "revocations", "act_number", 50,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Act number")),
        limit("complaint.complainant", "complaints", "complainant", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Complainant")),
        limit("complaint.summary", "complaints", "summary", 2000,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Summary")),
        limit("complaint.outcome", "complaints", "outcome", 2000,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Outcome")),
        limit("complaint.forwardedTo", "complaints", "forwarded_to", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Forwarded to")),
        limit("contract.number", "labour_contracts", "number", 50,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Contract number")),

        // Administration. A login is typed at every start; names and
        // positions print under the head's signature (Appendices 5, 8, 9).
        limit("user.login", "users", "login", 64,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Login")),
        limit("user.fullName", "users", "full_name", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Full name")),
        limit("user.position", "users", "position", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Position")),
        limit("district.nameKk", "districts", "name_kk", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "District name in Kazakh")),
        limit("district.nameRu", "districts", "name_ru", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "District name in Russian")),
        limit("district.nameEn", "districts", "name_en", 150,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "District name in English")),
        // A district's bodies print on the forms: the issuing body's name,
        // the head's name and position under the permit (Appendix 5), the
        // police body on Appendix 9 (schema 6). The longest real names and
        // positions are ~105-112 letters ("Руководитель государственного
        // учреждения «Отдел занятости ... города Алматы»"); 300 for a body and
        // 200 for a person leave room and still keep every form on its pages
        // (tst_print_limits).
        limit("district.issuingBodyKk", "districts", "issuing_body_name_kk", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Issuing body, in Kazakh")),
        limit("district.issuingBodyRu", "districts", "issuing_body_name_ru", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Issuing body, in Russian")),
        limit("district.issuingBodyEn", "districts", "issuing_body_name_en", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Issuing body, in English")),
        limit("district.headName", "districts", "issuing_body_head_name", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Head's full name")),
        limit("district.headPositionKk", "districts", "issuing_body_head_position_kk", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Head's position, in Kazakh")),
        limit("district.headPositionRu", "districts", "issuing_body_head_position_ru", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Head's position, in Russian")),
        limit("district.headPositionEn", "districts", "issuing_body_head_position_en", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Head's position, in English")),
        limit("district.policeBodyKk", "districts", "police_body_name_kk", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Police body, in Kazakh")),
        limit("district.policeBodyRu", "districts", "police_body_name_ru", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Police body, in Russian")),
        limit("district.policeBodyEn", "districts", "police_body_name_en", 300,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Police body, in English")),
        // Settings name the folder of edited forms or hold a figure or an hour.
        limit("setting.value", "settings", "value", 120,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Setting")),
        limit("calendar.note", "calendar_exceptions", "note", 200,
              QT_TRANSLATE_NOOP("ruqsat::domain::FieldLimits", "Calendar note")),
    };
}

} // namespace

QString FieldLimit::labelText() const
{
    return Tr::tr(label);
}

QString FieldLimit::constraintName() const
{
    return table.isEmpty() ? QString() : table + u'_' + column + QLatin1String("_length");
}

const QList<FieldLimit> &FieldLimits::all()
{
    static const QList<FieldLimit> limits = makeLimits();
    return limits;
}

const FieldLimit *FieldLimits::find(const QString &field)
{
    for (const FieldLimit &l : all())
        if (l.field == field)
            return &l;
    return nullptr;
}

const FieldLimit *FieldLimits::findColumn(const QString &table, const QString &column)
{
    for (const FieldLimit &l : all())
        if (l.table == table && l.column == column)
            return &l;
    return nullptr;
}

int FieldLimits::maxLength(const QString &field)
{
    const FieldLimit *l = find(field);
    return l ? l->maxLength : 0;
}

QString FieldLimits::problem(const QString &field, const QString &text)
{
    const FieldLimit *l = find(field);
    if (!l || text.size() <= l->maxLength)
        return {};
    const QLocale locale;
    return Tr::tr("Too long: %1 characters, at most %2 fit here. Shorten it.")
        .arg(locale.toString(text.size()), locale.toString(l->maxLength));
}

QString FieldLimits::namedProblem(const FieldLimit &limit, qsizetype length)
{
    const QLocale locale;
    if (length <= 0)
        return Tr::tr("%1 is too long: at most %2 characters fit.")
            .arg(limit.labelText(), locale.toString(limit.maxLength));
    return Tr::tr("%1 is too long: %2 characters, at most %3 fit.")
        .arg(limit.labelText(), locale.toString(length), locale.toString(limit.maxLength));
}

const FieldLimit *FieldLimits::fromConstraintError(const QString &error)
{
    // SQLite: "CHECK constraint failed: immigrants_surname_lat_length";
    // PostgreSQL: "... violates check constraint "immigrants_surname_lat_length"".
    for (const FieldLimit &l : all()) {
        const QString name = l.constraintName();
        if (name.isEmpty())
            continue;
        qsizetype at = error.indexOf(name);
        while (at >= 0) {
            const qsizetype end = at + name.size();
            const bool whole =
                (at == 0 || !(error.at(at - 1).isLetterOrNumber() || error.at(at - 1) == u'_')) &&
                (end == error.size() ||
                 !(error.at(end).isLetterOrNumber() || error.at(end) == u'_'));
            if (whole)
                return &l;
            at = error.indexOf(name, end);
        }
    }
    return nullptr;
}

} // namespace ruqsat::domain
