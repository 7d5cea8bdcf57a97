// SPDX-License-Identifier: GPL-3.0-or-later
#include "IitAdvance.h"

#include <cmath>

namespace ruqsat::domain {

std::optional<qint64> IitAdvance::expected(int months, const YearRate &rate)
{
    if (months < 1 || !rate.isValid())
        return std::nullopt;
    // Multiply the tenge amount first: MCI x rate is exact for the rates in
    // use (whole or half MCI), and std::llround rounds a half away from zero.
    return qint64(std::llround(double(months) * rate.iitMonthMci * double(rate.mciKzt)));
}

std::optional<IitComparison> IitAdvance::compare(int months, const YearRate &rate, qint64 paidKzt)
{
    const auto due = expected(months, rate);
    if (!due)
        return std::nullopt;
    return IitComparison{*due, paidKzt, paidKzt - *due}; // R-REFUSE-7
}

} // namespace ruqsat::domain
