// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeValidator.h"

#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "domain/PermitTerm.h"
#include "domain/TypedDate.h"
#include "domain/WorkingHours.h"

#include <QCoreApplication>

namespace ruqsat::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::intake", text);
}

QString normalized(const QString &address)
{
    QString out;
    for (const QChar c : address.toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

} // namespace

bool addressMatches(const QString &workAddress, const QList<records::Property> &properties)
{
    const QString wanted = normalized(workAddress);
    if (wanted.isEmpty())
        return false;
    for (const records::Property &p : properties)
        if (normalized(p.address) == wanted)
            return true;
    return false;
}

IntakeCheck checkEntry(const IntakeForm &f)
{
    IntakeCheck check;
    for (auto it = f.unparsedDates.begin(); it != f.unparsedDates.end(); ++it) {
        if (it.key() == QLatin1String("application.receivedAt")) {
            // A day and a time: the day said as any date is, else the time.
            QString problem =
                domain::TypedDate::parse(it.value().section(u' ', 0, 0, QString::SectionSkipEmpty))
                    .problem();
            if (problem.isEmpty())
                problem = tr("Type the day and time as DD.MM.YYYY HH:MM, for example 20.03.2026 "
                             "10:30.");
            check.problems.insert(it.key(), problem);
            continue;
        }
        const QString problem = domain::TypedDate::parse(it.value()).problem();
        if (!problem.isEmpty())
            check.problems.insert(it.key(), problem);
    }
    for (const auto &[field, text] : f.texts()) {
        const QString problem = domain::FieldLimits::problem(field, text);
        if (!problem.isEmpty() && !check.problems.contains(field))
            check.problems.insert(field, problem);
    }
    return check;
}

IntakeCheck checkIntake(const IntakeForm &f, const QDate &termStart, const QDate &chainStart,
                        const QDateTime &now)
{
    IntakeCheck check = checkEntry(f);
    // A field keeps its first problem: an impossible date typed is said as
    // such, not as a date missing.
    auto add = [&check](const QString &field, const QString &message) {
        if (!check.problems.contains(field))
            check.problems.insert(field, message);
    };
    auto require = [&add](const QString &field, const QString &value, const QString &message) {
        if (value.trimmed().isEmpty())
            add(field, message);
    };
    require(QStringLiteral("immigrant.surnameLat"), f.immigrant.surnameLat,
            tr("Type the surname in Latin letters as in the passport (it is printed on the permit)."));
    require(QStringLiteral("immigrant.passportNumber"), f.immigrant.passportNumber, tr("Type the passport number."));
    require(QStringLiteral("immigrant.citizenship"), f.immigrant.citizenship, tr("Choose the citizenship."));
    if (!f.immigrant.birthDate.isValid() || f.immigrant.birthDate > QDate::currentDate())
        add(QStringLiteral("immigrant.birthDate"), tr("Type the date of birth."));
    if (!f.immigrant.iin.isEmpty()) {
        const auto iin = domain::Iin::check(f.immigrant.iin);
        if (!iin.valid())
            add(QStringLiteral("immigrant.iin"), iin.reason);
    }
    const auto employerIin = domain::Iin::check(f.employer.iin);
    if (f.employer.iin.isEmpty())
        add(QStringLiteral("employer.iin"), tr("Type the employer's IIN (12 digits)."));
    else if (!employerIin.valid())
        add(QStringLiteral("employer.iin"), employerIin.reason);
    require(QStringLiteral("employer.surname"), f.employer.surname, tr("Type the employer's surname."));
    // Appendix 1, item 2: the spouse's year of birth, when typed.
    const int spouseYear = spouseOf(f.immigrant).birthYear;
    if (spouseYear != 0 && (spouseYear < 1900 || spouseYear > now.date().year()))
        add(QStringLiteral("immigrant.spouseBirthYear"),
            tr("Type the spouse's year of birth in four digits, or leave it empty."));
    if (f.employer.idDocIssuedOn.isValid() && f.employer.idDocIssuedOn > now.date())
        add(QStringLiteral("employer.idDocIssuedOn"),
            tr("The identity document cannot be issued after today."));
    // R-AFTER-HOURS, R-DECISION-TERM run from the time of receipt.
    const QDateTime received = f.application.receivedAt;
    if (!received.isValid())
        add(QStringLiteral("application.receivedAt"),
            tr("Type the day and time the application was received (DD.MM.YYYY HH:MM)."));
    else if (received > now)
        add(QStringLiteral("application.receivedAt"),
            tr("The application cannot be received later than now: correct the day or time."));
    if (f.application.intentSignedOn.isValid() && received.isValid() &&
        f.application.intentSignedOn > received.toTimeZone(domain::kazakhstanTimeZone()).date())
        add(QStringLiteral("application.intentSignedOn"),
            tr("The agreement of intent is signed before the application is received."));
    if (f.application.districtId == 0)
        add(QStringLiteral("application.districtId"), tr("Choose the district."));
    // R-ADDRESS
    if (f.application.workAddress.trimmed().isEmpty())
        add(QStringLiteral("application.workAddress"),
            tr("Type the address where the work is done."));
    else if (!addressMatches(f.application.workAddress, f.employer.properties))
        add(QStringLiteral("application.workAddress"),
            tr("The work address is not among the addresses of the employer's real estate: "
               "add the property to the employer or correct the address."));
    // R-TERM: 1 to 12 months, and an extension within the chain's 12 months.
    const auto term = domain::PermitTerm::request(termStart, f.application.requestedMonths, chainStart);
    if (!term.ok()) {
        add(QStringLiteral("application.requestedMonths"), term.reason);
        check.maxMonths = term.maxMonths;
    } else if (chainStart.isValid()) {
        for (int m = f.application.requestedMonths; m <= domain::PermitTerm::kMaxMonths; ++m)
            if (domain::PermitTerm::request(termStart, m, chainStart).ok())
                check.maxMonths = m;
    }
    return check;
}

} // namespace ruqsat::intake
