// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarException.h"

#include <QByteArray>
#include <QSet>

namespace ruqsat::domain {

// The calendar file format that administrators import and export, and that
// resources/calendar/kz-YYYY.csv ship in: UTF-8, a header line
// `date,kind,note`, one exception a line, `date` as YYYY-MM-DD, `kind`
// holiday or workday; the note may be quoted ("...") to hold commas. Lines
// starting with # are comments.
struct CalendarCsv
{
    QList<CalendarException> rows;
    QSet<int> years; // the years the file covers: those an import replaces
    QString error;   // empty when the whole file is valid
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }

    static CalendarCsv parse(const QByteArray &utf8);
    static QByteArray format(const QList<CalendarException> &rows);
};

} // namespace ruqsat::domain
