// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarException.h"

#include <QHash>
#include <optional>

namespace ruqsat::domain {

// R-WORKDAY: the working-day calendar of Kazakhstan, built from the
// exceptions an administrator keeps in the store. A day is a working day when
// it is Monday to Friday and not listed as a holiday, or a Saturday or Sunday
// listed as a workday (a Government day swap). The rules about which holidays
// move where are in the data (resources/calendar/kz-YYYY.csv), never here.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const QList<CalendarException> &exceptions);

    bool isWorkingDay(QDate day) const;
    // The first working day strictly after `day`.
    QDate nextWorkingDay(QDate day) const;
    // `day` itself when it is a working day, else the next one.
    QDate workingDayOnOrAfter(QDate day) const;
    // The n-th working day after `from`, `from` not counted: addWorkingDays(
    // Monday, 1) is Tuesday in a plain week; n == 0 gives `from` itself.
    // A negative n counts backwards the same way.
    QDate addWorkingDays(QDate from, int n) const;
    // The working days in (from, to]: so addWorkingDays(from, n) == to gives
    // n when `to` is a working day. Negative when to < from.
    int workingDaysBetween(QDate from, QDate to) const;
    std::optional<CalendarException> exceptionOn(QDate day) const;

private:
    QHash<QDate, CalendarException> m_exceptions;
};

} // namespace ruqsat::domain
