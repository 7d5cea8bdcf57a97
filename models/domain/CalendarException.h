// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ruqsat::domain {

// R-WORKDAY: one exception to the Monday-to-Friday week.
struct CalendarException
{
    enum class Kind {
        Holiday, // a weekday that is not worked
        Workday, // a weekend day that is worked (a Government day swap)
    };
    QDate day;
    Kind kind = Kind::Holiday;
    QString note;

    bool operator==(const CalendarException &) const = default;
};

QString calendarKindName(CalendarException::Kind kind);

} // namespace ruqsat::domain
