// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingHours.h"

#include "WorkCalendar.h"

namespace ruqsat::domain {

WorkingHours WorkingHours::provider()
{
    return {QTime(9, 0), QTime(18, 30), QTime(13, 0), QTime(14, 30)};
}

WorkingHours WorkingHours::stateCorporation()
{
    return {QTime(9, 0), QTime(18, 30), QTime(), QTime()};
}

bool WorkingHours::isValid() const
{
    if (!start.isValid() || !end.isValid() || !(start < end))
        return false;
    if (lunchStart.isValid() != lunchEnd.isValid())
        return false;
    if (!hasLunch())
        return true;
    return start < lunchStart && lunchStart < lunchEnd && lunchEnd < end;
}

bool WorkingHours::isOpenAt(QTime t) const
{
    return t.isValid() && !(t < start) && t < end;
}

QTimeZone kazakhstanTimeZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Almaty"));
}

QDateTime toKazakhstanTime(const QDateTime &at)
{
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return at;
    return at.toTimeZone(kazakhstanTimeZone());
}

QDate effectiveReceiptDay(const QDateTime &received, const WorkingHours &hours,
                          const WorkCalendar &calendar)
{
    const QDateTime local = toKazakhstanTime(received);
    if (!local.isValid())
        return {};
    const QDate day = local.date();
    // R-AFTER-HOURS: the office closes at `end`; a receipt at 18:30:00 is
    // after hours. Only the closing time matters: lunch and the hours before
    // opening belong to the same working day.
    if (calendar.isWorkingDay(day) && local.time() < hours.end)
        return day;
    return calendar.nextWorkingDay(day);
}

} // namespace ruqsat::domain
