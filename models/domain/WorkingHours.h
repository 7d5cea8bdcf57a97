// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace ruqsat::domain {

class WorkCalendar;

// R-AFTER-HOURS (Appendix 2, row 7): the opening hours of an office on a
// working day. Settings, not constants: the defaults below are the ones of
// the Order and seed the settings table.
struct WorkingHours
{
    QTime start;
    QTime end;
    QTime lunchStart; // both invalid: no lunch break (the State Corporation)
    QTime lunchEnd;

    // The service provider (akimat): 09:00-18:30, lunch 13:00-14:30.
    static WorkingHours provider();
    // The State Corporation: 09:00-18:30 without a lunch break.
    static WorkingHours stateCorporation();

    bool hasLunch() const { return lunchStart.isValid() && lunchEnd.isValid(); }
    // start < end, and a lunch break, if any, lies strictly inside them.
    bool isValid() const;
    // Is `t` within the hours on a working day? The day is [start, end): at
    // `end` exactly the office is closed. Lunch is inside the working day.
    bool isOpenAt(QTime t) const;

    bool operator==(const WorkingHours &) const = default;
};

// The zone every date and time of the rules is read in: Asia/Almaty (UTC+5
// for the whole country since 2024-03-01).
QTimeZone kazakhstanTimeZone();

// Converts an instant to the wall-clock date and time in Kazakhstan. A
// QDateTime with Qt::LocalTime is taken as already Kazakhstan time (the
// clerk typed it), anything with a zone or offset is converted.
QDateTime toKazakhstanTime(const QDateTime &at);

// R-AFTER-HOURS (§14): the day an application counts as received. Received on
// a working day before `hours.end` (even before opening, or during lunch): that
// day. Received at `hours.end` or later, on a weekend or on a holiday: the
// next working day. Before opening counts as that day because it is "after
// the working hours" of the previous day, whose next working day it is.
QDate effectiveReceiptDay(const QDateTime &received, const WorkingHours &hours,
                          const WorkCalendar &calendar);

} // namespace ruqsat::domain
