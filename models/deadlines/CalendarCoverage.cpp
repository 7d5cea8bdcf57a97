// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCoverage.h"

#include "store/CalendarRepository.h"

namespace ruqsat::deadlines {

QList<int> CalendarCoverage::missingYears(QDate today, const QList<int> &coveredYears)
{
    if (!today.isValid())
        return {};
    QList<int> needed{today.year()};
    if (today.month() >= kNextYearFromMonth)
        needed << today.year() + 1;
    QList<int> missing;
    for (int year : needed)
        if (!coveredYears.contains(year))
            missing << year;
    return missing;
}

QList<int> CalendarCoverage::missingYears(const store::Database &db, QDate today)
{
    return missingYears(today, store::CalendarRepository(db).coveredYears());
}

QString CalendarCoverage::warning(const QList<int> &missingYears, bool mayChange)
{
    if (missingYears.isEmpty())
        return {};
    // Two years at most: this one and, from 1 November, the next.
    const QString what =
        missingYears.size() == 1
            ? tr("The working-day calendar has no days of %1: deadlines in that year are counted "
                 "as plain Monday-to-Friday weeks, without its holidays and day swaps.")
                  .arg(missingYears.first())
            : tr("The working-day calendar has no days of %1 and %2: deadlines in those years are "
                 "counted as plain Monday-to-Friday weeks, without their holidays and day swaps.")
                  .arg(missingYears.at(0))
                  .arg(missingYears.at(1));
    const QString who = mayChange
                            ? tr("Import the year's calendar in Tools › Administration › Calendar.")
                            : tr("Ask an administrator to import the year's calendar.");
    return what + u' ' + who;
}

} // namespace ruqsat::deadlines
