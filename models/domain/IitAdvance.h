// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "YearRate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ruqsat::domain {

// R-REFUSE-7: the IIT advance due for a permit's period, and how a receipt's
// amount differs from it. Rates are data (YearRate), never constants here.
struct IitComparison
{
    qint64 expectedKzt = 0;
    qint64 paidKzt = 0;
    qint64 differenceKzt = 0; // paid - expected: negative is underpaid

    bool matches() const { return differenceKzt == 0; }
};

// R-REFUSE-7: the receipt typed on the checklist, checked.
struct IitReceiptCheck
{
    enum class Outcome
    {
        Matches,
        Short,    // less than due: grounds a refusal on ground 7
        Over,     // more than due: shown, grounds nothing
        NoAmount, // the clerk has not typed the amount
        NoRate,   // no rate of that year in year_rates: not checked
    };
    Outcome outcome = Outcome::NoAmount;
    int year = 0; // the year whose rate applies
    std::optional<IitComparison> comparison;
    QString remark; // translated, for the clerk; empty when it matches

    bool isShort() const { return outcome == Outcome::Short; }
};

class IitAdvance
{
public:
    // months x (IIT per month in MCI x MCI of the year), rounded to whole
    // tenge (half away from zero). Nothing when the rate or months are unusable.
    static std::optional<qint64> expected(int months, const YearRate &rate);
    static std::optional<IitComparison> compare(int months, const YearRate &rate, qint64 paidKzt);
    // The amount paid on `paidOn` for `months` against the rate of that
    // year among `rates` (the MCI in force on the day of payment).
    // An amount as a clerk types it from a receipt: whole tenge, digits
    // grouped by spaces or not, and ",00" or ".00" allowed after them.
    // Nothing for anything else (tiyn, letters, a sign).
    static std::optional<qint64> parseTenge(const QString &typed);
    static IitReceiptCheck checkReceipt(const std::optional<qint64> &paidKzt, QDate paidOn,
                                        int months, const QList<YearRate> &rates);
};

} // namespace ruqsat::domain
