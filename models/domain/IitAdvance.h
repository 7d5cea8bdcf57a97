// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "YearRate.h"

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

class IitAdvance
{
public:
    // months x (IIT per month in MCI x MCI of the year), rounded to whole
    // tenge (half away from zero). Nothing when the rate or months are unusable.
    static std::optional<qint64> expected(int months, const YearRate &rate);
    static std::optional<IitComparison> compare(int months, const YearRate &rate, qint64 paidKzt);
};

} // namespace ruqsat::domain
