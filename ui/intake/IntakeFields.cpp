// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeFields.h"

#include "domain/IitAdvance.h"
#include "domain/WorkingHours.h"

#include <QTimeZone>

namespace ruqsat::ui {

using intake::IntakeForm;

namespace {

const QString kTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
const QString kReceivedAt = QStringLiteral("application.receivedAt");

} // namespace

#define RUQSAT_TEXT(path)                                                                          \
    [](const IntakeForm &f) -> QString { return f.path; },                                         \
        [](IntakeForm &f, const QString &v) { f.path = v; }

const QList<IntakeTextField> &intakeTextFields()
{
    static const QList<IntakeTextField> fields{
        {"immigrant.surnameLat", RUQSAT_TEXT(immigrant.surnameLat)},
        {"immigrant.givenNamesLat", RUQSAT_TEXT(immigrant.givenNamesLat)},
        {"immigrant.surnameCyr", RUQSAT_TEXT(immigrant.surnameCyr)},
        {"immigrant.givenNamesCyr", RUQSAT_TEXT(immigrant.givenNamesCyr)},
        {"immigrant.patronymicCyr", RUQSAT_TEXT(immigrant.patronymicCyr)},
        {"immigrant.birthPlace", RUQSAT_TEXT(immigrant.birthPlace)},
        {"immigrant.iin", RUQSAT_TEXT(immigrant.iin)},
        {"immigrant.passportNumber", RUQSAT_TEXT(immigrant.passportNumber)},
        {"immigrant.passportIssuer", RUQSAT_TEXT(immigrant.passportIssuer)},
        {"immigrant.permanentAddress", RUQSAT_TEXT(immigrant.permanentAddress)},
        {"immigrant.temporaryAddress", RUQSAT_TEXT(immigrant.temporaryAddress)},
        {"immigrant.phone", RUQSAT_TEXT(immigrant.phone)},
        {"immigrant.homePhone", RUQSAT_TEXT(immigrant.homePhone)},
        // Appendix 1, item 2: the spouse by name and year of birth.
        {"immigrant.spouseName",
         [](const IntakeForm &f) -> QString { return intake::spouseOf(f.immigrant).fullName; },
         [](IntakeForm &f, const QString &v) {
             intake::setSpouse(f.immigrant, v, intake::spouseOf(f.immigrant).birthYear);
         }},
        {"immigrant.spouseBirthYear",
         [](const IntakeForm &f) -> QString {
             const int year = intake::spouseOf(f.immigrant).birthYear;
             return year > 0 ? QString::number(year) : QString();
         },
         [](IntakeForm &f, const QString &v) {
             intake::setSpouse(f.immigrant, intake::spouseOf(f.immigrant).fullName, v.toInt());
         }},
        {"employer.iin", RUQSAT_TEXT(employer.iin)},
        {"employer.surname", RUQSAT_TEXT(employer.surname)},
        {"employer.givenNames", RUQSAT_TEXT(employer.givenNames)},
        {"employer.patronymic", RUQSAT_TEXT(employer.patronymic)},
        {"employer.idDocNumber", RUQSAT_TEXT(employer.idDocNumber)},
        {"employer.idDocIssuer", RUQSAT_TEXT(employer.idDocIssuer)},
        {"employer.registrationAddress", RUQSAT_TEXT(employer.registrationAddress)},
        {"employer.phone", RUQSAT_TEXT(employer.phone)},
        // R-AFTER-HOURS, R-DECISION-TERM run from it; paper comes late from
        // the State Corporation.
        {"application.receivedAt", &receivedAtText, &setReceivedAt},
        {"application.workAddress", RUQSAT_TEXT(application.workAddress)},
        {"application.occupation", RUQSAT_TEXT(application.occupation)},
        // Appendix 3: the salary the agreement of intent promises.
        {"application.salaryKzt",
         [](const IntakeForm &f) -> QString {
             return f.application.salaryKzt ? QString::number(*f.application.salaryKzt) : QString();
         },
         [](IntakeForm &f, const QString &v) {
             f.application.salaryKzt = domain::IitAdvance::parseTenge(v);
         }},
    };
    return fields;
}

#undef RUQSAT_TEXT

#define RUQSAT_DATE(path) [](IntakeForm &f) -> QDate & { return f.path; }

const QList<IntakeDateField> &intakeDateFields()
{
    static const QList<IntakeDateField> fields{
        {"immigrant.birthDate", RUQSAT_DATE(immigrant.birthDate)},
        {"immigrant.passportIssuedOn", RUQSAT_DATE(immigrant.passportIssuedOn)},
        {"immigrant.passportExpiresOn", RUQSAT_DATE(immigrant.passportExpiresOn)},
        // Appendix 3: the employer's identity document and the agreement's date.
        {"employer.idDocIssuedOn", RUQSAT_DATE(employer.idDocIssuedOn)},
        {"application.intentSignedOn", RUQSAT_DATE(application.intentSignedOn)},
    };
    return fields;
}

#undef RUQSAT_DATE

QString receivedAtText(const IntakeForm &form)
{
    if (form.unparsedDates.contains(kReceivedAt))
        return form.unparsedDates.value(kReceivedAt);
    const QDateTime t = form.application.receivedAt;
    return t.isValid() ? t.toTimeZone(domain::kazakhstanTimeZone()).toString(kTimeFormat)
                       : QString();
}

void setReceivedAt(IntakeForm &form, const QString &typed)
{
    const QString text = typed.trimmed();
    const QDateTime local = QDateTime::fromString(text, kTimeFormat);
    form.application.receivedAt =
        local.isValid()
            ? QDateTime(local.date(), local.time(), domain::kazakhstanTimeZone()).toUTC()
            : QDateTime();
    if (text.isEmpty() || local.isValid())
        form.unparsedDates.remove(kReceivedAt);
    else
        form.unparsedDates.insert(kReceivedAt, text);
}

} // namespace ruqsat::ui
