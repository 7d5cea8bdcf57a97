// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sex.h"

#include <QDate>
#include <QString>

namespace ruqsat::domain {

// The Kazakh individual identification number (ИИН / ЖСН): 12 digits.
// - digits 1-6: date of birth YYMMDD;
// - digit 7: century of birth and sex: 1/2 = 1800s male/female, 3/4 =
//   1900s, 5/6 = 2000s;
// - digits 8-11: serial number; digit 12: check digit.
// Check digit: the sum of the first 11 digits weighted 1..11, mod 11; when
// that is 10, again with the weights 3,4,5,6,7,8,9,10,11,1,2; when that is
// 10 too, no check digit exists and the number is invalid (it is never
// assigned).
//
// Digit 7 = 0: numbers with 0 there exist for foreigners of some early
// series, where the century and sex are not encoded. We accept them when the
// check digit is right, with the sex unspecified and no birth date (the
// century cannot be known); digits 1-6 must still be a possible date (in a
// leap century for 29 February). Digits 7, 8 and 9 are refused. This is a
// decision of ours (no published rule found); revisit when the registry says
// otherwise.
struct IinCheck
{
    enum class Problem {
        None,
        Length,             // not 12 characters
        NonDigit,           // a character that is not 0-9
        BadDate,            // digits 1-6 are no date
        BadCenturyDigit,    // digit 7 is 7, 8 or 9
        BadCheckDigit,      // digit 12 differs from the computed one
        NoCheckDigit,       // both passes give 10: never assigned
    };

    Problem problem = Problem::None;
    QDate birthDate; // invalid for century digit 0
    Sex sex = Sex::Unspecified;
    QString reason;  // translated; empty when valid

    bool valid() const { return problem == Problem::None; }
};

class Iin
{
public:
    static IinCheck check(const QString &text);
    // The check digit of the first 11 digits, or -1 when both passes give 10.
    // `first11` must hold 11 digits.
    static int checkDigit(QStringView first11);
};

} // namespace ruqsat::domain
