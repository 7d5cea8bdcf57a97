// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::deadlines {

// R-WORKDAY: every working-day clock is counted on the store's calendar, and
// a year the calendar does not cover counts plain Monday-to-Friday weeks,
// holidays and day swaps missed. The Deadlines tab warns about it: at once
// for the year of today, and from 1 November on for the next year, whose
// holidays a clock started in late December already reaches and which the
// Government decrees in the autumn. A year is covered as
// store::CalendarRepository::coveredYears says.
class CalendarCoverage
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::deadlines::CalendarCoverage)
public:
    // The first day of the year's last months on which the next year must be there.
    static constexpr int kNextYearFromMonth = 11;

    // The years to warn about as of `today`, in order; empty when none.
    static QList<int> missingYears(QDate today, const QList<int> &coveredYears);
    // The same, reading the store.
    static QList<int> missingYears(const store::Database &db, QDate today);
    // The warning for those years, in the screen's language; empty for none.
    static QString warning(const QList<int> &missingYears, bool mayChange);
};

} // namespace ruqsat::deadlines
