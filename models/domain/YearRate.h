// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ruqsat::domain {

// R-REFUSE-7: administrator data of one year (table year_rates): the monthly
// calculation index (MCI) in tenge, and the IIT advance a labour immigrant
// pays per month, in MCI (Tax Code art. 360 §2 / art. 658 §5).
struct YearRate
{
    int year = 0;
    qint64 mciKzt = 0;
    double iitMonthMci = 0;

    bool isValid() const { return year >= 2000 && year <= 2100 && mciKzt > 0 && iitMonthMci > 0; }
    bool operator==(const YearRate &) const = default;
};

} // namespace ruqsat::domain
