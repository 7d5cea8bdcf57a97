// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkCalendar.h"

namespace ruqsat::domain {

namespace {
// A calendar made only of holidays would make the searches below endless; no
// real year has ten consecutive years without a working day, so this bounds
// them and answers an invalid date instead of hanging.
constexpr int kSearchLimitDays = 3660;
} // namespace

WorkCalendar::WorkCalendar(const QList<CalendarException> &exceptions)
{
    for (const CalendarException &e : exceptions)
        m_exceptions.insert(e.day, e);
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return it->kind == CalendarException::Kind::Workday;
    return day.dayOfWeek() <= 5;
}

QDate WorkCalendar::nextWorkingDay(QDate day) const
{
    return addWorkingDays(day, 1);
}

QDate WorkCalendar::workingDayOnOrAfter(QDate day) const
{
    return isWorkingDay(day) ? day : nextWorkingDay(day);
}

QDate WorkCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    int left = n < 0 ? -n : n;
    QDate day = from;
    for (int guard = 0; left > 0; ++guard) {
        if (guard > kSearchLimitDays + left)
            return {};
        day = day.addDays(step);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

std::optional<CalendarException> WorkCalendar::exceptionOn(QDate day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it == m_exceptions.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ruqsat::domain
