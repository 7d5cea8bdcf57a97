// SPDX-License-Identifier: GPL-3.0-or-later
#include "Iin.h"

#include <QCoreApplication>

namespace ruqsat::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::domain::Iin", text);
}

IinCheck fail(IinCheck::Problem problem, const QString &reason)
{
    IinCheck c;
    c.problem = problem;
    c.reason = reason;
    return c;
}

int digitAt(QStringView s, int i)
{
    return s.at(i).unicode() - u'0';
}

} // namespace

int Iin::checkDigit(QStringView first11)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (i + 1) * digitAt(first11, i);
    int digit = sum % 11;
    if (digit != 10)
        return digit;
    static constexpr int kSecondPass[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += kSecondPass[i] * digitAt(first11, i);
    digit = sum % 11;
    return digit == 10 ? -1 : digit;
}

IinCheck Iin::check(const QString &text)
{
    if (text.size() != 12)
        return fail(IinCheck::Problem::Length,
                    tr("An IIN has 12 digits; this one has %1 characters.").arg(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return fail(IinCheck::Problem::NonDigit,
                        tr("Character %1 (\"%2\") is not a digit.").arg(i + 1).arg(text.at(i)));
    }
    const int yy = text.mid(0, 2).toInt();
    const int mm = text.mid(2, 2).toInt();
    const int dd = text.mid(4, 2).toInt();
    const int centuryDigit = digitAt(text, 6);
    IinCheck result;
    if (centuryDigit >= 7)
        return fail(IinCheck::Problem::BadCenturyDigit,
                    tr("Digit 7 (century and sex) is %1; it must be 1 to 6.").arg(centuryDigit));
    if (centuryDigit == 0) {
        // Century unknown: accept the date if some century makes it real;
        // 2000 is a leap year, so 29 February of YY=00 passes, of 01 does not.
        if (!QDate(2000 + yy, mm, dd).isValid())
            return fail(IinCheck::Problem::BadDate,
                        tr("Digits 1-6 (%1) are not a date YYMMDD.").arg(text.left(6)));
    } else {
        const int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        result.birthDate = QDate(century + yy, mm, dd);
        if (!result.birthDate.isValid())
            return fail(IinCheck::Problem::BadDate,
                        tr("Digits 1-6 (%1) are not a date YYMMDD in the %2s.")
                            .arg(text.left(6))
                            .arg(century));
        result.sex = centuryDigit % 2 == 1 ? Sex::Male : Sex::Female;
    }
    const int expected = checkDigit(QStringView(text).left(11));
    if (expected < 0)
        return fail(IinCheck::Problem::NoCheckDigit,
                    tr("No check digit exists for the first 11 digits (both passes give 10): "
                       "such a number is never assigned."));
    if (expected != digitAt(text, 11))
        return fail(IinCheck::Problem::BadCheckDigit,
                    tr("The check digit is %1 but should be %2: a digit was mistyped.")
                        .arg(digitAt(text, 11))
                        .arg(expected));
    return result;
}

} // namespace ruqsat::domain
