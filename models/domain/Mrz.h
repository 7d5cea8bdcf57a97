// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sex.h"

#include <QDate>
#include <QStringList>

namespace ruqsat::domain {

// The fields of a machine readable zone (ICAO Doc 9303).
struct MrzFields
{
    enum class Format { TD1, TD3 };

    Format format = Format::TD3;
    QString documentCode;   // "P", "I", "ID" ... (fillers removed)
    QString issuingState;   // three letters, e.g. "UZB"
    QString surname;        // Latin, '<' fillers read as spaces
    QString givenNames;
    QString documentNumber; // as printed, fillers removed
    QString nationality;
    QDate birthDate;
    Sex sex = Sex::Unspecified;
    QDate expiryDate;
    QString optionalData;   // TD3: the personal number; TD1: optional data 1 and 2
};

struct MrzResult
{
    enum class Problem {
        None,
        Format,      // not 2 x 44 or 3 x 30 characters
        Character,   // a character outside A-Z, 0-9, '<' (or a letter in a numeric field)
        CheckDigit,  // a check digit does not match: `field` names it
        Date,        // a date field is no date
    };

    Problem problem = Problem::None;
    // The field that failed: document_number, birth_date, expiry_date,
    // personal_number, optional_data, composite, or a line ("line 2").
    QString field;
    QString reason;          // translated
    MrzFields fields;        // filled as far as parsed
    QStringList corrections; // OCR confusions corrected in numeric fields, e.g. "birth_date: O -> 0"

    bool ok() const { return problem == Problem::None; }
};

// Parses and checks a TD3 (passport, 2 lines of 44) or TD1 (ID card, 3 lines
// of 30) MRZ. Every check digit is verified, the composite one too.
//
// OCR confusions: in fields that can only hold digits (dates, check digits)
// a letter O is read as 0 and a letter I as 1, and the result says so
// (`corrections`). In alphanumeric fields (document number, names, optional
// data) nothing is guessed: a document number whose check digit fails only
// says, as a hint, that O and 0 may have been confused.
//
// Centuries (two-digit years): a birth date is the latest one not after
// `today`; an expiry date lies within 50 years before to 49 years after `today`.
class Mrz
{
public:
    static MrzResult parse(const QString &text, QDate today = QDate::currentDate());
    // The ICAO check digit (weights 7, 3, 1; A-Z = 10-35; '<' = 0), or -1 for
    // a character outside the MRZ set.
    static int checkDigit(QStringView data);
};

} // namespace ruqsat::domain
